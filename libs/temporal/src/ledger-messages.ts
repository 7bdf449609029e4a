import { defineUpdate } from '@temporalio/workflow';

/** A claim asking the person's subsidy ledger for a decision (subsidy.once-per-year is decided here, one at a time). */
export interface LedgerDecisionRequest {
  claimId: string;
  personKey: string;
  journeyId: string | null;
  agencyId: string;
  certificate: { number: string; issuedOn: string; level: number };
  decisionDate: string;
}

export type LedgerDecision =
  | { approved: true; amount: number; year: number; clauses: string[] }
  | { approved: false; failingRules: string[]; reasons: string[] };

export const decideClaimUpdate = defineUpdate<LedgerDecision, [LedgerDecisionRequest]>('decideClaim');
