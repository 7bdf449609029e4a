import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

describe('project incentive (RULES.md §6)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  const incentive = () =>
    waitFor(() => system.http('GET', `/projects/${parties.projectId}/incentive`, { key: parties.auditor.key }), (r) => r.status === 200, 'project incentive workflow').then((r) => r.body);

  it('is granted once when the first specialist is certified, and withdrawn for the following years by a later arrears violation', async () => {
    const first = await drive.open({ targetLevel: 4 });
    await drive.certified(first, `P-${randomUUID().slice(0, 8)}`);
    const granted = await waitFor(incentive, (v) => v.state === 'granted', 'incentive granted');
    expect(granted.context.grants).toHaveLength(1);
    expect(granted.context.grants[0]).toMatchObject({ points: 10, year: new Date().getFullYear() });

    // A second certified specialist grants nothing more (§6: once).
    const second = await drive.open({ targetLevel: 4 });
    await drive.certified(second, `P-${randomUUID().slice(0, 8)}`);
    const still = await waitFor(incentive, (v) => v.context.certifiedSpecialists.length === 2, 'second certification recorded');
    expect(still.state).toBe('granted');
    expect(still.context.grants).toHaveLength(1);

    // A wage shortfall on the project is an arrears violation (§6.3): the standing is withdrawn from next year.
    const third = await drive.open({ targetLevel: 4, agreedPay: { monthlyWage: 6000, benefits: {} } });
    const { leaveId } = await drive.step('POST', `/journeys/${third}/study-leave`, 'employer', { from: '2026-10-01', to: '2026-10-31', purpose: 'training' }, 201);
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection');
    expect((await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'oct', periodStart: '2026-10-01', periodEnd: '2026-11-01', wage: 3000, benefits: {} })).state).toBe('violation');

    const withdrawn = await waitFor(incentive, (v) => v.state === 'withdrawn', 'incentive withdrawn');
    expect(withdrawn.context.grants).toHaveLength(1);
    expect(withdrawn.context.withdrawals).toEqual([expect.objectContaining({ fromYear: new Date().getFullYear() + 1 })]);
    const notices = (await system.http('GET', '/notifications', { key: parties.auditor.key })).body as Array<{ kind: string; payload: { projectId?: string } }>;
    const mine = notices.filter((n) => n.payload.projectId === parties.projectId).map((n) => n.kind).sort();
    expect(mine).toEqual(['incentive-granted', 'incentive-withdrawn']);
  });
});
