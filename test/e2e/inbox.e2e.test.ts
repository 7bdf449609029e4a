import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaCalendar, workingDaysBetween } from '@heze/rules';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

type Item = { id: string; journeyId: string | null; person: string | null; level: number | null; state: string; organisationId: string | null; organisationName: string | null; since: string; dueOn: string | null; workingDaysLeft: number | null; overdue: boolean; amount: number | null; detail: Record<string, any> };
type Page = { section: string; total: number; page: number; pageSize: number; items: Item[] };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Each party's inbox over HTTP (issue 15): what waits for it, oldest first, with the rules' due dates,
 * read from the read model; a second organisation of the same role sees none of the first's items
 * (only what the rules open to every organisation of the role: applications to enrol, first registrations).
 */
describe('inbox: what waits for each party', () => {
  // Real days: the leave request must not escalate (5 working days) while the test looks at it.
  const system = new TestSystem({ HEZE_DAY_MS: '86400000' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let others: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const j: Record<string, string> = {};
  let leaveId: string;
  let activeLeaveId: string;
  let claimId: string;

  const inbox = async (who: { key: string }, path: string, status = 200): Promise<Page & Record<string, any>> => {
    const res = await system.http('GET', `/inbox${path}`, { key: who.key });
    expect(res.status, `GET /inbox${path}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.body;
  };
  const ids = (p: Page) => p.items.map((i) => i.id);

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection', 'auditor']);
    others = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
    // One journey waiting at each step, opened in this order (oldest first).
    j.applied1 = await drive.open({ targetLevel: 4 });
    j.applied2 = await drive.open({ targetLevel: 3 });
    j.enrolled1 = await drive.open();
    await drive.step('POST', `/journeys/${j.enrolled1}/enrolment`, 'training-institution');
    j.enrolled2 = await drive.open({ targetLevel: 2 });
    await drive.step('POST', `/journeys/${j.enrolled2}/enrolment`, 'training-institution');
    j.trained = await drive.open();
    await drive.trainingCompleted(j.trained);
    j.registered = await drive.open();
    await drive.trainingCompleted(j.registered);
    expect((await drive.register(j.registered)).state).toBe('registered');
    j.passed = await drive.open();
    await drive.trainingCompleted(j.passed);
    await drive.register(j.passed);
    await drive.result(j.passed, true);
    j.claimed = await drive.open({ projectId: null });
    const certificate = `CERT-${j.claimed.slice(-12)}`;
    await drive.certified(j.claimed, certificate);
    await drive.claim(j.claimed);
    claimId = drive.claimId(j.claimed, certificate);
    // A study leave waiting for the employer's decision, and one approved whose payroll came up short.
    leaveId = (await drive.step('POST', `/journeys/${j.applied1}/study-leave`, 'employer', { from: '2026-12-14', to: '2026-12-18', purpose: 'training' }, 201)).leaveId;
    j.paid = await drive.open({ projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
    activeLeaveId = (await drive.step('POST', `/journeys/${j.paid}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-31', purpose: 'both' }, 201)).leaveId;
    await drive.step('POST', `/study-leaves/${activeLeaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${activeLeaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
    const short = await drive.step('POST', `/study-leaves/${activeLeaveId}/payroll`, 'employer', { id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } });
    expect(short.state).toBe('violation');
  }, 240_000);
  afterAll(() => system.stop());

  it('training institution: applications to enrol (open to every institution, the rule journey.any) and its own trainees, oldest first', async () => {
    const ti = parties['training-institution'];
    // Applications: every applied journey, newest first here so that this file's are on the first page.
    const apps = await inbox(ti, '/enrolment-applications?order=desc&pageSize=100');
    expect(ids(apps).indexOf(j.applied2)).toBeLessThan(ids(apps).indexOf(j.applied1));
    expect(ids(apps)).toContain(j.applied1);
    expect(ids(apps)).not.toContain(j.enrolled1);
    const a1 = apps.items.find((i) => i.id === j.applied1)!;
    expect(a1).toMatchObject({ journeyId: j.applied1, state: 'applied', level: 4, organisationId: parties.employer.organisationId, organisationName: 'employer', dueOn: null, overdue: false });
    expect(a1.person).toMatch(/^\d{4}\*+\w{4}$/); // masked, never the whole resident ID
    expect(ids(await inbox(others['training-institution'], '/enrolment-applications?order=desc&pageSize=100'))).toContain(j.applied1);

    // Trainees: only its own, oldest first; the other institution has none of them.
    const trainees = await inbox(ti, '/trainees');
    expect(trainees).toMatchObject({ section: 'trainees', total: 2, page: 1, pageSize: 20 });
    expect(ids(trainees)).toEqual([j.enrolled1, j.enrolled2]);
    expect(ids(await inbox(ti, '/trainees?order=desc'))).toEqual([j.enrolled2, j.enrolled1]);
    expect(ids(await inbox(ti, '/trainees?sort=level'))).toEqual([j.enrolled2, j.enrolled1]); // level 2 before 4
    expect(ids(await inbox(ti, '/trainees?level=2'))).toEqual([j.enrolled2]);
    const second = await inbox(ti, '/trainees?pageSize=1&page=2');
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(ids(second)).toEqual([j.enrolled2]);
    expect(await inbox(others['training-institution'], '/trainees')).toMatchObject({ total: 0, items: [] });
  });

  it('evaluation organisation: candidates to register (any organisation), results to post and certificates to issue (its own only)', async () => {
    const eo = parties['evaluation-organisation'];
    const candidates = await inbox(eo, '/candidates?order=desc&pageSize=100');
    expect(ids(candidates)).toContain(j.trained);
    expect(ids(candidates)).not.toContain(j.registered);
    expect(ids(await inbox(others['evaluation-organisation'], '/candidates?order=desc&pageSize=100'))).toContain(j.trained);

    expect(ids(await inbox(eo, '/results'))).toEqual([j.registered]);
    expect(ids(await inbox(eo, '/certificates'))).toEqual([j.passed]);
    expect(await inbox(others['evaluation-organisation'], '/results')).toMatchObject({ total: 0 });
    expect(await inbox(others['evaluation-organisation'], '/certificates')).toMatchObject({ total: 0 });
  });

  it('employer: the leave request with its escalation deadline in working days (wage.leave-escalation), the running leave, the violation with the amount owed, its claims', async () => {
    const employer = parties.employer;
    const requests = await inbox(employer, '/leave-requests');
    expect(ids(requests)).toEqual([leaveId]);
    const r = requests.items[0]!;
    expect(r).toMatchObject({ journeyId: j.applied1, state: 'requested', level: 4, overdue: false, detail: expect.objectContaining({ from: '2026-12-14', to: '2026-12-18', purpose: 'training' }) });
    // The deadline the workflow keeps (5 working days after the request), and the working days left until it.
    expect(r.dueOn! > today()).toBe(true);
    expect(r.workingDaysLeft).toBe(workingDaysBetween(today(), r.dueOn!, chinaCalendar));
    expect(r.workingDaysLeft).toBeGreaterThanOrEqual(4);
    expect(r.workingDaysLeft).toBeLessThanOrEqual(5);

    const active = await inbox(employer, '/active-leaves');
    expect(ids(active)).toEqual([activeLeaveId]);
    expect(active.items[0]).toMatchObject({ state: 'approved', journeyId: j.paid, detail: expect.objectContaining({ wageState: 'violation' }) });

    const violations = await inbox(employer, '/violations');
    expect(violations.items).toEqual([expect.objectContaining({ journeyId: j.paid, state: 'open', amount: 310, organisationId: employer.organisationId })]);
    await inbox(employer, '/violations?sort=level', 400).then((b) => expect(b.field).toBe('sort'));

    const claims = await waitFor(() => inbox(employer, '/claims'), (p) => p.items.some((i) => i.state === 'paymentInstructed'), 'the claim instructed for payment');
    expect(claims.items).toEqual([expect.objectContaining({ id: claimId, journeyId: j.claimed, organisationId: parties['social-insurance-agency'].organisationId })]);
    expect(claims.items[0]!.amount).toBeGreaterThan(0);

    // The other employer: nothing of it.
    for (const section of ['leave-requests', 'active-leaves', 'violations', 'claims', 'incentives']) {
      expect(await inbox(others.employer, `/${section}`), section).toMatchObject({ total: 0, items: [] });
    }
  });

  it('social-insurance agency: the claim awaiting its payment confirmation, with the due date; not the other agency', async () => {
    const agency = parties['social-insurance-agency'];
    const payments = await waitFor(() => inbox(agency, '/payments'), (p) => p.total > 0, 'the payment to confirm');
    expect(payments.items).toEqual([expect.objectContaining({ id: claimId, state: 'paymentInstructed', overdue: false, person: expect.stringMatching(/\*/) })]);
    expect(payments.items[0]!.dueOn! >= today()).toBe(true);
    expect(await inbox(others['social-insurance-agency'], '/payments')).toMatchObject({ total: 0 });
    // Confirmed: no longer waiting.
    await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today(), paymentReference: 'PAY-1' });
    expect(await inbox(agency, '/payments')).toMatchObject({ total: 0 });
    expect((await inbox(parties.employer, '/claims')).items[0]).toMatchObject({ state: 'paid' });
  });

  it('auditor and inspection: search by state, level, organisation, project and dates; violations and notifications of every employer', async () => {
    const auditor = parties.auditor;
    const org = parties.employer.organisationId;
    const found = await inbox(auditor, `/search?organisation=${org}&state=applied`);
    expect(ids(found).sort()).toEqual([j.applied1, j.applied2, j.paid].sort());
    expect(ids(await inbox(auditor, `/search?organisation=${org}&state=applied&level=3`))).toEqual([j.applied2]);
    // j.paid was opened without a project.
    expect(ids(await inbox(auditor, `/search?organisation=${org}&project=${parties.projectId}&state=applied`)).sort()).toEqual([j.applied1, j.applied2].sort());
    expect((await inbox(auditor, `/search?organisation=${org}&from=${today()}&to=${today()}`)).total).toBe(Object.keys(j).length);
    expect((await inbox(auditor, `/search?organisation=${org}&from=2020-01-01&to=2020-12-31`)).total).toBe(0);
    await inbox(auditor, `/search?from=2026-02-30`, 400).then((b) => expect(b.field).toBe('from'));
    await inbox(auditor, `/search?from=2026-12-02&to=2026-12-01`, 400).then((b) => expect(b.field).toBe('to'));

    const inspection = parties['labour-inspection'];
    const violations = await inbox(inspection, `/violations?organisation=${org}`);
    expect(violations.items).toEqual([expect.objectContaining({ journeyId: j.paid, amount: 310, organisationName: 'employer' })]);
    const notices = await waitFor(() => inbox(inspection, '/notifications?order=desc&pageSize=100&state=wage-shortfall'), (p) => p.items.some((i) => i.journeyId === j.paid), 'the wage-shortfall notice');
    expect(notices.items.every((i) => i.state === 'wage-shortfall')).toBe(true);
  });

  it('counts for the navigation, per role; a role outside a list is refused; filters a party may not use are a 400 naming them', async () => {
    const counts = await inbox(parties['training-institution'], '');
    expect(counts.role).toBe('training-institution');
    expect(counts.sections).toEqual(expect.arrayContaining([{ section: 'trainees', count: 2, overdue: 0 }, expect.objectContaining({ section: 'enrolment-applications' })]));
    expect(counts.journeysByState).toMatchObject({ enrolled: 2 });
    expect((await inbox(others['training-institution'], '')).sections).toEqual(expect.arrayContaining([{ section: 'trainees', count: 0, overdue: 0 }]));
    const employer = await inbox(parties.employer, '');
    expect(employer.sections.map((s: { section: string }) => s.section)).toEqual(['leave-requests', 'active-leaves', 'violations', 'claims', 'incentives']);
    expect(employer.sections.find((s: { section: string }) => s.section === 'violations').count).toBe(1);
    expect(employer.journeysByState).toMatchObject({ applied: 3, enrolled: 2, trainingCompleted: 1, registered: 1, passed: 1 });

    await inbox(parties.employer, '/trainees', 403);
    await inbox(parties['training-institution'], '/payments', 403);
    await inbox(parties.employer, `/violations?organisation=${others.employer.organisationId}`, 400).then((b) => expect(b.field).toBe('organisation'));
    await inbox(parties.employer, '/claims?pageSize=101', 400).then((b) => expect(b.field).toBe('pageSize'));
    await inbox(parties.employer, '/claims?colour=red', 400).then((b) => expect(b.field).toBe('colour'));
  });
});
