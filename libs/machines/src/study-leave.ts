import { assign, setup, type SnapshotFrom } from 'xstate';
import { actorRecord, hasRole, isOrganisation, type Actor } from './actor';
import { DAY_MS, field, isIsoDateList, mergeDates } from './common';
import { nextEvents } from './step';

/**
 * Full-time study leave (脱产) for the training and/or the evaluation (RULES.md §4):
 * requested → approved | refused by the employer; unanswered → escalated (labour inspection
 * notified), still decidable; approved → active → ended → closed once the payroll grace period has
 * passed (wage protection is told then); cancelled by the specialist before a decision. The
 * protected period is the approved dates extended to the evaluation days sat.
 */

export type LeavePurpose = 'training' | 'evaluation' | 'both';

export interface StudyLeaveConfig {
  /**
   * Time the employer has to answer before the request escalates. RULES.md §4: 5 working days
   * [decision], configurable; the workflow converts working days to a duration. Default 7
   * calendar days (5 working days without public holidays).
   */
  escalationMs: number;
  /**
   * After the leave ends, how long its payroll may still be recorded before wage protection is told
   * the period is over (PAYROLL_GRACE_DAYS, default 45 days). Infinity: the machine waits in `ended`
   * for good (leaves started before issue 14, whose workflow waits out the grace period itself).
   */
  payrollGraceMs: number;
}

export const DEFAULT_STUDY_LEAVE_CONFIG: StudyLeaveConfig = { escalationMs: 7 * DAY_MS, payrollGraceMs: 45 * DAY_MS };

export interface StudyLeaveInput {
  leaveId: string;
  employerId: string;
  /** First and last day of leave asked for, inclusive, `YYYY-MM-DD`. */
  from: string;
  to: string;
  purpose: LeavePurpose;
  journeyId?: string | null;
  personKey?: string | null;
  config?: Partial<StudyLeaveConfig>;
}

/**
 * The protected period (RULES.md §4 [decision]): every day from `from` to `to` inclusive (the
 * approved leave), plus each day in `sittingDates` (evaluation days actually sat, which may lie
 * outside the approved dates). The days between `to` and a later sitting are NOT protected.
 */
export interface ProtectedPeriod {
  from: string;
  to: string;
  sittingDates: string[];
}

export interface LeaveDecision {
  approved: boolean;
  reason: string | null;
  by: Actor;
  escalatedBefore: boolean;
}

export interface StudyLeaveContext {
  leaveId: string;
  employerId: string;
  from: string;
  to: string;
  purpose: LeavePurpose;
  journeyId: string | null;
  personKey: string | null;
  config: StudyLeaveConfig;
  escalated: boolean;
  decision: LeaveDecision | null;
  /** Set on approval; extended by `extendToSittings`. */
  protectedPeriod: ProtectedPeriod | null;
  cancelledBy: Actor | null;
}

export type StudyLeaveEvent =
  | { type: 'decide'; actor: Actor; approved: boolean; reason?: string }
  | { type: 'start'; actor: Actor }
  | { type: 'end'; actor: Actor }
  | { type: 'extendToSittings'; actor: Actor; dates: string[] }
  | { type: 'cancel'; actor: Actor; reason?: string };

export type StudyLeaveExternalEvent = StudyLeaveEvent;

export const studyLeaveExternalEvents = [
  'decide',
  'start',
  'end',
  'extendToSittings',
  'cancel',
] as const satisfies ReadonlyArray<StudyLeaveEvent['type']>;

/** No internal (dotted) events: the only system-made event is the escalation delay. */
export const studyLeaveInternalEvents = [] as const;

export const studyLeaveStates = [
  'requested',
  'escalated',
  'approved',
  'refused',
  'active',
  'ended',
  'closed',
  'cancelled',
] as const;
export type StudyLeaveState = (typeof studyLeaveStates)[number];

/** The event xstate raises (after `config.escalationMs`) while a request is unanswered. */
export const STUDY_LEAVE_ESCALATION_EVENT = 'xstate.after.leaveEscalation.studyLeave.requested';
/** The event xstate raises (after `config.payrollGraceMs`) once the leave has ended. */
export const STUDY_LEAVE_PAYROLL_GRACE_EVENT = 'xstate.after.payrollGrace.studyLeave.ended';

export interface StudyLeaveProjectParams {
  leaveId: string;
  state: StudyLeaveState;
  employerId: string;
  journeyId: string | null;
  personKey: string | null;
  from: string;
  to: string;
  purpose: LeavePurpose;
  escalated: boolean;
  protectedPeriod: ProtectedPeriod | null;
  cause: string;
  actor: Actor | null;
}

export interface LeaveUnansweredNotice {
  kind: 'leave-unanswered';
  leaveId: string;
  employerId: string;
  journeyId: string | null;
  from: string;
  to: string;
  purpose: LeavePurpose;
  unansweredForMs: number;
}

export interface ProtectedPeriodParams {
  leaveId: string;
  employerId: string;
  journeyId: string | null;
  personKey: string | null;
  protectedPeriod: ProtectedPeriod;
}

export interface ExtendProtectedPeriodParams extends ProtectedPeriodParams {
  addedDates: string[];
}

/**
 * The leave's read model after a transition: the runner writes it once per transition, with the
 * event that caused it (issue 14; the machine declares no projection).
 */
export function studyLeaveProjection(snapshot: { value: unknown; context: StudyLeaveContext }, event: { type: string }): StudyLeaveProjectParams {
  const { context } = snapshot;
  return {
    leaveId: context.leaveId,
    state: snapshot.value as StudyLeaveState,
    employerId: context.employerId,
    journeyId: context.journeyId,
    personKey: context.personKey,
    from: context.from,
    to: context.to,
    purpose: context.purpose,
    escalated: context.escalated,
    protectedPeriod: context.protectedPeriod,
    cause: event.type,
    actor: actorRecord(event),
  };
}

function periodParams(context: StudyLeaveContext): ProtectedPeriodParams {
  return {
    leaveId: context.leaveId,
    employerId: context.employerId,
    journeyId: context.journeyId,
    personKey: context.personKey,
    protectedPeriod: context.protectedPeriod ?? { from: context.from, to: context.to, sittingDates: [] },
  };
}

/** `start` / `end`: the workflow on the date (system), the employer, or the specialist. */
function mayStartOrEnd(event: unknown, employerId: string): boolean {
  return hasRole(event, 'system', 'specialist') || isOrganisation(event, 'employer', employerId);
}

function decisionReason(event: unknown): boolean {
  const reason = field(event, 'reason');
  return reason === undefined || typeof reason === 'string';
}

function decide(approved: boolean) {
  return assign<StudyLeaveContext, StudyLeaveEvent, undefined, StudyLeaveEvent, never>(({ context, event }) => {
    const reason = field(event, 'reason');
    return {
      decision: {
        approved,
        reason: typeof reason === 'string' ? reason : null,
        by: actorRecord(event) as Actor,
        escalatedBefore: context.escalated,
      },
      protectedPeriod: approved ? { from: context.from, to: context.to, sittingDates: [] } : null,
    };
  });
}

export const studyLeaveMachine = setup({
  types: {} as {
    context: StudyLeaveContext;
    input: StudyLeaveInput;
    events: StudyLeaveEvent;
  },
  actions: {
    /** Outbox notice to labour inspection (RULES.md §4: unanswered request escalates). */
    notifyLabourInspection: (_: unknown, _params: LeaveUnansweredNotice) => {},
    /** The leave is approved: the workflow starts wage protection for the period (baseline read then). */
    openProtectedPeriod: (_: unknown, _params: ProtectedPeriodParams) => {},
    /** Sitting days were added: the workflow sends `period.extended` to wage protection. */
    extendProtectedPeriod: (_: unknown, _params: ExtendProtectedPeriodParams) => {},
    /** The payroll grace period after the leave has passed: the workflow sends `periodEnded` to wage protection. */
    closeProtectedPeriod: (_: unknown, _params: ProtectedPeriodParams) => {},
  },
  guards: {
    employerApproves: ({ context, event }) =>
      isOrganisation(event, 'employer', context.employerId) &&
      field(event, 'approved') === true &&
      decisionReason(event),
    employerRefuses: ({ context, event }) =>
      isOrganisation(event, 'employer', context.employerId) &&
      field(event, 'approved') === false &&
      decisionReason(event),
    mayStartOrEnd: ({ context, event }) => mayStartOrEnd(event, context.employerId),
    sittingsAttested: ({ event }) =>
      hasRole(event, 'system', 'evaluation-organisation') && isIsoDateList(field(event, 'dates')),
    specialistCancels: ({ event }) => hasRole(event, 'specialist'),
  },
  delays: {
    leaveEscalation: ({ context }) => context.config.escalationMs,
    payrollGrace: ({ context }) => context.config.payrollGraceMs,
  },
}).createMachine({
  id: 'studyLeave',
  context: ({ input }) => ({
    leaveId: input.leaveId,
    employerId: input.employerId,
    from: input.from,
    to: input.to,
    purpose: input.purpose,
    journeyId: input.journeyId ?? null,
    personKey: input.personKey ?? null,
    config: { ...DEFAULT_STUDY_LEAVE_CONFIG, ...(input.config ?? {}) },
    escalated: false,
    decision: null,
    protectedPeriod: null,
    cancelledBy: null,
  }),
  initial: 'requested',
  states: {
    requested: {
      after: {
        leaveEscalation: {
          target: 'escalated',
          actions: [
            assign({ escalated: true }),
            {
              type: 'notifyLabourInspection',
              params: ({ context }) => ({
                kind: 'leave-unanswered' as const,
                leaveId: context.leaveId,
                employerId: context.employerId,
                journeyId: context.journeyId,
                from: context.from,
                to: context.to,
                purpose: context.purpose,
                unansweredForMs: context.config.escalationMs,
              }),
            },
          ],
        },
      },
      on: {
        decide: [
          { guard: 'employerApproves', target: 'approved', actions: decide(true) },
          { guard: 'employerRefuses', target: 'refused', actions: decide(false) },
        ],
        cancel: cancelTransition(),
      },
    },
    escalated: {
      on: {
        decide: [
          { guard: 'employerApproves', target: 'approved', actions: decide(true) },
          { guard: 'employerRefuses', target: 'refused', actions: decide(false) },
        ],
        cancel: cancelTransition(),
      },
    },
    approved: {
      entry: [
        { type: 'openProtectedPeriod', params: ({ context }) => periodParams(context) },
      ],
      on: {
        start: { guard: 'mayStartOrEnd', target: 'active' },
        extendToSittings: extendTransition(),
      },
    },
    active: {
      on: {
        end: { guard: 'mayStartOrEnd', target: 'ended' },
        extendToSittings: extendTransition(),
      },
    },
    refused: {
      type: 'final',
    },
    // The leave is over; its payroll is still due (RULES.md §4): wage protection goes on meanwhile.
    ended: {
      after: {
        payrollGrace: {
          target: 'closed',
          actions: { type: 'closeProtectedPeriod', params: ({ context }) => periodParams(context) },
        },
      },
    },
    closed: {
      type: 'final',
    },
    cancelled: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    leaveId: context.leaveId,
    approved: context.decision?.approved ?? false,
    escalated: context.escalated,
    protectedPeriod: context.protectedPeriod,
  }),
});

function cancelTransition() {
  return {
    guard: 'specialistCancels' as const,
    target: '#studyLeave.cancelled',
    actions: assign<StudyLeaveContext, StudyLeaveEvent, undefined, StudyLeaveEvent, never>({
      cancelledBy: ({ event }) => actorRecord(event),
    }),
  };
}

/** Self-transition (no re-entry): adds the sat days to the protected period (RULES.md §4). */
function extendTransition() {
  return {
    guard: 'sittingsAttested' as const,
    actions: [
      assign<StudyLeaveContext, StudyLeaveEvent, undefined, StudyLeaveEvent, never>({
        protectedPeriod: ({ context, event }) => {
          const base = context.protectedPeriod ?? { from: context.from, to: context.to, sittingDates: [] };
          return { ...base, sittingDates: mergeDates(base.sittingDates, field(event, 'dates') as string[]) };
        },
      }),
      {
        type: 'extendProtectedPeriod' as const,
        params: ({ context, event }: { context: StudyLeaveContext; event: StudyLeaveEvent }) => ({
          ...periodParams(context),
          addedDates: mergeDates(field(event, 'dates') as string[]),
        }),
      },
    ],
  };
}

export type StudyLeaveMachine = typeof studyLeaveMachine;
export type StudyLeaveSnapshot = SnapshotFrom<StudyLeaveMachine>;

export function studyLeaveNextEvents(snapshot: StudyLeaveSnapshot): StudyLeaveEvent['type'][] {
  return nextEvents(snapshot, studyLeaveExternalEvents) as StudyLeaveEvent['type'][];
}
