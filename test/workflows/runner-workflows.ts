import { ApplicationFailure, proxyActivities, sleep, startChild, workflowInfo } from '@temporalio/workflow';
import { assign, setup } from 'xstate';
import { nextEvents } from '@heze/machines';
import { runMachine } from '../../workflows/machine-runner';

/**
 * Small machines that exercise one thing each of the machine runner (workflows/machine-runner.ts),
 * bundled into an in-process worker by test/workflows/machine-runner.test.ts. Not domain machines: the
 * runner's behaviour (timers, refusals, serialisation, failures) is tested apart from the rules.
 */

/** The activities the test stubs in its own process. */
export interface StubActivities {
  note(p: { workflowId: string; what: string }): Promise<void>;
  /** Answers `n` after a delay the test picks (shorter for later calls, to tempt interleaving). */
  echo(p: { workflowId: string; n: number }): Promise<number>;
  /** Fails until its attempt number reaches `succeedOnAttempt`. */
  flaky(p: { workflowId: string; succeedOnAttempt: number }): Promise<number>;
  /** Waits until the test lets it answer. */
  hold(p: { workflowId: string }): Promise<void>;
}

const acts = proxyActivities<StubActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '50 ms', backoffCoefficient: 1, maximumAttempts: 5 },
});

const id = () => workflowInfo().workflowId;

// ---- timers: an `after` delay becomes a Temporal timer; leaving the state cancels it ----------------

const deadlineMachine = setup({
  types: {} as {
    context: { delayMs: number; off: boolean; expired: boolean };
    input: { delayMs: number; off?: boolean };
    events: { type: 'answer' } | { type: 'finish' };
  },
  actions: { noteExpired: () => {} },
  delays: {
    // Infinity: a deadline switched off (the runner starts no timer).
    deadline: ({ context }) => (context.off ? Number.POSITIVE_INFINITY : context.delayMs),
  },
}).createMachine({
  id: 'deadline',
  context: ({ input }) => ({ delayMs: input.delayMs, off: input.off ?? false, expired: false }),
  initial: 'waiting',
  states: {
    waiting: {
      after: { deadline: { target: 'expired', actions: [assign({ expired: true }), 'noteExpired'] } },
      on: { answer: 'answered' },
    },
    answered: { on: { finish: 'done' } },
    expired: { on: { finish: 'done' } },
    done: { type: 'final' },
  },
});

export async function deadlineWorkflow(input: { delayMs: number; off?: boolean }) {
  return runMachine({
    workflowType: 'deadline',
    machine: deadlineMachine,
    input,
    nextEvents: (s) => nextEvents(s),
    actions: { noteExpired: async () => acts.note({ workflowId: id(), what: 'expired' }) },
  });
}

// ---- refusals: the validator asks the machine; a step in progress is said to be in progress ----------

const stepMachine = setup({
  types: {} as {
    context: { pings: number };
    events: { type: 'start'; by?: string } | { type: 'ping' } | { type: 'finish' } | { type: 'step.done' };
  },
  actions: { work: () => {} },
  guards: { byOwner: ({ event }) => (event as { by?: string }).by === 'owner' },
}).createMachine({
  id: 'step',
  context: { pings: 0 },
  initial: 'idle',
  states: {
    idle: {
      on: {
        start: { guard: 'byOwner', target: 'working' },
        ping: { actions: assign({ pings: ({ context }) => context.pings + 1 }) },
      },
    },
    working: { entry: 'work', on: { 'step.done': 'ready' } },
    ready: { on: { finish: 'done' } },
    done: { type: 'final' },
  },
});

export const STEP_EXTERNAL_EVENTS = ['start', 'ping', 'finish'] as const;

export async function stepWorkflow() {
  return runMachine({
    workflowType: 'step',
    machine: stepMachine,
    input: {},
    nextEvents: (s) => nextEvents(s, STEP_EXTERNAL_EVENTS),
    transientStates: ['working'],
    actions: {
      work: async () => {
        await acts.hold({ workflowId: id() });
        return { type: 'step.done' };
      },
    },
  });
}

// ---- serialisation: each Update, with the activity it runs and the event that answers, is applied whole

const counterMachine = setup({
  types: {} as {
    context: { log: string[] };
    events: { type: 'add'; n: number } | { type: 'add.echoed'; n: number } | { type: 'finish' };
  },
  actions: { echo: (_: unknown, _params: { n: number }) => {} },
}).createMachine({
  id: 'counter',
  context: { log: [] },
  initial: 'open',
  states: {
    open: {
      on: {
        add: {
          actions: [
            assign({ log: ({ context, event }) => [...context.log, `start:${(event as { n: number }).n}`] }),
            { type: 'echo', params: ({ event }) => ({ n: (event as { n: number }).n }) },
          ],
        },
        'add.echoed': { actions: assign({ log: ({ context, event }) => [...context.log, `end:${(event as { n: number }).n}`] }) },
        finish: 'done',
      },
    },
    done: { type: 'final' },
  },
});

export async function counterWorkflow() {
  return runMachine({
    workflowType: 'counter',
    machine: counterMachine,
    input: {},
    nextEvents: (s) => nextEvents(s, ['add', 'finish']),
    // The read model: one write per transition, self-transitions included (issue 14).
    project: async (_snapshot, cause, view) => acts.note({ workflowId: id(), what: `${view.version} ${cause.type} ${(view.context.log as string[]).join(',')}` }),
    actions: {
      echo: async (p: { n: number }) => ({ type: 'add.echoed', n: await acts.echo({ workflowId: id(), n: p.n }) }),
    },
  });
}

// ---- failures: an activity that fails is retried; a child that fails is an event ----------------------

const checkMachine = setup({
  types: {} as {
    context: { succeedOnAttempt: number; attempts: number | null };
    input: { succeedOnAttempt: number };
    events: { type: 'check.passed'; attempts: number } | { type: 'finish' };
  },
  actions: { check: (_: unknown, _params: { succeedOnAttempt: number }) => {} },
}).createMachine({
  id: 'check',
  context: ({ input }) => ({ succeedOnAttempt: input.succeedOnAttempt, attempts: null }),
  initial: 'checking',
  states: {
    checking: {
      entry: { type: 'check', params: ({ context }) => ({ succeedOnAttempt: context.succeedOnAttempt }) },
      on: { 'check.passed': { target: 'passed', actions: assign({ attempts: ({ event }) => event.attempts }) } },
    },
    passed: { on: { finish: 'done' } },
    done: { type: 'final' },
  },
});

export async function checkWorkflow(input: { succeedOnAttempt: number }) {
  return runMachine({
    workflowType: 'check',
    machine: checkMachine,
    input,
    nextEvents: (s) => nextEvents(s, ['finish']),
    actions: {
      check: async (p: { succeedOnAttempt: number }) => ({ type: 'check.passed', attempts: await acts.flaky({ workflowId: id(), ...p }) }),
    },
  });
}

/** A child that fails after a while (a non-retryable application failure). */
export async function failingChildWorkflow(input: { afterMs: number }): Promise<{ outcome: string }> {
  await sleep(input.afterMs);
  throw ApplicationFailure.nonRetryable('the child could not finish', 'ChildBroke');
}

const parentMachine = setup({
  types: {} as {
    context: { pings: number; failure: string | null };
    input: { childAfterMs: number };
    events: { type: 'ping' } | { type: 'finish' } | { type: 'child.done' } | { type: 'child.failed'; message: string };
  },
  actions: { startTheChild: () => {} },
}).createMachine({
  id: 'parent',
  context: { pings: 0, failure: null },
  initial: 'waiting',
  states: {
    waiting: {
      entry: 'startTheChild',
      on: {
        ping: { actions: assign({ pings: ({ context }) => context.pings + 1 }) },
        'child.done': 'childDone',
        'child.failed': { target: 'childFailed', actions: assign({ failure: ({ event }) => event.message }) },
      },
    },
    childDone: { on: { finish: 'done' } },
    childFailed: { on: { finish: 'done' } },
    done: { type: 'final' },
  },
});

export async function parentWorkflow(input: { childAfterMs: number; mapFailure?: boolean }) {
  return runMachine({
    workflowType: 'parent',
    machine: parentMachine,
    input,
    nextEvents: (s) => nextEvents(s, ['ping', 'finish']),
    actions: {
      startTheChild: async (_p, { later }) => {
        const child = await startChild(failingChildWorkflow, { workflowId: `${id()}-child`, args: [{ afterMs: input.childAfterMs }] });
        // The child's failure comes back as an event; without a mapping it fails the run.
        later(
          child.result().then(() => ({ type: 'child.done' })),
          input.mapFailure === false ? undefined : (err: unknown) => ({ type: 'child.failed', message: (err as { cause?: Error }).cause?.message ?? String(err) }),
        );
      },
    },
  });
}
