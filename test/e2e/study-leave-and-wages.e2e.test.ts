import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

// One "day" is 400 ms here: 5 working days escalate within a few seconds of real time.
const DAY_MS = 400;

describe('study leave and wage protection (RULES.md §4)', () => {
  const system = new TestSystem({ HEZE_DAY_MS: String(DAY_MS), PAYROLL_GRACE_DAYS: '2' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  const inspectionNotices = async (journeyId: string) =>
    (await system.http('GET', `/notifications?journeyId=${journeyId}`, { key: parties['labour-inspection'].key })).body as Array<{ kind: string; payload: any }>;

  it('an unanswered leave request escalates after 5 working days and notifies labour inspection once; the employer can still decide', async () => {
    const journeyId = await drive.open({ projectId: null });
    const requested = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-12-07', to: '2026-12-11', purpose: 'training' }, 201);
    expect(requested.view.state).toBe('requested');
    const leaveId: string = requested.leaveId;

    const escalated = await waitFor(() => drive.step('GET', `/study-leaves/${leaveId}`, 'employer'), (v) => v.state === 'escalated', 'escalation', 30_000);
    expect(escalated.allowedEvents).toEqual(expect.arrayContaining(['decide']));
    // The Query sees 'escalated' as soon as the timer fires; the notification activity follows it.
    const unanswered = async () => (await inspectionNotices(journeyId)).filter((n) => n.kind === 'leave-unanswered');
    await waitFor(unanswered, (n) => n.length > 0, 'the leave-unanswered notification', 15_000);
    expect(await unanswered()).toHaveLength(1);

    const approved = await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    expect(approved.state).toBe('approved');
  });

  it('a payroll shortfall during approved leave opens a violation, notifies inspection, and closes only when back pay covers it', async () => {
    const journeyId = await drive.open({ projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
    const { leaveId } = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-31', purpose: 'both' }, 201);
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    const wages = await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
    expect(wages.body.state).toBe('monitoring');

    // Another employer may not record payroll for this leave.
    const stranger = await createParties(['employer']);
    const denied = await system.http('POST', `/study-leaves/${leaveId}/payroll`, { key: stranger.employer.key, body: { id: 'x', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 1, benefits: {} } });
    expect(denied.status).toBe(403);

    // December paid in full except the meal allowance: 310 CNY short (wage.benefits-no-deduction).
    const short = await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } });
    expect(short.state).toBe('violation');
    const violations = (await system.http('GET', '/violations?status=open', { key: parties['labour-inspection'].key })).body as Array<{ journeyId: string; shortfall: number }>;
    expect(violations.filter((v) => v.journeyId === journeyId)).toEqual([expect.objectContaining({ shortfall: 310 })]);
    expect((await inspectionNotices(journeyId)).filter((n) => n.kind === 'wage-shortfall')).toHaveLength(1);

    const partial = await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 100 });
    expect(partial.state).toBe('violation');
    const covered = await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 210 });
    expect(covered.state).toBe('monitoring');
    const closed = (await system.http('GET', '/violations?status=closed', { key: parties.employer.key })).body as Array<{ journeyId: string }>;
    expect(closed.filter((v) => v.journeyId === journeyId)).toHaveLength(1);

    // A back pay with no open violation is a transition the state does not allow.
    await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 1 }, 409);

    // The leave runs and ends; after the payroll grace period wage protection closes.
    await drive.step('POST', `/study-leaves/${leaveId}/start`, 'employer');
    expect((await drive.step('POST', `/study-leaves/${leaveId}/end`, 'employer')).state).toBe('ended');
    const done = await waitFor(() => drive.step('GET', `/study-leaves/${leaveId}/wage-protection`, 'employer'), (v) => v.state === 'closed', 'wage protection closed', 30_000);
    expect(done.context).toMatchObject({ violations: [expect.objectContaining({ status: 'closed' })] });
  });

  it('pay in full gives no violation', async () => {
    const journeyId = await drive.open({ projectId: null, agreedPay: { monthlyWage: 5000, benefits: {} } });
    const { leaveId } = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-11-02', to: '2026-11-13', purpose: 'training' }, 201);
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
    const ok = await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'nov', periodStart: '2026-11-01', periodEnd: '2026-12-01', wage: 5000, benefits: {} });
    expect(ok.state).toBe('monitoring');
  });
});
