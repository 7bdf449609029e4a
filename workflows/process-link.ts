import { defineSignal, getExternalWorkflowHandle } from '@temporalio/workflow';

/**
 * Workflow-to-workflow events (the SDK has no workflow-to-workflow Update): the sending workflow
 * signals, the receiving runner applies the event only if its machine accepts it (system events only).
 */
export const systemEventSignal = defineSignal<[{ type: string } & Record<string, unknown>]>('systemEvent');

export async function sendToProcess(workflowId: string, event: { type: string } & Record<string, unknown>): Promise<void> {
  await getExternalWorkflowHandle(workflowId).signal(systemEventSignal, event);
}
