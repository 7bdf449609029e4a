import { ConfigError, integer as whole, type Env } from './config'; // used at call time only: the cycle with config.ts is harmless

/** People's accounts (issue 15): sessions, the cookie, sign-in throttling. Every duration in seconds. */
export interface AccountsConfig {
  /** A session unused this long ends (SESSION_IDLE_MINUTES). */
  sessionIdleSeconds: number;
  /** A session ends this long after sign-in whatever its use (SESSION_ABSOLUTE_HOURS). */
  sessionAbsoluteSeconds: number;
  /** `auto`: Secure when the request came over TLS (directly, or per X-Forwarded-Proto from a trusted proxy). */
  cookieSecure: 'auto' | 'always' | 'never';
  /** Express `trust proxy`: false, true, a hop count or a list of addresses / subnets (TRUST_PROXY). */
  trustProxy: boolean | number | string;
  /** Failed sign-ins of one login name within the window that lock it (LOGIN_MAX_FAILURES). */
  maxFailuresPerLogin: number;
  /** Failed sign-ins from one address within the window that lock the address (LOGIN_MAX_FAILURES_PER_ADDRESS). */
  maxFailuresPerAddress: number;
  /** Failures older than this are forgotten (LOGIN_FAILURE_WINDOW_SECONDS). */
  failureWindowSeconds: number;
  /** How long a lock lasts (LOGIN_LOCKOUT_SECONDS). */
  lockoutSeconds: number;
}

function trustProxy(env: Env): AccountsConfig['trustProxy'] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  // Express takes names (loopback, linklocal, uniquelocal), addresses and CIDR subnets, comma-separated.
  if (!/^[\w.:/,\s-]+$/.test(raw)) throw new ConfigError('TRUST_PROXY', `must be true, false, a hop count or addresses / subnets, got '${raw}'`);
  return raw;
}

export function accountsConfig(env: Env): AccountsConfig {
  const cookieSecure = (env.SESSION_COOKIE_SECURE ?? '').trim() || 'auto';
  if (!['auto', 'always', 'never'].includes(cookieSecure)) {
    throw new ConfigError('SESSION_COOKIE_SECURE', `must be one of auto, always, never, got '${env.SESSION_COOKIE_SECURE}'`);
  }
  const idleMinutes = whole(env, 'SESSION_IDLE_MINUTES', 30, 1, 7 * 24 * 60);
  const absoluteHours = whole(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 30 * 24);
  return {
    sessionIdleSeconds: idleMinutes * 60,
    sessionAbsoluteSeconds: absoluteHours * 3600,
    cookieSecure: cookieSecure as AccountsConfig['cookieSecure'],
    trustProxy: trustProxy(env),
    maxFailuresPerLogin: whole(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    maxFailuresPerAddress: whole(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 100_000),
    failureWindowSeconds: whole(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 7 * 86_400),
    lockoutSeconds: whole(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, 7 * 86_400),
  };
}
