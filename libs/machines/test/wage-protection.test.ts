import { describe, expect, it } from 'vitest';
import {
  stateName,
  step,
  wageProtectionExternalEvents,
  wageProtectionInternalEvents,
  wageProtectionMachine,
  wageProtectionNextEvents,
  wageProtectionProjection,
  wageProtectionStates,
  type WageProtectionEvent,
  type WageProtectionInput,
} from '../src';
import { EMPLOYER, INSPECTION, OTHER_EMPLOYER, SPECIALIST, SYSTEM } from './actors';
import { matrix, ofType, paramsOf, REFUSED, run } from './harness';

const period = { from: '2026-06-01', to: '2026-06-20', sittingDates: ['2026-11-24'] };
const baseline = { monthlyWageFen: 900_000, benefitsFen: { meal: 30_000 } };
const input: WageProtectionInput = {
  caseKey: 'wage-leave-1',
  employerId: 'EMP-1',
  baseline,
  period,
  journeyId: 'journey-1',
  leaveId: 'leave-1',
};

const record = { id: 'payroll-2026-06', month: '2026-06', wageFen: 600_000 };
const ev = {
  payroll: { type: 'recordPayroll', actor: EMPLOYER, record },
  backPay: { type: 'recordBackPay', actor: EMPLOYER, amount: 300_000, component: 'wage' },
  periodEnded: { type: 'periodEnded', actor: SYSTEM },
  ok: { type: 'payroll.ok', actor: SYSTEM, recordId: 'payroll-2026-06' },
  shortfall: {
    type: 'payroll.shortfall',
    actor: SYSTEM,
    recordId: 'payroll-2026-06',
    shortfall: { total: 300_000, byComponent: { wage: 300_000 } },
    clauses: ['§4'],
  },
  covered: { type: 'backpay.covered', actor: SYSTEM },
  insufficient: { type: 'backpay.insufficient', actor: SYSTEM, remaining: 100_000 },
  extended: {
    type: 'period.extended',
    actor: SYSTEM,
    period: { ...period, sittingDates: ['2026-11-24', '2026-11-25'] },
  },
} satisfies Record<string, WageProtectionEvent>;

describe('wageProtectionMachine: every state × every event (the table is the spec)', () => {
  const R = REFUSED;
  const row = (
    payroll: string | null,
    backPay: string | null,
    periodEnded: string | null,
    ok: string | null,
    shortfall: string | null,
    covered: string | null,
    insufficient: string | null,
    extended: string | null,
  ) => ({ payroll, backPay, periodEnded, ok, shortfall, covered, insufficient, extended });

  matrix({
    machine: wageProtectionMachine,
    input,
    states: wageProtectionStates,
    eventTypes: [...wageProtectionExternalEvents, ...wageProtectionInternalEvents],
    externalEventTypes: wageProtectionExternalEvents,
    paths: {
      monitoring: [],
      violation: [ev.payroll, ev.shortfall],
      closed: [ev.periodEnded],
    },
    samples: ev,
    table: {
      //              payroll        backPay      periodEnded   ok            shortfall     covered       insufficient  extended
      monitoring: row('monitoring', R, 'closed', 'monitoring', 'violation', R, R, 'monitoring'),
      violation: row('violation', 'violation', 'violation', 'violation', 'violation', 'monitoring', 'violation', 'violation'),
      closed: row(R, R, R, R, R, R, R, R),
    },
  });
});

describe('wageProtectionMachine: §4 shortfall → violation → back pay → closed', () => {
  it('a payroll record is checked by the rules: checkPayroll {record, baseline, period}', () => {
    const { snapshot, actions } = run(wageProtectionMachine, input, [ev.payroll]);
    expect(paramsOf(actions, 'checkPayroll')).toEqual({ caseKey: 'wage-leave-1', employerId: 'EMP-1', record, baseline, period });
    expect(snapshot.context.checkedRecords).toBe(0);
    const ok = run(wageProtectionMachine, input, [ev.payroll, ev.ok]).snapshot;
    expect(stateName(ok)).toBe('monitoring');
    expect(ok.context).toMatchObject({ checkedRecords: 1, violations: [] });
    expect(ok.context).not.toHaveProperty('pendingChecks'); // the runner serialises (issue 14)
  });

  it('§4 a shortfall opens a violation case and notifies labour inspection {kind: wage-shortfall}', () => {
    const { snapshot, actions } = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall]);
    expect(stateName(snapshot)).toBe('violation');
    expect(paramsOf(actions, 'openViolationCase')).toEqual({
      caseKey: 'wage-leave-1',
      violationId: 'wage-leave-1#v1',
      employerId: 'EMP-1',
      journeyId: 'journey-1',
      recordId: 'payroll-2026-06',
      shortfall: { total: 300_000, byComponent: { wage: 300_000 } },
      clauses: ['§4'],
      period,
    });
    expect(paramsOf(actions, 'notifyLabourInspection')).toEqual({
      kind: 'wage-shortfall',
      caseKey: 'wage-leave-1',
      violationId: 'wage-leave-1#v1',
      employerId: 'EMP-1',
      journeyId: 'journey-1',
      recordId: 'payroll-2026-06',
      shortfall: { total: 300_000, byComponent: { wage: 300_000 } },
      clauses: ['§4'],
    });
    expect(wageProtectionProjection(snapshot, ev.shortfall)).toMatchObject({ state: 'violation', openViolationId: 'wage-leave-1#v1', checkedRecords: 1 });
  });

  it('§4 the case closes only when back pay covers the shortfall', () => {
    const insufficient = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall, { ...ev.backPay, amount: 200_000 }]);
    expect(paramsOf(insufficient.actions, 'checkBackPay')).toEqual({
      caseKey: 'wage-leave-1',
      violationId: 'wage-leave-1#v1',
      employerId: 'EMP-1',
      amount: 200_000,
      component: 'wage',
      remaining: 300_000,
      shortfall: { total: 300_000, byComponent: { wage: 300_000 } },
    });
    const stillOpen = step(wageProtectionMachine, insufficient.snapshot, ev.insufficient);
    expect(stateName(stillOpen.snapshot)).toBe('violation');
    expect(stillOpen.snapshot.context.violations[0]).toMatchObject({ status: 'open', remaining: 100_000 });
    expect(stillOpen.actions).toEqual([]);

    const second = step(wageProtectionMachine, stillOpen.snapshot, { ...ev.backPay, amount: 100_000 });
    expect(paramsOf(second.actions, 'checkBackPay').remaining).toBe(100_000);
    const covered = step(wageProtectionMachine, second.snapshot, ev.covered);
    expect(stateName(covered.snapshot)).toBe('monitoring');
    expect(paramsOf(covered.actions, 'closeViolationCase')).toEqual({
      caseKey: 'wage-leave-1',
      violationId: 'wage-leave-1#v1',
      employerId: 'EMP-1',
      backPayTotal: 300_000,
    });
    expect(covered.snapshot.context.violations[0]).toMatchObject({ status: 'closed', remaining: 0 });
    // a new shortfall later opens a second case
    const again = run(wageProtectionMachine, input, [
      ev.payroll, ev.shortfall, ev.backPay, ev.covered, ev.payroll, ev.shortfall,
    ]);
    expect(paramsOf(again.actions, 'openViolationCase').violationId).toBe('wage-leave-1#v2');
  });

  it('back pay only while a violation is open', () => {
    expect(run(wageProtectionMachine, input, []).snapshot.can(ev.backPay)).toBe(false);
    expect(wageProtectionNextEvents(run(wageProtectionMachine, input, []).snapshot)).toEqual(['recordPayroll', 'periodEnded']);
  });

  it('a further shortfall while the case is open is added to it (and notified)', () => {
    const more = {
      ...ev.shortfall,
      recordId: 'payroll-2026-07',
      shortfall: { total: 50_000, byComponent: { meal: 50_000 } },
      clauses: ['§4-benefits'],
    };
    const { snapshot, actions } = run(wageProtectionMachine, input, [
      ev.payroll, ev.shortfall, { ...ev.payroll, record: { id: 'payroll-2026-07' } }, more,
    ]);
    expect(stateName(snapshot)).toBe('violation');
    expect(snapshot.context.violations).toHaveLength(1);
    expect(snapshot.context.violations[0]).toMatchObject({
      recordIds: ['payroll-2026-06', 'payroll-2026-07'],
      shortfall: { total: 350_000, byComponent: { wage: 300_000, meal: 50_000 } },
      clauses: ['§4', '§4-benefits'],
      remaining: 350_000,
    });
    expect(paramsOf(actions, 'addToViolationCase').violationId).toBe('wage-leave-1#v1');
    expect(paramsOf(actions, 'notifyLabourInspection').kind).toBe('wage-shortfall');
    expect(ofType(actions, 'openViolationCase')).toEqual([]);
  });
});

describe('wageProtectionMachine: end of the period', () => {
  it('with no open violation, periodEnded closes', () => {
    const { snapshot } = run(wageProtectionMachine, input, [ev.payroll, ev.ok, ev.periodEnded]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({ caseKey: 'wage-leave-1', violations: 0, checkedRecords: 1 });
  });

  it('§4 an open violation keeps the case alive after the period; back pay covering it closes', () => {
    const waiting = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall, ev.periodEnded]);
    expect(stateName(waiting.snapshot)).toBe('violation');
    expect(waiting.snapshot.context.periodEnded).toBe(true);
    expect(waiting.snapshot.can(ev.periodEnded)).toBe(false); // once
    const closed = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall, ev.periodEnded, ev.backPay, ev.covered]);
    expect(stateName(closed.snapshot)).toBe('closed');
    expect(ofType(closed.actions, 'closeViolationCase')).toHaveLength(1);
  });

  // An outstanding payroll check needs no count: the runner applies its answer before periodEnded
  // (workflows/machine-runner.ts serialises every event with the activity results it produces).
  it('a violation whose back pay comes after the period closes the case and the period together', () => {
    const { snapshot } = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall, ev.periodEnded, ev.backPay, ev.insufficient, ev.backPay]);
    expect(stateName(snapshot)).toBe('violation');
    const closed = step(wageProtectionMachine, snapshot, ev.covered);
    expect(stateName(closed.snapshot)).toBe('closed');
    expect(closed.snapshot.output).toEqual({ caseKey: 'wage-leave-1', violations: 1, checkedRecords: 1 });
  });

  it('period.extended updates the period that later checks use', () => {
    const { snapshot, actions } = run(wageProtectionMachine, input, [ev.extended, ev.payroll]);
    expect(snapshot.context.period.sittingDates).toEqual(['2026-11-24', '2026-11-25']);
    expect(paramsOf(actions, 'checkPayroll').period).toEqual(ev.extended.period);
  });
});

describe('wageProtectionMachine: who may send what', () => {
  it('payroll and back pay are recorded by the employer of the period only, well-formed', () => {
    const s = run(wageProtectionMachine, input, []).snapshot;
    for (const actor of [OTHER_EMPLOYER, SPECIALIST, INSPECTION, SYSTEM]) {
      expect(s.can({ ...ev.payroll, actor }), actor.role).toBe(false);
    }
    expect(s.can({ ...ev.payroll, record: { month: '2026-06' } } as never)).toBe(false);
    const v = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall]).snapshot;
    expect(v.can({ ...ev.backPay, actor: OTHER_EMPLOYER })).toBe(false);
    expect(v.can({ ...ev.backPay, amount: 0 })).toBe(false);
    expect(v.can({ ...ev.backPay, amount: -5 })).toBe(false);
    expect(v.can({ ...ev.backPay, component: '' })).toBe(false);
  });

  it('check results and period events come from the system only (an employer cannot forge "covered")', () => {
    const v = run(wageProtectionMachine, input, [ev.payroll, ev.shortfall]).snapshot;
    expect(v.can({ ...ev.covered, actor: EMPLOYER })).toBe(false);
    expect(v.can({ ...ev.insufficient, actor: EMPLOYER })).toBe(false);
    expect(v.can({ ...ev.periodEnded, actor: EMPLOYER })).toBe(false);
    const m = run(wageProtectionMachine, input, [ev.payroll]).snapshot;
    expect(m.can({ ...ev.ok, actor: EMPLOYER })).toBe(false);
    expect(m.can({ ...ev.shortfall, actor: EMPLOYER })).toBe(false);
    expect(m.can({ ...ev.shortfall, shortfall: { total: 0, byComponent: {} } })).toBe(false);
    expect(m.can({ ...ev.extended, period: { from: '2026-06-01' } } as never)).toBe(false);
  });
});
