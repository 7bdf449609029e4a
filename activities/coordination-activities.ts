import { Client, WithStartWorkflowOperation, WorkflowIdConflictPolicy, WorkflowUpdateFailedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { ProjectRecord } from '@heze/persistence';
import { SYSTEM_ACTOR } from '@heze/machines';
import type { ForwardSittingDatesParams, ReportCertificationParams } from '@heze/machines';
import { transitionUpdate, projectWorkflowId, studyLeaveWorkflowIdPrefix } from '@heze/temporal';

/** Activities through which one workflow tells another (the SDK has no workflow-to-workflow Update). */
export function coordinationActivities(ds: DataSource, client: Client, taskQueue: string) {
  const refusedIsFine = (err: unknown) => {
    if (err instanceof WorkflowUpdateFailedError) return; // the other machine could not take it: nothing to do
    throw err;
  };
  return {
    /**
     * RULES.md §4 [decision]: the protected period is extended to the evaluation days actually sat.
     * Only for journeys started before issue 14, which find their leaves through Visibility (eventually
     * consistent: a leave started a moment ago can be missed); later journeys keep the list and signal
     * each leave themselves (workflows/journey.workflow.ts). Remove with that patch.
     */
    async forwardSittingDates(p: Omit<ForwardSittingDatesParams, 'studyLeaves'>): Promise<number> {
      let sent = 0;
      const query = `WorkflowType = 'studyLeaveWorkflow' AND ExecutionStatus = 'Running' AND WorkflowId STARTS_WITH '${studyLeaveWorkflowIdPrefix(p.journeyId)}'`;
      for await (const wf of client.workflow.list({ query })) {
        await client.workflow
          .getHandle(wf.workflowId)
          .executeUpdate(transitionUpdate, { args: [{ event: { type: 'extendToSittings', dates: p.sittingDates, actor: SYSTEM_ACTOR } }] })
          .then(() => sent++, refusedIsFine);
      }
      return sent;
    },

    /** RULES.md §6.1: tells the project's incentive workflow (started on first use) that a specialist is certified. */
    async reportCertification(p: ReportCertificationParams): Promise<void> {
      await client.workflow
        .executeUpdateWithStart(transitionUpdate, {
          args: [{ event: { type: 'specialistCertified', journeyId: p.journeyId, certifiedOn: p.certifiedOn, actor: SYSTEM_ACTOR } }],
          startWorkflowOperation: new WithStartWorkflowOperation('projectIncentiveWorkflow', {
            workflowId: projectWorkflowId(p.projectId),
            taskQueue,
            args: [{ projectId: p.projectId, contractorId: p.contractorId, guaranteeSystemsImplemented: (await ds.getRepository(ProjectRecord).findOneBy({ id: p.projectId }))?.wageGuaranteeSystemsImplemented ?? false }],
            workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
          }),
        })
        .catch(refusedIsFine);
    },
  };
}
