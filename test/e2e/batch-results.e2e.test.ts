import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applied, csv, download, readXlsx, upload } from '../support/batches';
import { eligibleProfile, JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * issue 16: an evaluation organisation uploads a sitting's results and then issues the certificates of
 * those who passed (numbers from a pattern); only journeys registered with it; re-applying is "already done".
 */
describe('batch: a sitting’s results, then the certificates of those who passed (issue 16)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let eo: string;
  const ids = Array.from({ length: 6 }, () => newResidentId());
  const journeys: string[] = [];
  let resultsFile: Buffer;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'evaluation-organisation', 'social-insurance-agency']);
    await system.startWorker();
    await system.startApi();
    drive = new JourneyDriver(system, parties);
    eo = parties['evaluation-organisation'].key;
    for (const [i, residentId] of ids.entries()) {
      const j = await drive.open({ residentId, projectId: null });
      journeys.push(j);
      await drive.trainingCompleted(j, daysAgo(1));
      // The fourth is registered with the other evaluation organisation.
      if (i === 3) await drive.step('POST', `/journeys/${j}/evaluation-registration`, 'evaluation-organisation-2', { profile: eligibleProfile() });
      else await drive.register(j);
    }
    resultsFile = csv([
      ['姓名', '身份证号', '目标等级', '是否合格', '成绩', '考试日期'],
      ['甲', ids[0]!, 4, '合格', 82, today()],
      ['乙', ids[1]!, 4, '不合格', 41, today()],
      // A sitting before training was completed: the journey refuses it at apply (date.not-before-training).
      ['丙', ids[2]!, 4, '合格', 90, `${daysAgo(3)};${today()}`],
      ['丁', ids[3]!, 4, '合格', 75, today()],
      ['戊', ids[4]!, 4, '合格', 101, today()],
      ['己', ids[5]!, 4, 'pass', 60, '2999-01-01'],
    ]);
  });
  afterAll(() => system.stop());

  let batchId = '';

  it('preview: a journey registered with another organisation is not told apart from none; bad cells are named', async () => {
    const res = await upload(system, 'results', eo, resultsFile, 'results.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    batchId = res.body.batchId;
    expect(res.body.accepted).toBe(3);
    expect(res.body.refused).toEqual([
      { row: 5, column: '身份证号', reason: 'no level-4 journey of this person registered with you', person: expect.stringMatching(/^\d{4}\*{10}[\dX]{4}$/) },
      { row: 6, column: '成绩', reason: "'101' is no score from 0 to 100", person: null },
      { row: 7, column: '考试日期', reason: expect.stringMatching(/date.not-future/), person: null },
    ]);
    // The other organisation's batch list is empty and it cannot read this one.
    expect((await system.http('GET', `/batches/${batchId}`, { key: parties['evaluation-organisation-2'].key })).status).toBe(404);
    expect((await drive.journey(journeys[0]!)).state).toBe('registered');
  });

  it('apply: each result is the Update POST …/results sends, as the organisation; a sitting before training is refused with its rule', async () => {
    expect((await system.http('POST', `/batches/${batchId}/apply`, { key: eo })).status).toBe(202);
    const done = await applied(system, batchId, eo);
    expect(done.counts).toEqual({ done: 2, alreadyDone: 0, refused: 4, failed: 0, pending: 0 });
    const [a, b, c] = await Promise.all(journeys.slice(0, 3).map((j) => drive.journey(j)));
    expect(a.state).toBe('passed');
    expect(a.last.actor).toMatchObject({ role: 'evaluation-organisation', keyId: parties['evaluation-organisation'].keyId });
    expect(b.state).toBe('failed');
    expect(c.state).toBe('registered');
    const sheet = await readXlsx((await download(system, `/batches/${batchId}/outcomes?format=xlsx`, eo)).body);
    expect(sheet[3]).toEqual(['4', expect.stringMatching(/\*{10}/), '未通过 refused', 'sittingDates[0]', expect.stringMatching(/before training was completed/), 'date.not-before-training', '']);
    expect(sheet[1]).toEqual(['2', expect.stringMatching(/\*{10}/), '已完成 done', '', '', '', 'passed']);
  });

  it('re-applying the same file: the results posted are "already done", nothing is posted twice', async () => {
    const res = await upload(system, 'results', eo, resultsFile, 'results-again.csv');
    expect(res.body.alreadyDone.map((r: { row: number }) => r.row)).toEqual([2, 3]);
    expect((await system.http('POST', `/batches/${res.body.batchId}/apply`, { key: eo })).status).toBe(202);
    const done = await applied(system, res.body.batchId, eo);
    expect(done.counts).toMatchObject({ done: 0, alreadyDone: 2, failed: 0 });
    expect((await drive.journey(journeys[0]!)).attempts).toBe(1);
    expect((await drive.journey(journeys[1]!)).attempts).toBe(1);
  });

  it('certificates of those who passed, numbered by a pattern; a failed candidate is refused; re-applied: already done', async () => {
    const file = csv([
      ['身份证号', '目标等级', '证书编号', '发证日期'],
      [ids[0]!, 4, '', today()],
      [ids[1]!, 4, '', today()],
    ]);
    const prefix = `HZ${Date.now().toString(36).toUpperCase()}`;
    const pattern = encodeURIComponent(`${prefix}-{yyyy}-L{level}-{seq:4}`);
    const bad = await upload(system, 'certificates', eo, file, 'c.csv', '?numberPattern=%7Bbad');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('numberPattern');
    const res = await upload(system, 'certificates', eo, file, 'c.csv', `?numberPattern=${pattern}&numberStart=7`);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.refused).toEqual([expect.objectContaining({ row: 3, reason: "the journey is in state 'failed': it takes no certificates step" })]);
    expect((await system.http('POST', `/batches/${res.body.batchId}/apply`, { key: eo })).status).toBe(202);
    expect((await applied(system, res.body.batchId, eo)).counts).toMatchObject({ done: 1, refused: 1 });
    const certified = await system.http('GET', `/journeys/${journeys[0]}`, { key: eo });
    expect(certified.body.state).toBe('certified');
    expect(certified.body.workflow.context.certificate.number).toBe(`${prefix}-${today().slice(0, 4)}-L4-0007`);
    const again = await upload(system, 'certificates', eo, file, 'c.csv', `?numberPattern=${pattern}&numberStart=7`);
    expect(again.body.alreadyDone).toEqual([expect.objectContaining({ row: 2 })]);
  });
});
