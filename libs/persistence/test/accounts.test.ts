import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createSession, csrfTokenMatches, endUserSessions, insertUser, resolveSession, userNames } from '../src/accounts';
import { openDatabase } from '../src/data-source';
import { LoginThrottleRecord, OrganisationRecord, UserRecord } from '../src/entities';
import { addressThrottleKey, afterFailure, LoginThrottle, lockedForMs, loginThrottleKey } from '../src/login-throttle';

const LIMITS = { maxFailures: 3, windowMs: 60_000, lockoutMs: 30_000 };

describe('login throttling (issue 15)', () => {
  it('locks at the limit within the window, for the lockout, then starts afresh', () => {
    let s = afterFailure(null, LIMITS, 0);
    s = afterFailure(s, LIMITS, 1000);
    expect(lockedForMs(s, 1000)).toBe(0);
    s = afterFailure(s, LIMITS, 2000);
    expect(s.failures).toBe(3);
    expect(lockedForMs(s, 2000)).toBe(30_000);
    expect(lockedForMs(s, 31_999)).toBe(1);
    expect(lockedForMs(s, 32_000)).toBe(0);
    // After the lock: a new window, one failure.
    expect(afterFailure(s, LIMITS, 32_000)).toEqual({ failures: 1, windowStartedAt: 32_000, lockedUntil: null });
  });

  it('failures older than the window are forgotten', () => {
    let s = afterFailure(null, LIMITS, 0);
    s = afterFailure(s, LIMITS, 10_000);
    s = afterFailure(s, LIMITS, 60_000); // the window started at 0 is over: this is the first of a new one
    expect(s).toEqual({ failures: 1, windowStartedAt: 60_000, lockedUntil: null });
  });

  it('keys are hashes: the table holds neither typed logins nor addresses; a login is not case-sensitive', () => {
    expect(loginThrottleKey('Wang.Li ')).toBe(loginThrottleKey('wang.li'));
    expect(loginThrottleKey('wang.li')).not.toContain('wang');
    expect(addressThrottleKey('10.0.0.7')).toMatch(/^address:[0-9a-f]{64}$/);
  });

  it('CSRF tokens are compared whole, in constant time', () => {
    expect(csrfTokenMatches('abc123', 'abc123')).toBe(true);
    expect(csrfTokenMatches('abc123', 'abc124')).toBe(false);
    expect(csrfTokenMatches('abc123', 'abc12')).toBe(false);
    expect(csrfTokenMatches('abc123', undefined)).toBe(false);
    expect(csrfTokenMatches('abc123', '')).toBe(false);
    expect(csrfTokenMatches('abc123', ['abc123'])).toBe(false);
  });
});

describe('users, sessions and the throttle store on a real (SQLite) database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-accounts-'));
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openDatabase({ type: 'sqlite', file: path.join(dir, 'a.sqlite') });
    await ds.getRepository(OrganisationRecord).insert({ id: 'org-1', name: 'Org 1', role: 'employer', creditCode: null, createdAt: new Date().toISOString(), suspendedAt: null });
  });
  afterAll(async () => {
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts failures per key, locks, and a success clears the name', async () => {
    const t = new LoginThrottle(ds);
    const key = loginThrottleKey('someone');
    expect(await t.fail(key, LIMITS, 0)).toBe(0);
    expect(await t.fail(key, LIMITS, 1)).toBe(0);
    expect(await t.fail(key, LIMITS, 2)).toBe(30_000);
    expect(await t.lockedForMs([key, addressThrottleKey('x')], 10_002)).toBe(20_000);
    await t.clear(key);
    expect(await t.lockedForMs([key], 10_002)).toBe(0);
    expect(await ds.getRepository(LoginThrottleRecord).countBy({ key })).toBe(0);
  });

  it('a session resolves to its user until its idle or absolute end, and is stored by hash only', async () => {
    const user = await insertUser(ds, { organisationId: 'org-1', login: 'Li.Si', name: 'Li Si', password: 'a good password', mustChangePassword: false });
    expect(user.login).toBe('li.si');
    expect(user.passwordHash).toMatch(/^\$scrypt\$/);
    const limits = { idleMs: 60_000, absoluteMs: 3_600_000 };
    const t0 = new Date('2026-01-01T00:00:00Z');
    const s = await createSession(ds, user.id, limits, t0);
    expect(s.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const raw = JSON.stringify(await ds.query('SELECT * FROM user_sessions'));
    expect(raw).not.toContain(s.sessionId);

    const ok = await resolveSession(ds, s.sessionId, limits, new Date(t0.getTime() + 59_000));
    expect(ok?.user.id).toBe(user.id);
    expect(ok?.organisation?.role).toBe('employer');
    expect(await resolveSession(ds, s.sessionId.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), limits, t0)).toBeNull();
    // Idle: unused for a minute since the last use.
    expect(await resolveSession(ds, s.sessionId, limits, new Date(t0.getTime() + 59_000 + 60_000))).toBeNull();

    // Used every 50 s it lives on, until the absolute end.
    const s2 = await createSession(ds, user.id, limits, t0);
    for (let at = 50_000; at < 3_600_000; at += 50_000) expect(await resolveSession(ds, s2.sessionId, limits, new Date(t0.getTime() + at)), `at ${at}`).not.toBeNull();
    expect(await resolveSession(ds, s2.sessionId, limits, new Date(t0.getTime() + 3_600_000))).toBeNull();
  });

  it("a disabled user's session resolves to nothing; ending a user's sessions keeps the one asked to", async () => {
    const user = await insertUser(ds, { organisationId: 'org-1', login: 'wang.wu', name: 'Wang Wu', password: 'a good password', mustChangePassword: false });
    const limits = { idleMs: 60_000, absoluteMs: 3_600_000 };
    const a = await createSession(ds, user.id, limits);
    const b = await createSession(ds, user.id, limits);
    const keep = (await resolveSession(ds, a.sessionId, limits))!.session.idHash;
    expect(await endUserSessions(ds, user.id, keep)).toBe(1);
    expect(await resolveSession(ds, b.sessionId, limits)).toBeNull();
    expect(await resolveSession(ds, a.sessionId, limits)).not.toBeNull();
    await ds.getRepository(UserRecord).update({ id: user.id }, { disabledAt: new Date().toISOString() });
    expect(await resolveSession(ds, a.sessionId, limits)).toBeNull();
    expect((await userNames(ds, [user.id, 'u-unknown00000'])).get(user.id)).toBe('Wang Wu');
  });
});

describe('demo users (issue 15)', () => {
  it('one user per demo party, acting in its role, with a password that verifies; added once to an older demo file', async () => {
    const { seedDemoParties } = await import('../src/demo-seed');
    const { findUserByLogin } = await import('../src/accounts');
    const { verifyPassword } = await import('../src/passwords');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-demo-'));
    const ds = await openDatabase({ type: 'sqlite', file: path.join(dir, 'd.sqlite') });
    try {
      const file = path.join(dir, 'demo-keys.json');
      const first = await seedDemoParties(ds, file);
      expect(first).toMatchObject({ created: true, usersCreated: true });
      expect(first.parties.users!.map((u) => u.role).sort()).toEqual(first.parties.keys.map((k) => k.role).sort());
      for (const u of first.parties.users!) {
        const found = await findUserByLogin(ds, u.login);
        expect(found?.organisation?.role).toBe(u.role);
        expect(await verifyPassword(u.password, found!.user.passwordHash)).toBe(true);
      }
      expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
      expect(await seedDemoParties(ds, file)).toMatchObject({ created: false, usersCreated: false });
      // A demo file from before users: they are added (an existing login gets the new password).
      const { users: _users, ...older } = first.parties;
      fs.writeFileSync(file, JSON.stringify(older));
      const again = await seedDemoParties(ds, file);
      expect(again).toMatchObject({ created: false, usersCreated: true });
      const employer = again.parties.users!.find((u) => u.role === 'employer')!;
      expect(await verifyPassword(employer.password, (await findUserByLogin(ds, employer.login))!.user.passwordHash)).toBe(true);
    } finally {
      await ds.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
