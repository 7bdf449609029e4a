// Used only by test/replay/replay-fixtures.test.ts: the real workflows, except that journeyWorkflow
// does something in a different order (a timer before the machine starts). Replaying a recorded
// journey against this bundle must fail with a DeterminismViolationError.
import { sleep } from '@temporalio/workflow';
import { journeyWorkflow as realJourneyWorkflow } from '../../workflows/journey.workflow';

export { studyLeaveWorkflow, wageProtectionWorkflow, subsidyClaimWorkflow, subsidyLedgerWorkflow, projectIncentiveWorkflow } from '../../workflows';

export async function journeyWorkflow(input: Parameters<typeof realJourneyWorkflow>[0]) {
  await sleep(1);
  return realJourneyWorkflow(input);
}
