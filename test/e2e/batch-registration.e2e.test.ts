import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applied, csv, download, upload } from '../support/batches';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * issue 16: a training institution marks a class's training complete; an evaluation organisation
 * registers the candidates, each judged by the rules (RULES.md §3), refusals with their clause ids.
 */
describe('batch: a class completes training, then its candidates are registered and judged (issue 16)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  const ids = Array.from({ length: 4 }, () => newResidentId('19850301'));
  const journeys: string[] = [];

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await system.startWorker();
    await system.startApi();
    drive = new JourneyDriver(system, parties);
    for (const [i, residentId] of ids.entries()) {
      const j = await drive.open({ residentId, projectId: null });
      journeys.push(j);
      // The last one is enrolled by the other institution.
      await drive.step('POST', `/journeys/${j}/enrolment`, i === 3 ? 'training-institution-2' : 'training-institution');
    }
  });
  afterAll(() => system.stop());

  it('training completion: only journeys the institution enrolled; re-applied, already done', async () => {
    const ti = parties['training-institution'].key;
    const file = csv([['姓名', '身份证号', '目标等级', '结业日期'], ...ids.map((id, i) => [`学员${i}`, id, '四级', today()])]);
    const res = await upload(system, 'training-completion', ti, file);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.accepted).toBe(3);
    expect(res.body.refused).toEqual([expect.objectContaining({ row: 5, column: '身份证号', reason: 'no level-4 journey of this person enrolled by you' })]);
    expect((await system.http('POST', `/batches/${res.body.batchId}/apply`, { key: ti })).status).toBe(202);
    expect((await applied(system, res.body.batchId, ti)).counts).toEqual({ done: 3, alreadyDone: 0, refused: 1, failed: 0, pending: 0 });
    for (const j of journeys.slice(0, 3)) expect((await drive.journey(j)).state).toBe('trainingCompleted');
    expect((await drive.journey(journeys[3]!)).state).toBe('enrolled');
    const again = await upload(system, 'training-completion', ti, file);
    expect(again.body.alreadyDone.map((r: { row: number }) => r.row)).toEqual([2, 3, 4]);
  });

  it('registration: the rules judge each candidate; a refusal names its clauses; the same row again registers nothing twice', async () => {
    const eo = parties['evaluation-organisation'].key;
    const file = csv([
      ['身份证号', '目标等级', '本职业工作起始日期', '评价日期'],
      [ids[0]!, 4, '2012-01-01', ''],
      // One year in the occupation: L4 needs more (RULES.md §3).
      [ids[1]!, 4, `${Number(today().slice(0, 4)) - 1}-01-01`, today()],
      [ids[2]!, 4, '2012-01-01', '2999-01-01'],
      [ids[2]!, 4, '1970-01-01', ''],
    ]);
    const res = await upload(system, 'registration', eo, file);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.refused).toEqual([
      expect.objectContaining({ row: 4, column: '评价日期', reason: expect.stringMatching(/date.not-future/) }),
      // A work period before the birth date cannot be true (profile.not-before-birth).
      expect.objectContaining({ row: 5, column: '本职业工作起始日期', reason: expect.stringMatching(/before/) }),
    ]);
    const batchId = res.body.batchId;
    expect((await system.http('POST', `/batches/${batchId}/apply`, { key: eo })).status).toBe(202);
    expect((await applied(system, batchId, eo)).counts).toEqual({ done: 1, alreadyDone: 0, refused: 3, failed: 0, pending: 0 });
    expect((await drive.journey(journeys[0]!)).state).toBe('registered');
    const refused = await drive.journey(journeys[1]!);
    expect(refused.state).toBe('trainingCompleted');
    const clauses = refused.workflow.context.lastRefusal.failingClauses.map((c: { clause: string }) => c.clause);
    expect(clauses.length).toBeGreaterThan(0);
    const out = (await download(system, `/batches/${batchId}/outcomes`, eo)).body.toString('utf8');
    const line = out.split('\n').find((l) => l.startsWith('3,'))!;
    expect(line).toContain('未通过 refused');
    for (const c of clauses) expect(line).toContain(c);
    for (const id of ids) expect(out).not.toContain(id);

    const again = await upload(system, 'registration', eo, file);
    expect(again.body.alreadyDone.map((r: { row: number }) => r.row)).toEqual([2]);
    await system.http('POST', `/batches/${again.body.batchId}/apply`, { key: eo });
    expect((await applied(system, again.body.batchId, eo)).counts).toMatchObject({ alreadyDone: 1, refused: 3 });
    // The refused candidate's row came again with the same facts: the journey answered the same Update, no second registration.
    expect((await drive.journey(journeys[1]!)).workflow.context.registrations).toBe(1);
  });
});
