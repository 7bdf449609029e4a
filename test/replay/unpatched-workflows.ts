// Used only by test/replay/replay-fixtures.test.ts: the journey workflow's openedBy memo change made
// WITHOUT patched(). Histories recorded before the change (the v1 fixtures) must then fail replay:
// this is why the real change in workflows/journey.workflow.ts is behind patched('journey-record-openedby').
import { upsertMemo } from '@temporalio/workflow';
import { journeyWorkflow as realJourneyWorkflow } from '../../workflows/journey.workflow';

export { studyLeaveWorkflow, wageProtectionWorkflow, subsidyClaimWorkflow, subsidyLedgerWorkflow, projectIncentiveWorkflow } from '../../workflows';

export async function journeyWorkflow(input: Parameters<typeof realJourneyWorkflow>[0]) {
  upsertMemo({ openedBy: input.openedBy });
  return realJourneyWorkflow(input);
}
