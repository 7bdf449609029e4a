import ExcelJS from 'exceljs';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { makeResidentId } from '@heze/rules';
import { rowUpdateId } from '../../../../activities/batch-activities';
import { tableFile } from './files';
import { CellError, certificateNumberMaker, KINDS, type ReadContext } from './kinds';
import { decodeCsv, parseBatchFile } from './parse-file';

const ID = makeResidentId('37010219850301123');
const ctx: ReadContext = { organisationId: 'org-1', personKey: (id) => `pk-${id.slice(-4)}`, today: '2026-12-03', seq: 1 };
const read = (kind: keyof typeof KINDS, cells: Record<string, string>) => KINDS[kind].read(cells, ctx);
const cellError = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof CellError) return { column: e.column, reason: e.reason };
    throw e;
  }
  throw new Error('no CellError');
};

describe('batch files (issue 16)', () => {
  it('decodes UTF-8 with or without BOM, GBK as GB18030, and refuses what is neither', () => {
    expect(decodeCsv(Buffer.from('姓名,身份证号\n'))).toEqual({ text: '姓名,身份证号\n', encoding: 'utf-8' });
    expect(decodeCsv(iconv.encode('姓名,身份证号\n', 'gbk'))).toEqual({ text: '姓名,身份证号\n', encoding: 'gb18030' });
    expect(decodeCsv(iconv.encode('\uFEFF姓名', 'utf16le')).encoding).toBe('utf-16le');
    expect(() => decodeCsv(Buffer.from([0x81, 0x20, 0xff]))).toThrow(/neither UTF-8 nor GBK/);
  });

  it('matches headers in Chinese or English, in any order, and names a missing or unknown one', async () => {
    const cols = KINDS.results.columns;
    const f = await parseBatchFile(Buffer.from(`Sitting Dates,成绩（0-100）,passed,目标等级*,resident_id\n2026-11-24,82,合格,4,${ID}\n,,,,\n`), cols, 10);
    expect(f.rows).toEqual([{ rowNumber: 2, cells: { sittingDates: '2026-11-24', score: '82', passed: '合格', targetLevel: '4', residentId: ID } }]);
    expect(f.skipped).toEqual([3]);
    await expect(parseBatchFile(Buffer.from('身份证号,目标等级\n'), cols, 10)).rejects.toThrow(/missing columns '是否合格' \(passed\), '考试日期' \(sittingDates\)/);
    await expect(parseBatchFile(Buffer.from('身份证号,目标等级,成绩,成绩\n'), cols, 10)).rejects.toThrow(/column '成绩' appears twice/);
  });

  it('refuses a row with an empty required cell or a value under no header, naming the column', async () => {
    const f = await parseBatchFile(Buffer.from(`身份证号,目标等级,是否合格,考试日期\n${ID},4,,2026-11-24\n${ID},4,合格,2026-11-24,extra\n`), KINDS.results.columns, 10);
    expect(f.rows.map((r) => r.problem)).toEqual([
      { column: '是否合格', reason: 'required, but empty' },
      { column: 'column 5', reason: 'a value in a column with no header' },
    ]);
  });

  it('reads XLSX date cells as dates, and refuses formulas naming their column', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('x');
    s.addRow(['身份证号', '目标等级', '是否合格', '考试日期']);
    s.addRow([ID, 4, '合格', new Date('2026-11-24T00:00:00Z')]);
    s.addRow([ID, { formula: '2*2', result: 4 }, '合格', '2026-11-24']);
    const f = await parseBatchFile(Buffer.from(await wb.xlsx.writeBuffer()), KINDS.results.columns, 10);
    expect(f.format).toBe('xlsx');
    expect(f.rows[0]!.cells.sittingDates).toBe('2026-11-24');
    expect(f.rows[1]!.problem).toEqual({ column: '目标等级', reason: 'a formula; paste the values instead (Paste Special → Values)' });
  });

  it('reads levels, yes/no words and date forms; a bad resident ID is named masked, never whole', () => {
    const r = read('results', { residentId: ID.toLowerCase(), targetLevel: '三级', passed: '不合格', score: '41', sittingDates: '2026年11月24日、2026/11/23' });
    expect(r.data).toMatchObject({ targetLevel: 3, passed: false, score: 41, sittingDates: ['2026-11-23', '2026-11-24'] });
    expect(r.rowKey).toBe(`results:org-1:${(r.data as { journeyId: string }).journeyId}:2026-11-23+2026-11-24`);
    const bad = ID.slice(0, 17) + (ID[17] === '1' ? '2' : '1');
    const e = cellError(() => read('results', { residentId: bad, targetLevel: '4', passed: '是', sittingDates: '2026-11-24' }));
    expect(e.column).toBe('身份证号');
    expect(e.reason).toMatch(/check digit/);
    expect(e.reason).not.toContain(bad);
    expect(e.reason).toContain('3701**********');
    expect(cellError(() => read('results', { residentId: ID, targetLevel: '5', passed: '是', sittingDates: '2026-11-24' })).column).toBe('目标等级');
    expect(cellError(() => read('results', { residentId: ID, targetLevel: '4', passed: 'maybe', sittingDates: '2026-11-24' })).column).toBe('是否合格');
  });

  it('a registration sends the birth date read from the ID, never the ID', () => {
    const r = read('registration', { residentId: ID, targetLevel: '4', workStart: '2012-01-01', evaluationDate: '' });
    expect(r.data).toMatchObject({ profile: { evaluationDate: '2026-12-03', birthDate: '1985-03-01', workPeriods: [{ start: '2012-01-01', occupation: 'this' }] } });
    expect(JSON.stringify(r.data)).not.toContain(ID);
  });

  it('payroll: a month becomes its half-open period; benefits are name=amount', () => {
    const r = read('payroll', { residentId: ID, targetLevel: '4', leaveFrom: '2026-12-01', month: '2026-12', wage: '6,200.50', benefits: '餐补=310; 交通：200' });
    expect((r.data as { record: unknown }).record).toEqual({ id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200.5, benefits: { 餐补: 310, 交通: 200 } });
    expect(cellError(() => read('payroll', { residentId: ID, targetLevel: '4', leaveFrom: '2026-12-01', month: '2026-12', wage: '1', benefits: '餐补' })).column).toBe('福利');
  });

  it('certificate numbers from a pattern; a pattern without {seq} is refused', () => {
    const make = certificateNumberMaker('HZ{yyyy}-L{level}-{seq:5}', 41)!;
    expect(make(2, 3, '2026-11-25')).toBe('HZ2026-L3-00042');
    expect(certificateNumberMaker('HZ{yyyy}', 1)).toBeNull();
  });

  it('Update ids: the same for the same row key, different for another', () => {
    expect(rowUpdateId('roster:o:j1')).toBe(rowUpdateId('roster:o:j1'));
    expect(rowUpdateId('roster:o:j1')).not.toBe(rowUpdateId('roster:o:j2'));
  });

  it('outcome CSV: UTF-8 with BOM; a cell a spreadsheet would run as a formula is written as text', async () => {
    const csv = (await tableFile('t', ['a', 'b'], [['=1+1', '@SUM(A1)'], ['ok', 3]], 'csv')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'=1+1");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/(^|,)=1\+1/m);
  });
});
