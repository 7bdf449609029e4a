import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { Client, Connection, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { inject } from 'vitest';
import { transitionUpdate, viewQuery, type MachineView } from '@heze/temporal';
import { workflowBundleOptions } from '@heze/temporal/node';
import { SYSTEM_ACTOR } from '@heze/machines';

/**
 * An in-process worker on the shared dev server, on a task queue of its own, running the workflows of
 * `workflowsModule` (bundled here) with the given activities (stubs in the test's process).
 */
export async function startRunnerWorker(workflowsModule: string, activities: object) {
  try {
    // The SDK's own logs (activity retries the tests provoke) stay out of the output.
    Runtime.install({ logger: new DefaultLogger('ERROR') });
  } catch {
    // already installed in this process
  }
  const address = inject('temporalAddress');
  const taskQueue = `runner-test-${randomUUID().slice(0, 8)}`;
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(require.resolve(path.resolve(workflowsModule))), logger: new DefaultLogger('ERROR') });
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    taskQueue,
    workflowBundle: { code },
    activities,
  });
  const running = worker.run();
  const client = new Client({ connection: await Connection.connect({ address }) });
  return {
    client,
    taskQueue,
    /** Starts `workflowType` with a fresh id on this worker's queue. */
    start: (workflowType: string, args: unknown[] = []) =>
      client.workflow.start(workflowType, { taskQueue, workflowId: `${workflowType}-${randomUUID().slice(0, 8)}`, args }),
    async stop() {
      worker.shutdown();
      await running;
      await client.connection.close();
    },
  };
}

/** Sends an external event as the runner's `transition` Update. */
export function send(handle: WorkflowHandle, type: string, fields: Record<string, unknown> = {}): Promise<MachineView> {
  return handle.executeUpdate(transitionUpdate, { args: [{ event: { type, actor: SYSTEM_ACTOR, ...fields } }] });
}

export const view = (handle: WorkflowHandle) => handle.query(viewQuery);

/** What a refused Update carries: the ApplicationFailure the validator threw. */
export async function refusal(pending: Promise<unknown>): Promise<ApplicationFailure> {
  const err = await pending.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof WorkflowUpdateFailedError) || !(err.cause instanceof ApplicationFailure)) {
    throw new Error(`expected a refused Update, got ${err === null ? 'success' : String(err)}`);
  }
  return err.cause;
}

/** Polls `read` until `ok`, every 50 ms, for at most `ms`. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

/** Event types of a workflow's history (e.g. EVENT_TYPE_TIMER_FIRED), in order. */
export async function historyEventTypes(handle: WorkflowHandle): Promise<string[]> {
  const { events } = await handle.fetchHistory();
  const { temporal } = await import('@temporalio/proto');
  return (events ?? []).map((e) => temporal.api.enums.v1.EventType[e.eventType as number] ?? String(e.eventType));
}
