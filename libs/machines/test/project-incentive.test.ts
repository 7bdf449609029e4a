import { describe, expect, it } from 'vitest';
import {
  INCENTIVE_POINTS,
  projectIncentiveExternalEvents,
  projectIncentiveMachine,
  projectIncentiveNextEvents,
  projectIncentiveProjection,
  projectIncentiveStates,
  stateName,
  step,
  type ProjectIncentiveEvent,
  type ProjectIncentiveInput,
} from '../src';
import { ADMIN, EMPLOYER, EO1, INSPECTION, SPECIALIST, SYSTEM } from './actors';
import { matrix, ofType, paramsOf, REFUSED, run } from './harness';

const input: ProjectIncentiveInput = { projectId: 'PRJ-1', contractorId: 'EMP-1', guaranteeSystemsImplemented: true };

const ev = {
  certified: { type: 'specialistCertified', actor: SYSTEM, journeyId: 'journey-1', certifiedOn: '2026-12-20' },
  guarantee: { type: 'recordGuaranteeSystems', actor: ADMIN, implemented: true, assessedOn: '2027-01-10' },
  violation: { type: 'arrearsViolationFound', actor: ADMIN, foundOn: '2027-05-03', reference: 'LI-2027-0042' },
  complete: { type: 'completeProject', actor: ADMIN, completedOn: '2028-06-30' },
} satisfies Record<string, ProjectIncentiveEvent>;

describe('projectIncentiveMachine: every state × every event (the table is the spec)', () => {
  const R = REFUSED;
  const row = (certified: string | null, guarantee: string | null, violation: string | null, complete: string | null) => ({
    certified,
    guarantee,
    violation,
    complete,
  });

  matrix({
    machine: projectIncentiveMachine,
    input,
    states: projectIncentiveStates,
    eventTypes: projectIncentiveExternalEvents,
    externalEventTypes: projectIncentiveExternalEvents,
    paths: {
      noStanding: [],
      granted: [ev.certified],
      withdrawn: [ev.certified, ev.violation],
      blocked: [ev.violation],
      completed: [ev.complete],
    },
    samples: ev,
    table: {
      //            certified     guarantee      violation     complete
      noStanding: row('granted', 'noStanding', 'blocked', 'completed'),
      granted: row('granted', 'granted', 'withdrawn', 'completed'),
      withdrawn: row('withdrawn', 'withdrawn', 'withdrawn', 'completed'),
      blocked: row('blocked', 'blocked', 'blocked', 'completed'),
      completed: row(R, R, R, R),
    },
  });
});

describe('projectIncentiveMachine: §6 granted once', () => {
  it('§6 the first certified specialist (guarantee systems implemented, no violation) grants +10 for that year', () => {
    const { snapshot, actions } = run(projectIncentiveMachine, input, [ev.certified]);
    expect(stateName(snapshot)).toBe('granted');
    expect(paramsOf(actions, 'grantIncentive')).toEqual({
      projectId: 'PRJ-1',
      contractorId: 'EMP-1',
      year: 2026,
      points: INCENTIVE_POINTS,
      grantedOn: '2026-12-20',
      journeyId: 'journey-1',
    });
    expect(snapshot.context.grants).toEqual([
      { year: 2026, points: 10, grantedOn: '2026-12-20', journeyId: 'journey-1' },
    ]);
  });

  it('§6 once: later certifications and guarantee records never grant again', () => {
    const second = { ...ev.certified, journeyId: 'journey-2', certifiedOn: '2027-03-01' };
    const path = [ev.certified, second, ev.guarantee, { ...ev.guarantee, implemented: false }, ev.guarantee, second];
    let snapshot = run(projectIncentiveMachine, input, []).snapshot;
    let grants = 0;
    for (const event of path) {
      const result = step(projectIncentiveMachine, snapshot, event);
      expect(result.accepted, event.type).toBe(true);
      snapshot = result.snapshot;
      grants += ofType(result.actions, 'grantIncentive').length;
    }
    expect(grants).toBe(1);
    expect(snapshot.context.grants).toHaveLength(1);
    expect(snapshot.context.certifiedSpecialists.map((c) => c.journeyId)).toEqual(['journey-1', 'journey-2', 'journey-2']);
  });

  it('§6 once: after a withdrawal nothing grants again', () => {
    const { snapshot, actions } = run(projectIncentiveMachine, input, [
      ev.certified,
      ev.violation,
      { ...ev.certified, journeyId: 'journey-3', certifiedOn: '2029-01-01' },
      ev.guarantee,
    ]);
    expect(stateName(snapshot)).toBe('withdrawn');
    expect(ofType(actions, 'grantIncentive')).toEqual([]);
    expect(snapshot.context.grants).toHaveLength(1);
  });

  it('§6.2 without the guarantee systems a certification does not grant; recording them later does', () => {
    const noSystems = { ...input, guaranteeSystemsImplemented: false };
    const waiting = run(projectIncentiveMachine, noSystems, [ev.certified]);
    expect(stateName(waiting.snapshot)).toBe('noStanding');
    expect(ofType(waiting.actions, 'grantIncentive')).toEqual([]);
    const granted = run(projectIncentiveMachine, noSystems, [ev.certified, ev.guarantee]);
    expect(stateName(granted.snapshot)).toBe('granted');
    expect(paramsOf(granted.actions, 'grantIncentive')).toMatchObject({ year: 2027, grantedOn: '2027-01-10', journeyId: 'journey-1' });
    // systems recorded as not implemented: no grant
    const notImplemented = run(projectIncentiveMachine, noSystems, [ev.certified, { ...ev.guarantee, implemented: false }]);
    expect(stateName(notImplemented.snapshot)).toBe('noStanding');
  });

  it('§6.1 guarantee systems alone (no certified specialist) do not grant', () => {
    const { snapshot } = run(projectIncentiveMachine, { ...input, guaranteeSystemsImplemented: false }, [ev.guarantee]);
    expect(stateName(snapshot)).toBe('noStanding');
    expect(snapshot.context.guaranteeSystems).toEqual({ implemented: true, assessedOn: '2027-01-10', by: ADMIN });
  });
});

describe('projectIncentiveMachine: §6.3 arrears violations', () => {
  it('§6.3 a violation before any grant blocks the project for good', () => {
    const { snapshot, actions } = run(projectIncentiveMachine, input, [ev.violation, ev.certified, ev.guarantee]);
    expect(stateName(snapshot)).toBe('blocked');
    expect(ofType(actions, 'grantIncentive')).toEqual([]);
    expect(snapshot.context.grants).toEqual([]);
    expect(snapshot.context.violations).toHaveLength(1);
  });

  it('§6 a violation after the grant withdraws it for the years after it; the grant stays in the history', () => {
    const { snapshot, actions } = run(projectIncentiveMachine, input, [ev.certified, ev.violation]);
    expect(stateName(snapshot)).toBe('withdrawn');
    expect(paramsOf(actions, 'withdrawIncentive')).toEqual({
      projectId: 'PRJ-1',
      contractorId: 'EMP-1',
      fromYear: 2028,
      foundOn: '2027-05-03',
      reference: 'LI-2027-0042',
    });
    expect(snapshot.context.grants).toHaveLength(1);
    expect(snapshot.context.withdrawals).toEqual([{ fromYear: 2028, foundOn: '2027-05-03', reference: 'LI-2027-0042' }]);
    // further violations are recorded, not withdrawn twice
    const more = run(projectIncentiveMachine, input, [ev.certified, ev.violation, { ...ev.violation, foundOn: '2028-01-02' }]);
    expect(ofType(more.actions, 'withdrawIncentive')).toEqual([]);
    expect(more.snapshot.context.violations).toHaveLength(2);
    expect(more.snapshot.context.withdrawals).toHaveLength(1);
  });

  it('§6 withdrawal year is configurable (same-year) but never touches the grant year', () => {
    const sameYear = { ...input, config: { withdrawFrom: 'same-year' as const } };
    expect(paramsOf(run(projectIncentiveMachine, sameYear, [ev.certified, ev.violation]).actions, 'withdrawIncentive').fromYear).toBe(2027);
    const inGrantYear = { ...ev.violation, foundOn: '2026-12-28' };
    expect(paramsOf(run(projectIncentiveMachine, sameYear, [ev.certified, inGrantYear]).actions, 'withdrawIncentive').fromYear).toBe(2027);
  });
});

describe('projectIncentiveMachine: who may send what', () => {
  it('only the workflow (system) or a programme administrator; labour inspection and auditors have no writes', () => {
    const s = run(projectIncentiveMachine, input, []).snapshot;
    for (const actor of [EMPLOYER, SPECIALIST, EO1, INSPECTION]) {
      for (const event of Object.values(ev)) expect(s.can({ ...event, actor }), `${actor.role} ${event.type}`).toBe(false);
    }
    expect(s.can({ ...ev.certified, actor: ADMIN })).toBe(true);
    expect(s.can({ ...ev.violation, actor: SYSTEM })).toBe(true);
  });

  it('payloads must carry ISO dates', () => {
    const s = run(projectIncentiveMachine, input, []).snapshot;
    expect(s.can({ ...ev.certified, certifiedOn: '20 Dec 2026' })).toBe(false);
    expect(s.can({ ...ev.certified, journeyId: '' })).toBe(false);
    expect(s.can({ ...ev.violation, foundOn: undefined } as never)).toBe(false);
    expect(s.can({ ...ev.guarantee, implemented: 'yes' } as never)).toBe(false);
  });

  it('the projection (written by the runner at every transition, issue 14); next events', () => {
    const { actions, snapshot } = run(projectIncentiveMachine, input, [ev.certified, ev.violation]);
    expect(ofType(actions, 'project')).toEqual([]);
    expect(projectIncentiveProjection(snapshot, ev.violation)).toMatchObject({ state: 'withdrawn', violations: 1, cause: 'arrearsViolationFound', actor: ADMIN });
    // A transition that stays in its state projects too: the count moves on.
    const more = run(projectIncentiveMachine, input, [ev.certified, ev.violation, ev.certified]);
    expect(projectIncentiveProjection(more.snapshot, ev.certified)).toMatchObject({ state: 'withdrawn', certifiedSpecialists: 2, cause: 'specialistCertified' });
    expect(projectIncentiveNextEvents(snapshot)).toEqual([...projectIncentiveExternalEvents]);
    expect(projectIncentiveNextEvents(run(projectIncentiveMachine, input, [ev.complete]).snapshot)).toEqual([]);
  });
});
