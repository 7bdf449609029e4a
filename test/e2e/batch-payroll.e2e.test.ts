import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applied, csv, upload } from '../support/batches';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * issue 16: an employer records a month's payroll for all its specialists on leave from one file; each
 * row is the Update POST /study-leaves/:id/payroll sends (a shortfall opens a violation, RULES.md §4).
 */
describe("batch: a month's payroll of the specialists on study leave (issue 16)", () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const ids = Array.from({ length: 3 }, () => newResidentId());
  const leaves: string[] = [];
  const FROM = '2026-12-01';

  beforeAll(async () => {
    parties = await createParties(['employer', 'employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await system.startWorker();
    await system.startApi();
    drive = new JourneyDriver(system, parties);
    for (const residentId of ids) {
      const j = await drive.open({ residentId, projectId: null, agreedPay: { monthlyWage: 6200, benefits: { 餐补: 310 } } });
      const { leaveId } = await drive.step('POST', `/journeys/${j}/study-leave`, 'employer', { from: FROM, to: '2026-12-31', purpose: 'training' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection');
      leaves.push(leaveId);
    }
  });
  afterAll(() => system.stop());

  it('preview, apply (a shortfall is a violation), re-apply (already done); another employer cannot record for these leaves', async () => {
    const file = csv([
      ['身份证号', '目标等级', '休假开始日期', '工资月份', '工资', '福利'],
      [ids[0]!, 4, FROM, '2026-12', 6200, '餐补=310'],
      [ids[1]!, 4, FROM, '2026-12', '6,200.00', '餐补=0'],
      [ids[2]!, 4, '2026-11-01', '2026-12', 6200, '餐补=310'],
      [ids[2]!, 4, FROM, '2026-13', 6200, ''],
      [ids[2]!, 4, FROM, '2026-12', 6200.001, ''],
    ]);
    const other = await upload(system, 'payroll', parties['employer-2'].key, file);
    expect(other.status).toBe(201);
    expect(other.body.accepted).toBe(0);
    expect(other.body.refused.filter((r: { column: string }) => r.column === '休假开始日期').map((r: { row: number }) => r.row)).toEqual([2, 3, 4]);

    const emp = parties.employer.key;
    const res = await upload(system, 'payroll', emp, file);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.accepted).toBe(2);
    expect(res.body.refused).toEqual([
      expect.objectContaining({ row: 4, column: '休假开始日期' }),
      expect.objectContaining({ row: 5, column: '工资月份', reason: "'2026-13' is no month (YYYY-MM)" }),
      expect.objectContaining({ row: 6, column: '工资', reason: expect.stringMatching(/2 decimals/) }),
    ]);
    expect((await system.http('POST', `/batches/${res.body.batchId}/apply`, { key: emp })).status).toBe(202);
    expect((await applied(system, res.body.batchId, emp)).counts).toEqual({ done: 2, alreadyDone: 0, refused: 3, failed: 0, pending: 0 });
    expect((await drive.step('GET', `/study-leaves/${leaves[0]}/wage-protection`, 'employer')).state).toBe('monitoring');
    const short = await drive.step('GET', `/study-leaves/${leaves[1]}/wage-protection`, 'employer');
    expect(short.state).toBe('violation');
    expect(short.context.checkedRecords).toBe(1);

    const again = await upload(system, 'payroll', emp, file);
    expect(again.body.alreadyDone.map((r: { row: number }) => r.row)).toEqual([2, 3]);
    await system.http('POST', `/batches/${again.body.batchId}/apply`, { key: emp });
    expect((await applied(system, again.body.batchId, emp)).counts).toMatchObject({ done: 0, alreadyDone: 2 });
    expect((await drive.step('GET', `/study-leaves/${leaves[1]}/wage-protection`, 'employer')).context.checkedRecords).toBe(1);
  });
});
