import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

describe('bad bodies get 400 naming the field, and change nothing', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  const open = (body: Record<string, unknown>) =>
    system.http('POST', '/journeys', {
      key: parties.employer.key,
      body: { residentId: newResidentId(), name: 'n', targetLevel: 4, insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: null, ...body },
    });

  it.each([
    [{ residentId: '371729199005011230' }, 'residentId'],
    [{ targetLevel: 5 }, 'targetLevel'],
    [{ unemploymentInsuredSince: '2025-02-30' }, 'unemploymentInsuredSince'],
    [{ extra: true }, ''],
    [{ agreedPay: { monthlyWage: -1, benefits: {} } }, 'agreedPay.monthlyWage'],
  ])('POST /journeys %o → 400 naming %s', async (patch, field) => {
    const res = await open(patch);
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
    if (field) expect(res.body.message).toMatch(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: `));
    else expect(res.body.message).toMatch(/extra/i);
    expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at /);
  });

  it('process bodies: dates out of order, malformed records', async () => {
    const journeyId = await drive.open({ projectId: null });
    const leave = await system.http('POST', `/journeys/${journeyId}/study-leave`, { key: parties.employer.key, body: { from: '2026-12-10', to: '2026-12-01', purpose: 'training' } });
    expect(leave).toMatchObject({ status: 400, body: { field: 'to' } });
    const purpose = await system.http('POST', `/journeys/${journeyId}/study-leave`, { key: parties.employer.key, body: { from: '2026-12-01', to: '2026-12-02', purpose: 'holiday' } });
    expect(purpose).toMatchObject({ status: 400, body: { field: 'purpose' } });
    const result = await system.http('POST', `/journeys/${journeyId}/results`, { key: parties['evaluation-organisation'].key, body: { passed: 'yes', sittingDates: [] } });
    expect(result).toMatchObject({ status: 400, body: { field: 'passed' } });
    const cert = await system.http('POST', `/journeys/${journeyId}/certificate`, { key: parties['evaluation-organisation'].key, body: { certificateNumber: 'x y', issuedOn: '2026-13-01' } });
    expect(cert.status).toBe(400);
    expect(['certificateNumber', 'issuedOn']).toContain(cert.body.field);
    expect((await drive.journey(journeyId)).workflow.state).toBe('applied');
  });

  it('an unknown journey is a 404, not a 500', async () => {
    const res = await system.http('POST', '/journeys/journey-nope-L4/enrolment', { key: parties['training-institution'].key });
    expect(res.status).toBe(404);
    const get = await system.http('GET', '/claims/nope', { key: parties['social-insurance-agency'].key });
    expect(get.status).toBe(404);
  });
});
