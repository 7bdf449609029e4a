import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFirst, rawEvents } from '@heze/audit';
import { JourneyDriver } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * People's accounts over HTTP on the real servers (issue 15): sign-in, the cookie, the session id
 * rotating, CSRF on cookie writes, sign-out, lock-out and recovery, password change, disabled users,
 * organisations' boundaries, and the person in histories and timelines.
 */

const MAX_FAILURES = 3;
const LOCKOUT_SECONDS = 2;

interface Answer {
  status: number;
  body: any;
  headers: Headers;
  /** Each Set-Cookie header whole (fetch would join them). */
  setCookies: string[];
}

/** A person's browser, reduced to what matters here: one cookie jar entry and the CSRF token. */
class Browser {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private readonly system: TestSystem) {}

  async call(method: string, url: string, opts: { body?: unknown; csrf?: boolean | string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = `heze_session=${this.cookie}`;
    const token = opts.csrf === undefined ? method !== 'GET' : opts.csrf;
    if (token === true && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (typeof token === 'string') headers['x-csrf-token'] = token;
    const res = await fetch(this.system.baseUrl + url, { method, headers, body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    const setCookies = res.headers.getSetCookie();
    for (const c of setCookies) {
      const m = /^heze_session=([^;]*)/.exec(c);
      if (m) this.cookie = m[1] || null;
    }
    return { status: res.status, body, headers: res.headers, setCookies };
  }

  async login(login: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await this.call('POST', '/auth/login', { body: { login, password }, headers });
    if (res.status === 200) this.csrf = res.body.csrfToken;
    return res;
  }
}

describe('accounts: people sign in, act in their organisation\'s role, and are named in the timeline (issue 15)', () => {
  const system = new TestSystem({
    LOGIN_MAX_FAILURES: String(MAX_FAILURES),
    LOGIN_LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
    LOGIN_FAILURE_WINDOW_SECONDS: '300',
    // Every test request comes from 127.0.0.1: the address limit is not what is tested here.
    LOGIN_MAX_FAILURES_PER_ADDRESS: '10000',
    // The API believes X-Forwarded-Proto from a proxy on loopback (the Secure flag behind TLS termination).
    TRUST_PROXY: 'loopback',
  });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let others: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const PASSWORD = 'a long enough password 1';

  /** A user made by the admin over the API, with a known password. */
  async function user(organisationId: string, login: string, name: string, password = PASSWORD) {
    const res = await system.http('POST', '/users', { key: parties.admin.key, body: { organisationId, login, name, password } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.password).toBeNull(); // given, not generated: nothing to show
    return res.body.user as { id: string; login: string; name: string; role: string };
  }

  const suffix = Math.random().toString(36).slice(2, 8);
  const login = (name: string) => `${name}.${suffix}`;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor', 'admin']);
    others = await createParties(['training-institution', 'employer']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('sign-in sets an HttpOnly, SameSite=Lax, Path=/ cookie (Secure when the proxy says TLS), answers the person and a CSRF token; a bad body is a 400 naming the field', async () => {
    const u = await user(parties.employer.organisationId, login('cookie'), '王芳');
    expect(u.role).toBe('employer');
    const b = new Browser(system);
    const res = await b.login(login('cookie').toUpperCase(), PASSWORD); // the login is not case-sensitive
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ via: 'session', role: 'employer', user: { id: u.id, name: '王芳', organisationId: parties.employer.organisationId }, organisation: { id: parties.employer.organisationId } });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.setCookies).toHaveLength(1);
    const cookie = res.setCookies[0];
    expect(cookie).toMatch(/^heze_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=\d+/);
    expect(cookie).not.toMatch(/Secure/); // plain HTTP
    expect(JSON.stringify(res.body)).not.toContain(b.cookie!); // the id is in the cookie only

    const overTls = await new Browser(system).login(login('cookie'), PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(overTls.setCookies[0]).toMatch(/; Secure/);

    const session = await b.call('GET', '/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ via: 'session', user: { id: u.id }, csrfToken: res.body.csrfToken });

    const noPassword = await new Browser(system).call('POST', '/auth/login', { body: { login: 'x' } });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.message).toMatch(/^password: /);
    const extra = await new Browser(system).call('POST', '/auth/login', { body: { login: 'x', password: 'y', remember: true } });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toMatch(/remember/);
    // An API key still answers as before, and says what it is.
    const key = await system.http('GET', '/auth/session', { key: parties.employer.key });
    expect(key.body).toMatchObject({ via: 'api-key', user: null, csrfToken: null, role: 'employer' });
  });

  it('the session id changes at sign-in: the one the browser had ends', async () => {
    await user(parties.employer.organisationId, login('rotate'), 'Rotate');
    const b = new Browser(system);
    await b.login(login('rotate'), PASSWORD);
    const first = b.cookie!;
    const again = await b.login(login('rotate'), PASSWORD);
    expect(again.status).toBe(200);
    expect(b.cookie).not.toBe(first);
    expect((await b.call('GET', '/auth/session')).status).toBe(200);
    const old = new Browser(system);
    old.cookie = first;
    const refused = await old.call('GET', '/auth/session');
    expect(refused.status).toBe(401);
    expect(refused.setCookies.some((c) => /^heze_session=;/.test(c))).toBe(true); // the browser is told to drop it
  });

  it('a write with the cookie but without the X-CSRF-Token header is 403; with it, it goes through; API keys need none', async () => {
    const u = await user(parties.employer.organisationId, login('csrf'), 'Csrf Writer');
    const b = new Browser(system);
    await b.login(login('csrf'), PASSWORD);
    const body = {
      residentId: (await import('../support/parties')).newResidentId(),
      name: 'Zhang San',
      targetLevel: 4,
      projectId: null,
      insuredWithAgencyId: parties['social-insurance-agency'].organisationId,
      enterpriseEmployee: true,
      unemploymentInsuredSince: '2020-01-01',
    };
    const without = await b.call('POST', '/journeys', { body, csrf: false });
    expect(without.status, JSON.stringify(without.body)).toBe(403);
    expect(without.body.message).toMatch(/^X-CSRF-Token: /);
    const wrong = await b.call('POST', '/journeys', { body, csrf: 'A'.repeat(43) });
    expect(wrong.status).toBe(403);
    const other = new Browser(system);
    await other.login(login('csrf'), PASSWORD);
    expect((await b.call('POST', '/journeys', { body, csrf: other.csrf! })).status, "another session's token").toBe(403);
    const ok = await b.call('POST', '/journeys', { body });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    // Reads need no token.
    expect((await b.call('GET', `/journeys/${ok.body.journeyId}`)).status).toBe(200);
    // The journey records the person who opened it.
    const timeline = await system.http('GET', `/audit/journeys/${ok.body.journeyId}/timeline`, { key: parties.auditor.key });
    expect(timeline.body.entries[0]).toMatchObject({ kind: 'started', actor: { role: 'employer', userId: u.id, userName: 'Csrf Writer', keyId: null } });
  });

  it('sign-out deletes the session: the cookie no longer works', async () => {
    await user(parties.employer.organisationId, login('logout'), 'Logout');
    const b = new Browser(system);
    await b.login(login('logout'), PASSWORD);
    const cookie = b.cookie!;
    expect((await b.call('POST', '/auth/logout', { csrf: false })).status).toBe(403); // a write like any other
    const out = await b.call('POST', '/auth/logout');
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedOut: true });
    const replay = new Browser(system);
    replay.cookie = cookie;
    expect((await replay.call('GET', '/auth/session')).status).toBe(401);
  });

  it(`${MAX_FAILURES} failed sign-ins lock the login (429 with Retry-After, even with the right password); an unknown login gets the same answers; it opens again when the lock ends`, async () => {
    await user(parties.employer.organisationId, login('locked'), 'Locked');
    const b = new Browser(system);
    const ghost = new Browser(system);
    for (let i = 0; i < MAX_FAILURES; i++) {
      const wrong = await b.login(login('locked'), `wrong password ${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.body.message).toBe('wrong login or password');
      const unknown = await ghost.login(login('nobody'), `wrong password ${i}`);
      expect(unknown.status).toBe(401);
      expect(unknown.body.message).toBe(wrong.body.message);
    }
    const locked = await b.login(login('locked'), PASSWORD);
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(LOCKOUT_SECONDS);
    expect(locked.setCookies).toEqual([]);
    const ghostLocked = await ghost.login(login('nobody'), PASSWORD);
    expect(ghostLocked.status).toBe(429);
    for (const m of [locked.body.message, ghostLocked.body.message]) expect(m).toMatch(/^too many failed sign-ins: try again in \d+ s$/);
    // Another login from the same address is not locked.
    await user(parties.employer.organisationId, login('neighbour'), 'Neighbour');
    expect((await new Browser(system).login(login('neighbour'), PASSWORD)).status).toBe(200);

    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 200));
    const back = await b.login(login('locked'), PASSWORD);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
  });

  it("a password change needs the current password and ends the person's other sessions; this one goes on", async () => {
    await user(parties.employer.organisationId, login('change'), 'Change');
    const a = new Browser(system);
    const b = new Browser(system);
    await a.login(login('change'), PASSWORD);
    await b.login(login('change'), PASSWORD);
    const NEXT = 'another good password 2';
    const wrong = await a.call('POST', '/auth/password', { body: { current: 'not it at all', next: NEXT } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/^current: /);
    const weak = await a.call('POST', '/auth/password', { body: { current: PASSWORD, next: 'short' } });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toMatch(/^next: must be at least 10/);
    const changed = await a.call('POST', '/auth/password', { body: { current: PASSWORD, next: NEXT } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await b.call('GET', '/auth/session')).status).toBe(401);
    expect((await a.call('GET', '/auth/session')).status).toBe(200);
    expect((await new Browser(system).login(login('change'), PASSWORD)).status).toBe(401);
    expect((await new Browser(system).login(login('change'), NEXT)).status).toBe(200);
    // An API key has no password to change.
    expect((await system.http('POST', '/auth/password', { key: parties.employer.key, body: { current: PASSWORD, next: NEXT } })).status).toBe(403);
  });

  it('a disabled user cannot sign in and its sessions end; a suspended organisation refuses its users as its keys', async () => {
    const u = await user(parties.employer.organisationId, login('disabled'), 'Disabled');
    const b = new Browser(system);
    await b.login(login('disabled'), PASSWORD);
    const disabled = await system.http('POST', `/users/${u.id}/disable`, { key: parties.admin.key });
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200);
    expect(disabled.body).toMatchObject({ id: u.id, sessionsEnded: 1 });
    expect(disabled.body.disabledAt).toEqual(expect.any(String));
    expect((await b.call('GET', '/auth/session')).status).toBe(401);
    const again = await new Browser(system).login(login('disabled'), PASSWORD);
    expect(again.status).toBe(401);
    expect(again.body.message).toBe('wrong login or password');

    const listed = await system.http('GET', `/users?organisation=${parties.employer.organisationId}`, { key: parties.admin.key });
    expect(listed.status).toBe(200);
    expect(listed.body.find((x: { id: string }) => x.id === u.id)).toMatchObject({ disabledAt: disabled.body.disabledAt });
    expect(JSON.stringify(listed.body)).not.toMatch(/scrypt|passwordHash/);
    expect((await system.http('POST', '/users/u-nobody000000/disable', { key: parties.admin.key })).status).toBe(404);
    expect((await system.http('GET', '/users', { key: parties.employer.key })).status).toBe(403);

    // A reset gives a one-time password (shown once) and ends the sessions.
    const other = await user(others.employer.organisationId, login('suspended'), 'Suspended');
    const s = new Browser(system);
    await s.login(login('suspended'), PASSWORD);
    const reset = await system.http('POST', `/users/${other.id}/password-reset`, { key: parties.admin.key, body: {} });
    expect(reset.status).toBe(200);
    expect(reset.body.password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(reset.body.user.mustChangePassword).toBe(true);
    expect((await s.call('GET', '/auth/session')).status).toBe(401);
    expect((await s.login(login('suspended'), reset.body.password)).status).toBe(200);
    const suspended = await system.http('POST', `/organisations/${others.employer.organisationId}/suspension`, { key: parties.admin.key });
    expect(suspended.status).toBe(200);
    try {
      const refused = await s.call('GET', '/auth/session');
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/suspended/);
      expect((await new Browser(system).login(login('suspended'), reset.body.password)).status).toBe(403);
    } finally {
      await system.http('DELETE', `/organisations/${others.employer.organisationId}/suspension`, { key: parties.admin.key });
    }
  });

  it("a person acts in their organisation's role on its journeys only: another institution's user is refused (403) and sees nothing (404); the timeline names the person and the history keeps the user id", async () => {
    const teacher = await user(parties['training-institution'].organisationId, login('teacher'), '李华');
    const stranger = await user(others['training-institution'].organisationId, login('stranger'), 'Stranger');
    const strangerEmployer = await user(others.employer.organisationId, login('boss'), 'Other Boss');
    const t = new Browser(system);
    const s = new Browser(system);
    const e = new Browser(system);
    await t.login(login('teacher'), PASSWORD);
    await s.login(login('stranger'), PASSWORD);
    await e.login(login('boss'), PASSWORD);
    expect(stranger.role).toBe(teacher.role);
    expect(strangerEmployer.role).toBe('employer');

    const journeyId = await drive.open({ projectId: null });
    const enrolled = await t.call('POST', `/journeys/${journeyId}/enrolment`);
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    expect(enrolled.body.state).toBe('enrolled');

    const refused = await s.call('POST', `/journeys/${journeyId}/training-completion`, { body: { completedOn: new Date().toISOString().slice(0, 10) } });
    expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    expect((await s.call('GET', `/journeys/${journeyId}`)).status).toBe(404);
    expect((await e.call('GET', `/journeys/${journeyId}`)).status).toBe(404);
    expect((await e.call('POST', `/journeys/${journeyId}/withdrawal`, { body: { reason: 'not mine' } })).status).toBe(403);
    // The wrong role altogether: 403 from the guard.
    expect((await t.call('POST', '/journeys', { body: {} })).status).toBe(403);

    const completed = await t.call('POST', `/journeys/${journeyId}/training-completion`, { body: { completedOn: new Date().toISOString().slice(0, 10) } });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);

    // The timeline: who (by name), role, organisation, for each step the person took.
    const timeline = await system.http('GET', `/audit/journeys/${journeyId}/timeline`, { key: parties.auditor.key });
    expect(timeline.status).toBe(200);
    const steps = timeline.body.entries.filter((x: { kind: string }) => x.kind === 'event');
    expect(steps.map((x: { what: string }) => x.what)).toEqual(['enrol', 'completeTraining']);
    for (const step of steps) {
      expect(step.actor).toEqual({ role: 'training-institution', organisationId: parties['training-institution'].organisationId, keyId: null, userId: teacher.id, userName: '李华' });
    }
    // The opening, by an API key, is recorded as before: the key, no person.
    expect(timeline.body.entries[0].actor).toEqual({ role: 'employer', organisationId: parties.employer.organisationId, keyId: parties.employer.keyId });

    // The history itself: the transition's actor carries the user id, and no name.
    const history = await system.http('GET', `/audit/journeys/${journeyId}/history`, { key: parties.auditor.key });
    expect(history.status).toBe(200);
    const journey = history.body.workflows.find((w: { workflowType: string }) => w.workflowType === 'journeyWorkflow');
    const updates = rawEvents(journey.history)
      .filter((ev) => ev.type === 'WorkflowExecutionUpdateAccepted')
      .map((ev) => (decodeFirst(ev.attributes?.acceptedRequest?.input?.args) as { event: { type: string; actor: unknown } }).event);
    expect(updates.map((u) => u.type)).toEqual(['enrol', 'completeTraining']);
    for (const u of updates) expect(u.actor).toEqual({ role: 'training-institution', organisationId: parties['training-institution'].organisationId, keyId: null, userId: teacher.id });
  });
});
