import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

const problem = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  return null;
};

describe('configuration is validated at start, one message naming the variable', () => {
  it('defaults to the embedded mode: SQLite under .data, Temporal on 127.0.0.1:7233, API on 3000', () => {
    const c = loadConfig({});
    expect(c.database.type).toBe('sqlite');
    expect(c.temporal).toMatchObject({ address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'heze-journeys', tls: null });
    expect(c.api.port).toBe(3000);
    expect(c.durations).toEqual({ dayMs: 86_400_000, leaveEscalationWorkingDays: 5, claimWindowMonths: 12, payrollGraceDays: 45, paymentConfirmationDays: 30 });
    expect(c.worker.maxCachedWorkflows).toBe(250);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/heze' }).database).toEqual({ type: 'postgres', url: 'postgres://u:p@db:5432/heze' });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x@y/z' }, /^DATABASE_URL: must use postgres/],
    [{ DATABASE_URL: 'not a url' }, /^DATABASE_URL: is not a URL/],
    [{ DATABASE_URL: 'postgres://u@h:5432' }, /^DATABASE_URL: names no database/],
    [{ API_PORT: '70000' }, /^API_PORT: must be between 1 and 65535/],
    [{ API_PORT: 'abc' }, /^API_PORT: must be a whole number/],
    [{ TEMPORAL_ADDRESS: 'localhost' }, /^TEMPORAL_ADDRESS: must be host:port/],
    [{ TEMPORAL_TLS: 'yes' }, /^TEMPORAL_TLS: must be true or false/],
    [{ TEMPORAL_TLS_CERT: '/c.pem' }, /^TEMPORAL_TLS_KEY: mTLS needs both/],
    [{ TEMPORAL_NAMESPACE: '  ' }, /^TEMPORAL_NAMESPACE: is set but empty/],
    [{ PERSON_KEY_SECRET: 'short' }, /^PERSON_KEY_SECRET: must be at least 16 characters/],
    [{ LEAVE_ESCALATION_WORKING_DAYS: '0' }, /^LEAVE_ESCALATION_WORKING_DAYS: must be between 1 and 60/],
    [{ HEZE_DAY_MS: '5' }, /^HEZE_DAY_MS: must be between 10 and 86400000/],
    [{ WORKER_MAX_CACHED_WORKFLOWS: 'many' }, /^WORKER_MAX_CACHED_WORKFLOWS: must be a whole number/],
  ])('%o is refused', (env, message) => {
    expect(problem(env as Record<string, string>)).toMatch(message);
  });

  it('audit signing key: made under the data dir in the embedded mode, configured (never made) otherwise', () => {
    expect(loadConfig({ HEZE_DATA_DIR: '/d' }).audit).toEqual({ signingKeyFile: '/d/audit-signing-key.pem', generateSigningKey: true });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/heze' }).audit).toEqual({ signingKeyFile: null, generateSigningKey: false });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/heze', AUDIT_SIGNING_KEY_FILE: '/k/audit.pem' }).audit).toEqual({ signingKeyFile: '/k/audit.pem', generateSigningKey: false });
    expect(problem({ AUDIT_SIGNING_KEY_FILE: ' ' })).toMatch(/^AUDIT_SIGNING_KEY_FILE: is set but empty/);
  });

  it('turns on TLS for Temporal Cloud API keys and mTLS pairs', () => {
    expect(loadConfig({ TEMPORAL_API_KEY: 'k' }).temporal.tls).not.toBeNull();
    expect(loadConfig({ TEMPORAL_TLS_CERT: '/c', TEMPORAL_TLS_KEY: '/k' }).temporal.tls).toMatchObject({ certFile: '/c', keyFile: '/k' });
  });
});
