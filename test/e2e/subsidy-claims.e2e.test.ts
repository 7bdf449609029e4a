import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eligibleProfile, JourneyDriver, monthsAgo, waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { raceClaims } from '../support/claim-race';
import { TestSystem } from '../support/system';

const cert = () => `C-${randomUUID().slice(0, 10)}`;

describe('skill-upgrade subsidy claims (RULES.md §5)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'employer', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  async function claimOutcome(journeyId: string, certificateNumber: string) {
    await drive.claim(journeyId);
    return drive.claimView(drive.claimId(journeyId, certificateNumber));
  }

  it('subsidy.level: a level-2 certificate gets no subsidy under this notice', async () => {
    const journeyId = await drive.open({ targetLevel: 2, projectId: null });
    await drive.trainingCompleted(journeyId);
    // L2-1: a level-3 certificate and 5 years of service after it.
    await drive.register(journeyId, eligibleProfile({ certificates: [{ level: 3, issued: '2015-01-01', occupation: 'this', kind: 'skill-level' }] }));
    await drive.result(journeyId, true);
    const number = cert();
    await drive.certify(journeyId, number);
    const claim = await claimOutcome(journeyId, number);
    expect(claim).toMatchObject({ state: 'refused', context: { failingRules: ['subsidy.level'] } });
    const journey = await waitFor(() => drive.journey(journeyId), (j) => j.state === 'closed', 'journey closed');
    expect(journey.workflow.context.closedReason).toBe('subsidy-refused');
  });

  it('subsidy.enterprise-employee and subsidy.insured-12-months: every failing rule is listed', async () => {
    const journeyId = await drive.open({ enterpriseEmployee: false, unemploymentInsuredSince: monthsAgo(3), projectId: null });
    const number = cert();
    await drive.certified(journeyId, number);
    const claim = await claimOutcome(journeyId, number);
    expect(claim.state).toBe('refused');
    expect(claim.context.failingRules).toEqual(['subsidy.enterprise-employee', 'subsidy.insured-12-months']);
  });

  it('subsidy.claim-window: a certificate issued more than 12 months ago', async () => {
    const journeyId = await drive.open({ projectId: null });
    const number = cert();
    await drive.certified(journeyId, number, monthsAgo(13));
    const claim = await claimOutcome(journeyId, number);
    expect(claim.state).toBe('refused');
    expect(claim.context.failingRules).toContain('subsidy.claim-window');
  });

  it('subsidy.once-per-year across journeys; a certificate number cannot even be recorded for another person (subsidy.certificate-once, issue 13.9)', async () => {
    const residentId = newResidentId('19870203');
    const level4 = await drive.open({ residentId, targetLevel: 4, projectId: null });
    const level3 = await drive.open({ residentId, targetLevel: 3, projectId: null });
    const [n4, n3] = [cert(), cert()];
    await drive.certified(level4, n4);
    await drive.certified(level3, n3);
    expect(await claimOutcome(level4, n4)).toMatchObject({ state: 'paymentInstructed', context: { amount: 1500 } });
    expect(await claimOutcome(level3, n3)).toMatchObject({ state: 'refused', context: { failingRules: ['subsidy.once-per-year'] } });

    // The ledger would refuse it too (subsidy.certificate-once, unit-tested in libs/rules); the API stops it first.
    const someoneElse = await drive.open({ projectId: null });
    await drive.trainingCompleted(someoneElse);
    await drive.register(someoneElse);
    await drive.result(someoneElse, true);
    const reused = await system.http('POST', `/journeys/${someoneElse}/certificate`, { key: parties['evaluation-organisation'].key, body: { certificateNumber: n4, issuedOn: new Date().toISOString().slice(0, 10) } });
    expect(reused.status).toBe(409);
  });

  it('subsidy.once-per-year, race-safe: two journeys of one person claiming at the same instant over HTTP → one approved', async () => {
    const residentId = newResidentId('19911111');
    const [a, b] = [await drive.open({ residentId, targetLevel: 4, projectId: null }), await drive.open({ residentId, targetLevel: 3, projectId: null })];
    const [na, nb] = [cert(), cert()];
    await drive.certified(a, na);
    await drive.certified(b, nb);
    await Promise.all([drive.claim(a), drive.claim(b)]);
    const outcomes = await Promise.all([drive.claimView(drive.claimId(a, na)), drive.claimView(drive.claimId(b, nb))]);
    expect(outcomes.map((o) => o.state).sort()).toEqual(['paymentInstructed', 'refused']);
  });

  it('subsidy.once-per-year, race-safe: 20 concurrent claims of one person and year → exactly one approved, one ledger row', async () => {
    const { decided, ledgerRows } = await raceClaims(system, parties, 20);
    expect(decided.filter((v) => v.state === 'paymentInstructed')).toHaveLength(1);
    const refused = decided.filter((v) => v.state === 'refused');
    expect(refused).toHaveLength(19);
    expect(refused.every((v) => (v.context.failingRules as string[]).join() === 'subsidy.once-per-year')).toBe(true);
    expect(ledgerRows).toBe(1);
  });

  it('a claim and its parties come from its projection (issue 14): with no worker running it is read, and another agency or employer refused', async () => {
    const journeyId = await drive.open({ projectId: null });
    const number = cert();
    await drive.certified(journeyId, number);
    const claimId = drive.claimId(journeyId, number);
    const decided = await claimOutcome(journeyId, number);
    expect(decided.state).toBe('paymentInstructed');
    // No worker: a Query could not be answered (the API would wait, then 503); the projection can.
    await system.killWorker();
    try {
      const get = (party: string) => system.http('GET', `/claims/${claimId}`, { key: parties[party].key });
      for (const reader of ['social-insurance-agency', 'employer']) expect(await get(reader)).toMatchObject({ status: 200, body: decided });
      for (const stranger of ['social-insurance-agency-2', 'employer-2']) expect((await get(stranger)).status).toBe(404);
      const paidOn = new Date().toISOString().slice(0, 10);
      const confirm = await system.http('POST', `/claims/${claimId}/payment-confirmation`, { key: parties['social-insurance-agency-2'].key, body: { paidOn } });
      expect(confirm.status).toBe(403);
    } finally {
      await system.startWorker();
    }
  });
});
