import { ConflictException } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { transitionUpdate, viewQuery, type MachineView } from '../../../../libs/temporal/src/messages';
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
    const view = await handle.query(viewQuery).catch(() => null);
    if (!view) throw err;
    throw new ConflictException({ message: `'${event.type}' is not allowed: ${workflowId} has finished in state '${view.state}'`, state: view.state, allowedEvents: [] });
  }
}
