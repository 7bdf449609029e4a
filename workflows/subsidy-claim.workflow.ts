import { patched, proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  SYSTEM_ACTOR,
  type Actor,
  SUBSIDY_PAYMENT_OVERDUE_EVENT,
  subsidyClaimMachine,
  subsidyClaimNextEvents,
  subsidyClaimProjection,
  subsidyClaimTransientStates,
  type DecideSubsidyParams,
  type InstructPaymentParams,
  type PaymentOverdueNotice,
  type SubsidyClaimOutput,
  type SubsidyClaimSnapshot,
} from '@heze/machines';
import type { Activities } from '../activities/activity-types';
import { claimWindowMs, type WorkflowDurations } from './durations';
import { runMachine } from './machine-runner';

export interface SubsidyClaimWorkflowInput {
  claimId: string;
  journeyId: string;
  personKey: string;
  employerId: string;
  agencyId: string;
  certificate: { number: string; issuedOn: string; level: number };
  claimedBy: Actor;
  durations: WorkflowDurations;
  taskQueue: string;
}

const acts = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '30 seconds' } });

/** A skill-upgrade subsidy claim (RULES.md §5): decided through the person's ledger, then paid by the agency. */
export async function subsidyClaimWorkflow(input: SubsidyClaimWorkflowInput): Promise<SubsidyClaimOutput> {
  // issue 13.3: the payment-confirmation deadline is a new timer; claims started before it replay without one.
  const paymentDeadlineMs = patched('claim-payment-deadline')
    ? (input.durations.paymentConfirmationDays ?? 30) * input.durations.dayMs
    : Number.POSITIVE_INFINITY;
  const view = await runMachine({
    workflowType: 'subsidyClaim',
    machine: subsidyClaimMachine,
    input: {
      claimId: input.claimId,
      personKey: input.personKey,
      certificate: input.certificate,
      agencyId: input.agencyId,
      journeyId: input.journeyId,
      config: { claimWindowMs: claimWindowMs(input.durations), paymentDeadlineMs },
    },
    nextEvents: (s) => subsidyClaimNextEvents(s as never),
    transientStates: subsidyClaimTransientStates,
    publicContext: (c) => ({ ...c, personKey: undefined }),
    // The claim's read model holds its view, so GET /claims/:id need not ask the workflow (issue 14).
    project: async (s, cause, view) => {
      const p = subsidyClaimProjection(s as SubsidyClaimSnapshot, cause);
      await acts.projectSubsidyClaim({ ...p, version: view.version, employerId: input.employerId, view, at: new Date().toISOString() });
    },
    // Claims started before issue 14 projected the overdue flag through the deadline's own action.
    projectedWithoutEntry: [SUBSIDY_PAYMENT_OVERDUE_EVENT],
    actions: {
      decideSubsidy: async (p: DecideSubsidyParams) => {
        const decision = await acts.requestLedgerDecision({ ...p, decisionDate: new Date().toISOString().slice(0, 10), taskQueue: input.taskQueue });
        return decision.approved
          ? { type: 'subsidy.approved', actor: SYSTEM_ACTOR, amount: decision.amount, year: decision.year }
          : { type: 'subsidy.refused', actor: SYSTEM_ACTOR, failingRules: decision.failingRules };
      },
      notifyPaymentOverdue: async (p: PaymentOverdueNotice) => {
        await acts.notify({
          id: `${workflowInfo().workflowId}:${p.kind}`,
          recipientRole: 'social-insurance-agency',
          recipientId: p.agencyId,
          kind: p.kind,
          journeyId: input.journeyId,
          payload: { ...p },
          at: new Date().toISOString(),
        });
      },
      instructPayment: async (p: InstructPaymentParams) => {
        const { paymentReference } = await acts.instructPayment(p);
        return { type: 'payment.instructed', actor: SYSTEM_ACTOR, paymentReference };
      },
    },
  });
  const c = view.context as Record<string, any>;
  return { claimId: input.claimId, outcome: c.outcome ?? null, amount: c.amount ?? null, year: c.year ?? null, failingRules: c.failingRules ?? [] };
}
