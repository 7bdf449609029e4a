import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Context } from '@temporalio/activity';
import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowFailedError } from '@temporalio/client';
import { ActivityFailure, ChildWorkflowFailure } from '@temporalio/common';
import { SYSTEM_ACTOR } from '@heze/machines';
import { TRANSITION_REFUSED, transitionUpdate } from '@heze/temporal';
import { historyEventTypes, refusal, send, startRunnerWorker, until, view } from '../support/runner-worker';
import type { StubActivities } from './runner-workflows';

/**
 * The machine runner (workflows/machine-runner.ts) on the real Temporal dev server, with an in-process
 * worker and stub activities: the small machines of runner-workflows.ts each exercise one thing
 * (timers, refusals, serialisation, a retried activity, a failing child), without the domain rules,
 * the API or a database.
 */
describe('machine runner (workflow level, stub activities)', () => {
  const notes: Array<{ workflowId: string; what: string }> = [];
  const releases = new Map<string, () => void>();
  const echo = { running: 0, maxRunning: 0 };
  const attempts = new Map<string, number>();

  const activities: StubActivities = {
    async note(p) {
      notes.push(p);
    },
    async echo({ n }) {
      echo.running++;
      echo.maxRunning = Math.max(echo.maxRunning, echo.running);
      // Earlier numbers wait longer: without serialisation their answers would come back last.
      await new Promise((r) => setTimeout(r, Math.max(10, 160 - n * 20)));
      echo.running--;
      return n;
    },
    async flaky({ workflowId, succeedOnAttempt }) {
      const attempt = Context.current().info.attempt;
      attempts.set(workflowId, attempt);
      if (attempt < succeedOnAttempt) throw new Error(`flaky: attempt ${attempt} fails`);
      return attempt;
    },
    async hold({ workflowId }) {
      await new Promise<void>((r) => releases.set(workflowId, r));
    },
  };

  let env: Awaited<ReturnType<typeof startRunnerWorker>>;
  beforeAll(async () => {
    env = await startRunnerWorker(path.join(__dirname, 'runner-workflows.ts'), activities);
  });
  afterAll(async () => {
    for (const release of releases.values()) release();
    await env?.stop();
  });

  describe('timers', () => {
    it('a delayed transition fires: the state moves on by itself and runs its action', async () => {
      const h = await env.start('deadlineWorkflow', [{ delayMs: 200 }]);
      const v = await until(() => view(h), (x) => x.state === 'expired', 'expired');
      expect(v.context).toMatchObject({ expired: true });
      expect(notes.filter((n) => n.workflowId === h.workflowId)).toEqual([{ workflowId: h.workflowId, what: 'expired' }]);
      const types = await historyEventTypes(h);
      expect(types.filter((t) => t === 'EVENT_TYPE_TIMER_FIRED')).toHaveLength(1);
      expect((await send(h, 'finish')).done).toBe(true);
      expect((await h.result()).state).toBe('done');
    });

    it('leaving the state cancels its timer: the cancelled one never fires', async () => {
      const started = Date.now();
      const h = await env.start('deadlineWorkflow', [{ delayMs: 1500 }]);
      const answered = await send(h, 'answer');
      expect(answered.state).toBe('answered');
      await until(() => historyEventTypes(h), (t) => t.includes('EVENT_TYPE_TIMER_CANCELED'), 'the timer cancelled in the history');
      // Past the delay: still answered, no timer fired, no action run.
      await new Promise((r) => setTimeout(r, Math.max(0, started + 1500 + 300 - Date.now())));
      const types = await historyEventTypes(h);
      expect(types).not.toContain('EVENT_TYPE_TIMER_FIRED');
      expect((await view(h)).state).toBe('answered');
      expect(notes.filter((n) => n.workflowId === h.workflowId)).toEqual([]);
      await send(h, 'finish');
      await h.result();
    });

    it('an infinite delay is a deadline switched off: no timer is started', async () => {
      const h = await env.start('deadlineWorkflow', [{ delayMs: 0, off: true }]);
      expect((await send(h, 'answer')).state).toBe('answered');
      expect(await historyEventTypes(h)).not.toContain('EVENT_TYPE_TIMER_STARTED');
      await send(h, 'finish');
      await h.result();
    });
  });

  describe('refusals (the Update validator asks the machine)', () => {
    it('an event the state cannot take is refused with the state and the allowed events; nothing is recorded', async () => {
      const h = await env.start('stepWorkflow');
      const before = await view(h);
      const refused = await refusal(send(h, 'finish'));
      expect(refused.type).toBe(TRANSITION_REFUSED);
      expect(refused.nonRetryable).toBe(true);
      expect(refused.message).toMatch(/'finish' is not allowed in state 'idle' of stepWorkflow-\w+; allowed: start, ping/);
      expect(refused.details).toEqual([{ state: 'idle', allowedEvents: ['start', 'ping'], event: 'finish' }]);
      // A validator's refusal leaves no trace in the history and does not count as a transition.
      expect(await historyEventTypes(h)).not.toContain('EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED');
      expect((await view(h)).version).toBe(before.version);
    });

    it('an event whose guard fails is refused too (allowed events ignore guards); an internal event type is not an external event', async () => {
      const h = await env.start('stepWorkflow');
      const refused = await refusal(send(h, 'start', { by: 'someone-else' }));
      expect(refused.details).toEqual([{ state: 'idle', allowedEvents: ['start', 'ping'], event: 'start' }]);
      const internal = await refusal(send(h, 'step.done'));
      expect(internal.type).toBe(TRANSITION_REFUSED);
      expect(internal.message).toBe('not an external event');
      expect((await send(h, 'ping')).context).toEqual({ pings: 1 });
    });

    it("in a transient state (its own step running) a refusal says 'in progress'; the step then completes", async () => {
      const h = await env.start('stepWorkflow');
      const starting = send(h, 'start', { by: 'owner' });
      await until(() => view(h), (v) => v.state === 'working' && releases.has(h.workflowId), 'working, with the step held');
      const refused = await refusal(send(h, 'finish'));
      expect(refused.message).toMatch(/'finish' cannot be taken yet: stepWorkflow-\w+ is in state 'working', a step in progress; retry in a moment/);
      expect(refused.details).toEqual([{ state: 'working', allowedEvents: [], event: 'finish', inProgress: true }]);
      releases.get(h.workflowId)!();
      // The Update that started the step answers once the step's own event has been applied.
      expect((await starting).state).toBe('ready');
      expect((await send(h, 'finish')).done).toBe(true);
      await h.result();
    });
  });

  describe('serialisation', () => {
    it('concurrent Updates are applied one at a time, in order: each with its activity and the event that answers it', async () => {
      const h = await env.start('counterWorkflow');
      const ns = [1, 2, 3, 4, 5, 6];
      echo.maxRunning = 0;
      const answers = await Promise.all(ns.map((n) => send(h, 'add', { n })));
      expect(echo.maxRunning).toBe(1);
      const log = (await view(h)).context.log as string[];
      expect(log).toHaveLength(ns.length * 2);
      // Pairs start:n, end:n, never interleaved.
      const order: number[] = [];
      for (let i = 0; i < log.length; i += 2) {
        const n = Number(log[i].split(':')[1]);
        expect(log.slice(i, i + 2)).toEqual([`start:${n}`, `end:${n}`]);
        order.push(n);
      }
      expect([...order].sort((a, b) => a - b)).toEqual(ns);
      // Each Update answers after its own pair and before the next one's: versions 2, 4, 6, … in log order.
      const versionOf = new Map(ns.map((n, i) => [n, answers[i].version]));
      expect(order.map((n) => versionOf.get(n))).toEqual(order.map((_, i) => (i + 1) * 2));
      for (const [i, n] of order.entries()) expect(answers[ns.indexOf(n)].context.log).toEqual(log.slice(0, (i + 1) * 2));
      await send(h, 'finish');
      await h.result();
    });

    it('the read model is written once per transition, a transition that stays in its state too, after its own step', async () => {
      const h = await env.start('counterWorkflow');
      // The start's own projection first (see the next test for an Update that comes with the start).
      await until(async () => notes.filter((n) => n.workflowId === h.workflowId), (n) => n.length === 1, 'the initial projection');
      await send(h, 'add', { n: 1 });
      await send(h, 'add', { n: 2 });
      const last = await view(h);
      expect(notes.filter((n) => n.workflowId === h.workflowId).map((n) => n.what)).toEqual([
        '0 xstate.init ',
        '1 add start:1',
        '2 add.echoed start:1,end:1',
        '3 add start:1,end:1,start:2',
        '4 add.echoed start:1,end:1,start:2,end:2',
      ]);
      expect(last.version).toBe(4);
      await send(h, 'finish');
      await h.result();
    });

    // Update-with-start: the Update is in the first workflow task, with the start (patched('runner-initial-actions-first')).
    it('an Update that arrives with the workflow\'s first task is applied after the initial actions', async () => {
      const workflowId = `counterWorkflow-${randomUUID().slice(0, 8)}`;
      const start = new WithStartWorkflowOperation('counterWorkflow', { workflowId, taskQueue: env.taskQueue, workflowIdConflictPolicy: 'FAIL', args: [] });
      const answer = await env.client.workflow.executeUpdateWithStart(transitionUpdate, {
        args: [{ event: { type: 'add', n: 1, actor: SYSTEM_ACTOR } }],
        startWorkflowOperation: start,
      });
      expect(answer.version).toBe(2);
      expect(notes.filter((n) => n.workflowId === workflowId).map((n) => n.what)).toEqual(['0 xstate.init ', '1 add start:1', '2 add.echoed start:1,end:1']);
      const h = env.client.workflow.getHandle(workflowId);
      await send(h, 'finish');
      await h.result();
    });
  });

  describe('failures', () => {
    it('a failing activity is retried by Temporal and its result, once it succeeds, is the next event', async () => {
      const h = await env.start('checkWorkflow', [{ succeedOnAttempt: 3 }]);
      const v = await until(() => view(h), (x) => x.state === 'passed', 'passed');
      expect(v.context).toMatchObject({ attempts: 3 });
      expect(attempts.get(h.workflowId)).toBe(3);
      // Retries are the server's: one activity scheduled, one completion, no failed workflow task.
      const types = await historyEventTypes(h);
      expect(types.filter((t) => t === 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED')).toHaveLength(1);
      expect(types).toContain('EVENT_TYPE_ACTIVITY_TASK_COMPLETED');
      expect(types).not.toContain('EVENT_TYPE_WORKFLOW_TASK_FAILED');
      await send(h, 'finish');
      expect((await h.result()).state).toBe('done');
    });

    it('an activity that keeps failing fails the run, with the activity failure as its cause (nothing hangs silently)', async () => {
      const h = await env.start('checkWorkflow', [{ succeedOnAttempt: 99 }]);
      const err = await h.result().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(WorkflowFailedError);
      expect((err as WorkflowFailedError).cause).toBeInstanceOf(ActivityFailure);
      expect(attempts.get(h.workflowId)).toBe(5);
    });

    it('a failing child is an event for the parent, and Updates are taken while the child runs', async () => {
      const h = await env.start('parentWorkflow', [{ childAfterMs: 800 }]);
      // The child is running: the parent is not blocked on it.
      expect((await send(h, 'ping')).context).toMatchObject({ pings: 1 });
      const v = await until(() => view(h), (x) => x.state === 'childFailed', 'childFailed');
      expect(v.context).toMatchObject({ pings: 1, failure: 'the child could not finish' });
      const types = await historyEventTypes(h);
      expect(types).toContain('EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED');
      expect(types).not.toContain('EVENT_TYPE_WORKFLOW_TASK_FAILED');
      await send(h, 'finish');
      expect((await h.result()).state).toBe('done');
    });

    it('a failing child the workflow gives no failure event for fails the parent run, with the child failure as its cause', async () => {
      const h = await env.start('parentWorkflow', [{ childAfterMs: 100, mapFailure: false }]);
      const err = await h.result().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(WorkflowFailedError);
      expect((err as WorkflowFailedError).cause).toBeInstanceOf(ChildWorkflowFailure);
      expect((await historyEventTypes(h)).filter((t) => t === 'EVENT_TYPE_WORKFLOW_TASK_FAILED')).toEqual([]);
    });
  });
});
