import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../libs/machines/src/actor';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

const ROLES: Role[] = ['specialist', 'training-institution', 'evaluation-organisation', 'employer', 'social-insurance-agency', 'labour-inspection', 'auditor', 'admin'];

/**
 * The spec of who may write (ARCHITECTURE.md "Parties"): every write route of the OpenAPI document
 * must appear here, so a new route cannot ship without its row.
 */
const WRITES: Record<string, Role[]> = {
  'POST /journeys': ['employer', 'specialist'],
  'POST /journeys/{journeyId}/enrolment': ['training-institution'],
  'POST /journeys/{journeyId}/training-completion': ['training-institution'],
  'POST /journeys/{journeyId}/evaluation-registration': ['evaluation-organisation'],
  'POST /journeys/{journeyId}/results': ['evaluation-organisation'],
  'POST /journeys/{journeyId}/certificate': ['evaluation-organisation'],
  'POST /journeys/{journeyId}/subsidy-claim': ['employer', 'specialist'],
  'POST /journeys/{journeyId}/withdrawal': ['employer', 'specialist'],
  'PUT /journeys/{journeyId}/agreed-pay': ['employer'],
  'POST /journeys/{journeyId}/study-leave': ['employer', 'specialist'],
  'POST /study-leaves/{leaveId}/decision': ['employer'],
  'POST /study-leaves/{leaveId}/start': ['employer'],
  'POST /study-leaves/{leaveId}/end': ['employer'],
  'POST /study-leaves/{leaveId}/payroll': ['employer'],
  'POST /study-leaves/{leaveId}/back-pay': ['employer'],
  'POST /claims/{claimId}/payment-confirmation': ['social-insurance-agency'],
  'POST /projects': ['employer'],
  'POST /organisations': ['admin'],
  'POST /organisations/{organisationId}/keys': ['admin'],
  'POST /organisations/{organisationId}/suspension': ['admin'],
  'DELETE /organisations/{organisationId}/suspension': ['admin'],
  'DELETE /keys/{keyId}': ['admin'],
  // Computations and audit operations: POST, but they change nothing.
  'POST /eligibility': ROLES,
  'POST /audit/journeys/{journeyId}/replay': ['auditor', 'labour-inspection', 'admin'],
};

describe('role × endpoint matrix: every write with every wrong role or wrong organisation is 403 and changes nothing', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let others: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(ROLES);
    others = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('the table covers every write route of the OpenAPI document', async () => {
    const doc = (await system.http('GET', '/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${p}`));
    expect(routes.sort()).toEqual(Object.keys(WRITES).sort());
  });

  it('every role not allowed on a write route gets 403 from the guard', async () => {
    const failures: string[] = [];
    for (const [route, allowed] of Object.entries(WRITES)) {
      const [method, template] = route.split(' ');
      const url = template.replace(/\{[^}]+\}/g, 'no-such-id');
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const res = await system.http(method, url, { key: parties[role].key, body: method === 'DELETE' ? undefined : {} });
        if (res.status !== 403) failures.push(`${route} as ${role}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a party of the right role but another organisation gets 403, and the journey is unchanged', async () => {
    const foreign = (role: string) => others[role].key;
    const attempt = async (method: string, url: string, role: string, body?: unknown) => {
      const res = await system.http(method, url, { key: foreign(role), body });
      expect(res.status, `${method} ${url} as another ${role}: ${JSON.stringify(res.body)}`).toBe(403);
    };

    // A journey at `enrolled`: another institution may not complete it; another employer may not touch it.
    const enrolled = await drive.open({ projectId: null, agreedPay: { monthlyWage: 5000, benefits: {} } });
    await drive.step('POST', `/journeys/${enrolled}/enrolment`, 'training-institution');
    await attempt('POST', `/journeys/${enrolled}/training-completion`, 'training-institution', {});
    await attempt('POST', `/journeys/${enrolled}/withdrawal`, 'employer', { reason: 'not mine' });
    await attempt('PUT', `/journeys/${enrolled}/agreed-pay`, 'employer', { monthlyWage: 1, benefits: {} });
    await attempt('POST', `/journeys/${enrolled}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-02', purpose: 'training' });
    expect((await drive.journey(enrolled)).workflow.state).toBe('enrolled');

    // A study leave and its wage protection.
    const { leaveId } = await drive.step('POST', `/journeys/${enrolled}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-05', purpose: 'training' }, 201);
    await attempt('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    expect((await drive.step('GET', `/study-leaves/${leaveId}`, 'employer')).state).toBe('requested');
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection');
    await attempt('POST', `/study-leaves/${leaveId}/start`, 'employer');
    await attempt('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'p1', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 0, benefits: {} });
    await attempt('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'wage', amount: 1 });
    expect((await drive.step('GET', `/study-leaves/${leaveId}/wage-protection`, 'employer')).context.checkedRecords).toBe(0);

    // A journey at `registered`: results and certificates only from the organisation it is registered with.
    const registered = await drive.open({ projectId: null });
    await drive.trainingCompleted(registered);
    await drive.register(registered);
    await attempt('POST', `/journeys/${registered}/results`, 'evaluation-organisation', { passed: true, sittingDates: ['2026-11-20'] });
    await drive.result(registered, true);
    await attempt('POST', `/journeys/${registered}/certificate`, 'evaluation-organisation', { certificateNumber: 'FORGED-1', issuedOn: '2026-11-21' });
    expect((await drive.journey(registered)).workflow.state).toBe('passed');

    // A claim: only the agency the person is insured with confirms payment; only the employer claims.
    await drive.certify(registered, `RM-${Date.now()}`);
    await attempt('POST', `/journeys/${registered}/subsidy-claim`, 'employer', {});
    const claimed = await drive.claim(registered);
    const claimId = drive.claimId(registered, claimed.context.certificate.number);
    await drive.claimView(claimId);
    await attempt('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: '2026-11-25' });
    expect((await drive.claimView(claimId)).state).toBe('paymentInstructed');
  });
});
