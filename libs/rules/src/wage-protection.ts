/**
 * Wage protection during approved full-time study leave (RULES.md §4): the leave counts as normal
 * work, so neither wage nor any benefit may be reduced (培训及等级认定期间视同提供正常劳动，用人单位不得扣减工资和福利).
 *
 * Clause ids (docs/rules.md):
 * - wage.protected-period      the approved leave, extended to the evaluation days actually sat; only
 *                              payroll overlapping it is compared, pro rata by day
 * - wage.no-deduction          the wage paid for the protected days is not below the baseline
 * - wage.benefits-no-deduction no benefit paid for the protected days is below its baseline
 * - wage.back-pay-covers       a shortfall is closed only by back pay covering it
 * - wage.leave-escalation      a leave request unanswered within 5 working days is escalated
 * Money is computed in fen (integers) and reported in CNY with 2 decimals.
 */
import { daysInMonth, dayNumberToYmd, isValidIsoDate, maxDate, minDate, addDays, toDayNumber, ymdToDayNumber, type IsoDate } from './dates';

export const WAGE_CLAUSES = {
  protectedPeriod: 'wage.protected-period',
  noDeduction: 'wage.no-deduction',
  benefitsNoDeduction: 'wage.benefits-no-deduction',
  backPayCovers: 'wage.back-pay-covers',
  leaveEscalation: 'wage.leave-escalation',
} as const;

export interface HalfOpenPeriod {
  start: IsoDate;
  /** the day after the last day */
  end: IsoDate;
}

export interface PayrollRecord {
  periodStart: IsoDate;
  /** half-open: the day after the last day paid */
  periodEnd: IsoDate;
  wage: number;
  benefits: Record<string, number>;
}

export interface BackPay {
  /** 'wage' or a benefit name */
  component: string;
  amount: number;
  paidOn?: IsoDate;
}

export interface WageShortfallInput {
  /** protected period, half-open (see protectedPeriod) */
  period: HalfOpenPeriod;
  /** agreed monthly wage and monthly benefits on record when the leave was approved */
  baseline: { monthlyWage: number; benefits: Record<string, number> };
  payroll: PayrollRecord[];
  backPay: BackPay[];
}

export interface ComponentShortfall {
  component: string;
  clause: 'wage.no-deduction' | 'wage.benefits-no-deduction';
  /** baseline due for the protected days covered by payroll records */
  expected: number;
  /** paid for those days (each record pro rata by day of its own period) */
  paid: number;
  backPaid: number;
  /** shortfall before back pay (sum over records of max(0, expected - paid)) */
  shortfallBeforeBackPay: number;
  /** what is still owed after back pay */
  shortfall: number;
}

export interface WageShortfall {
  components: ComponentShortfall[];
  /** still owed, CNY */
  totalShortfall: number;
  /** some shortfall before back pay (a violation that opens a remediation case) */
  violated: boolean;
  /** back pay covers every shortfall (true when there was none) — wage.back-pay-covers */
  covered: boolean;
  /** clause ids breached before back pay, e.g. ['wage.no-deduction'] */
  clauses: string[];
  /** protected days that no payroll record covers (not compared: payroll not yet recorded) */
  daysWithoutPayroll: number;
}

function toFen(amount: number, what: string): number {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`${what} must be a non-negative amount, got ${amount}`);
  return Math.round(amount * 100);
}

const fenToCny = (fen: number): number => Math.round(fen) / 100;

function checkPeriod(start: IsoDate, end: IsoDate, what: string): void {
  if (!isValidIsoDate(start) || !isValidIsoDate(end)) throw new RangeError(`${what}: dates must be YYYY-MM-DD`);
  if (end <= start) throw new RangeError(`${what}: end ${end} must be after start ${start}`);
}

/**
 * Baseline due for [from, to) in fen: for each calendar month, the monthly amount × days / days of
 * that month (wage.protected-period: pro rata by day).
 */
function baselineDueFen(monthlyFen: number, from: number, to: number): number {
  let due = 0;
  let day = from;
  while (day < to) {
    const { y, m } = dayNumberToYmd(day);
    const dim = daysInMonth(y, m);
    const nextMonth = ymdToDayNumber(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 });
    const until = nextMonth < to ? nextMonth : to;
    due += (monthlyFen * (until - day)) / dim;
    day = until;
  }
  return due;
}

/** wage.protected-period: approved leave extended to the evaluation days sat (their hull). */
export function protectedPeriod(input: { approvedLeave: HalfOpenPeriod; evaluationDays?: IsoDate[] }): HalfOpenPeriod {
  let { start, end } = input.approvedLeave;
  checkPeriod(start, end, 'approvedLeave');
  for (const day of input.evaluationDays ?? []) {
    start = minDate(start, day);
    end = maxDate(end, addDays(day, 1));
  }
  return { start, end };
}

/** Compare payroll with the baseline over the protected period (RULES.md §4). */
export function computeWageShortfall(input: WageShortfallInput): WageShortfall {
  checkPeriod(input.period.start, input.period.end, 'period');
  const pStart = toDayNumber(input.period.start);
  const pEnd = toDayNumber(input.period.end);

  const names: string[] = ['wage', ...Object.keys(input.baseline.benefits)];
  for (const r of input.payroll) for (const b of Object.keys(r.benefits)) if (!names.includes(b)) names.push(b);
  const baselineFen = (c: string): number =>
    c === 'wage' ? toFen(input.baseline.monthlyWage, 'baseline.monthlyWage') : toFen(input.baseline.benefits[c] ?? 0, `baseline.benefits.${c}`);

  const expected = new Map<string, number>();
  const paid = new Map<string, number>();
  const before = new Map<string, number>();
  for (const c of names) {
    expected.set(c, 0);
    paid.set(c, 0);
    before.set(c, 0);
  }

  const covered: Array<[number, number]> = [];
  input.payroll.forEach((r, i) => {
    checkPeriod(r.periodStart, r.periodEnd, `payroll[${i}]`);
    const rStart = toDayNumber(r.periodStart);
    const rEnd = toDayNumber(r.periodEnd);
    const from = Math.max(rStart, pStart);
    const to = Math.min(rEnd, pEnd);
    if (to <= from) return; // does not overlap the protected period
    covered.push([from, to]);
    const share = (to - from) / (rEnd - rStart); // pro rata by day of the record's own period
    for (const c of names) {
      const due = Math.round(baselineDueFen(baselineFen(c), from, to));
      const amount = c === 'wage' ? r.wage : r.benefits[c] ?? 0;
      const got = Math.round(toFen(amount, `payroll[${i}].${c === 'wage' ? 'wage' : `benefits.${c}`}`) * share);
      expected.set(c, expected.get(c)! + due);
      paid.set(c, paid.get(c)! + got);
      // a deduction in one record is not offset by an overpayment in another
      before.set(c, before.get(c)! + Math.max(0, due - got));
    }
  });

  const backPaid = new Map<string, number>();
  input.backPay.forEach((b, i) => {
    backPaid.set(b.component, (backPaid.get(b.component) ?? 0) + toFen(b.amount, `backPay[${i}].amount`));
  });

  const components: ComponentShortfall[] = names.map((c) => {
    const owed = Math.max(0, before.get(c)! - (backPaid.get(c) ?? 0));
    return {
      component: c,
      clause: c === 'wage' ? 'wage.no-deduction' : 'wage.benefits-no-deduction',
      expected: fenToCny(expected.get(c)!),
      paid: fenToCny(paid.get(c)!),
      backPaid: fenToCny(backPaid.get(c) ?? 0),
      shortfallBeforeBackPay: fenToCny(before.get(c)!),
      shortfall: fenToCny(owed),
    };
  });

  const totalFen = names.reduce((sum, c) => sum + Math.max(0, before.get(c)! - (backPaid.get(c) ?? 0)), 0);
  const clauses: string[] = [];
  if (before.get('wage')! > 0) clauses.push(WAGE_CLAUSES.noDeduction);
  if (names.some((c) => c !== 'wage' && before.get(c)! > 0)) clauses.push(WAGE_CLAUSES.benefitsNoDeduction);

  // protected days not covered by any payroll record
  covered.sort((a, b) => a[0] - b[0]);
  let coveredDays = 0;
  let reach = pStart;
  for (const [from, to] of covered) {
    const s = Math.max(from, reach);
    if (to > s) {
      coveredDays += to - s;
      reach = to;
    }
  }

  return {
    components,
    totalShortfall: fenToCny(totalFen),
    violated: clauses.length > 0,
    covered: totalFen === 0,
    clauses,
    daysWithoutPayroll: pEnd - pStart - coveredDays,
  };
}
