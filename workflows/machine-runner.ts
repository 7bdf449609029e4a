import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  isCancellation,
  log,
  patched,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { createMachine, initialTransition, type AnyStateMachine, type AnyMachineSnapshot } from 'xstate';
import { stateName, step } from '@heze/machines';
import { HezeState, TRANSITION_REFUSED, transitionUpdate, viewQuery, type MachineView, type TransitionRequest } from '@heze/temporal';
import { systemEventSignal } from './process-link';

/** A side effect the machine asked for; the workflow runs it and may feed a result event back. */
export interface ActionContext {
  view: () => MachineView;
  /**
   * Feeds the machine the event `pending` resolves to (e.g. a child workflow's result), without
   * blocking updates meanwhile. If `pending` rejects, `failed(err)` is the event fed instead (a failed
   * child is an event); without `failed`, the run fails with the error. Nothing fails silently.
   */
  later: (pending: Promise<MachineEvent>, failed?: (err: unknown) => MachineEvent) => void;
}
export type ActionRunner = (params: any, ctx: ActionContext) => Promise<MachineEvent | MachineEvent[] | void>;
export type MachineEvent = { type: string } & Record<string, unknown>;

export interface RunnerOptions {
  workflowType: string;
  machine: AnyStateMachine;
  input: unknown;
  /** Named machine actions → the activity calls that carry them out. Unknown names fail loudly. */
  actions: Record<string, ActionRunner>;
  /** External event types the current state could take (ignoring guards), for the "allowed next events". */
  nextEvents: (snapshot: AnyMachineSnapshot) => string[];
  /** Extra search attributes to upsert at every transition, besides HezeState. */
  searchAttributes?: (snapshot: AnyMachineSnapshot) => SearchAttributeUpdatePair[];
  /** Context fields that may be shown through queries (never personal identifiers). */
  publicContext?: (context: any) => Record<string, unknown>;
  /**
   * States that only wait for the workflow's own step (an activity or the ledger) to answer: an
   * event refused there is "in progress, retry shortly", not "not allowed" (issue 13.5).
   */
  transientStates?: readonly string[];
  /**
   * Writes the workflow's read model (issue 14): the runner calls it once per transition, with the
   * snapshot after it, the event that caused it and the view, after the transition's own actions and
   * before the events they produced are applied. A transition that enters a state projects where the
   * state's entry actions begin (the place the machines' `entry: { type: 'project' }` had, so the
   * commands are the same as before). Histories started before `runner-projects-every-transition`
   * project only where the old machines did: on entering a state, and on `projectedWithoutEntry`.
   */
  project?: (snapshot: AnyMachineSnapshot, cause: MachineEvent, view: MachineView) => Promise<void>;
  /** Targetless events whose transition had its own `project` action before issue 14 (see `project`). */
  projectedWithoutEntry?: readonly string[];
  /**
   * The run ends in a state that is not final when this holds (a study leave started before the payroll
   * grace period was the machine's ends in `ended`, and its workflow waits out the grace period itself).
   */
  doneWhen?: (snapshot: AnyMachineSnapshot) => boolean;
}

/** patched() id: the runner projects at every transition (issue 14), not only on state entry. */
export const PROJECTS_EVERY_TRANSITION = 'runner-projects-every-transition';
/**
 * patched() id: the initial state's actions run before an Update or signal that arrived with the
 * workflow's first task (update-with-start). Before (issue 14), such an Update was applied first and the
 * initial actions ran after it, e.g. starting the timer of a state already left.
 */
export const INITIAL_ACTIONS_FIRST = 'runner-initial-actions-first';
/** The action the runner puts first in every state's entry: where the projection is written. */
export const PROJECTION_POINT = 'heze.projection';

const withPoints = new WeakMap<AnyStateMachine, AnyStateMachine>();
/**
 * The machine with PROJECTION_POINT first in every state's entry (a copy; the machines themselves
 * declare no projection). xstate then marks, in each transition's actions, the place a state is
 * entered or re-entered: after the exit and transition actions, before the other entry actions and
 * the `after` timers.
 */
export function withProjectionPoints(machine: AnyStateMachine): AnyStateMachine {
  const known = withPoints.get(machine);
  if (known) return known;
  const mark = (node: any): any => {
    if (!node.states) return node;
    const states: Record<string, unknown> = {};
    for (const [key, child] of Object.entries<any>(node.states)) {
      const entry = child.entry === undefined ? [] : Array.isArray(child.entry) ? child.entry : [child.entry];
      states[key] = { ...mark(child), entry: [{ type: PROJECTION_POINT }, ...entry] };
    }
    return { ...node, states };
  };
  const derived = createMachine(mark(machine.config), machine.implementations as any) as unknown as AnyStateMachine;
  withPoints.set(machine, derived);
  return derived;
}


interface XstateAction {
  type: string;
  params?: any;
}

/**
 * "The machine decides, the workflow does": holds an XState snapshot, takes events only as
 * validated Updates (or timer/activity results), runs the actions the machine returns, and turns
 * delayed transitions into Temporal timers. Returns when the machine reaches a final state.
 */
export async function runMachine(opts: RunnerOptions): Promise<MachineView> {
  const machine = opts.project ? withProjectionPoints(opts.machine) : opts.machine;
  // Checked once, at the start: a history keeps the projection rule it started with (docs/replay.md).
  const projectsEveryTransition = opts.project ? patched(PROJECTS_EVERY_TRANSITION) : false;
  const initialActionsFirst = patched(INITIAL_ACTIONS_FIRST);
  const [initial, initialActions] = initialTransition(machine, opts.input);
  let snapshot: AnyMachineSnapshot = initial;
  let version = 0;
  const timers = new Map<string, CancellationScope>();
  let lock: Promise<void> = Promise.resolve();
  // A step that failed outside an Update (a timer's, a signal's, a child's): the run fails with it.
  let failure: { error: unknown } | null = null;

  const isDoneAt = (s: AnyMachineSnapshot) => s.status === 'done' || (opts.doneWhen?.(s) ?? false);
  const isDone = () => isDoneAt(snapshot);
  const viewOf = (s: AnyMachineSnapshot, v: number): MachineView => ({
    workflowType: opts.workflowType,
    state: stateName(s),
    allowedEvents: isDoneAt(s) ? [] : opts.nextEvents(s),
    context: opts.publicContext ? opts.publicContext(s.context) : (s.context as Record<string, unknown>),
    version: v,
    done: isDoneAt(s),
  });
  const view = (): MachineView => viewOf(snapshot, version);

  const refuse = (event: MachineEvent): never => {
    const allowed = view().allowedEvents;
    const state = view().state;
    const inProgress = opts.transientStates?.includes(state) ?? false;
    throw ApplicationFailure.create({
      type: TRANSITION_REFUSED,
      nonRetryable: true,
      message: inProgress
        ? `'${event.type}' cannot be taken yet: ${workflowInfo().workflowId} is in state '${state}', a step in progress; retry in a moment`
        : `'${event.type}' is not allowed in state '${state}' of ${workflowInfo().workflowId}; allowed: ${allowed.join(', ') || 'none'}`,
      details: [{ state, allowedEvents: allowed, event: event.type, ...(inProgress ? { inProgress: true } : {}) }],
    });
  };

  // Updates, timers and activity results are applied one at a time, in order.
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = lock.then(fn);
    lock = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };

  const fail = (source: string, error: unknown) => {
    log.error(`${source} failed; the run fails with it`, { state: stateName(snapshot), error: String(error) });
    failure ??= { error };
  };

  /**
   * An event from a timer, a signal or a pending result: applied in turn if the machine still takes
   * it (it may have moved on meanwhile: an expected race, logged); a failing step fails the run.
   */
  const takeInternal = (event: MachineEvent, source: string): Promise<void> =>
    exclusive(async () => {
      if (!isDone() && snapshot.can(event)) await apply(event);
      else log.info(`${source} event not taken`, { event: event.type, state: stateName(snapshot) });
    }).catch((err) => fail(`${source} event '${event.type}'`, err));

  const startTimer = (id: string, delayMs: number, event: MachineEvent) => {
    const scope = new CancellationScope();
    timers.set(id, scope);
    scope
      .run(() => sleep(delayMs))
      .then(
        () => {
          timers.delete(id);
          return takeInternal(event, 'timer');
        },
        (err) => {
          if (!isCancellation(err)) fail(`timer '${id}'`, err);
        },
      );
  };

  const later = (pending: Promise<MachineEvent>, failed?: (err: unknown) => MachineEvent) => {
    pending.then(
      (event) => takeInternal(event, 'result'),
      (err) => {
        if (!failed) return fail('a pending result', err);
        let event: MachineEvent;
        try {
          event = failed(err);
        } catch (mapErr) {
          return fail('a pending result', mapErr);
        }
        return takeInternal(event, 'failure');
      },
    );
  };

  /** Runs a transition's actions; `after` / `at` are the snapshot and version the transition left. */
  const runActions = async (actions: readonly XstateAction[], cause: MachineEvent, after: AnyMachineSnapshot, at: number): Promise<MachineEvent[]> => {
    const results: MachineEvent[] = [];
    let projected = false;
    // The projection of this transition, even when an Update got in first (update-with-start: the
    // Update is applied before the initial state's actions run), as the entry actions' params were.
    const project = async () => {
      if (projected || !opts.project) return;
      projected = true;
      await opts.project(after, cause, viewOf(after, at));
    };
    for (const action of actions) {
      if (action.type === PROJECTION_POINT) {
        await project();
      } else if (action.type === 'xstate.raise' && action.params?.delay !== undefined) {
        // An infinite delay is a deadline switched off (e.g. for workflows started before it existed).
        if (Number.isFinite(action.params.delay)) startTimer(action.params.id, action.params.delay, action.params.event);
      } else if (action.type === 'xstate.cancel') {
        timers.get(action.params.sendId)?.cancel();
        timers.delete(action.params.sendId);
      } else if (action.type.startsWith('xstate.')) {
        continue;
      } else {
        const runner = opts.actions[action.type];
        if (!runner) throw new Error(`${opts.workflowType}: no runner for machine action '${action.type}'`);
        const produced = await runner(action.params ?? {}, { view, later });
        if (produced) results.push(...(Array.isArray(produced) ? produced : [produced]));
      }
    }
    // A transition that entered no state (it stays where it is) projects here, after its actions.
    if (projectsEveryTransition || opts.projectedWithoutEntry?.includes(cause.type)) await project();
    return results;
  };

  const pushStatus = () => {
    upsertSearchAttributes([
      { key: HezeState, value: stateName(snapshot) },
      ...(opts.searchAttributes ? opts.searchAttributes(snapshot) : []),
    ] as any);
  };

  async function apply(event: MachineEvent): Promise<void> {
    // The machine tests drive the machines with this same `step` (libs/machines/src/step.ts).
    const next = step(machine, snapshot, event);
    if (!next.accepted) refuse(event);
    snapshot = next.snapshot;
    version++;
    pushStatus();
    // Results of the actions (activity outcomes) are internal events applied in order.
    const produced = await runActions(next.actions as XstateAction[], event, next.snapshot, version);
    for (const e of produced) await apply(e);
  }

  // The initial state's actions, first in the chain: an Update or signal buffered with the first task is
  // dispatched as soon as its handler is set, and so queues behind them (histories started before: after).
  let initialRun: Promise<void> = Promise.resolve();
  const runInitial = () => {
    pushStatus();
    initialRun = exclusive(async () => {
      const produced = await runActions(initialActions as XstateAction[], { type: 'xstate.init' }, initial, 0);
      for (const e of produced) await apply(e);
    });
  };
  if (initialActionsFirst) runInitial();

  setHandler(viewQuery, view);
  // Events from other workflows of the journey (system actor only: the machines refuse internal
  // events from anyone else). Refusals are expected races, e.g. a leave that already ended.
  setHandler(systemEventSignal, (event) => {
    void takeInternal(event, 'system');
  });
  setHandler(
    transitionUpdate,
    ({ event }: TransitionRequest) =>
      exclusive(async () => {
        await apply(event);
        return view();
      }),
    {
      // Synchronous and read-only (sdk-typescript#1542): only asks the machine.
      validator: ({ event }: TransitionRequest) => {
        if (!event || typeof event.type !== 'string' || event.type.includes('.')) {
          throw ApplicationFailure.create({ type: TRANSITION_REFUSED, nonRetryable: true, message: 'not an external event' });
        }
        if (!snapshot.can(event)) refuse(event);
      },
    },
  );

  if (!initialActionsFirst) runInitial();
  await initialRun;
  await condition(() => isDone() || failure !== null);
  await lock;
  // An ApplicationFailure, an activity's or a child's failure fails the workflow (its parent gets it as
  // an event, see `later`); any other error fails the workflow task, retried until the code is fixed.
  const failed = failure as { error: unknown } | null; // set by callbacks: TypeScript cannot see it
  if (failed) throw failed.error;
  await condition(allHandlersFinished);
  return view();
}
