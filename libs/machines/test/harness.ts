import { expect, it } from 'vitest';
import {
  initialTransition,
  type AnyStateMachine,
  type EventFromLogic,
  type EventObject,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import { nextEvents, stateName, step, type PlannedAction } from '../src';

/** Expected outcome of one event in one state: the resulting state's name, or REFUSED. */
export const REFUSED = null;
export type Expected = string | typeof REFUSED;

export interface Run<M extends AnyStateMachine> {
  snapshot: SnapshotFrom<M>;
  actions: PlannedAction[];
}

/** Initial transition + every event in order; each event must be accepted. */
export function run<M extends AnyStateMachine>(
  machine: M,
  input: InputFrom<M>,
  events: ReadonlyArray<EventFromLogic<M> | EventObject>,
): Run<M> {
  const [initial, initialActions] = initialTransition(machine, input);
  let snapshot = initial as SnapshotFrom<M>;
  let actions: PlannedAction[] = initialActions.map((a) => ({ type: a.type, params: a.params }));
  for (const event of events) {
    const result = step(machine, snapshot, event);
    if (!result.accepted) {
      throw new Error(`path event ${(event as EventObject).type} refused in state ${stateName(snapshot)}`);
    }
    snapshot = result.snapshot;
    actions = result.actions;
  }
  return { snapshot, actions };
}

/** Actions of a given type. */
export function ofType(actions: PlannedAction[], type: string): PlannedAction[] {
  return actions.filter((a) => a.type === type);
}

export function paramsOf<T = any>(actions: PlannedAction[], type: string): T {
  const found = ofType(actions, type);
  expect(found, `one ${type} action`).toHaveLength(1);
  return found[0]!.params as T;
}

/**
 * The state × event matrix. `table[state][sample]` is the spec: where a valid event of that kind
 * (right role, right organisation, well-formed payload) leads from that state. The table must
 * name every state and every sample; the samples must cover every event type of the machine.
 */
export function matrix(opts: {
  machine: AnyStateMachine;
  input: unknown;
  states: readonly string[];
  eventTypes: readonly string[];
  externalEventTypes: readonly string[];
  paths: Record<string, EventObject[]>;
  samples: Record<string, EventObject>;
  table: Record<string, Record<string, Expected>>;
}): void {
  const { machine, input, states, eventTypes, externalEventTypes, paths, samples, table } = opts;
  const sampleNames = Object.keys(samples);

  it('the table names every state and every sample; the samples cover every event type', () => {
    expect(Object.keys(table).sort()).toEqual([...states].sort());
    expect(Object.keys(paths).sort()).toEqual([...states].sort());
    for (const state of states) expect(Object.keys(table[state]!).sort(), state).toEqual([...sampleNames].sort());
    const covered = new Set(Object.values(samples).map((e) => e.type));
    for (const type of eventTypes) expect(covered.has(type), `sample for ${type}`).toBe(true);
  });

  const cells: Array<[string, string, Expected]> = [];
  for (const state of states) for (const sample of sampleNames) cells.push([state, sample, table[state]![sample]!]);

  it.each(cells)('in %s, %s → %s', (state, sample, expected) => {
    const { snapshot } = run(machine, input as InputFrom<typeof machine>, paths[state]!);
    expect(stateName(snapshot)).toBe(state);
    const event = samples[sample]!;
    const result = step(machine, snapshot, event);
    if (expected === REFUSED) {
      expect(snapshot.can(event)).toBe(false);
      expect(result.accepted).toBe(false);
      expect(result.snapshot).toBe(snapshot);
      expect(result.actions).toEqual([]);
      if (externalEventTypes.includes(event.type)) {
        expect(nextEvents(snapshot, externalEventTypes)).not.toContain(event.type);
      }
    } else {
      expect(snapshot.can(event)).toBe(true);
      expect(result.accepted).toBe(true);
      expect(stateName(result.snapshot)).toBe(expected);
      if (externalEventTypes.includes(event.type)) {
        expect(nextEvents(snapshot, externalEventTypes)).toContain(event.type);
      }
    }
  });
}
