// Every workflow type the worker registers (the worker bundles this file).
export { journeyWorkflow } from './journey.workflow';
export { subsidyClaimWorkflow } from './subsidy-claim.workflow';
export { subsidyLedgerWorkflow } from './subsidy-ledger.workflow';
