import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ALL_ROLES } from '../../apps/api/src/auth/party.decorator';
import { ROLES, type KeyRole } from '@heze/machines';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

type Rule = { roles: readonly KeyRole[]; relation: string } | { public: true };
const BATCH_ROLES: KeyRole[] = ['training-institution', 'evaluation-organisation', 'employer'];
const rule = (roles: KeyRole | readonly KeyRole[], relation: string): Rule => ({ roles: typeof roles === 'string' ? [roles] : roles, relation });

/**
 * The spec of who may act (ARCHITECTURE.md "Parties"; apps/api/src/auth/party.decorator.ts): every
 * operation of the OpenAPI document must appear here with the roles and the party relation its
 * `x-heze-party` declaration names, so a new route cannot ship without its row.
 */
const WRITES: Record<string, Rule> = {
  'POST /journeys': rule(['employer', 'specialist'], 'self'),
  'POST /journeys/{journeyId}/enrolment': rule('training-institution', 'journey.any'),
  'POST /journeys/{journeyId}/training-completion': rule('training-institution', 'journey.trainingInstitutionId'),
  'POST /journeys/{journeyId}/evaluation-registration': rule('evaluation-organisation', 'journey.any'),
  'POST /journeys/{journeyId}/results': rule('evaluation-organisation', 'journey.evaluationOrganisationId'),
  'POST /journeys/{journeyId}/certificate': rule('evaluation-organisation', 'journey.evaluationOrganisationId'),
  'POST /journeys/{journeyId}/subsidy-claim': rule(['employer', 'specialist'], 'journey.employerId'),
  'POST /journeys/{journeyId}/withdrawal': rule(['employer', 'specialist'], 'journey.employerId'),
  'PUT /journeys/{journeyId}/agreed-pay': rule('employer', 'journey.employerId'),
  'POST /journeys/{journeyId}/study-leave': rule(['employer', 'specialist'], 'journey.employerId'),
  'POST /study-leaves/{leaveId}/decision': rule('employer', 'leave.employerId'),
  'POST /study-leaves/{leaveId}/start': rule('employer', 'leave.employerId'),
  'POST /study-leaves/{leaveId}/end': rule('employer', 'leave.employerId'),
  'POST /study-leaves/{leaveId}/payroll': rule('employer', 'wageProtection.employerId'),
  'POST /study-leaves/{leaveId}/back-pay': rule('employer', 'wageProtection.employerId'),
  'POST /claims/{claimId}/payment-confirmation': rule('social-insurance-agency', 'claim.agencyId'),
  'POST /projects': rule('employer', 'self'),
  'POST /organisations': rule('admin', 'any'),
  'POST /organisations/{organisationId}/keys': rule('admin', 'any'),
  'POST /organisations/{organisationId}/suspension': rule('admin', 'any'),
  'DELETE /organisations/{organisationId}/suspension': rule('admin', 'any'),
  'DELETE /keys/{keyId}': rule('admin', 'any'),
  // The issuing evaluation organisation (checked by the service: another issuer gets 403) or the programme office.
  'POST /certificates/{certificateNumber}/revocation': rule(['evaluation-organisation', 'admin'], 'any'),
  // Computations and audit operations: POST, but they change nothing.
  'POST /eligibility': rule(ROLES, 'any'),
  'POST /audit/journeys/{journeyId}/replay': rule(READ_ALL_ROLES, 'any'),
  // People's accounts (issue 15): signing in needs nothing; signing out and a password change are the
  // caller's own (an API key has neither: 403 from the service); users are the admin's.
  'POST /auth/login': { public: true },
  'POST /auth/logout': rule(ROLES, 'any'),
  'POST /auth/password': rule(ROLES, 'any'),
  'POST /users': rule('admin', 'any'),
  'POST /users/{userId}/disable': rule('admin', 'any'),
  'POST /users/{userId}/enable': rule('admin', 'any'),
  'POST /users/{userId}/password-reset': rule('admin', 'any'),
  // Batches (issue 16): each kind is one role's (the service: 403 for another's kind); a batch is its organisation's (404 for others).
  'POST /batches/{kind}': rule(BATCH_ROLES, 'self'),
  'POST /batches/{batchId}/apply': rule(BATCH_ROLES, 'self'),
};

/** Reads of another organisation's data are a 404 (its existence is not told), never a 403. */
const READS: Record<string, Rule> = {
  'GET /health': { public: true },
  'GET /ready': { public: true },
  // Certificate verification (issue 17): anyone handed a certificate, no key.
  'GET /certificates/verify': { public: true },
  'GET /verify': { public: true },
  'GET /certificates/{certificateNumber}/summary': rule(['evaluation-organisation', 'employer', 'auditor', 'labour-inspection', 'admin'], 'any'),
  'GET /journeys': rule(ROLES, 'self'),
  'GET /journeys/{journeyId}': rule(ROLES, 'journey.reader'),
  'GET /journeys/{journeyId}/timeline': rule(ROLES, 'journey.reader'),
  'GET /study-leaves/{leaveId}': rule(ROLES, 'leave.reader'),
  'GET /study-leaves/{leaveId}/wage-protection': rule(ROLES, 'wageProtection.reader'),
  'GET /claims/{claimId}': rule(ROLES, 'claim.reader'),
  'GET /projects/{projectId}/incentive': rule(ROLES, 'project.reader'),
  'GET /violations': rule(['employer', ...READ_ALL_ROLES], 'self'),
  'GET /notifications': rule([...READ_ALL_ROLES, 'social-insurance-agency'], 'self'),
  'GET /organisations': rule('admin', 'any'),
  'GET /keys': rule('admin', 'any'),
  'GET /audit/journeys/{journeyId}/history': rule(READ_ALL_ROLES, 'any'),
  'GET /audit/journeys/{journeyId}/timeline': rule(READ_ALL_ROLES, 'any'),
  'GET /audit/journeys/{journeyId}/state': rule(READ_ALL_ROLES, 'any'),
  // A public key: whoever is handed an audit bundle checks it without an account here (issue 17).
  'GET /audit/signing-key': { public: true },
  'GET /auth/session': rule(ROLES, 'any'),
  'GET /users': rule('admin', 'any'),
  // Each party's inbox (issue 15): the caller's own lists; READ_ALL roles search everyone's.
  'GET /inbox': rule(ROLES, 'self'),
  'GET /inbox/enrolment-applications': rule('training-institution', 'self'),
  'GET /inbox/trainees': rule('training-institution', 'self'),
  'GET /inbox/candidates': rule('evaluation-organisation', 'self'),
  'GET /inbox/results': rule('evaluation-organisation', 'self'),
  'GET /inbox/certificates': rule('evaluation-organisation', 'self'),
  'GET /inbox/leave-requests': rule('employer', 'self'),
  'GET /inbox/active-leaves': rule('employer', 'self'),
  'GET /inbox/violations': rule(['employer', 'labour-inspection', 'auditor', 'admin'], 'self'),
  'GET /inbox/claims': rule('employer', 'self'),
  'GET /inbox/incentives': rule('employer', 'self'),
  'GET /inbox/payments': rule('social-insurance-agency', 'self'),
  'GET /inbox/notifications': rule(['social-insurance-agency', 'labour-inspection', 'auditor', 'admin'], 'self'),
  'GET /inbox/search': rule(['labour-inspection', 'auditor', 'admin'], 'self'),
  // Statistics (issue 17): the programme office, auditors and labour inspection; figures of every organisation.
  'GET /statistics': rule(['admin', 'auditor', 'labour-inspection'], 'any'),
  'GET /statistics/figures.csv': rule(['admin', 'auditor', 'labour-inspection'], 'any'),
  'GET /statistics/journeys': rule(['admin', 'auditor', 'labour-inspection'], 'any'),
  'GET /batches': rule(BATCH_ROLES, 'self'),
  'GET /batches/kinds': rule(BATCH_ROLES, 'self'),
  'GET /batches/templates/{kind}': rule(BATCH_ROLES, 'self'),
  'GET /batches/{batchId}': rule(BATCH_ROLES, 'self'),
  'GET /batches/{batchId}/outcomes': rule(BATCH_ROLES, 'self'),
};

const SPEC = { ...WRITES, ...READS };
const normal = (r: Rule) => ('public' in r ? { public: true } : { roles: [...r.roles].sort(), relation: r.relation });
/** A write that names the organisation the caller must be (or, `journey.any`, the journey records the one that acts). */
const namesAParty = (route: string) => {
  const r = SPEC[route];
  return !('public' in r) && r.relation.includes('.') && !r.relation.endsWith('.reader');
};
const isReader = (route: string) => {
  const r = SPEC[route];
  return !('public' in r) && r.relation.endsWith('.reader');
};

describe('role × endpoint matrix: every route declares who may act; a wrong role is 403, another organisation 403 on writes (nothing changes) and 404 on reads', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let others: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let doc: { paths: Record<string, Record<string, Record<string, unknown>>> };

  beforeAll(async () => {
    parties = await createParties([...ROLES]);
    others = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
    doc = (await system.http('GET', '/docs-json')).body;
  });
  afterAll(() => system.stop());

  it('every operation of the OpenAPI document declares who may call it (x-heze-party), as the table says', () => {
    const declared: Record<string, unknown> = {};
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const route = `${method.toUpperCase()} ${path}`;
        const party = op['x-heze-party'] as (Rule & { description?: string }) | undefined;
        if (!party) missing.push(route);
        else declared[route] = normal(party);
      }
    }
    expect(missing, 'operations without @Party or @Public').toEqual([]);
    expect(declared).toEqual(Object.fromEntries(Object.entries(SPEC).map(([route, r]) => [route, normal(r)])));
  });

  it('every role not allowed on a route gets 403 from the guard', async () => {
    const failures: string[] = [];
    for (const [route, r] of Object.entries(SPEC)) {
      if ('public' in r) continue;
      const [method, template] = route.split(' ');
      const url = template.replace(/\{[^}]+\}/g, 'no-such-id');
      for (const role of ROLES.filter((x) => !r.roles.includes(x))) {
        const res = await system.http(method, url, { key: parties[role].key, body: ['GET', 'DELETE'].includes(method) ? undefined : {} });
        if (res.status !== 403) failures.push(`${route} as ${role}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("another organisation of the right role: its writes are 403 (409 where the first to act takes the journey) and change nothing; its reads are 404", async () => {
    const tried = new Set<string>();
    const attempt = async (route: string, url: string, role: string, body?: unknown, expected = 403) => {
      expect(SPEC[route], route).toBeDefined();
      tried.add(route);
      const res = await system.http(route.split(' ')[0], url, { key: others[role].key, body });
      expect(res.status, `${route} as another ${role}: ${JSON.stringify(res.body)}`).toBe(expected);
    };
    /** The read is 404 for another organisation and 200 for its party and for every READ_ALL role. */
    const read = async (route: string, url: string, foreign: string[], party: string) => {
      expect(isReader(route), route).toBe(true);
      tried.add(route);
      for (const role of foreign) {
        const res = await system.http('GET', url, { key: others[role].key });
        expect(res.status, `${route} as another ${role}: ${JSON.stringify(res.body)}`).toBe(404);
      }
      for (const role of [party, ...READ_ALL_ROLES]) expect((await system.http('GET', url, { key: parties[role].key })).status, `${route} as ${role}`).toBe(200);
    };

    // A journey at `enrolled`: another institution may not complete it nor enrol it again; another employer may not touch it.
    const enrolled = await drive.open({ projectId: null, agreedPay: { monthlyWage: 5000, benefits: {} } });
    await drive.step('POST', `/journeys/${enrolled}/enrolment`, 'training-institution');
    await attempt('POST /journeys/{journeyId}/training-completion', `/journeys/${enrolled}/training-completion`, 'training-institution', {});
    await attempt('POST /journeys/{journeyId}/enrolment', `/journeys/${enrolled}/enrolment`, 'training-institution', undefined, 409);
    await attempt('POST /journeys/{journeyId}/withdrawal', `/journeys/${enrolled}/withdrawal`, 'employer', { reason: 'not mine' });
    await attempt('PUT /journeys/{journeyId}/agreed-pay', `/journeys/${enrolled}/agreed-pay`, 'employer', { monthlyWage: 1, benefits: {} });
    await attempt('POST /journeys/{journeyId}/study-leave', `/journeys/${enrolled}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-02', purpose: 'training' });
    await read('GET /journeys/{journeyId}', `/journeys/${enrolled}`, ['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency'], 'employer');
    await read('GET /journeys/{journeyId}/timeline', `/journeys/${enrolled}/timeline`, ['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency'], 'employer');
    const journey = await drive.journey(enrolled);
    expect(journey.workflow.state).toBe('enrolled');
    expect(journey.trainingInstitutionId).toBe(parties['training-institution'].organisationId);
    expect(journey.workflow.context.agreedPay).toEqual({ monthlyWageFen: 500_000, benefitsFen: {} });

    // A study leave and its wage protection.
    const { leaveId } = await drive.step('POST', `/journeys/${enrolled}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-05', purpose: 'training' }, 201);
    await attempt('POST /study-leaves/{leaveId}/decision', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    expect((await drive.step('GET', `/study-leaves/${leaveId}`, 'employer')).state).toBe('requested');
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection');
    await attempt('POST /study-leaves/{leaveId}/start', `/study-leaves/${leaveId}/start`, 'employer');
    await attempt('POST /study-leaves/{leaveId}/end', `/study-leaves/${leaveId}/end`, 'employer');
    await attempt('POST /study-leaves/{leaveId}/payroll', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'p1', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 0, benefits: {} });
    await attempt('POST /study-leaves/{leaveId}/back-pay', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'wage', amount: 1 });
    await read('GET /study-leaves/{leaveId}', `/study-leaves/${leaveId}`, ['employer', 'training-institution'], 'employer');
    await read('GET /study-leaves/{leaveId}/wage-protection', `/study-leaves/${leaveId}/wage-protection`, ['employer', 'social-insurance-agency'], 'employer');
    expect((await drive.step('GET', `/study-leaves/${leaveId}`, 'employer')).state).toBe('approved');
    expect((await drive.step('GET', `/study-leaves/${leaveId}/wage-protection`, 'employer')).context.checkedRecords).toBe(0);

    // A journey at `registered` on a project: results and certificates only from the organisation it is registered with.
    const registered = await drive.open();
    await drive.trainingCompleted(registered);
    await drive.register(registered);
    await attempt('POST /journeys/{journeyId}/evaluation-registration', `/journeys/${registered}/evaluation-registration`, 'evaluation-organisation', { profile: eligibleProfile() }, 409);
    await attempt('POST /journeys/{journeyId}/results', `/journeys/${registered}/results`, 'evaluation-organisation', { passed: true, sittingDates: ['2026-11-20'] });
    await drive.result(registered, true);
    await attempt('POST /journeys/{journeyId}/certificate', `/journeys/${registered}/certificate`, 'evaluation-organisation', { certificateNumber: 'FORGED-1', issuedOn: '2026-11-21' });
    const passed = await drive.journey(registered);
    expect(passed.workflow.state).toBe('passed');
    expect(passed.evaluationOrganisationId).toBe(parties['evaluation-organisation'].organisationId);

    // A claim: only the agency the person is insured with confirms payment; only the employer claims.
    await drive.certify(registered, `RM-${Date.now()}`);
    await attempt('POST /journeys/{journeyId}/subsidy-claim', `/journeys/${registered}/subsidy-claim`, 'employer', {});
    const claimed = await drive.claim(registered);
    const claimId = drive.claimId(registered, claimed.context.certificate.number);
    await drive.claimView(claimId);
    await attempt('POST /claims/{claimId}/payment-confirmation', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: '2026-11-25' });
    await read('GET /claims/{claimId}', `/claims/${claimId}`, ['social-insurance-agency', 'employer'], 'social-insurance-agency');
    expect((await drive.step('GET', `/claims/${claimId}`, 'employer')).state).toBe('paymentInstructed');
    expect((await drive.claimView(claimId)).state).toBe('paymentInstructed');

    // The project's incentive (started by the certificate): its contractor reads it, another employer does not.
    const incentive = `/projects/${parties.projectId}/incentive`;
    await waitFor(() => system.http('GET', incentive, { key: parties.employer.key }), (r) => r.status === 200, 'project incentive');
    await read('GET /projects/{projectId}/incentive', incentive, ['employer'], 'employer');

    // Every write that names a party, and every read of one resource, was tried by another organisation.
    expect([...tried].sort()).toEqual(Object.keys(SPEC).filter((route) => namesAParty(route) || isReader(route)).sort());
  });
});
