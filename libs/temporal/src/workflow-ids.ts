/**
 * Workflow ids are derived from business keys so that a duplicate start is refused by Temporal.
 * `personKey` is a hash of the resident ID, never the ID itself (RULES.md §1).
 */
export const journeyWorkflowId = (personKey: string, level: number) => `journey-${personKey}-L${level}`;
/** One leave per journey and start date (`from`, an ISO date). */
export const studyLeaveWorkflowId = (journeyId: string, from: string) => `${studyLeaveWorkflowIdPrefix(journeyId)}${from}`;
/** What every leave id of a journey starts with (a Visibility STARTS_WITH, an audit filter). */
export const studyLeaveWorkflowIdPrefix = (journeyId: string) => `${journeyId}-leave-`;
/** The wage protection a leave opens. */
export const wageProtectionWorkflowId = (leaveId: string) => `${leaveId}-wages`;
/** The first claim on a certificate keeps the plain id; a new claim after a curable refusal gets `-<n>`. */
export const subsidyClaimWorkflowId = (journeyId: string, certificateNumber: string, claim = 1) =>
  claim > 1 ? `${subsidyClaimWorkflowIdPrefix(journeyId)}${certificateNumber}-${claim}` : `${subsidyClaimWorkflowIdPrefix(journeyId)}${certificateNumber}`;
/** What every claim id of a journey starts with. */
export const subsidyClaimWorkflowIdPrefix = (journeyId: string) => `${journeyId}-claim-`;
/** One ledger per person serialises subsidy decisions: subsidy.once-per-year. */
export const subsidyLedgerWorkflowId = (personKey: string) => `subsidy-ledger-${personKey}`;
export const projectWorkflowId = (projectId: string) => `project-${projectId}`;
