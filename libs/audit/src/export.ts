import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { historyToJSON } from './proto-json';
import type { AuditExport, ExportedWorkflow } from './history';

/** Ids we accept: letters, digits and `_ . : -` (they go into a visibility query). */
export const WORKFLOW_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,200}$/;

export class BadWorkflowIdError extends Error {}

/** Whether `workflowId` belongs to the journey `rootId`: itself, or `${rootId}-…` (claims, leaves, wages). */
export const belongsTo = (rootId: string, workflowId: string) => workflowId === rootId || workflowId.startsWith(`${rootId}-`);

export interface ExportOptions {
  /** Also export these workflows (e.g. the person's subsidy ledger, the project's incentive). */
  extraWorkflowIds?: string[];
}

/**
 * Every workflow of a journey with its full history: the journey, its subsidy claims
 * (`<id>-claim-*`), study leaves (`<id>-leave-*`) and their wage protection (`…-wages`), found with
 * `WorkflowId STARTS_WITH '<id>'`. Throws WorkflowNotFoundError when the root does not exist.
 */
export async function exportJourney(client: Client, rootId: string, opts: ExportOptions = {}): Promise<AuditExport> {
  if (!WORKFLOW_ID_PATTERN.test(rootId)) throw new BadWorkflowIdError(`'${rootId}' is not a journey id`);
  const root = await client.workflow.getHandle(rootId).describe(); // WorkflowNotFoundError → 404
  const runs = new Map<string, { workflowId: string; runId: string; type: string; status: string; startTime: Date | null; closeTime: Date | null }>();
  const add = (w: { workflowId: string; runId: string; type: string; status: { name: string }; startTime?: Date; closeTime?: Date }) =>
    runs.set(`${w.workflowId}/${w.runId}`, { workflowId: w.workflowId, runId: w.runId, type: w.type, status: w.status.name, startTime: w.startTime ?? null, closeTime: w.closeTime ?? null });
  add(root);
  for await (const w of client.workflow.list({ query: `WorkflowId STARTS_WITH '${rootId}'` })) {
    if (belongsTo(rootId, w.workflowId)) add(w);
  }
  for (const id of opts.extraWorkflowIds ?? []) {
    if (!WORKFLOW_ID_PATTERN.test(id)) continue;
    try {
      add(await client.workflow.getHandle(id).describe());
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
  }
  const ordered = [...runs.values()].sort((a, b) => {
    if (a.workflowId === rootId && a.runId === root.runId) return -1;
    if (b.workflowId === rootId && b.runId === root.runId) return 1;
    return (a.startTime?.getTime() ?? 0) - (b.startTime?.getTime() ?? 0) || a.workflowId.localeCompare(b.workflowId);
  });
  const workflows: ExportedWorkflow[] = [];
  for (const r of ordered) {
    const history = await client.workflow.getHandle(r.workflowId, r.runId).fetchHistory();
    workflows.push({
      workflowId: r.workflowId,
      runId: r.runId,
      workflowType: r.type,
      status: r.status,
      startTime: r.startTime?.toISOString() ?? null,
      closeTime: r.closeTime?.toISOString() ?? null,
      history: JSON.parse(historyToJSON(history)),
    });
  }
  return { format: 'heze-audit-export/1', rootId, exportedAt: new Date().toISOString(), workflows };
}
