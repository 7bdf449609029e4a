import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { LoginThrottleRecord } from './entities';

/**
 * Sign-in throttling (issue 15): failures are counted per login name and per client address within a
 * window; at the limit the name (or the address) is locked for a while. A name is counted whether or not
 * a user has it, so a lock tells nothing about who exists. The counters live in the database so that
 * every API process sees the same ones.
 */
export interface ThrottleLimits {
  maxFailures: number;
  windowMs: number;
  lockoutMs: number;
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: number;
  lockedUntil: number | null;
}

/** Milliseconds until the lock ends; 0 when not locked. */
export function lockedForMs(state: ThrottleState | null, now: number): number {
  return state?.lockedUntil && state.lockedUntil > now ? state.lockedUntil - now : 0;
}

/** The state after one more failure at `now`: a new window when the last one (or the last lock) is over. */
export function afterFailure(state: ThrottleState | null, limits: ThrottleLimits, now: number): ThrottleState {
  const expired = !state || now - state.windowStartedAt >= limits.windowMs || (state.lockedUntil !== null && state.lockedUntil <= now);
  const next: ThrottleState = expired ? { failures: 1, windowStartedAt: now, lockedUntil: null } : { ...state, failures: state.failures + 1 };
  if (next.failures >= limits.maxFailures) next.lockedUntil = now + limits.lockoutMs;
  return next;
}

const digest = (s: string) => createHash('sha256').update(s).digest('hex');
export const loginThrottleKey = (login: string) => `login:${digest(login.trim().toLowerCase())}`;
export const addressThrottleKey = (address: string) => `address:${digest(address)}`;

const toState = (r: LoginThrottleRecord): ThrottleState => ({
  failures: r.failures,
  windowStartedAt: Date.parse(r.windowStartedAt),
  lockedUntil: r.lockedUntil ? Date.parse(r.lockedUntil) : null,
});

export class LoginThrottle {
  constructor(private readonly ds: DataSource) {}

  /** The longest lock among the keys, in ms (0: none). */
  async lockedForMs(keys: string[], now: number): Promise<number> {
    const rows = await this.ds.getRepository(LoginThrottleRecord).findBy(keys.map((key) => ({ key })));
    return Math.max(0, ...rows.map((r) => lockedForMs(toState(r), now)));
  }

  /**
   * Counts one failure against the key, in a transaction that locks its row (PostgreSQL), so that
   * parallel guesses are each counted; returns the lock it now has, in ms (0: none).
   */
  async fail(key: string, limits: ThrottleLimits, now: number): Promise<number> {
    return this.ds.transaction(async (tx: EntityManager) => {
      const repo = tx.getRepository(LoginThrottleRecord);
      await repo.createQueryBuilder().insert().values({ key, failures: 0, windowStartedAt: new Date(now).toISOString(), lockedUntil: null }).orIgnore().execute();
      const row = await repo.findOne({ where: { key }, ...(this.ds.options.type === 'postgres' ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
      const fresh = row && row.failures > 0 ? toState(row) : null;
      const next = afterFailure(fresh, limits, now);
      await repo.update(
        { key },
        { failures: next.failures, windowStartedAt: new Date(next.windowStartedAt).toISOString(), lockedUntil: next.lockedUntil ? new Date(next.lockedUntil).toISOString() : null },
      );
      return lockedForMs(next, now);
    });
  }

  /** A successful sign-in forgets the name's failures (not the address's: one good account must not unlock guessing at others). */
  async clear(key: string): Promise<void> {
    await this.ds.getRepository(LoginThrottleRecord).delete({ key });
  }
}
