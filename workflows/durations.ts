/** Durations handed to every workflow at start, from configuration (tests shrink `dayMs`). */
export interface WorkflowDurations {
  dayMs: number;
  leaveEscalationWorkingDays: number;
  claimWindowMonths: number;
  payrollGraceDays: number;
  /** Absent in inputs of workflows started before issue 13.3; see subsidy-claim.workflow.ts. */
  paymentConfirmationDays?: number;
}

/** RULES.md §5 claim window [decision]: N months, counted as N × 365/12 days. */
export const claimWindowMs = (d: WorkflowDurations) => Math.round((d.claimWindowMonths * 365 * d.dayMs) / 12);
