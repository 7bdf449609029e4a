/**
 * Column layouts of the batch kinds (issue 16, docs/batches.md): Chinese and English headers, how each
 * cell is read, and what a row becomes (the normalised data the batch activity sends from, its row key).
 * Cells are checked with the same schemas as the single requests (libs/machines/src/events/journey.ts).
 */
import { z } from 'zod';
import type { KeyRole } from '@heze/machines';
import { MoneySchema, nameProblem, PastDateSchema } from '@heze/machines/events';
import { registrationProfileFacts } from '@heze/machines/events';
import type { TargetLevel } from '@heze/machines';
import type { BatchKind } from '@heze/persistence';
import { isValidIsoDate } from '@heze/rules';
import { maskIdentifier, validateResidentId } from '@heze/rules';
import { journeyWorkflowId, studyLeaveWorkflowId, wageProtectionWorkflowId } from '@heze/temporal';
import type { BatchRowData } from '../../../../activities/batch-activities';

export interface ColumnSpec {
  key: string;
  /** Accepted headers: the Chinese one first (templates use it), then English. */
  headers: string[];
  required: boolean;
  /** Shown in the template's example row and in docs/batches.md. */
  example: string;
  description: string;
}

export interface KindSpec {
  kind: BatchKind;
  role: KeyRole;
  title: string;
  columns: ColumnSpec[];
  /** Normalises one row's cells; throws CellError naming the column. */
  read(cells: Record<string, string>, ctx: ReadContext): { data: BatchRowData; rowKey: string; person: string | null; journeyId: string | null };
}

export interface ReadContext {
  organisationId: string;
  personKey(residentId: string): string;
  today: string;
  /** Certificate numbers made by the pattern (certificates without a number column). */
  certificateNumber?(seq: number, level: number, issuedOn: string): string | null;
  seq: number;
}

export class CellError extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(`${column}: ${reason}`);
  }
}

const col = (key: string, zh: string, en: string[], required: boolean, example: string, description: string): ColumnSpec => ({ key, headers: [zh, key, ...en], required, example, description });

// ---- cells ----------------------------------------------------------------------------------------

const LEVEL_WORDS: Record<string, TargetLevel> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
function level(v: string, column: string): TargetLevel {
  const m = /^(?:L|l)?([1-4一二三四])(?:级)?$/.exec(v.trim());
  if (!m) throw new CellError(column, `'${v}' is no skill level (4, 3, 2 or 1; also 四级 … 一级)`);
  return LEVEL_WORDS[m[1]!]!;
}

const TRUE_WORDS = ['是', 'y', 'yes', 'true', '1', '合格', '通过', 'pass', 'passed'];
const FALSE_WORDS = ['否', 'n', 'no', 'false', '0', '不合格', '未通过', 'fail', 'failed'];
function bool(v: string, column: string): boolean {
  const w = v.trim().toLowerCase();
  if (TRUE_WORDS.includes(w)) return true;
  if (FALSE_WORDS.includes(w)) return false;
  throw new CellError(column, `'${v}' is neither yes nor no (是/否, 合格/不合格, true/false)`);
}

/** YYYY-MM-DD, also YYYY/MM/DD, YYYY.MM.DD and YYYYMMDD; not after today where `past`. */
function date(v: string, column: string, past = true): string {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(v.trim());
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v.trim();
  if (!isValidIsoDate(iso)) throw new CellError(column, `'${v}' is no date (YYYY-MM-DD)`);
  if (past) {
    const r = PastDateSchema.safeParse(iso);
    if (!r.success) throw new CellError(column, r.error.issues[0]!.message);
  }
  return iso;
}

/** CNY with at most 2 decimals (MoneySchema, as POST …/payroll takes it). */
function money(v: string, column: string): number {
  const n = Number(v.trim().replace(/[,，¥￥]/g, ''));
  const r = MoneySchema.safeParse(n);
  if (v.trim() === '' || !r.success) throw new CellError(column, `'${v}' is no amount in CNY (${r.success ? 'empty' : r.error.issues[0]!.message})`);
  return r.data;
}

function orgId(v: string, column: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(v.trim())) throw new CellError(column, `'${v.slice(0, 64)}' is no organisation id`);
  return v.trim();
}

/** The resident ID: check digit verified (GB 11643); an error never repeats it, only its masked form. */
function residentId(v: string, column: string): { id: string; birthDate: string; masked: string } {
  const id = v.trim().toUpperCase();
  const check = validateResidentId(id);
  if (!check.ok) throw new CellError(column, `${check.reason} (${maskIdentifier(id)})`);
  return { id, birthDate: check.birthDate, masked: maskIdentifier(id) };
}

function journeyRef(cells: Record<string, string>, ctx: ReadContext) {
  const rid = residentId(cells.residentId!, '身份证号');
  const targetLevel = level(cells.targetLevel!, '目标等级');
  const personKey = ctx.personKey(rid.id);
  return { rid, ref: { personKey, targetLevel, journeyId: journeyWorkflowId(personKey, targetLevel) } };
}

const key = (kind: BatchKind, ctx: ReadContext, ...parts: string[]) => [kind, ctx.organisationId, ...parts].join(':');

const RESIDENT_ID = col('residentId', '身份证号', ['resident id', 'idNumber'], true, '370102198503011234', '18-character resident ID, check digit verified (GB 11643); outcomes show it masked');
const LEVEL = col('targetLevel', '目标等级', ['level'], true, '4', 'skill level 4, 3, 2 or 1 (四级 … 一级 accepted)');
const NAME_OPTIONAL = col('name', '姓名', [], false, '王五', "the specialist's name (read for your own reference; only a roster records it)");

// ---- kinds ----------------------------------------------------------------------------------------

export const KINDS: Record<BatchKind, KindSpec> = {
  roster: {
    kind: 'roster',
    role: 'training-institution',
    title: '培训名册导入 (training roster: open and enrol, or enrol an open journey)',
    columns: [
      col('name', '姓名', [], true, '王五', "the specialist's name"),
      RESIDENT_ID,
      LEVEL,
      col('employerId', '用人单位', ['employer'], true, 'employer-1', 'the employer organisation id the journey is opened for'),
      col('insuredWithAgencyId', '参保机构', ['agency'], true, 'agency-1', 'social-insurance agency of the place of unemployment insurance (RULES.md §5)'),
      col('enterpriseEmployee', '企业职工', ['enterprise employee'], true, '是', 'subsidy.enterprise-employee: 是/否'),
      col('unemploymentInsuredSince', '参保起始日期', ['insured since'], false, '2020-01-01', 'start of continuous unemployment insurance (subsidy.insured-12-months)'),
    ],
    read(cells, ctx) {
      const name = cells.name!.trim();
      const problem = nameProblem(name);
      if (problem) throw new CellError('姓名', problem);
      if (name.length > 100) throw new CellError('姓名', 'at most 100 characters');
      const { rid, ref } = journeyRef(cells, ctx);
      const data = {
        ...ref,
        name,
        residentId: rid.id,
        masked: rid.masked,
        birthDate: rid.birthDate,
        employerId: orgId(cells.employerId!, '用人单位'),
        insuredWithAgencyId: orgId(cells.insuredWithAgencyId!, '参保机构'),
        enterpriseEmployee: bool(cells.enterpriseEmployee!, '企业职工'),
        unemploymentInsuredSince: cells.unemploymentInsuredSince ? date(cells.unemploymentInsuredSince, '参保起始日期') : null,
      };
      return { data, rowKey: key('roster', ctx, ref.journeyId), person: rid.masked, journeyId: ref.journeyId };
    },
  },

  'training-completion': {
    kind: 'training-completion',
    role: 'training-institution',
    title: '培训结业 (a class completed its training)',
    columns: [NAME_OPTIONAL, RESIDENT_ID, LEVEL, col('completedOn', '结业日期', ['completed on'], false, '2026-11-20', 'the day the course was completed; not after today')],
    read(cells, ctx) {
      const { rid, ref } = journeyRef(cells, ctx);
      const data = { ...ref, ...(cells.completedOn ? { completedOn: date(cells.completedOn, '结业日期') } : {}) };
      return { data, rowKey: key('training-completion', ctx, ref.journeyId), person: rid.masked, journeyId: ref.journeyId };
    },
  },

  registration: {
    kind: 'registration',
    role: 'evaluation-organisation',
    title: '评价报名 (register candidates; the rules judge each, RULES.md §3)',
    columns: [
      NAME_OPTIONAL,
      RESIDENT_ID,
      LEVEL,
      col('workStart', '本职业工作起始日期', ['work start'], true, '2012-01-01', 'first day of work in this occupation (L4-1, L3-1 …)'),
      col('workEnd', '本职业工作结束日期', ['work end'], false, '', 'the day after the last working day in it; empty = still working in it'),
      col('evaluationDate', '评价日期', ['evaluation date'], false, '2026-11-24', 'the day the candidate is judged for; empty = today; not after today'),
    ],
    read(cells, ctx) {
      const { rid, ref } = journeyRef(cells, ctx);
      const evaluationDate = cells.evaluationDate ? date(cells.evaluationDate, '评价日期') : ctx.today;
      const period = { start: date(cells.workStart!, '本职业工作起始日期', false), ...(cells.workEnd ? { end: date(cells.workEnd, '本职业工作结束日期', false) } : {}), occupation: 'this' };
      // The birth date the resident ID holds, never the ID (RULES.md §1), as POST …/evaluation-registration does.
      const profile = { evaluationDate, birthDate: rid.birthDate, workPeriods: [period], certificates: [], diplomas: [], titles: [] };
      const problems = z.record(z.string(), z.unknown()).superRefine(registrationProfileFacts).safeParse(profile);
      if (!problems.success) {
        const issue = problems.error.issues[0]!;
        const column = String(issue.path[0]) === 'evaluationDate' ? '评价日期' : '本职业工作起始日期';
        throw new CellError(column, issue.message);
      }
      return { data: { ...ref, profile }, rowKey: key('registration', ctx, ref.journeyId, evaluationDate), person: rid.masked, journeyId: ref.journeyId };
    },
  },

  results: {
    kind: 'results',
    role: 'evaluation-organisation',
    title: '考试成绩 (a sitting\'s results)',
    columns: [
      NAME_OPTIONAL,
      RESIDENT_ID,
      LEVEL,
      col('passed', '是否合格', ['passed', 'result'], true, '合格', '合格/不合格 (pass/fail)'),
      col('score', '成绩', [], false, '82', 'score 0–100'),
      col('sittingDates', '考试日期', ['sitting dates'], true, '2026-11-24', 'the days sat, separated by ; or 、 (not after today, not before training completion)'),
    ],
    read(cells, ctx) {
      const { rid, ref } = journeyRef(cells, ctx);
      const passed = bool(cells.passed!, '是否合格');
      let score: number | undefined;
      if (cells.score) {
        score = Number(cells.score.trim());
        if (!Number.isFinite(score) || score < 0 || score > 100) throw new CellError('成绩', `'${cells.score}' is no score from 0 to 100`);
      }
      const days = cells.sittingDates!.split(/[;；,，、\s]+/).filter(Boolean);
      if (days.length < 1 || days.length > 10) throw new CellError('考试日期', 'one to ten days sat');
      const sittingDates = [...new Set(days.map((d) => date(d, '考试日期')))].sort();
      const data = { ...ref, passed, ...(score !== undefined ? { score } : {}), sittingDates };
      return { data, rowKey: key('results', ctx, ref.journeyId, sittingDates.join('+')), person: rid.masked, journeyId: ref.journeyId };
    },
  },

  certificates: {
    kind: 'certificates',
    role: 'evaluation-organisation',
    title: '证书发放 (issue the certificates of those who passed)',
    columns: [
      NAME_OPTIONAL,
      RESIDENT_ID,
      LEVEL,
      col('certificateNumber', '证书编号', ['certificate number'], false, 'HZ-2026-000123', 'letters, digits and -; empty: made by the numberPattern query parameter'),
      col('issuedOn', '发证日期', ['issued on'], true, '2026-11-25', 'not after today, not before the last sitting'),
    ],
    read(cells, ctx) {
      const { rid, ref } = journeyRef(cells, ctx);
      const issuedOn = date(cells.issuedOn!, '发证日期');
      const certificateNumber = cells.certificateNumber?.trim() || ctx.certificateNumber?.(ctx.seq, ref.targetLevel, issuedOn) || '';
      if (!certificateNumber) throw new CellError('证书编号', 'missing (give a number or a numberPattern)');
      if (!/^[A-Za-z0-9-]{4,64}$/.test(certificateNumber)) throw new CellError('证书编号', `'${certificateNumber.slice(0, 64)}' is no certificate number (4–64 letters, digits, -)`);
      return { data: { ...ref, certificateNumber, issuedOn }, rowKey: key('certificates', ctx, ref.journeyId), person: rid.masked, journeyId: ref.journeyId };
    },
  },

  payroll: {
    kind: 'payroll',
    role: 'employer',
    title: '工资发放记录 (a month\'s payroll of the specialists on study leave; RULES.md §4)',
    columns: [
      NAME_OPTIONAL,
      RESIDENT_ID,
      LEVEL,
      col('leaveFrom', '休假开始日期', ['leave from'], true, '2026-12-01', 'the first day of the approved study leave (names the leave)'),
      col('month', '工资月份', ['month'], true, '2026-12', 'the month paid, YYYY-MM (the record covers its first to its last day)'),
      col('wage', '工资', ['wage'], true, '6200', 'wage paid for the month, CNY'),
      col('benefits', '福利', ['benefits'], false, '餐补=310;交通=200', 'benefits paid, name=CNY separated by ; (the agreed ones missing count as 0)'),
      col('recordId', '记录编号', ['record id'], false, 'pay-2026-12', "your own id of this payroll record; empty: pay-<month>"),
    ],
    read(cells, ctx) {
      const { rid, ref } = journeyRef(cells, ctx);
      const leaveFrom = date(cells.leaveFrom!, '休假开始日期', false);
      const m = /^(\d{4})[-/.年]?(\d{1,2})月?$/.exec(cells.month!.trim());
      if (!m || +m[2]! < 1 || +m[2]! > 12) throw new CellError('工资月份', `'${cells.month}' is no month (YYYY-MM)`);
      const y = +m[1]!;
      const mo = +m[2]!;
      const periodStart = `${y}-${String(mo).padStart(2, '0')}-01`;
      const periodEnd = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
      const wage = money(cells.wage!, '工资');
      const benefits: Record<string, number> = {};
      for (const part of (cells.benefits ?? '').split(/[;；]/).map((x) => x.trim()).filter(Boolean)) {
        const kv = /^(.+?)\s*[=:：]\s*(.+)$/.exec(part);
        if (!kv) throw new CellError('福利', `'${part}' is not name=amount`);
        const name = kv[1]!.trim();
        const problem = nameProblem(name);
        if (problem || name.length > 40) throw new CellError('福利', `benefit name '${name.slice(0, 40)}' ${problem ?? 'is longer than 40 characters'}`);
        if (name in benefits) throw new CellError('福利', `benefit '${name}' twice`);
        benefits[name] = money(kv[2]!, '福利');
      }
      const recordId = cells.recordId?.trim() || `pay-${periodStart.slice(0, 7)}`;
      if (!/^[A-Za-z0-9_-]{1,60}$/.test(recordId)) throw new CellError('记录编号', `'${recordId.slice(0, 60)}' is no record id (letters, digits, _ and -)`);
      const wageCaseId = wageProtectionWorkflowId(studyLeaveWorkflowId(ref.journeyId, leaveFrom));
      const data = { ...ref, wageCaseId, record: { id: recordId, periodStart, periodEnd, wage, benefits } };
      return { data, rowKey: key('payroll', ctx, wageCaseId, recordId), person: rid.masked, journeyId: ref.journeyId };
    },
  },
};

/** The kinds a caller's role may upload. */
export const kindsFor = (role: string) => Object.values(KINDS).filter((k) => k.role === role && k.columns.length > 0);

/**
 * `{yyyy}` issue year, `{level}` skill level, `{seq}` / `{seq:N}` the row's place in the file (zero-padded
 * to N), counting from `start`. E.g. `HZ{yyyy}-L{level}-{seq:5}`.
 */
export function certificateNumberMaker(pattern: string, start: number) {
  if (!/^[A-Za-z0-9{}:-]{1,64}$/.test(pattern) || !/\{seq(?::\d)?\}/.test(pattern)) return null;
  return (seq: number, lvl: number, issuedOn: string) =>
    pattern
      .replace(/\{yyyy\}/g, issuedOn.slice(0, 4))
      .replace(/\{level\}/g, String(lvl))
      .replace(/\{seq(?::(\d))?\}/g, (_m, n: string | undefined) => String(start + seq - 1).padStart(n ? Number(n) : 1, '0'));
}
