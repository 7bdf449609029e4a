// Every workflow type the worker registers (the worker bundles this file).
export { journeyWorkflow } from './journey.workflow';
export { studyLeaveWorkflow } from './study-leave.workflow';
export { wageProtectionWorkflow } from './wage-protection.workflow';
export { subsidyClaimWorkflow } from './subsidy-claim.workflow';
export { subsidyLedgerWorkflow } from './subsidy-ledger.workflow';
export { projectIncentiveWorkflow } from './project-incentive.workflow';
export { batchWorkflow } from './batch.workflow';
