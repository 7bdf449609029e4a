import {
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type EventFromLogic,
  type EventObject,
  type SnapshotFrom,
} from 'xstate';

/**
 * Pure helpers the workflow uses to drive any of the machines. Nothing here keeps state, reads
 * the clock or does I/O; everything is safe in Temporal's deterministic workflow sandbox.
 */

/** An action the workflow must carry out: its registry key and plain-JSON params. */
export interface PlannedAction {
  type: string;
  params?: unknown;
}

export interface StepResult<TSnapshot> {
  /** false when the current state cannot take the event (`snapshot.can(event) === false`). */
  accepted: boolean;
  snapshot: TSnapshot;
  actions: PlannedAction[];
}

/**
 * One step: if the snapshot can take the event, the next snapshot and the actions to run
 * (named actions with params, `xstate.raise` with `{event, id, delay}` for a timer to start,
 * `xstate.cancel` with `{sendId}` for a timer to cancel); otherwise accepted=false, the same
 * snapshot and no actions.
 *
 * The event is typed loosely on purpose: updates arrive as JSON from HTTP, and the delayed events
 * xstate raises (`xstate.after.<delay>.<machine>.<state>`) are not part of the machine's event
 * union. The machines' guards validate the payload.
 */
export function step<TMachine extends AnyStateMachine>(
  machine: TMachine,
  snapshot: SnapshotFrom<TMachine>,
  event: EventFromLogic<TMachine> | EventObject,
): StepResult<SnapshotFrom<TMachine>> {
  const current = snapshot as unknown as AnyMachineSnapshot;
  if (current.status !== 'active' || !current.can(event)) {
    return { accepted: false, snapshot, actions: [] };
  }
  const [next, actions] = transition(machine, snapshot, event as EventFromLogic<TMachine>);
  return {
    accepted: true,
    snapshot: next,
    actions: actions.map((action) =>
      action.params === undefined ? { type: action.type } : { type: action.type, params: action.params },
    ),
  };
}

/** The state's name; nested states are dotted (`parent.child`). */
export function stateName(snapshot: { value: unknown }): string {
  return flatten(snapshot.value).join(',');
}

function flatten(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const inner = flatten(child);
    if (inner.length === 0) out.push(key);
    else for (const name of inner) out.push(`${key}.${name}`);
  }
  return out;
}

/**
 * Event types the current state has a transition for (guards ignored), in the order of
 * `candidates` when given (e.g. a machine's list of external events), otherwise every event
 * except xstate's own (`xstate.*`). Empty for a final state.
 */
export function nextEvents(snapshot: AnyMachineSnapshot, candidates?: readonly string[]): string[] {
  if (snapshot.status !== 'active') return [];
  const own = new Set<string>();
  for (const node of snapshot._nodes) for (const type of node.ownEvents) own.add(type);
  if (candidates) return candidates.filter((type) => own.has(type));
  return [...own].filter((type) => !type.startsWith('xstate.'));
}
