// The workflows the in-process benchmark worker bundles: the real journey workflow and its hand-written baseline.
export { journeyWorkflow, subsidyClaimWorkflow, subsidyLedgerWorkflow } from '../workflows';
export { bareJourneyWorkflow } from './bare-journey.workflow';
