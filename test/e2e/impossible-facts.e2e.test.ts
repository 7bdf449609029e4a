import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * Issue 13.8: facts that cannot be true are refused with a 4xx naming the field (and the rule), and
 * nothing changes. Dates are relative to the real clock (docs/dates.md): "today" is the China Standard
 * Time date, never behind the UTC date, so two days after the UTC date is always in the future.
 */
const DAY = 86_400_000;
const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const TODAY = utcDay(0);
const FUTURE = utcDay(2);

type Res = { status: number; body: any };
interface Case {
  what: string;
  send: () => Promise<Res>;
  status: number;
  field: string;
  rule?: string;
  /** Reads what the request would have changed; equal before and after. */
  state: () => Promise<unknown>;
}

describe('impossible facts get a 4xx naming the field and the rule, and change nothing (issue 13.8)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const j: Record<string, string> = {};
  let claimId = '';
  let leaveId = '';

  const as = (role: string, method: string, url: string, body?: unknown) => system.http(method, url, { key: parties[role].key, body });
  /** State and transition count of the fixture journey `name` (looked up when called: the fixtures come in beforeAll). */
  const journeyState = (name: string) => async () => {
    const { state, version } = (await drive.journey(j[name])).workflow;
    return { state, version };
  };
  const journeyCount = async () => (await as('employer', 'GET', '/journeys?pageSize=1')).body.total;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection', 'auditor', 'admin']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);

    const open = () => drive.open({ projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
    [j.enrolled, j.trainingCompleted, j.registered, j.passed, j.claimed, j.wages] = await Promise.all([open(), open(), open(), open(), open(), open()]);
    await drive.step('POST', `/journeys/${j.enrolled}/enrolment`, 'training-institution');
    // Training completed 10 days ago: sittings from then on are possible, earlier ones are not.
    await drive.trainingCompleted(j.trainingCompleted, utcDay(-10));
    await drive.trainingCompleted(j.registered, utcDay(-10));
    await drive.register(j.registered);
    await drive.trainingCompleted(j.passed, utcDay(-10));
    await drive.register(j.passed);
    await drive.result(j.passed, true, [utcDay(-4), utcDay(-3)]);
    const number = `IF-${randomUUID().slice(0, 8)}`;
    await drive.certified(j.claimed, number);
    await drive.claim(j.claimed);
    claimId = drive.claimId(j.claimed, number);
    expect((await drive.claimView(claimId)).state).toBe('paymentInstructed');

    // A meal allowance paid short: the open violation's shortfall is on 'meal' only.
    ({ leaveId } = await drive.step('POST', `/journeys/${j.wages}/study-leave`, 'employer', { from: TODAY, to: utcDay(20), purpose: 'training' }, 201));
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => as('employer', 'GET', `/study-leaves/${leaveId}/wage-protection`), (r) => r.status === 200, 'wage protection started');
    const short = await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'short-meal', periodStart: TODAY, periodEnd: utcDay(21), wage: 6200, benefits: { meal: 0 } });
    expect(short.state).toBe('violation');
  });
  afterAll(() => system.stop());

  const wagesState = async () => {
    const v = (await as('employer', 'GET', `/study-leaves/${leaveId}/wage-protection`)).body;
    return { state: v.state, backPay: v.context.violations.map((x: any) => x.backPay.length) };
  };
  const claimState = async () => (await as('social-insurance-agency', 'GET', `/claims/${claimId}`)).body.state;
  const openJourney = (patch: Record<string, unknown>) => () =>
    as('employer', 'POST', '/journeys', {
      residentId: newResidentId(),
      name: 'Wang Wu',
      targetLevel: 4,
      insuredWithAgencyId: parties['social-insurance-agency'].organisationId,
      enterpriseEmployee: true,
      unemploymentInsuredSince: '2020-01-01',
      ...patch,
    });
  const register = (profile: Record<string, unknown>) => () => as('evaluation-organisation', 'POST', `/journeys/${j.trainingCompleted}/evaluation-registration`, { profile: eligibleProfile(profile) });
  const orgId = () => `if-org-${randomUUID().slice(0, 8)}`;
  const refusedProjectId = `if-p-${randomUUID().slice(0, 8)}`;
  const organisations = async () => (await as('admin', 'GET', '/organisations')).body.length;
  const keys = async () => (await as('admin', 'GET', `/keys?organisation=${parties.employer.organisationId}`)).body.length;
  const none = async () => null;

  const cases: Case[] = [
    // Dates in the future (date.not-future).
    { what: 'evaluation date in the future on a registration', send: register({ evaluationDate: FUTURE }), status: 400, field: 'profile.evaluationDate', rule: 'date.not-future', state: journeyState('trainingCompleted') },
    { what: 'training completed in the future', send: () => as('training-institution', 'POST', `/journeys/${j.enrolled}/training-completion`, { completedOn: FUTURE }), status: 400, field: 'completedOn', rule: 'date.not-future', state: journeyState('enrolled') },
    { what: 'a sitting in the future', send: () => as('evaluation-organisation', 'POST', `/journeys/${j.registered}/results`, { passed: true, sittingDates: [TODAY, FUTURE] }), status: 400, field: 'sittingDates[1]', rule: 'date.not-future', state: journeyState('registered') },
    { what: 'certificate issued in the future', send: () => as('evaluation-organisation', 'POST', `/journeys/${j.passed}/certificate`, { certificateNumber: 'IF-FUTURE-1', issuedOn: FUTURE }), status: 400, field: 'issuedOn', rule: 'date.not-future', state: journeyState('passed') },
    { what: 'subsidy paid in the future', send: () => as('social-insurance-agency', 'POST', `/claims/${claimId}/payment-confirmation`, { paidOn: FUTURE }), status: 400, field: 'paidOn', rule: 'date.not-future', state: claimState },
    { what: 'insured since a day in the future', send: openJourney({ unemploymentInsuredSince: FUTURE }), status: 400, field: 'unemploymentInsuredSince', rule: 'date.not-future', state: journeyCount },
    // Before the person was born, or before the journey's earlier steps.
    { what: 'a work period that starts before the birth date', send: register({ birthDate: '1985-03-01', workPeriods: [{ start: '1985-02-28', occupation: 'this' }] }), status: 400, field: 'profile.workPeriods[0].start', rule: 'profile.not-before-birth', state: journeyState('trainingCompleted') },
    { what: 'a certificate issued before the birth date', send: register({ birthDate: '1985-03-01', certificates: [{ level: 5, issued: '1984-01-01', occupation: 'this' }] }), status: 400, field: 'profile.certificates[0].issued', rule: 'profile.not-before-birth', state: journeyState('trainingCompleted') },
    { what: 'a work period that ends before it starts', send: register({ workPeriods: [{ start: '2012-01-01', end: '2011-01-01', occupation: 'this' }] }), status: 400, field: 'profile.workPeriods[0].end', state: journeyState('trainingCompleted') },
    { what: 'a sitting before training was completed (先培训后认定)', send: () => as('evaluation-organisation', 'POST', `/journeys/${j.registered}/results`, { passed: true, sittingDates: [utcDay(-11)] }), status: 422, field: 'sittingDates[0]', rule: 'date.not-before-training', state: journeyState('registered') },
    { what: 'a certificate issued before the last day sat', send: () => as('evaluation-organisation', 'POST', `/journeys/${j.passed}/certificate`, { certificateNumber: 'IF-EARLY-1', issuedOn: utcDay(-4) }), status: 422, field: 'issuedOn', rule: 'date.not-before-sitting', state: journeyState('passed') },
    { what: 'a payment before the claim was approved', send: () => as('social-insurance-agency', 'POST', `/claims/${claimId}/payment-confirmation`, { paidOn: utcDay(-1) }), status: 422, field: 'paidOn', rule: 'date.not-before-approval', state: claimState },
    // Impossible calendar dates, wherever a date is parsed.
    { what: 'GET state?at=2025-02-30 (not 2 March)', send: () => as('auditor', 'GET', `/audit/journeys/${j.passed}/state?at=2025-02-30`), status: 400, field: 'at', state: none },
    { what: 'GET state?at=2026-02-29T10:00:00Z', send: () => as('auditor', 'GET', `/audit/journeys/${j.passed}/state?at=2026-02-29T10:00:00Z`), status: 400, field: 'at', state: none },
    { what: 'GET state?at=…T24:00:00Z', send: () => as('auditor', 'GET', `/audit/journeys/${j.passed}/state?at=${TODAY}T24:00:00Z`), status: 400, field: 'at', state: none },
    { what: 'a completion on 2025-02-30', send: () => as('training-institution', 'POST', `/journeys/${j.enrolled}/training-completion`, { completedOn: '2025-02-30' }), status: 400, field: 'completedOn', state: journeyState('enrolled') },
    // Names: not blank, no control characters.
    { what: 'a blank journey name', send: openJourney({ name: '   ' }), status: 400, field: 'name', rule: 'name.not-blank', state: journeyCount },
    { what: 'a journey name with a bell character', send: openJourney({ name: 'Wang\u0007Wu' }), status: 400, field: 'name', rule: 'name.no-control-characters', state: journeyCount },
    { what: 'a journey name with a newline inside', send: openJourney({ name: 'Wang\nWu' }), status: 400, field: 'name', rule: 'name.no-control-characters', state: journeyCount },
    { what: 'a journey name with a right-to-left override', send: openJourney({ name: 'Wang\u202EuW' }), status: 400, field: 'name', rule: 'name.no-control-characters', state: journeyCount },
    { what: 'a blank organisation name', send: () => as('admin', 'POST', '/organisations', { id: orgId(), name: ' \t ', role: 'employer' }), status: 400, field: 'name', rule: 'name.not-blank', state: organisations },
    { what: 'an organisation name with NUL', send: () => as('admin', 'POST', '/organisations', { id: orgId(), name: 'Acme\u0000Ltd', role: 'employer' }), status: 400, field: 'name', rule: 'name.no-control-characters', state: organisations },
    { what: 'a key label with an escape sequence', send: () => as('admin', 'POST', `/organisations/${parties.employer.organisationId}/keys`, { label: 'ops\u001b[2J' }), status: 400, field: 'label', rule: 'name.no-control-characters', state: keys },
    { what: 'a project name with a control character', send: () => as('employer', 'POST', '/projects', { id: refusedProjectId, name: 'Bridge\u0085', wageGuaranteeSystemsImplemented: true }), status: 400, field: 'name', rule: 'name.no-control-characters', state: none },
    { what: 'a benefit name with a control character', send: () => as('employer', 'PUT', `/journeys/${j.enrolled}/agreed-pay`, { monthlyWage: 6200, benefits: { 'meal\u0000': 310 } }), status: 400, field: 'benefits.meal\u0000', rule: 'name.no-control-characters', state: journeyState('enrolled') },
    // Back pay only for what was short.
    { what: 'back pay for a pay item that was not short', send: () => as('employer', 'POST', `/study-leaves/${leaveId}/back-pay`, { component: 'wage', amount: 100 }), status: 409, field: 'component', rule: 'back-pay.component-short', state: wagesState },
    { what: 'back pay for an unknown pay item', send: () => as('employer', 'POST', `/study-leaves/${leaveId}/back-pay`, { component: 'bonus', amount: 100 }), status: 409, field: 'component', rule: 'back-pay.component-short', state: wagesState },
    // Query parameters validated like bodies.
    { what: 'GET /violations?status=bad', send: () => as('labour-inspection', 'GET', '/violations?status=bad'), status: 400, field: 'status', state: none },
    { what: 'GET /violations?state=open (a parameter it does not take)', send: () => as('labour-inspection', 'GET', '/violations?state=open'), status: 400, field: 'state', state: none },
    { what: 'GET /violations?status=open&status=closed', send: () => as('labour-inspection', 'GET', '/violations?status=open&status=closed'), status: 400, field: 'status', state: none },
    { what: 'GET /journeys?state=bad', send: () => as('employer', 'GET', '/journeys?state=bad'), status: 400, field: 'state', state: none },
    { what: 'GET /journeys?pageSize=1&sort=name', send: () => as('employer', 'GET', '/journeys?pageSize=1&sort=name'), status: 400, field: 'sort', state: none },
    { what: "GET /notifications?journeyId=' OR 1=1", send: () => as('labour-inspection', 'GET', `/notifications?journeyId=${encodeURIComponent("' OR 1=1")}`), status: 400, field: 'journeyId', state: none },
    { what: 'GET timeline?format=xml', send: () => as('auditor', 'GET', `/audit/journeys/${j.passed}/timeline?format=xml`), status: 400, field: 'format', state: none },
    { what: 'GET state?at=3&workflow=a&workflow=b', send: () => as('auditor', 'GET', `/audit/journeys/${j.passed}/state?at=3&workflow=a&workflow=b`), status: 400, field: 'workflow', state: none },
    { what: 'GET /keys?organisation=…&role=admin', send: () => as('admin', 'GET', `/keys?organisation=${parties.employer.organisationId}&role=admin`), status: 400, field: 'role', state: none },
    { what: 'POST /eligibility?ruleSet=nope', send: () => as('employer', 'POST', '/eligibility?ruleSet=nope', eligibleProfile()), status: 400, field: 'ruleSet', state: none },
    { what: 'GET /journeys/:id?verbose=1 (a route that takes none)', send: () => as('employer', 'GET', `/journeys/${j.enrolled}?verbose=1`), status: 400, field: 'verbose', state: none },
    { what: 'POST …/training-completion?dryRun=true (a write that takes none)', send: () => as('training-institution', 'POST', `/journeys/${j.enrolled}/training-completion?dryRun=true`, { completedOn: TODAY }), status: 400, field: 'dryRun', state: journeyState('enrolled') },
  ];

  it.each(cases.map((c) => [c.what, c]))('%s → refused', async (_what, c) => {
    const before = await c.state();
    const res = await c.send();
    expect(res.status, JSON.stringify(res.body)).toBe(c.status);
    expect(res.body.field).toBe(c.field);
    expect(res.body.message.startsWith(`${c.field}: `), res.body.message).toBe(true);
    if (c.rule) expect(res.body.message).toContain(c.rule);
    expect(await c.state()).toEqual(before);
  });

  it('the states the refused requests would have changed are the ones the fixtures left', async () => {
    expect((await journeyState('enrolled')()).state).toBe('enrolled');
    expect((await journeyState('trainingCompleted')()).state).toBe('trainingCompleted');
    expect((await journeyState('registered')()).state).toBe('registered');
    expect((await journeyState('passed')()).state).toBe('passed');
    expect(await claimState()).toBe('paymentInstructed');
    expect(await wagesState()).toEqual({ state: 'violation', backPay: [0] });
  });

  it('the OpenAPI document still describes every query parameter (Schemathesis generates from it)', async () => {
    const doc = (await system.http('GET', '/docs-json')).body;
    const params = (path: string, method = 'get') =>
      Object.fromEntries((doc.paths[path][method].parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => [p.name, { required: !!p.required, enum: p.schema?.enum }]));
    expect(params('/violations')).toEqual({ status: { required: false, enum: ['open', 'closed'] } });
    expect(params('/notifications')).toEqual({ journeyId: { required: false, enum: undefined } });
    expect(params('/audit/journeys/{journeyId}/state')).toEqual({ at: { required: true, enum: undefined }, workflow: { required: false, enum: undefined } });
    expect(params('/audit/journeys/{journeyId}/timeline')).toEqual({ format: { required: false, enum: ['json', 'text', 'table'] } });
    expect(Object.keys(params('/journeys')).sort()).toEqual(['level', 'organisation', 'page', 'pageSize', 'project', 'state']);
    expect(params('/journeys').state.enum).toContain('certified');
    expect(params('/eligibility', 'post')).toEqual({ ruleSet: { required: false, enum: expect.any(Array) } });
    expect(doc.paths['/claims/{claimId}/payment-confirmation'].post.responses['422'].description).toMatch(/date contradicts/);
  });

  it('the boundaries are accepted: today, the day training completed, the last day sat, the approval day, the short component', async () => {
    await drive.step('POST', `/journeys/${j.enrolled}/training-completion`, 'training-institution', { completedOn: TODAY });
    await drive.register(j.trainingCompleted, eligibleProfile({ evaluationDate: TODAY, birthDate: '1985-03-01', workPeriods: [{ start: '1985-03-01', occupation: 'this' }] }));
    expect((await drive.result(j.registered, true, [utcDay(-10)])).state).toBe('passed');
    expect((await drive.certify(j.passed, `IF-${randomUUID().slice(0, 8)}`, utcDay(-3))).state).toBe('certified');
    expect((await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: TODAY })).state).toBe('paid');
    expect((await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 1 })).state).toBe('violation');
    expect((await as('labour-inspection', 'GET', '/violations?status=open')).status).toBe(200);
    // The project refused for its name was not created: its id is still free.
    expect((await as('employer', 'POST', '/projects', { id: refusedProjectId, name: 'Bridge', wageGuaranteeSystemsImplemented: true })).status).toBe(201);
    expect((await as('employer', 'GET', `/journeys?state=passed&pageSize=1`)).status).toBe(200);
  });
});
