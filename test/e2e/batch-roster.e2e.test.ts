import * as iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BatchRowRecord, openDatabase } from '@heze/persistence';
import { applied, csv, download, readXlsx, upload, xlsx } from '../support/batches';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

const HEADER = ['姓名', '身份证号', '目标等级', '用人单位', '参保机构', '企业职工', '参保起始日期'];

/**
 * issue 16: a training institution's roster (CSV and XLSX) opens and enrols, or enrols an open journey;
 * preview names refused rows by row and column and changes nothing; re-applying is "already done".
 */
describe('batch: training roster import (issue 16)', () => {
  const system = new TestSystem({ BATCH_MAX_ROWS: '50', BATCH_MAX_BYTES: '65536' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let ti: string;
  const people = Array.from({ length: 4 }, () => newResidentId());
  let existingJourney: string;
  const existingId = newResidentId();
  const badId = (() => {
    const id = newResidentId();
    return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
  })();
  let rows: Array<Array<string | number>>;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await system.startWorker();
    await system.startApi();
    drive = new JourneyDriver(system, parties);
    ti = parties['training-institution'].key;
    existingJourney = await drive.open({ residentId: existingId, projectId: null });
    const emp = parties.employer.organisationId;
    const agency = parties['social-insurance-agency'].organisationId;
    rows = [
      HEADER,
      ['王一', people[0]!, 4, emp, agency, '是', '2020-01-01'],
      ['王二', people[1]!, '四级', emp, agency, '否', ''],
      ['王三', people[2]!, 'L4', emp, agency, 'yes', '2019/03/01'],
      ['王四', people[3]!.toLowerCase(), '4', emp, agency, '1', '20180101'],
      ['老王', existingId, 4, emp, agency, '是', '2020-01-01'],
      ['坏号', badId, 4, emp, agency, '是', '2020-01-01'],
      ['无单位', newResidentId(), 4, 'no-such-employer', agency, '是', '2020-01-01'],
      ['王一', people[0]!, 4, emp, agency, '是', '2020-01-01'],
      ['', '', '', '', '', '', ''],
      ['坏日', newResidentId(), 4, emp, agency, '是', '2999-01-01'],
    ];
  });
  afterAll(() => system.stop());

  let batchId = '';

  it('preview: each refused row by row number, column and reason; the resident ID never whole; nothing changed', async () => {
    const res = await upload(system, 'roster', ti, csv(rows), 'roster.csv');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const p = res.body;
    batchId = p.batchId;
    expect(p).toMatchObject({ kind: 'roster', status: 'previewed', format: 'csv', encoding: 'utf-8', rows: 9, accepted: 5, skippedRows: [10] });
    const byRow = Object.fromEntries(p.refused.map((r: { row: number }) => [r.row, r]));
    expect(Object.keys(byRow).map(Number)).toEqual([7, 8, 9, 11]);
    expect(byRow[7]).toMatchObject({ column: '身份证号', reason: expect.stringMatching(/check digit/) });
    expect(byRow[8]).toMatchObject({ column: '用人单位', reason: expect.stringMatching(/no employer 'no-such-employer'/) });
    expect(byRow[9]).toMatchObject({ column: '身份证号', reason: 'a duplicate of row 2 (the same person, level and step)' });
    expect(byRow[11]).toMatchObject({ column: '参保起始日期', reason: expect.stringMatching(/date.not-future/) });
    const text = JSON.stringify(p);
    for (const id of [...people, existingId, badId]) expect(text).not.toContain(id);
    expect(byRow[7].person ?? byRow[7].reason).toMatch(/\*{10}/);
    // Nothing changed: no journey was opened, the open one is still applied.
    const list = await system.http('GET', '/journeys?pageSize=200', { key: parties.employer.key });
    expect(list.body.total).toBe(1);
    expect((await drive.journey(existingJourney)).state).toBe('applied');
  });

  it("another training institution neither sees nor applies this institution's batch (404); an evaluation organisation may not upload a roster (403)", async () => {
    const other = parties['training-institution-2'].key;
    expect((await system.http('GET', `/batches/${batchId}`, { key: other })).status).toBe(404);
    expect((await system.http('POST', `/batches/${batchId}/apply`, { key: other })).status).toBe(404);
    expect((await download(system, `/batches/${batchId}/outcomes`, other)).status).toBe(404);
    expect((await system.http('GET', '/batches', { key: other })).body.items).toEqual([]);
    expect((await upload(system, 'roster', parties['evaluation-organisation'].key, csv(rows))).status).toBe(403);
  });

  it('apply: the batch workflow opens and enrols as the institution; counts and outcomes (CSV and XLSX) say what each row came to', async () => {
    const res = await system.http('POST', `/batches/${batchId}/apply`, { key: ti });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect((await system.http('POST', `/batches/${batchId}/apply`, { key: ti })).status).toBe(409);
    const done = await applied(system, batchId, ti);
    expect(done.counts).toEqual({ done: 5, alreadyDone: 0, refused: 4, failed: 0, pending: 0 });
    const list = await system.http('GET', '/journeys?pageSize=200', { key: parties.employer.key });
    expect(list.body.total).toBe(5);
    for (const j of list.body.items) {
      expect(j.state).toBe('enrolled');
      expect(j.trainingInstitutionId).toBe(parties['training-institution'].organisationId);
      // The same actor as a single enrolment: the institution's own key, the one that applied the batch.
      expect(j.last).toMatchObject({ cause: 'enrol', actor: { role: 'training-institution', keyId: parties['training-institution'].keyId } });
    }
    const out = await download(system, `/batches/${batchId}/outcomes?format=csv`, ti);
    expect(out.status).toBe(200);
    expect(out.headers['content-type']).toMatch(/text\/csv/);
    const text = out.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/行号 row/);
    expect(text.split('\n').filter((l) => l.includes('已完成 done'))).toHaveLength(5);
    for (const id of [...people, existingId, badId]) expect(text).not.toContain(id);
    // Once every row has its outcome, the batch's stored rows hold no whole resident ID (the opened journeys' people rows do).
    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    try {
      const rows = await ds.getRepository(BatchRowRecord).findBy({ batchId });
      expect(rows).toHaveLength(9);
      const stored = JSON.stringify(rows);
      for (const id of [...people, existingId, badId]) expect(stored).not.toContain(id);
    } finally {
      await ds.destroy();
    }
    const sheet = await readXlsx((await download(system, `/batches/${batchId}/outcomes?format=xlsx`, ti)).body);
    expect(sheet).toHaveLength(10);
    expect(sheet[7]).toEqual(expect.arrayContaining(['8', '未通过 refused', '用人单位']));
  });

  it('re-applying the same rows (now as XLSX, with one new row) does each step at most once: "already done"', async () => {
    const newcomer = newResidentId();
    const emp = parties.employer.organisationId;
    const agency = parties['social-insurance-agency'].organisationId;
    const file = await xlsx([...rows.slice(0, 6), ['新人', newcomer, 4, emp, agency, '是', new Date('2021-05-01T00:00:00Z')]]);
    const res = await upload(system, 'roster', ti, file, 'roster.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ format: 'xlsx', rows: 6, accepted: 1 });
    expect(res.body.alreadyDone.map((r: { row: number }) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect((await system.http('POST', `/batches/${res.body.batchId}/apply`, { key: ti })).status).toBe(202);
    const done = await applied(system, res.body.batchId, ti);
    expect(done.counts).toEqual({ done: 1, alreadyDone: 5, refused: 0, failed: 0, pending: 0 });
    expect((await system.http('GET', '/journeys?pageSize=200', { key: parties.employer.key })).body.total).toBe(6);
  });

  it('GBK (GB18030) CSV, as Excel in China saves it, is read; English headers are accepted', async () => {
    const gbk = iconv.encode(csv([HEADER, ['张三', newResidentId(), 4, parties.employer.organisationId, parties['social-insurance-agency'].organisationId, '否', '']]).toString(), 'gbk');
    const a = await upload(system, 'roster', ti, gbk);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ encoding: 'gb18030', accepted: 1 });
    const english = ['name', 'residentId', 'targetLevel', 'employerId', 'insuredWithAgencyId', 'enterpriseEmployee', 'unemploymentInsuredSince'];
    const b = await upload(system, 'roster', ti, csv([english, ['Li Si', newResidentId(), 3, parties.employer.organisationId, parties['social-insurance-agency'].organisationId, 'no', '']]));
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect(b.body.accepted).toBe(1);
  });

  it('malformed files are a clear 4xx naming the problem, never a 500', async () => {
    const cases: Array<[Buffer, number, RegExp]> = [
      [Buffer.alloc(0), 400, /file: the file is empty/],
      [csv([['姓名', '身份证号']]), 400, /missing columns '目标等级'/],
      [csv([[...HEADER, '备注x']]), 400, /unknown column '备注x'/],
      [csv([HEADER]), 400, /no data rows/],
      [Buffer.from('姓名,身份证号\n"unclosed,1\n'), 400, /not readable as CSV/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 400, /old \.xls format/],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 400, /not a readable XLSX/],
      [Buffer.from([0xff, 0x00, 0x81, 0x00, 0xfe]), 400, /file: /],
      [csv([HEADER, ...Array.from({ length: 51 }, () => ['王', newResidentId(), 4, 'e', 'a', '是', ''])]), 413, /more than 50 rows/],
      [Buffer.alloc(70_000, 'a'), 413, /too large/i],
    ];
    for (const [file, status, message] of cases) {
      const res = await upload(system, 'roster', ti, file);
      expect(res.status, `${message}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.message).toMatch(message);
    }
    expect((await upload(system, 'no-such-kind', ti, csv(rows))).status).toBe(404);
    const noFile = await fetch(`${system.baseUrl}/batches/roster`, { method: 'POST', headers: { 'x-api-key': ti } });
    expect(noFile.status).toBe(400);
  });

  it('XLSX cells that cannot be taken as they are (a formula, merged cells) refuse their row, naming the column', async () => {
    const emp = parties.employer.organisationId;
    const agency = parties['social-insurance-agency'].organisationId;
    const file = await xlsx(
      [HEADER, ['公式', newResidentId(), { formula: '2+2', result: 4 }, emp, agency, '是', ''], ['合并', newResidentId(), 4, emp, agency, '是', ''], ['合并', '', 4, emp, agency, '是', '']],
      (sheet) => sheet.mergeCells('B3:B4'),
    );
    const res = await upload(system, 'roster', ti, file, 'roster.xlsx');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.refused).toEqual([
      expect.objectContaining({ row: 2, column: '目标等级', reason: expect.stringMatching(/a formula/) }),
      expect.objectContaining({ row: 3, column: '身份证号', reason: expect.stringMatching(/merged cells/) }),
      expect.objectContaining({ row: 4, column: '身份证号', reason: expect.stringMatching(/merged cells/) }),
    ]);
  });

  it('templates: the Chinese headers and an example row, as CSV and XLSX', async () => {
    const c = await download(system, '/batches/templates/roster?format=csv', ti);
    expect(c.status).toBe(200);
    expect(c.headers['content-disposition']).toMatch(/batch-roster-template\.csv/);
    expect(c.body.toString('utf8').split(/\r?\n/)[0]).toBe('\uFEFF' + HEADER.join(','));
    const x = await download(system, '/batches/templates/results?format=xlsx', ti);
    expect(x.status).toBe(200);
    expect((await readXlsx(x.body))[0]).toEqual(['姓名', '身份证号', '目标等级', '是否合格', '成绩', '考试日期']);
    const kinds = await system.http('GET', '/batches/kinds', { key: ti });
    expect(kinds.body.items.map((k: { kind: string }) => k.kind)).toEqual(['roster', 'training-completion']);
  });
});
