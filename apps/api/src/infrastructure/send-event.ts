import { ConflictException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { transitionUpdate, viewQuery, type MachineView } from '@heze/temporal';
import { asActor, type Caller } from '../auth/caller';

/**
 * Sends one event as one Update, as the caller. A workflow that has already finished takes no more
 * events: that is a 409 naming its final state, not a 404 (its history and query remain).
 */
export async function sendEvent(client: Client, workflowId: string, caller: Caller, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
  const handle = client.workflow.getHandle(workflowId);
  try {
    return await handle.executeUpdate(transitionUpdate, { args: [{ event: { ...event, actor: asActor(caller) } }] });
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
    // Describe needs no worker (a query on a closed workflow does); it tells "finished" from "never existed".
    const described = await handle.describe().catch(() => null);
    if (!described) throw err;
    const view = await handle.query(viewQuery).catch(() => null);
    const state = view?.state ?? described.status.name.toLowerCase();
    throw new ConflictException({ message: `'${event.type}' is not allowed: ${workflowId} has finished in state '${state}'`, state, allowedEvents: [] });
  }
}

/** The workflow's `view` Query: state, allowed events, context (needs a free worker). */
export function viewOf(client: Client, workflowId: string): Promise<MachineView> {
  return client.workflow.getHandle(workflowId).query(viewQuery);
}
