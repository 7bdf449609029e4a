import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/** Issue 18, what an operator needs: liveness and readiness apart, Prometheus metrics per route and of the domain. */
describe('operations: /health, /ready, /metrics (issue 18)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('liveness and readiness are separate; readiness checks Temporal, the database and the migrations', async () => {
    const live = await system.http('GET', '/health');
    expect(live).toMatchObject({ status: 200, body: { status: 'ok', ready: true } });
    const ready = await system.http('GET', '/ready');
    expect(ready).toMatchObject({ status: 200, body: { status: 'ready', temporal: { ok: true }, database: { ok: true }, migrations: { ok: true } } });
  });

  it('metrics: requests by route pattern (never an id), errors by status, latency, and journeys by state', async () => {
    const residentId = newResidentId();
    const journeyId = await drive.open({ residentId, projectId: null });
    await system.http('GET', `/journeys/${journeyId}`, { key: parties.employer.key });
    await system.http('GET', `/journeys/${journeyId}`); // 401
    const res = await system.http('GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    const text = String(res.body);
    expect(text).toMatch(/heze_http_requests_total\{method="GET",route="\/journeys\/:journeyId",status="200"\} [1-9]/);
    expect(text).toMatch(/heze_http_requests_total\{method="GET",route="\/journeys\/:journeyId",status="401"\} [1-9]/);
    // Latency is a histogram per route; how long a request took on this machine is not the test's business.
    expect(text).toMatch(/heze_http_request_duration_seconds_bucket\{le="\+Inf",method="POST",route="\/journeys"\} [1-9]/);
    expect(text).toMatch(/heze_http_request_duration_seconds_count\{method="POST",route="\/journeys"\} [1-9]/);
    expect(text).toMatch(/heze_journeys\{state="applied"\} [1-9]/);
    expect(text).toMatch(/heze_open_violations \d+/);
    expect(text).toMatch(/heze_claims_awaiting_payment \d+/);
    expect(text).not.toContain(journeyId);
    expect(text).not.toContain(residentId);
    // Not part of the API's OpenAPI document.
    const doc = (await system.http('GET', '/docs-json')).body;
    expect(Object.keys(doc.paths)).not.toContain('/metrics');
  });
});
