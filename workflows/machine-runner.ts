import {
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  isCancellation,
  log,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { initialTransition, transition, type AnyStateMachine, type AnyMachineSnapshot } from 'xstate';
import { HezeState } from '../libs/temporal/src/search-attributes';
import { systemEventSignal } from './process-link';
import { TRANSITION_REFUSED } from './transition-refused';
import { transitionUpdate, viewQuery, type MachineView, type TransitionRequest } from '../libs/temporal/src/messages';

/** A side effect the machine asked for; the workflow runs it and may feed a result event back. */
export interface ActionContext {
  view: () => MachineView;
  /** Feeds an event to the machine when `pending` settles (e.g. a child workflow's result), without blocking updates meanwhile. */
  later: (pending: Promise<MachineEvent>) => void;
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
}


interface XstateAction {
  type: string;
  params?: any;
}

function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  const [[key, inner]] = Object.entries(value as Record<string, unknown>);
  return `${key}.${stateName(inner)}`;
}

/**
 * "The machine decides, the workflow does": holds an XState snapshot, takes events only as
 * validated Updates (or timer/activity results), runs the actions the machine returns, and turns
 * delayed transitions into Temporal timers. Returns when the machine reaches a final state.
 */
export async function runMachine(opts: RunnerOptions): Promise<MachineView> {
  const [initial, initialActions] = initialTransition(opts.machine, opts.input);
  let snapshot: AnyMachineSnapshot = initial;
  let version = 0;
  const timers = new Map<string, CancellationScope>();
  let lock: Promise<void> = Promise.resolve();

  const view = (): MachineView => ({
    workflowType: opts.workflowType,
    state: stateName(snapshot.value),
    allowedEvents: snapshot.status === 'done' ? [] : opts.nextEvents(snapshot),
    context: opts.publicContext ? opts.publicContext(snapshot.context) : (snapshot.context as Record<string, unknown>),
    version,
    done: snapshot.status === 'done',
  });

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

  const startTimer = (id: string, delayMs: number, event: MachineEvent) => {
    const scope = new CancellationScope();
    timers.set(id, scope);
    scope
      .run(() => sleep(delayMs))
      .then(
        () => {
          timers.delete(id);
          return exclusive(() => apply(event));
        },
        (err) => {
          if (!isCancellation(err)) throw err;
        },
      );
  };

  const later = (pending: Promise<MachineEvent>) => {
    pending.then((event) => exclusive(() => apply(event)));
  };

  const runActions = async (actions: readonly XstateAction[]): Promise<MachineEvent[]> => {
    const results: MachineEvent[] = [];
    for (const action of actions) {
      if (action.type === 'xstate.raise' && action.params?.delay !== undefined) {
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
    return results;
  };

  const pushStatus = () => {
    upsertSearchAttributes([
      { key: HezeState, value: stateName(snapshot.value) },
      ...(opts.searchAttributes ? opts.searchAttributes(snapshot) : []),
    ] as any);
  };

  async function apply(event: MachineEvent): Promise<void> {
    if (!snapshot.can(event)) refuse(event);
    const [next, actions] = transition(opts.machine, snapshot, event);
    snapshot = next;
    version++;
    pushStatus();
    // Results of the actions (activity outcomes) are internal events applied in order.
    const produced = await runActions(actions as XstateAction[]);
    for (const e of produced) await apply(e);
  }

  setHandler(viewQuery, view);
  // Events from other workflows of the journey (system actor only: the machines refuse internal
  // events from anyone else). Refusals are expected races, e.g. a leave that already ended.
  setHandler(systemEventSignal, (event) => {
    void exclusive(async () => {
      if (snapshot.status === 'active' && snapshot.can(event)) await apply(event);
      else log.info('system event not taken', { event: event.type, state: stateName(snapshot.value) });
    });
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

  pushStatus();
  await exclusive(async () => {
    const produced = await runActions(initialActions as XstateAction[]);
    for (const e of produced) await apply(e);
  });
  await condition(() => snapshot.status === 'done');
  await lock;
  await condition(allHandlersFinished);
  return view();
}
