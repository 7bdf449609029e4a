import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  projectIncentiveMachine,
  projectIncentiveNextEvents,
  projectIncentiveProjection,
  type GrantIncentiveParams,
  type ProjectIncentiveSnapshot,
  type WithdrawIncentiveParams,
} from '@heze/machines';
import { HezeEmployer, HezeProject } from '@heze/temporal';
import type { Activities } from '../activities/activity-types';
import { runMachine } from './machine-runner';

export interface ProjectIncentiveWorkflowInput {
  projectId: string;
  contractorId: string;
  guaranteeSystemsImplemented?: boolean;
}

const acts = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** RULES.md §6: a project's incentive, granted once, withdrawn for later years by an arrears violation. */
export async function projectIncentiveWorkflow(input: ProjectIncentiveWorkflowInput) {
  const now = () => new Date().toISOString();
  return runMachine({
    workflowType: 'projectIncentive',
    machine: projectIncentiveMachine,
    input: { projectId: input.projectId, contractorId: input.contractorId, guaranteeSystemsImplemented: input.guaranteeSystemsImplemented ?? true },
    nextEvents: (s) => projectIncentiveNextEvents(s as never),
    searchAttributes: () => [
      { key: HezeProject, value: input.projectId },
      { key: HezeEmployer, value: input.contractorId },
    ],
    project: async (s, cause, view) => {
      const p = projectIncentiveProjection(s as ProjectIncentiveSnapshot, cause);
      await acts.projectProcess({
        workflowId: workflowInfo().workflowId,
        kind: 'project-incentive',
        journeyId: null,
        state: p.state,
        ownerId: input.contractorId,
        version: view.version,
        detail: { projectId: p.projectId, grants: p.grants, withdrawals: p.withdrawals, violations: p.violations, certifiedSpecialists: p.certifiedSpecialists, cause: p.cause, actor: p.actor },
        at: now(),
      });
    },
    actions: {
      grantIncentive: async (p: GrantIncentiveParams) => {
        await acts.notify({
          id: `${workflowInfo().workflowId}:incentive-granted`,
          recipientRole: 'credit-rating',
          recipientId: null,
          kind: 'incentive-granted',
          journeyId: p.journeyId ?? workflowInfo().workflowId,
          payload: { ...p },
          at: now(),
        });
      },
      withdrawIncentive: async (p: WithdrawIncentiveParams) => {
        await acts.notify({
          id: `${workflowInfo().workflowId}:incentive-withdrawn:${p.fromYear}`,
          recipientRole: 'credit-rating',
          recipientId: null,
          kind: 'incentive-withdrawn',
          journeyId: workflowInfo().workflowId,
          payload: { ...p },
          at: now(),
        });
      },
    },
  });
}
