/**
 * Workflow ids are derived from business keys so that a duplicate start is refused by Temporal.
 * `personKey` is a hash of the resident ID, never the ID itself (RULES.md §1).
 */
export const journeyWorkflowId = (personKey: string, level: number) => `journey-${personKey}-L${level}`;
export const studyLeaveWorkflowId = (journeyId: string, leaveNo: number) => `${journeyId}-leave-${leaveNo}`;
export const wageProtectionWorkflowId = (journeyId: string, leaveNo: number) => `${journeyId}-wages-${leaveNo}`;
export const subsidyClaimWorkflowId = (journeyId: string, certificateNumber: string) => `${journeyId}-claim-${certificateNumber}`;
/** One ledger per person serialises subsidy decisions: subsidy.once-per-year. */
export const subsidyLedgerWorkflowId = (personKey: string) => `subsidy-ledger-${personKey}`;
export const projectWorkflowId = (projectId: string) => `project-${projectId}`;
