import * as path from 'node:path';
import { accountsConfig, type AccountsConfig } from './accounts';

/** A configuration value that is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export type DatabaseConfig =
  | { type: 'sqlite'; file: string }
  | { type: 'postgres'; url: string };

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  tls: null | { serverName?: string; caFile?: string; certFile?: string; keyFile?: string };
  apiKey: string | null;
}

/** Durations the workflows read (RULES.md §4, §5 [decision]); tests shrink `dayMs`. */
export interface DurationConfig {
  /** Length of one calendar day in milliseconds; 86,400,000 in production. */
  dayMs: number;
  leaveEscalationWorkingDays: number;
  claimWindowMonths: number;
  /** After study leave ends, payroll for it may still be recorded for this many days (RULES.md §4). */
  payrollGraceDays: number;
  /** An instructed subsidy payment not confirmed within this many days is flagged overdue and notified (issue 13.3). */
  paymentConfirmationDays: number;
}

/** The working-day calendar files (calendars/cn-YYYY.json) and what a year without one means. */
export interface CalendarConfig {
  dir: string;
  /** 'error': a deadline that needs a missing year is refused; 'weekdays': Monday–Friday count there. */
  missingYear: 'error' | 'weekdays';
}

export interface AppConfig {
  database: DatabaseConfig;
  temporal: TemporalConfig;
  durations: DurationConfig;
  calendar: CalendarConfig;
  api: {
    host: string;
    port: number;
    /** Address the public verification page is reached at, for the QR code on a certificate summary (issue 17). */
    publicBaseUrl: string;
    /** Public certificate verifications per client address per minute (0 = unlimited). */
    verificationsPerMinute: number;
  };
  dataDir: string;
  /** Workflows the worker keeps in memory; journeys waiting months on a timer gain nothing from staying cached. */
  worker: { maxCachedWorkflows: number };
  /** Secret of the HMAC that turns a resident ID into a person key (workflow ids, logs, ledger). */
  personKeySecret: string;
  /** The installation's Ed25519 key that signs audit bundles (docs/audit-bundles.md). */
  audit: AuditConfig;
  /** People's accounts: sessions, cookie, sign-in throttling (issue 15, libs/config/src/accounts.ts). */
  accounts: AccountsConfig;
  /** Batch files (issue 16, docs/batches.md): upload size and rows, rows in flight per batch. */
  batch: { maxBytes: number; maxRows: number; concurrency: number };
}

export interface AuditConfig {
  /** PKCS#8 PEM of the private key; null: none configured (outside the embedded mode it must be set to sign). */
  signingKeyFile: string | null;
  /** Embedded mode only: create the file (mode 0600) on first use. */
  generateSigningKey: boolean;
}

/** The environment as read (process.env or a test's object). */
export type Env = Record<string, string | undefined>;

/** A whole number between min and max, or the fallback when unset (also libs/config/src/accounts.ts's). */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got '${raw}'`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function apiConfig(env: Env): AppConfig['api'] {
  const host = text(env, 'API_HOST', '127.0.0.1');
  const port = integer(env, 'API_PORT', 3000, 1, 65535);
  const publicBaseUrl = text(env, 'PUBLIC_BASE_URL', `http://${host}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(publicBaseUrl)) throw new ConfigError('PUBLIC_BASE_URL', `must be an http(s) URL, got '${publicBaseUrl}'`);
  return { host, port, publicBaseUrl, verificationsPerMinute: integer(env, 'CERTIFICATE_VERIFICATIONS_PER_MINUTE', 30, 0, 100_000) };
}

function text(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (raw.trim() === '') throw new ConfigError(name, 'is set but empty');
  return raw.trim();
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw.trim())) throw new ConfigError(name, `must be one of ${values.join(', ')}, got '${raw}'`);
  return raw.trim() as T;
}

/**
 * The repository (or image) root: the nearest folder above this file holding a package.json that is
 * not one of the library packages (libs/<name>/package.json, `@heze/<name>`).
 */
function packageRoot(): string {
  const fs = require('node:fs') as typeof import('node:fs');
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && !String((JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown }).name).startsWith('@heze/')) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

function calendarConfig(env: Env): CalendarConfig {
  return {
    // The data ships with the code (calendars/ next to package.json); an operator may point elsewhere.
    dir: path.resolve(text(env, 'CALENDAR_DIR', path.join(packageRoot(), 'calendars'))),
    missingYear: oneOf(env, 'CALENDAR_MISSING_YEAR', ['error', 'weekdays'] as const, 'error'),
  };
}

function databaseConfig(env: Env, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:5432/database)');
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new ConfigError('DATABASE_URL', `must use postgres:// or postgresql://, got '${parsed.protocol}'`);
    }
    if (parsed.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'names no database (add /<database> to the URL)');
    return { type: 'postgres', url };
  }
  return { type: 'sqlite', file: path.resolve(text(env, 'DATABASE_FILE', path.join(dataDir, 'heze.sqlite'))) };
}

function temporalConfig(env: Env): TemporalConfig {
  const address = text(env, 'TEMPORAL_ADDRESS', '127.0.0.1:7233');
  if (!/^[^\s:]+:\d{1,5}$/.test(address)) throw new ConfigError('TEMPORAL_ADDRESS', `must be host:port, got '${address}'`);
  const tlsOn = (env.TEMPORAL_TLS ?? '').toLowerCase();
  if (tlsOn !== '' && tlsOn !== 'true' && tlsOn !== 'false') throw new ConfigError('TEMPORAL_TLS', `must be true or false, got '${env.TEMPORAL_TLS}'`);
  const certFile = env.TEMPORAL_TLS_CERT || undefined;
  const keyFile = env.TEMPORAL_TLS_KEY || undefined;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new ConfigError(certFile ? 'TEMPORAL_TLS_KEY' : 'TEMPORAL_TLS_CERT', 'mTLS needs both TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY');
  }
  const apiKey = env.TEMPORAL_API_KEY || null;
  const tls =
    tlsOn === 'true' || certFile || apiKey
      ? { serverName: env.TEMPORAL_TLS_SERVER_NAME || undefined, caFile: env.TEMPORAL_TLS_CA || undefined, certFile, keyFile }
      : null;
  return {
    address,
    namespace: text(env, 'TEMPORAL_NAMESPACE', 'default'),
    taskQueue: text(env, 'TEMPORAL_TASK_QUEUE', 'heze-journeys'),
    tls,
    apiKey,
  };
}

function personKeySecret(env: Env): string {
  const secret = text(env, 'PERSON_KEY_SECRET', 'heze-embedded-development-only');
  if (secret.length < 16) throw new ConfigError('PERSON_KEY_SECRET', 'must be at least 16 characters');
  return secret;
}

function auditConfig(env: Env, dataDir: string): AuditConfig {
  if (env.AUDIT_SIGNING_KEY_FILE !== undefined) return { signingKeyFile: path.resolve(text(env, 'AUDIT_SIGNING_KEY_FILE', '')), generateSigningKey: false };
  // Embedded mode (no DATABASE_URL): one key under the data dir, made on first use. Elsewhere a key made
  // silently in one container's data dir would differ from the next one's: it must be configured.
  if (env.DATABASE_URL) return { signingKeyFile: null, generateSigningKey: false };
  return { signingKeyFile: path.join(dataDir, 'audit-signing-key.pem'), generateSigningKey: true };
}

/** Reads and validates the whole configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const dataDir = path.resolve(text(env, 'HEZE_DATA_DIR', '.data'));
  return {
    dataDir,
    database: databaseConfig(env, dataDir),
    temporal: temporalConfig(env),
    durations: {
      dayMs: integer(env, 'HEZE_DAY_MS', 86_400_000, 10, 86_400_000),
      leaveEscalationWorkingDays: integer(env, 'LEAVE_ESCALATION_WORKING_DAYS', 5, 1, 60),
      claimWindowMonths: integer(env, 'SUBSIDY_CLAIM_WINDOW_MONTHS', 12, 1, 120),
      payrollGraceDays: integer(env, 'PAYROLL_GRACE_DAYS', 45, 0, 366),
      paymentConfirmationDays: integer(env, 'PAYMENT_CONFIRMATION_DAYS', 30, 1, 366),
    },
    calendar: calendarConfig(env),
    api: apiConfig(env),
    // 250 keeps a worker under 1 GiB with 10,000 journeys open (docs/performance.md); journeys wait
    // months between events, and an evicted one replays its short history on the next.
    worker: { maxCachedWorkflows: integer(env, 'WORKER_MAX_CACHED_WORKFLOWS', 250, 0, 100_000) },
    personKeySecret: personKeySecret(env),
    audit: auditConfig(env, dataDir),
    accounts: accountsConfig(env),
    batch: {
      maxBytes: integer(env, 'BATCH_MAX_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      maxRows: integer(env, 'BATCH_MAX_ROWS', 2000, 1, 20_000),
      concurrency: integer(env, 'BATCH_CONCURRENCY', 8, 1, 64),
    },
  };
}

/** Prints one line naming the variable and exits non-zero; for process entry points. */
export function loadConfigOrExit(env: Env = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
