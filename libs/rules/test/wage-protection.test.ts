/** Wage protection during approved study leave (RULES.md §4): clauses wage.* (docs/rules.md). */
import { describe, expect, it } from 'vitest';
import { computeWageShortfall, protectedPeriod, type PayrollRecord } from '../src';

const baseline = { monthlyWage: 6200, benefits: { meal: 310 } };
const march = (wage: number, meal = 310): PayrollRecord => ({ periodStart: '2025-03-01', periodEnd: '2025-04-01', wage, benefits: { meal } });
const april = (wage: number, meal = 300): PayrollRecord => ({ periodStart: '2025-04-01', periodEnd: '2025-05-01', wage, benefits: { meal } });
const leave = { start: '2025-03-10', end: '2025-03-15' }; // 5 days of a 31-day month

describe('computeWageShortfall', () => {
  it('wage.protected-period: full pay over 5 of 31 days is 1000.00 expected and paid; no clause breached', () => {
    const r = computeWageShortfall({ period: leave, baseline, payroll: [march(6200)], backPay: [] });
    expect(r.components).toEqual([
      { component: 'wage', clause: 'wage.no-deduction', expected: 1000, paid: 1000, backPaid: 0, shortfallBeforeBackPay: 0, shortfall: 0 },
      { component: 'meal', clause: 'wage.benefits-no-deduction', expected: 50, paid: 50, backPaid: 0, shortfallBeforeBackPay: 0, shortfall: 0 },
    ]);
    expect(r).toMatchObject({ totalShortfall: 0, covered: true, violated: false, clauses: [] });
  });

  it('wage.no-deduction and wage.benefits-no-deduction: a 620 deduction and a dropped meal allowance, pro rata 5/31', () => {
    // wage: 6200·5/31 = 1000 expected, 5580·5/31 = 900 paid; meal: 310·5/31 = 50 expected, 0 paid
    const r = computeWageShortfall({ period: leave, baseline, payroll: [march(5580, 0)], backPay: [] });
    expect(r.components.map((c) => [c.component, c.shortfall])).toEqual([
      ['wage', 100],
      ['meal', 50],
    ]);
    expect(r).toMatchObject({ totalShortfall: 150, covered: false, violated: true, clauses: ['wage.no-deduction', 'wage.benefits-no-deduction'] });
  });

  it('wage.back-pay-covers: back pay reduces the shortfall; covered only when every component is covered', () => {
    const input = { period: leave, baseline, payroll: [march(5580, 0)] };
    const partly = computeWageShortfall({ ...input, backPay: [{ component: 'wage', amount: 100 }] });
    expect(partly).toMatchObject({ totalShortfall: 50, covered: false, violated: true });
    const full = computeWageShortfall({ ...input, backPay: [{ component: 'wage', amount: 100 }, { component: 'meal', amount: 20 }, { component: 'meal', amount: 30 }] });
    expect(full).toMatchObject({ totalShortfall: 0, covered: true, violated: true, clauses: ['wage.no-deduction', 'wage.benefits-no-deduction'] });
    expect(full.components[1]).toMatchObject({ backPaid: 50, shortfallBeforeBackPay: 50, shortfall: 0 });
  });

  it('compares every overlapping record pro rata by day of its own period, in fen, rounded to 2 decimals', () => {
    // [25 Mar, 5 Apr): 7 March days, 4 April days; April (30 days) paid 6000 against 6200:
    // expected 6200·4/30 = 826.67, paid 6000·4/30 = 800.00 → 26.67
    const r = computeWageShortfall({
      period: { start: '2025-03-25', end: '2025-04-05' },
      baseline: { monthlyWage: 6200, benefits: {} },
      payroll: [march(6200), april(6000), { periodStart: '2025-05-01', periodEnd: '2025-06-01', wage: 0, benefits: {} }],
      backPay: [],
    });
    expect(r.components[0]).toMatchObject({ expected: 1400 + 826.67, paid: 1400 + 800, shortfall: 26.67 });
    expect(r.totalShortfall).toBe(26.67);
    expect(r.daysWithoutPayroll).toBe(0);
  });

  it('an overpayment in one record does not offset a deduction in another', () => {
    const r = computeWageShortfall({
      period: { start: '2025-03-25', end: '2025-04-05' },
      baseline: { monthlyWage: 6200, benefits: {} },
      payroll: [march(9000), april(6000)],
      backPay: [],
    });
    expect(r.totalShortfall).toBe(26.67);
  });

  it('reports protected days no payroll record covers yet', () => {
    const r = computeWageShortfall({ period: { start: '2025-03-25', end: '2025-04-05' }, baseline, payroll: [march(6200)], backPay: [] });
    expect(r.daysWithoutPayroll).toBe(4);
    expect(r.covered).toBe(true);
  });

  it('refuses negative amounts and inverted periods', () => {
    expect(() => computeWageShortfall({ period: leave, baseline, payroll: [march(-1)], backPay: [] })).toThrow(/non-negative/);
    expect(() => computeWageShortfall({ period: { start: '2025-03-15', end: '2025-03-10' }, baseline, payroll: [], backPay: [] })).toThrow(
      /after start/,
    );
  });
});

describe('protectedPeriod', () => {
  it('wage.protected-period: the approved leave extended to the evaluation days sat', () => {
    expect(protectedPeriod({ approvedLeave: leave, evaluationDays: ['2025-03-20'] })).toEqual({ start: '2025-03-10', end: '2025-03-21' });
    expect(protectedPeriod({ approvedLeave: leave, evaluationDays: ['2025-03-12'] })).toEqual(leave);
    expect(protectedPeriod({ approvedLeave: leave })).toEqual(leave);
  });
});
