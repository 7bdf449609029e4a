import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  STUDY_LEAVE_ESCALATION_EVENT,
  STUDY_LEAVE_PAYROLL_GRACE_EVENT,
  stateName,
  step,
  studyLeaveExternalEvents,
  studyLeaveMachine,
  studyLeaveNextEvents,
  studyLeaveProjection,
  studyLeaveStates,
  type StudyLeaveEvent,
  type StudyLeaveInput,
} from '../src';
import { AUDITOR, EMPLOYER, EO1, INSPECTION, OTHER_EMPLOYER, SPECIALIST, SYSTEM, TI1 } from './actors';
import { matrix, ofType, paramsOf, REFUSED, run } from './harness';

const ESCALATION_MS = 3_000;
const GRACE_MS = 5_000;
const input: StudyLeaveInput = {
  leaveId: 'leave-1',
  employerId: 'EMP-1',
  from: '2026-06-01',
  to: '2026-06-20',
  purpose: 'both',
  journeyId: 'journey-1',
  personKey: 'person-hash-1',
  config: { escalationMs: ESCALATION_MS, payrollGraceMs: GRACE_MS },
};

const ev = {
  approve: { type: 'decide', actor: EMPLOYER, approved: true },
  refuse: { type: 'decide', actor: EMPLOYER, approved: false, reason: 'site deadline' },
  start: { type: 'start', actor: SYSTEM },
  end: { type: 'end', actor: SYSTEM },
  extend: { type: 'extendToSittings', actor: SYSTEM, dates: ['2026-11-24', '2026-11-25'] },
  cancel: { type: 'cancel', actor: SPECIALIST },
} satisfies Record<string, StudyLeaveEvent>;
const escalationDue = { type: STUDY_LEAVE_ESCALATION_EVENT };
const graceOver = { type: STUDY_LEAVE_PAYROLL_GRACE_EVENT };

describe('studyLeaveMachine: every state × every event (the table is the spec)', () => {
  const R = REFUSED;
  const row = (
    approve: string | null,
    refuse: string | null,
    start: string | null,
    end: string | null,
    extend: string | null,
    cancel: string | null,
    escalation: string | null,
    grace: string | null,
  ) => ({ approve, refuse, start, end, extend, cancel, escalation, grace });

  matrix({
    machine: studyLeaveMachine,
    input,
    states: studyLeaveStates,
    eventTypes: [...studyLeaveExternalEvents, STUDY_LEAVE_ESCALATION_EVENT, STUDY_LEAVE_PAYROLL_GRACE_EVENT],
    externalEventTypes: studyLeaveExternalEvents,
    paths: {
      requested: [],
      escalated: [escalationDue],
      approved: [ev.approve],
      refused: [ev.refuse],
      active: [ev.approve, ev.start],
      ended: [ev.approve, ev.start, ev.end],
      closed: [ev.approve, ev.start, ev.end, graceOver],
      cancelled: [ev.cancel],
    },
    samples: {
      approve: ev.approve,
      refuse: ev.refuse,
      start: ev.start,
      end: ev.end,
      extend: ev.extend,
      cancel: ev.cancel,
      escalation: escalationDue,
      grace: graceOver,
    },
    table: {
      //              approve     refuse     start     end      extend      cancel       escalation   grace
      requested: row('approved', 'refused', R, R, R, 'cancelled', 'escalated', R),
      escalated: row('approved', 'refused', R, R, R, 'cancelled', R, R),
      approved: row(R, R, 'active', R, 'approved', R, R, R),
      active: row(R, R, R, 'ended', 'active', R, R, R),
      refused: row(R, R, R, R, R, R, R, R),
      ended: row(R, R, R, R, R, R, R, 'closed'),
      closed: row(R, R, R, R, R, R, R, R),
      cancelled: row(R, R, R, R, R, R, R, R),
    },
  });
});

describe('studyLeaveMachine: who decides', () => {
  const requested = () => run(studyLeaveMachine, input, []).snapshot;

  it('only the employer named on the request approves or refuses', () => {
    const s = requested();
    for (const actor of [OTHER_EMPLOYER, SPECIALIST, TI1, EO1, INSPECTION, AUDITOR, SYSTEM]) {
      expect(s.can({ ...ev.approve, actor }), `${actor.role} ${actor.organisationId}`).toBe(false);
      expect(s.can({ ...ev.refuse, actor }), `${actor.role} ${actor.organisationId}`).toBe(false);
    }
    expect(s.can({ type: 'decide', actor: EMPLOYER } as never)).toBe(false);
    expect(s.can({ type: 'decide', actor: EMPLOYER, approved: 'yes' } as never)).toBe(false);
    expect(s.can({ ...ev.refuse, reason: 42 } as never)).toBe(false);
  });

  it('the decision is recorded with who made it', () => {
    const { snapshot } = run(studyLeaveMachine, input, [ev.refuse]);
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.decision).toEqual({
      approved: false,
      reason: 'site deadline',
      by: EMPLOYER,
      escalatedBefore: false,
    });
    expect(snapshot.context.protectedPeriod).toBeNull();
  });

  it('only the specialist cancels, and only before a decision', () => {
    expect(requested().can({ ...ev.cancel, actor: EMPLOYER })).toBe(false);
    expect(requested().can({ ...ev.cancel, actor: SYSTEM })).toBe(false);
    expect(run(studyLeaveMachine, input, [escalationDue]).snapshot.can(ev.cancel)).toBe(true);
    expect(run(studyLeaveMachine, input, [ev.approve]).snapshot.can(ev.cancel)).toBe(false);
  });

  it('start and end: the workflow on the date, the employer or the specialist; not others', () => {
    const approved = run(studyLeaveMachine, input, [ev.approve]).snapshot;
    for (const actor of [SYSTEM, EMPLOYER, SPECIALIST]) expect(approved.can({ type: 'start', actor })).toBe(true);
    for (const actor of [OTHER_EMPLOYER, TI1, EO1, INSPECTION]) expect(approved.can({ type: 'start', actor })).toBe(false);
    const active = run(studyLeaveMachine, input, [ev.approve, ev.start]).snapshot;
    expect(active.can({ type: 'end', actor: OTHER_EMPLOYER })).toBe(false);
    expect(active.can({ type: 'end', actor: EMPLOYER })).toBe(true);
  });
});

describe('studyLeaveMachine: §4 unanswered request escalates (timer)', () => {
  it('the request surfaces an xstate.raise with the configured delay', () => {
    const { actions } = run(studyLeaveMachine, input, []);
    expect(paramsOf(actions, 'xstate.raise')).toEqual({
      event: { type: STUDY_LEAVE_ESCALATION_EVENT },
      id: STUDY_LEAVE_ESCALATION_EVENT,
      delay: ESCALATION_MS,
    });
  });

  it('feeding the timer event back escalates and notifies labour inspection {kind: leave-unanswered}', () => {
    const { snapshot: requested, actions } = run(studyLeaveMachine, input, []);
    const raised = paramsOf(actions, 'xstate.raise');
    const fired = step(studyLeaveMachine, requested, raised.event);
    expect(fired.accepted).toBe(true);
    expect(stateName(fired.snapshot)).toBe('escalated');
    expect(fired.snapshot.context.escalated).toBe(true);
    expect(paramsOf(fired.actions, 'notifyLabourInspection')).toEqual({
      kind: 'leave-unanswered',
      leaveId: 'leave-1',
      employerId: 'EMP-1',
      journeyId: 'journey-1',
      from: '2026-06-01',
      to: '2026-06-20',
      purpose: 'both',
      unansweredForMs: ESCALATION_MS,
    });
    expect(ofType(fired.actions, 'xstate.raise')).toEqual([]); // escalates once
  });

  it('after escalation the employer can still decide; the decision notes the escalation', () => {
    const { snapshot } = run(studyLeaveMachine, input, [escalationDue, ev.approve]);
    expect(stateName(snapshot)).toBe('approved');
    expect(snapshot.context.decision?.escalatedBefore).toBe(true);
  });

  it('a decision in time cancels the timer; the late timer event is refused', () => {
    const { snapshot, actions } = run(studyLeaveMachine, input, [ev.approve]);
    expect(paramsOf(actions, 'xstate.cancel')).toEqual({ sendId: STUDY_LEAVE_ESCALATION_EVENT });
    expect(step(studyLeaveMachine, snapshot, escalationDue).accepted).toBe(false);
  });

  it('default escalation: 7 calendar days (5 working days) when the configuration gives none', () => {
    const { actions } = run(studyLeaveMachine, { ...input, config: undefined }, []);
    expect(paramsOf(actions, 'xstate.raise').delay).toBe(7 * DAY_MS);
  });
});

describe('studyLeaveMachine: §4 protected period', () => {
  it('approval opens the protected period = the approved dates', () => {
    const { snapshot, actions } = run(studyLeaveMachine, input, [ev.approve]);
    const period = { from: '2026-06-01', to: '2026-06-20', sittingDates: [] };
    expect(snapshot.context.protectedPeriod).toEqual(period);
    expect(paramsOf(actions, 'openProtectedPeriod')).toEqual({
      leaveId: 'leave-1',
      employerId: 'EMP-1',
      journeyId: 'journey-1',
      personKey: 'person-hash-1',
      protectedPeriod: period,
    });
  });

  it('§4 protected period is extended to the evaluation days actually sat, while approved and active', () => {
    const approved = run(studyLeaveMachine, input, [ev.approve, { ...ev.extend, dates: ['2026-06-25'] }]);
    expect(stateName(approved.snapshot)).toBe('approved');
    expect(approved.snapshot.context.protectedPeriod?.sittingDates).toEqual(['2026-06-25']);
    expect(approved.actions.map((a) => a.type)).toEqual(['extendProtectedPeriod']); // a self-transition, no re-entry

    const active = run(studyLeaveMachine, input, [
      ev.approve,
      { ...ev.extend, dates: ['2026-06-25'] },
      ev.start,
      { ...ev.extend, dates: ['2026-11-25', '2026-06-25', '2026-11-24'] },
    ]);
    expect(active.snapshot.context.protectedPeriod).toEqual({
      from: '2026-06-01',
      to: '2026-06-20',
      sittingDates: ['2026-06-25', '2026-11-24', '2026-11-25'],
    });
    expect(paramsOf(active.actions, 'extendProtectedPeriod')).toEqual({
      leaveId: 'leave-1',
      employerId: 'EMP-1',
      journeyId: 'journey-1',
      personKey: 'person-hash-1',
      protectedPeriod: { from: '2026-06-01', to: '2026-06-20', sittingDates: ['2026-06-25', '2026-11-24', '2026-11-25'] },
      addedDates: ['2026-06-25', '2026-11-24', '2026-11-25'],
    });

    // The leave is over; wage protection is told once its payroll is due (the grace period, issue 14).
    const ended = run(studyLeaveMachine, input, [ev.approve, ev.start, ev.extend, ev.end]);
    expect(ended.snapshot.status).toBe('active');
    expect(paramsOf(ended.actions, 'xstate.raise')).toEqual({ event: graceOver, id: STUDY_LEAVE_PAYROLL_GRACE_EVENT, delay: GRACE_MS });
    const closed = step(studyLeaveMachine, ended.snapshot, graceOver);
    expect(paramsOf(closed.actions, 'closeProtectedPeriod').protectedPeriod.sittingDates).toEqual(['2026-11-24', '2026-11-25']);
    expect(closed.snapshot.status).toBe('done');
    expect(closed.snapshot.output).toMatchObject({ approved: true, escalated: false });
  });

  it('§4 protected period: sitting days come from the system (journey) or an evaluation organisation, as ISO dates', () => {
    const approved = run(studyLeaveMachine, input, [ev.approve]).snapshot;
    expect(approved.can({ ...ev.extend, actor: EO1 })).toBe(true);
    expect(approved.can({ ...ev.extend, actor: EMPLOYER })).toBe(false);
    expect(approved.can({ ...ev.extend, actor: SPECIALIST })).toBe(false);
    expect(approved.can({ ...ev.extend, dates: [] })).toBe(false);
    expect(approved.can({ ...ev.extend, dates: ['2026-02-30x'] })).toBe(false);
  });

  it('no protected period before approval or after a refusal (training outside approved leave creates none)', () => {
    expect(run(studyLeaveMachine, input, []).snapshot.can(ev.extend)).toBe(false);
    expect(run(studyLeaveMachine, input, [ev.refuse]).snapshot.can(ev.extend)).toBe(false);
  });
});

describe('studyLeaveMachine: projection and next events', () => {
  it('the projection (written by the runner at every transition, issue 14) names the state, the cause and the actor', () => {
    for (const [path, state] of [
      [[], 'requested'],
      [[escalationDue], 'escalated'],
      [[ev.approve], 'approved'],
      [[ev.approve, ev.start], 'active'],
      [[ev.approve, ev.start, ev.end], 'ended'],
      [[ev.approve, ev.start, ev.end, graceOver], 'closed'],
      [[ev.refuse], 'refused'],
      [[ev.cancel], 'cancelled'],
    ] as Array<[StudyLeaveEvent[], string]>) {
      const { snapshot } = run(studyLeaveMachine, input, path);
      const cause = path[path.length - 1] ?? { type: 'xstate.init' };
      expect(studyLeaveProjection(snapshot, cause)).toMatchObject({ state, leaveId: 'leave-1', cause: cause.type, actor: (cause as { actor?: unknown }).actor ?? null });
    }
  });

  it.each([
    ['requested', [], ['decide', 'cancel']],
    ['approved', [ev.approve], ['start', 'extendToSittings']],
    ['active', [ev.approve, ev.start], ['end', 'extendToSittings']],
    ['ended', [ev.approve, ev.start, ev.end], []],
  ] as Array<[string, StudyLeaveEvent[], string[]]>)('%s → %j', (_s, path, expected) => {
    expect(studyLeaveNextEvents(run(studyLeaveMachine, input, path).snapshot).sort()).toEqual(expected.sort());
  });
});
