import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialTransition, setup } from 'xstate';
import {
  journeyMachine,
  nextEvents,
  stateName,
  step,
  SYSTEM_ACTOR,
  type JourneyInput,
} from '../src';
import { EO1, SPECIALIST, TI1 } from './actors';

const input: JourneyInput = { journeyId: 'j', personKey: 'p', targetLevel: 3, employerId: 'EMP-1' };

describe('step', () => {
  it('refused: accepted=false, the same snapshot, no actions', () => {
    const [s] = initialTransition(journeyMachine, input);
    const r = step(journeyMachine, s, { type: 'completeTraining', actor: TI1 });
    expect(r).toEqual({ accepted: false, snapshot: s, actions: [] });
    expect(r.snapshot).toBe(s);
  });

  it('unknown event types and untyped garbage are refused, not thrown', () => {
    const [s] = initialTransition(journeyMachine, input);
    expect(step(journeyMachine, s, { type: 'nonsense' }).accepted).toBe(false);
    expect(step(journeyMachine, s, { type: 'enrol' }).accepted).toBe(false);
    expect(step(journeyMachine, s, { type: 'enrol', actor: null } as never).accepted).toBe(false);
    expect(step(journeyMachine, s, { type: 'enrol', actor: 'training-institution' } as never).accepted).toBe(false);
  });

  it('accepted: the next snapshot and plain {type, params} actions (xstate\'s info stripped)', () => {
    const [s] = initialTransition(journeyMachine, input);
    const enrolled = step(journeyMachine, s, { type: 'enrol', actor: TI1 });
    expect(enrolled.accepted).toBe(true);
    expect(stateName(enrolled.snapshot)).toBe('enrolled');
    expect(enrolled.actions).toEqual([]); // the projection is the runner's (issue 14)
    const done = step(journeyMachine, enrolled.snapshot, { type: 'completeTraining', actor: TI1, completedOn: '2026-06-30' });
    const r = step(journeyMachine, done.snapshot, { type: 'registerForEvaluation', actor: EO1, profile: {} });
    expect(r.actions).toHaveLength(1);
    expect(Object.keys(r.actions[0]!).sort()).toEqual(['params', 'type']);
    expect(r.actions[0]!.type).toBe('evaluateEligibility');
  });

  it('a final snapshot accepts nothing', () => {
    const [s] = initialTransition(journeyMachine, input);
    const done = step(journeyMachine, s, { type: 'withdraw', actor: SPECIALIST, reason: 'x' }).snapshot;
    expect(done.status).toBe('done');
    expect(step(journeyMachine, done, { type: 'withdraw', actor: SPECIALIST, reason: 'x' }).accepted).toBe(false);
    expect(nextEvents(done)).toEqual([]);
  });
});

describe('stateName and nextEvents', () => {
  const nested = setup({ types: {} as { events: { type: 'go' } | { type: 'inner.done' } } }).createMachine({
    id: 'n',
    initial: 'outer',
    states: {
      outer: {
        initial: 'inner',
        on: { go: 'other' },
        states: { inner: { on: { 'inner.done': 'second' } }, second: {} },
      },
      other: {},
    },
  });

  it('dotted names for nested states', () => {
    const [s] = initialTransition(nested, undefined);
    expect(stateName(s)).toBe('outer.inner');
    expect(stateName({ value: 'flat' })).toBe('flat');
  });

  it('nextEvents without candidates lists every non-xstate event of the active nodes', () => {
    const [s] = initialTransition(nested, undefined);
    expect(nextEvents(s).sort()).toEqual(['go', 'inner.done']);
    expect(nextEvents(s, ['go'])).toEqual(['go']);
  });
});

describe('determinism (Temporal workflow sandbox)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('driving a machine never reads the clock, draws random numbers or sets timers', () => {
    const now = vi.spyOn(Date, 'now');
    const random = vi.spyOn(Math, 'random');
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const eo = { role: 'evaluation-organisation' as const, organisationId: 'EO-1', keyId: null };
    let [s] = initialTransition(journeyMachine, { ...input, config: { claimWindowMs: 1000 } });
    const events = [
      { type: 'enrol', actor: TI1 },
      { type: 'completeTraining', actor: TI1 },
      { type: 'registerForEvaluation', actor: eo, profile: {} },
      { type: 'eligibility.confirmed', actor: SYSTEM_ACTOR },
      { type: 'postResult', actor: eo, passed: true, sittingDates: ['2026-11-24'] },
      { type: 'issueCertificate', actor: eo, certificateNumber: 'C-1', issuedOn: '2026-12-20' },
    ] as const;
    for (const event of events) {
      const r = step(journeyMachine, s, event);
      expect(r.accepted).toBe(true);
      s = r.snapshot;
    }
    expect(stateName(s)).toBe('certified');
    expect(now).not.toHaveBeenCalled();
    expect(random).not.toHaveBeenCalled();
    expect(timeout).not.toHaveBeenCalled();
  });

  it('the same input and events give the same snapshots and actions (replay)', () => {
    const runOnce = () => {
      const [s0, a0] = initialTransition(journeyMachine, input);
      const r = step(journeyMachine, s0, { type: 'enrol', actor: TI1 });
      return JSON.stringify([a0.map((a) => [a.type, a.params]), r.actions, journeyMachine.getPersistedSnapshot(r.snapshot)]);
    };
    expect(runOnce()).toBe(runOnce());
  });
});
