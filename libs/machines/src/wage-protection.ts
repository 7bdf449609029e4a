import { assign, setup, type SnapshotFrom } from 'xstate';
import { actorRecord, hasRole, isOrganisation, type Actor } from './actor';
import { field, isNonEmptyString, isNonNegativeNumber, isPositiveNumber, type Json } from './common';
import { nextEvents } from './step';
import type { ProtectedPeriod } from './study-leave';

/**
 * Wage protection over one protected period (RULES.md §4): every payroll record is checked by the
 * rules against the baseline; a shortfall opens a violation case and notifies labour inspection;
 * the case closes only when recorded back pay covers it. The period closes when it has ended and
 * no violation is open (a check's answer is applied before any other event: see `countChecked`).
 */

/** Wage and benefits on record when the leave was approved; amounts in fen. Opaque to the machine. */
export type WageBaseline = { [key: string]: Json };

/** A payroll record as the employer sent it; `id` identifies it (idempotency of the check). */
export type PayrollRecord = { id: string; [key: string]: Json };

/** What the rules found missing, in fen: the total and per component (wage, each benefit). */
export interface Shortfall {
  total: number;
  byComponent: { [component: string]: number };
}

export interface WageProtectionInput {
  caseKey: string;
  employerId: string;
  baseline: WageBaseline;
  period: ProtectedPeriod;
  journeyId?: string | null;
  leaveId?: string | null;
}

export interface ViolationRecord {
  violationId: string;
  /** Payroll records whose check found a shortfall, in order. */
  recordIds: string[];
  shortfall: Shortfall;
  /** Clause / rule ids the rules named (e.g. `§4`). */
  clauses: string[];
  /** Still to be paid back, in fen (as the back-pay check last answered). */
  remaining: number;
  backPay: Array<{ amount: number; component: string; by: Actor | null }>;
  status: 'open' | 'closed';
}

export interface WageProtectionContext {
  caseKey: string;
  employerId: string;
  journeyId: string | null;
  leaveId: string | null;
  baseline: WageBaseline;
  period: ProtectedPeriod;
  checkedRecords: number;
  periodEnded: boolean;
  violations: ViolationRecord[];
}

export type WageProtectionExternalEvent =
  | { type: 'recordPayroll'; actor: Actor; record: PayrollRecord }
  | { type: 'recordBackPay'; actor: Actor; amount: number; component: string }
  /** Sent by the workflow (system actor) when the period is over and its last payroll is due. */
  | { type: 'periodEnded'; actor: Actor };

export type WageProtectionInternalEvent =
  | { type: 'payroll.ok'; actor: Actor; recordId?: string }
  | { type: 'payroll.shortfall'; actor: Actor; recordId?: string; shortfall: Shortfall; clauses: string[] }
  | { type: 'backpay.covered'; actor: Actor }
  | { type: 'backpay.insufficient'; actor: Actor; remaining: number }
  | { type: 'period.extended'; actor: Actor; period: ProtectedPeriod };

export type WageProtectionEvent = WageProtectionExternalEvent | WageProtectionInternalEvent;

export const wageProtectionExternalEvents = [
  'recordPayroll',
  'recordBackPay',
  'periodEnded',
] as const satisfies ReadonlyArray<WageProtectionExternalEvent['type']>;

export const wageProtectionInternalEvents = [
  'payroll.ok',
  'payroll.shortfall',
  'backpay.covered',
  'backpay.insufficient',
  'period.extended',
] as const satisfies ReadonlyArray<WageProtectionInternalEvent['type']>;

export const wageProtectionStates = ['monitoring', 'violation', 'closed'] as const;
export type WageProtectionState = (typeof wageProtectionStates)[number];

// ---- action params ------------------------------------------------------------------------------

export interface WageProjectParams {
  caseKey: string;
  state: WageProtectionState;
  employerId: string;
  journeyId: string | null;
  leaveId: string | null;
  openViolationId: string | null;
  violations: number;
  checkedRecords: number;
  cause: string;
  actor: Actor | null;
}

export interface CheckPayrollParams {
  caseKey: string;
  employerId: string;
  record: PayrollRecord;
  baseline: WageBaseline;
  period: ProtectedPeriod;
}

export interface ViolationCaseParams {
  caseKey: string;
  violationId: string;
  employerId: string;
  journeyId: string | null;
  recordId: string | null;
  shortfall: Shortfall;
  clauses: string[];
  period: ProtectedPeriod;
}

export interface WageShortfallNotice {
  kind: 'wage-shortfall';
  caseKey: string;
  violationId: string;
  employerId: string;
  journeyId: string | null;
  recordId: string | null;
  shortfall: Shortfall;
  clauses: string[];
}

export interface CheckBackPayParams {
  caseKey: string;
  violationId: string;
  employerId: string;
  amount: number;
  component: string;
  /** What was still owed before this payment (fen). */
  remaining: number;
  shortfall: Shortfall;
}

export interface CloseViolationCaseParams {
  caseKey: string;
  violationId: string;
  employerId: string;
  backPayTotal: number;
}

// ---- helpers ------------------------------------------------------------------------------------

type Ctx = WageProtectionContext;
type Ev = WageProtectionEvent;

const isSystem = (event: unknown) => hasRole(event, 'system');

function openViolation(context: Ctx): ViolationRecord | null {
  const last = context.violations[context.violations.length - 1];
  return last && last.status === 'open' ? last : null;
}

function isShortfall(value: unknown): value is Shortfall {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as { total?: unknown; byComponent?: unknown };
  return (
    isPositiveNumber(s.total) &&
    typeof s.byComponent === 'object' &&
    s.byComponent !== null &&
    Object.values(s.byComponent as Record<string, unknown>).every(isNonNegativeNumber)
  );
}

function isPeriod(value: unknown): value is ProtectedPeriod {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<ProtectedPeriod>;
  return typeof p.from === 'string' && typeof p.to === 'string' && Array.isArray(p.sittingDates);
}

function recordIdOf(event: unknown): string | null {
  const id = field(event, 'recordId');
  return typeof id === 'string' ? id : null;
}

function shortfallFrom(event: unknown): { shortfall: Shortfall; clauses: string[] } {
  const s = field(event, 'shortfall') as Shortfall;
  const clauses = field(event, 'clauses');
  return {
    shortfall: { total: s.total, byComponent: { ...s.byComponent } },
    clauses: Array.isArray(clauses) ? clauses.map(String) : [],
  };
}

function addShortfalls(a: Shortfall, b: Shortfall): Shortfall {
  const byComponent = { ...a.byComponent };
  for (const [k, v] of Object.entries(b.byComponent)) byComponent[k] = (byComponent[k] ?? 0) + v;
  return { total: a.total + b.total, byComponent };
}

/**
 * The wage protection's read model after a transition: the runner writes it once per transition, with the
 * event that caused it (issue 14; the machine declares no projection).
 */
export function wageProtectionProjection(snapshot: { value: unknown; context: Ctx }, event: { type: string }): WageProjectParams {
  const { context } = snapshot;
  return {
    caseKey: context.caseKey,
    state: snapshot.value as WageProtectionState,
    employerId: context.employerId,
    journeyId: context.journeyId,
    leaveId: context.leaveId,
    openViolationId: openViolation(context)?.violationId ?? null,
    violations: context.violations.length,
    checkedRecords: context.checkedRecords,
    cause: event.type,
    actor: actorRecord(event),
  };
}

function caseParams(context: Ctx, event: unknown): ViolationCaseParams {
  const v = openViolation(context) as ViolationRecord;
  const { shortfall, clauses } = shortfallFrom(event);
  return {
    caseKey: context.caseKey,
    violationId: v.violationId,
    employerId: context.employerId,
    journeyId: context.journeyId,
    recordId: recordIdOf(event),
    shortfall,
    clauses,
    period: context.period,
  };
}

function noticeParams(context: Ctx, event: unknown): WageShortfallNotice {
  const c = caseParams(context, event);
  return {
    kind: 'wage-shortfall',
    caseKey: c.caseKey,
    violationId: c.violationId,
    employerId: c.employerId,
    journeyId: c.journeyId,
    recordId: c.recordId,
    shortfall: c.shortfall,
    clauses: c.clauses,
  };
}

/**
 * A payroll check answered. No count of checks outstanding is needed: the runner applies a check's
 * answer (`payroll.ok` / `payroll.shortfall`) before any other event, so no check is ever out when
 * `periodEnded` or back pay arrives (issue 14; a `pendingChecks` count was always 0 there).
 */
const countChecked = assign<Ctx, Ev, undefined, Ev, never>(({ context }) => ({ checkedRecords: context.checkedRecords + 1 }));

export const wageProtectionMachine = setup({
  types: {} as {
    context: WageProtectionContext;
    input: WageProtectionInput;
    events: WageProtectionEvent;
  },
  actions: {
    /** Compare the record with the baseline (rules, RULES.md §4); answers `payroll.ok` / `payroll.shortfall`. */
    checkPayroll: (_: unknown, _params: CheckPayrollParams) => {},
    /** Open the remediation case (violation_cases row). */
    openViolationCase: (_: unknown, _params: ViolationCaseParams) => {},
    /** Another shortfall while a case is open: added to the same case. */
    addToViolationCase: (_: unknown, _params: ViolationCaseParams) => {},
    /** Outbox notice to labour inspection. */
    notifyLabourInspection: (_: unknown, _params: WageShortfallNotice) => {},
    /** Does the back pay cover what is owed? Answers `backpay.covered` / `backpay.insufficient`. */
    checkBackPay: (_: unknown, _params: CheckBackPayParams) => {},
    /** Close the remediation case. */
    closeViolationCase: (_: unknown, _params: CloseViolationCaseParams) => {},
  },
  guards: {
    employerRecordsPayroll: ({ context, event }) => {
      const record = field(event, 'record');
      return (
        isOrganisation(event, 'employer', context.employerId) &&
        typeof record === 'object' &&
        record !== null &&
        isNonEmptyString((record as { id?: unknown }).id)
      );
    },
    employerRecordsBackPay: ({ context, event }) =>
      isOrganisation(event, 'employer', context.employerId) &&
      isPositiveNumber(field(event, 'amount')) &&
      isNonEmptyString(field(event, 'component')),
    isSystem: ({ event }) => isSystem(event),
    shortfallFound: ({ event }) => isSystem(event) && isShortfall(field(event, 'shortfall')),
    backPayInsufficient: ({ event }) => isSystem(event) && isNonNegativeNumber(field(event, 'remaining')),
    coveredClosesPeriod: ({ context, event }) => isSystem(event) && context.periodEnded,
    periodEndsLater: ({ context, event }) => isSystem(event) && !context.periodEnded,
    periodExtension: ({ event }) => isSystem(event) && isPeriod(field(event, 'period')),
  },
}).createMachine({
  id: 'wageProtection',
  context: ({ input }) => ({
    caseKey: input.caseKey,
    employerId: input.employerId,
    journeyId: input.journeyId ?? null,
    leaveId: input.leaveId ?? null,
    baseline: input.baseline,
    period: input.period,
    checkedRecords: 0,
    periodEnded: false,
    violations: [],
  }),
  initial: 'monitoring',
  states: {
    monitoring: {
      on: {
        recordPayroll: recordPayrollTransition(),
        'payroll.ok': { guard: 'isSystem', actions: countChecked },
        'payroll.shortfall': {
          guard: 'shortfallFound',
          target: 'violation',
          actions: [
            countChecked,
            assign(({ context, event }) => {
              const { shortfall, clauses } = shortfallFrom(event);
              const recordId = recordIdOf(event);
              return {
                violations: [
                  ...context.violations,
                  {
                    violationId: `${context.caseKey}#v${context.violations.length + 1}`,
                    recordIds: recordId ? [recordId] : [],
                    shortfall,
                    clauses,
                    remaining: shortfall.total,
                    backPay: [],
                    status: 'open' as const,
                  },
                ],
              };
            }),
            { type: 'openViolationCase', params: ({ context, event }) => caseParams(context, event) },
            { type: 'notifyLabourInspection', params: ({ context, event }) => noticeParams(context, event) },
          ],
        },
        periodEnded: { guard: 'isSystem', target: 'closed', actions: assign({ periodEnded: true }) },
        'period.extended': periodExtendedTransition(),
      },
    },
    violation: {
      on: {
        recordPayroll: recordPayrollTransition(),
        'payroll.ok': { guard: 'isSystem', actions: countChecked },
        'payroll.shortfall': {
          guard: 'shortfallFound',
          actions: [
            countChecked,
            assign(({ context, event }) => {
              const open = openViolation(context) as ViolationRecord;
              const { shortfall, clauses } = shortfallFrom(event);
              const recordId = recordIdOf(event);
              const updated: ViolationRecord = {
                ...open,
                recordIds: recordId ? [...open.recordIds, recordId] : open.recordIds,
                shortfall: addShortfalls(open.shortfall, shortfall),
                clauses: [...new Set([...open.clauses, ...clauses])],
                remaining: open.remaining + shortfall.total,
              };
              return { violations: [...context.violations.slice(0, -1), updated] };
            }),
            { type: 'addToViolationCase', params: ({ context, event }) => caseParams(context, event) },
            { type: 'notifyLabourInspection', params: ({ context, event }) => noticeParams(context, event) },
          ],
        },
        recordBackPay: {
          guard: 'employerRecordsBackPay',
          actions: [
            {
              type: 'checkBackPay',
              params: ({ context, event }) => {
                const open = openViolation(context) as ViolationRecord;
                return {
                  caseKey: context.caseKey,
                  violationId: open.violationId,
                  employerId: context.employerId,
                  amount: event.amount,
                  component: event.component,
                  remaining: open.remaining,
                  shortfall: open.shortfall,
                };
              },
            },
            assign(({ context, event }) => {
              const open = openViolation(context) as ViolationRecord;
              const updated: ViolationRecord = {
                ...open,
                backPay: [...open.backPay, { amount: event.amount, component: event.component, by: actorRecord(event) }],
              };
              return { violations: [...context.violations.slice(0, -1), updated] };
            }),
          ],
        },
        'backpay.insufficient': {
          guard: 'backPayInsufficient',
          actions: assign(({ context, event }) => {
            const open = openViolation(context) as ViolationRecord;
            return { violations: [...context.violations.slice(0, -1), { ...open, remaining: event.remaining }] };
          }),
        },
        'backpay.covered': [
          { guard: 'coveredClosesPeriod', target: 'closed', actions: closeViolation() },
          { guard: 'isSystem', target: 'monitoring', actions: closeViolation() },
        ],
        // The period is over but the violation stays open until back pay covers it.
        periodEnded: { guard: 'periodEndsLater', actions: assign({ periodEnded: true }) },
        'period.extended': periodExtendedTransition(),
      },
    },
    closed: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    caseKey: context.caseKey,
    violations: context.violations.length,
    checkedRecords: context.checkedRecords,
  }),
});

function recordPayrollTransition() {
  return {
    guard: 'employerRecordsPayroll' as const,
    actions: [
      {
        type: 'checkPayroll' as const,
        params: ({ context, event }: { context: Ctx; event: Ev }) => ({
          caseKey: context.caseKey,
          employerId: context.employerId,
          record: field(event, 'record') as PayrollRecord,
          baseline: context.baseline,
          period: context.period,
        }),
      },
    ],
  };
}

function periodExtendedTransition() {
  return {
    guard: 'periodExtension' as const,
    actions: assign<Ctx, Ev, undefined, Ev, never>({
      period: ({ event }) => {
        const p = field(event, 'period') as ProtectedPeriod;
        return { from: p.from, to: p.to, sittingDates: [...p.sittingDates] };
      },
    }),
  };
}

function closeViolation() {
  return [
    {
      type: 'closeViolationCase' as const,
      params: ({ context }: { context: Ctx }) => {
        const open = openViolation(context) as ViolationRecord;
        return {
          caseKey: context.caseKey,
          violationId: open.violationId,
          employerId: context.employerId,
          backPayTotal: open.backPay.reduce((sum, p) => sum + p.amount, 0),
        };
      },
    },
    assign<Ctx, Ev, undefined, Ev, never>(({ context }) => {
      const open = openViolation(context) as ViolationRecord;
      return { violations: [...context.violations.slice(0, -1), { ...open, status: 'closed' as const, remaining: 0 }] };
    }),
  ];
}

export type WageProtectionMachine = typeof wageProtectionMachine;
export type WageProtectionSnapshot = SnapshotFrom<WageProtectionMachine>;

export function wageProtectionNextEvents(snapshot: WageProtectionSnapshot): WageProtectionExternalEvent['type'][] {
  return nextEvents(snapshot, wageProtectionExternalEvents) as WageProtectionExternalEvent['type'][];
}
