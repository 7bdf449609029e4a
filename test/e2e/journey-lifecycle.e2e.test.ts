import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);

describe('journey workflows on the real Temporal server and PostgreSQL', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('runs a full journey from application to a paid subsidy, surviving a worker SIGKILL on the way', async () => {
    const started = Date.now();
    const journeyId = await drive.open({ targetLevel: 4 });
    const certified = await drive.certified(journeyId, `CERT-${randomUUID().slice(0, 8)}`);
    expect(certified.state).toBe('certified');

    await system.killWorker('SIGKILL');
    await system.startWorker();

    const claimed = await drive.claim(journeyId);
    expect(claimed.state).toBe('subsidyClaimed');
    const claimId = drive.claimId(journeyId, certified.context.certificate.number);
    const claim = await drive.claimView(claimId);
    // subsidy.level: a level-4 certificate pays 1,500 CNY (RULES.md §5).
    expect(claim).toMatchObject({ state: 'paymentInstructed', context: { amount: 1500, year: new Date().getFullYear() } });

    // Only the agency the person is insured with confirms the payment.
    await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'employer', { paidOn: today() }, 403);
    const paid = await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() });
    expect(paid.state).toBe('paid');
    await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() }, 409);

    const closed = await waitFor(() => drive.journey(journeyId), (j) => j.state === 'closed', 'journey closed');
    expect(closed.workflow.context).toMatchObject({ closedReason: 'subsidy-paid', attempts: 1 });
    console.log(`full journey (HTTP, worker restart included): ${Date.now() - started} ms`);
  });

  it('先培训后认定 §2: registration before training completion is refused with 409 and the allowed events', async () => {
    const journeyId = await drive.open({ targetLevel: 4, projectId: null });
    const res = await system.http('POST', `/journeys/${journeyId}/evaluation-registration`, { key: parties['evaluation-organisation'].key, body: { profile: eligibleProfile() } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ state: 'applied', allowedEvents: ['enrol', 'recordAgreedPay', 'withdraw'] });
  });

  it('§3 eligibility: an ineligible candidate is refused at registration with the failing clause ids, and may register again later', async () => {
    const journeyId = await drive.open({ targetLevel: 3, projectId: null });
    await drive.trainingCompleted(journeyId);
    // 6 years of service: L3-1 needs 10; no certificate, title or diploma for L3-2..L3-6.
    const refused = await drive.register(journeyId, eligibleProfile({ workPeriods: [{ start: '2020-06-01', occupation: 'this' }] }));
    expect(refused.state).toBe('trainingCompleted');
    const clauses = refused.context.lastRefusal.failingClauses.map((c: { clause: string }) => c.clause);
    expect(clauses).toEqual(['L3-1', 'L3-2', 'L3-3', 'L3-4', 'L3-5', 'L3-6']);
    // [2020-06-01, 2030-05-31) is 119 months + 30 leftover days = 120 months: RULES.md §3's service formula.
    expect(refused.context.lastRefusal.failingClauses[0].holdsOn).toBe('2030-05-31');
    expect((await drive.register(journeyId)).state).toBe('registered');
  });

  it('a failed evaluation may be retaken; attempts are counted', async () => {
    const journeyId = await drive.open({ targetLevel: 4, projectId: null });
    await drive.trainingCompleted(journeyId);
    await drive.register(journeyId);
    const failed = await drive.result(journeyId, false);
    expect(failed).toMatchObject({ state: 'failed', context: { attempts: 1 } });
    await drive.register(journeyId);
    const passed = await drive.result(journeyId, true);
    expect(passed).toMatchObject({ state: 'passed', context: { attempts: 2, registrations: 2 } });
    expect(passed.context.results.map((r: { passed: boolean }) => r.passed)).toEqual([false, true]);
  });

  it('only the enrolling institution completes training (403 for another organisation)', async () => {
    const other = await createParties(['training-institution']);
    const journeyId = await drive.open({ targetLevel: 4, projectId: null });
    await drive.step('POST', `/journeys/${journeyId}/enrolment`, 'training-institution');
    const res = await system.http('POST', `/journeys/${journeyId}/training-completion`, { key: other['training-institution'].key, body: {} });
    expect(res.status).toBe(403);
    expect((await drive.journey(journeyId)).state).toBe('enrolled');
  });

  it('lists journeys by state and level from the projections, and by state through the HezeState search attribute', async () => {
    const journeyId = await drive.open({ targetLevel: 3, projectId: null });
    await drive.step('POST', `/journeys/${journeyId}/enrolment`, 'training-institution');
    const listed = await drive.step('GET', '/journeys?state=enrolled&level=3&pageSize=200', 'employer');
    expect(listed.items.map((j: { journeyId: string }) => j.journeyId)).toContain(journeyId);
    expect(listed.items.every((j: { state: string; targetLevel: number }) => j.state === 'enrolled' && j.targetLevel === 3)).toBe(true);
    // Another employer sees none of this employer's journeys.
    const other = await createParties(['employer']);
    const theirs = await system.http('GET', '/journeys?state=enrolled', { key: other.employer.key });
    expect(theirs.body.items).toEqual([]);

    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const client = new Client({ connection });
      const found = await waitFor(
        async () => {
          const ids: string[] = [];
          for await (const wf of client.workflow.list({ query: `HezeState = 'enrolled' AND HezeLevel = 3 AND WorkflowId = '${journeyId}'` })) ids.push(wf.workflowId);
          return ids;
        },
        (ids) => ids.length === 1,
        'visibility of HezeState',
      );
      expect(found).toEqual([journeyId]);
    } finally {
      await connection.close();
    }
  });

  it('withdrawal before the certificate closes the journey; a second journey for the same person and level may then open', async () => {
    const residentId = (await import('../support/parties')).newResidentId('19880808');
    const journeyId = await drive.open({ residentId, projectId: null });
    const dup = await system.http('POST', '/journeys', {
      key: parties.employer.key,
      body: { residentId, name: 'x', targetLevel: 4, insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: null },
    });
    expect(dup.status).toBe(409);
    const withdrawn = await drive.step('POST', `/journeys/${journeyId}/withdrawal`, 'employer', { reason: 'changed employer' });
    expect(withdrawn.state).toBe('withdrawn');
  });
});
