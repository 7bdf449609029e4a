import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/** fetch with the response headers (the harness's http() drops them). */
async function call(system: TestSystem, method: string, url: string, opts: { key: string; body?: unknown; idem?: string }) {
  const res = await fetch(system.baseUrl + url, {
    method,
    headers: {
      'x-api-key': opts.key,
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.idem !== undefined ? { 'idempotency-key': opts.idem } : {}),
    },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

describe('Idempotency-Key on writes', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  const run = `${Date.now().toString(36)}`;
  const openBody = () => ({
    residentId: newResidentId(),
    name: 'Wang Wu',
    targetLevel: 4,
    projectId: parties.projectId,
    insuredWithAgencyId: parties['social-insurance-agency'].organisationId,
    enterpriseEmployee: true,
    unemploymentInsuredSince: '2020-01-01',
  });

  beforeAll(async () => {
    parties = await createParties(['employer', 'employer', 'training-institution', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
  });
  afterAll(() => system.stop());

  it('a retry with the same key returns the first 201 and the same journeyId, and opens nothing new', async () => {
    const body = openBody();
    const first = await call(system, 'POST', '/journeys', { key: parties.employer.key, body, idem: `open-${run}` });
    expect(first.status).toBe(201);
    expect(first.replayed).toBe(false);
    const again = await call(system, 'POST', '/journeys', { key: parties.employer.key, body: { ...body }, idem: `open-${run}` });
    expect(again).toEqual({ status: 201, body: first.body, replayed: true });
    // Without the key the same request reaches the workflow and is refused: the journey exists once.
    const bare = await call(system, 'POST', '/journeys', { key: parties.employer.key, body });
    expect(bare.status).toBe(409);
    const listed = await system.http('GET', `/journeys?project=${parties.projectId}&pageSize=200`, { key: parties.employer.key });
    expect(listed.body.items.filter((j: { journeyId: string }) => j.journeyId === first.body.journeyId)).toHaveLength(1);
  });

  it('30 concurrent identical opens with one key: one effect, 30 identical 201s', async () => {
    const body = openBody();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => call(system, 'POST', '/journeys', { key: parties.employer.key, body, idem: `burst-${run}` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(new Set(results.map((r) => r.body.journeyId)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1); // exactly one request ran
    const bare = await call(system, 'POST', '/journeys', { key: parties.employer.key, body });
    expect(bare.status).toBe(409);
  });

  it('50 concurrent identical transitions with one key: one enrolment, every answer the same 200', async () => {
    const opened = await call(system, 'POST', '/journeys', { key: parties.employer.key, body: openBody() });
    expect(opened.status).toBe(201);
    const url = `/journeys/${opened.body.journeyId}/enrolment`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => call(system, 'POST', url, { key: parties['training-institution'].key, idem: `enrol-${run}` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.every((r) => r.body.state === 'enrolled')).toBe(true);
    // A second enrolment without the key is refused by the state: the first one happened once.
    expect((await call(system, 'POST', url, { key: parties['training-institution'].key })).status).toBe(409);
  });

  it('the same key with a different body (or path) is a 422 naming the header, and changes nothing', async () => {
    const body = openBody();
    const first = await call(system, 'POST', '/journeys', { key: parties.employer.key, body, idem: `diff-${run}` });
    expect(first.status).toBe(201);
    const other = openBody();
    const reused = await call(system, 'POST', '/journeys', { key: parties.employer.key, body: other, idem: `diff-${run}` });
    expect(reused.status).toBe(422);
    expect(reused.body.message).toMatch(/^Idempotency-Key: /);
    // The other person's journey was not opened: opening it now works.
    expect((await call(system, 'POST', '/journeys', { key: parties.employer.key, body: other })).status).toBe(201);
    const otherPath = await call(system, 'POST', `/journeys/${first.body.journeyId}/withdrawal`, { key: parties.employer.key, body, idem: `diff-${run}` });
    expect(otherPath.status).toBe(422);
  });

  it('keys are scoped to the API key: another caller with the same Idempotency-Key is a new request', async () => {
    const a = await call(system, 'POST', '/journeys', { key: parties.employer.key, body: openBody(), idem: `shared-${run}` });
    const b = await call(system, 'POST', '/journeys', { key: parties['employer-2'].key, body: { ...openBody(), projectId: null }, idem: `shared-${run}` });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.replayed).toBe(false);
    expect(b.body.journeyId).not.toBe(a.body.journeyId);
  });

  it('a 4xx first answer is replayed as it was (status, body, header)', async () => {
    const url = '/journeys/no-such-journey/withdrawal';
    const first = await call(system, 'POST', url, { key: parties.employer.key, body: { reason: 'moved away' }, idem: `nf-${run}` });
    expect(first.status).toBe(404);
    const again = await call(system, 'POST', url, { key: parties.employer.key, body: { reason: 'moved away' }, idem: `nf-${run}` });
    expect(again).toEqual({ ...first, replayed: true });
    const invalid = { ...openBody(), targetLevel: 9 };
    const bad = await call(system, 'POST', '/journeys', { key: parties.employer.key, body: invalid, idem: `bad-${run}` });
    expect(bad.status).toBe(400);
    expect(await call(system, 'POST', '/journeys', { key: parties.employer.key, body: invalid, idem: `bad-${run}` })).toEqual({ ...bad, replayed: true });
  });

  it('a malformed Idempotency-Key is a 400 naming the header; no header at all is allowed', async () => {
    const bad = await call(system, 'POST', '/journeys', { key: parties.employer.key, body: openBody(), idem: 'x'.repeat(201) });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^Idempotency-Key: /);
    expect((await call(system, 'POST', '/journeys', { key: parties.employer.key, body: openBody() })).status).toBe(201);
  });
});
