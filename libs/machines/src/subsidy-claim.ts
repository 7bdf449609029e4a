import { assign, setup, type SnapshotFrom } from 'xstate';
import { actorRecord, hasRole, isOrganisation, type Actor } from './actor';
import { DAY_MS, field, isIsoDate, isNonEmptyString, isPositiveNumber } from './common';
import { nextEvents } from './step';

/**
 * One skill-upgrade subsidy claim (RULES.md §5): submitted → decided by the rules (activity
 * `decideSubsidy`, which also holds the once-per-person-per-year serialisation) → approved →
 * payment instructed → paid by the social-insurance agency; or refused (rule ids); or expired
 * when still undecided at the end of the claim window.
 */

export interface SubsidyClaimConfig {
  /**
   * Time left in the claim window when the claim is submitted (RULES.md §5: 12 months from the
   * certificate's issue date [decision]); the workflow computes it from `certificate.issuedOn`.
   * Default 365 days.
   */
  claimWindowMs: number;
  /**
   * How long an instructed payment may wait for the agency's confirmation before it is flagged
   * overdue and the agency is notified (issue 13.3). Infinity: never (claims started before this).
   */
  paymentDeadlineMs: number;
}

export const DEFAULT_SUBSIDY_CLAIM_CONFIG: SubsidyClaimConfig = { claimWindowMs: 365 * DAY_MS, paymentDeadlineMs: 30 * DAY_MS };

export interface ClaimedCertificate {
  number: string;
  issuedOn: string;
  level: number;
}

export interface SubsidyClaimInput {
  claimId: string;
  personKey: string;
  certificate: ClaimedCertificate;
  agencyId: string;
  journeyId?: string | null;
  config?: Partial<SubsidyClaimConfig>;
}

export type SubsidyClaimOutcome = 'paid' | 'refused' | 'expired';

export interface SubsidyClaimContext {
  claimId: string;
  personKey: string;
  certificate: ClaimedCertificate;
  agencyId: string;
  journeyId: string | null;
  config: SubsidyClaimConfig;
  /** Amount in CNY as the rules decided (RULES.md §5: 1,500 level 4, 2,000 level 3). */
  amount: number | null;
  /** The calendar year the approval counts against (once per person per year). */
  year: number | null;
  failingRules: string[];
  paymentReference: string | null;
  paidOn: string | null;
  confirmedBy: Actor | null;
  outcome: SubsidyClaimOutcome | null;
  /** The payment was not confirmed within `config.paymentDeadlineMs` (flagged, agency notified). */
  paymentOverdue: boolean;
}

export type SubsidyClaimExternalEvent = {
  type: 'confirmPayment';
  actor: Actor;
  paidOn: string;
  paymentReference?: string;
};

export type SubsidyClaimInternalEvent =
  | { type: 'subsidy.approved'; actor: Actor; amount: number; year: number }
  | { type: 'subsidy.refused'; actor: Actor; failingRules: string[] }
  | { type: 'payment.instructed'; actor: Actor; paymentReference?: string };

export type SubsidyClaimEvent = SubsidyClaimExternalEvent | SubsidyClaimInternalEvent;

export const subsidyClaimExternalEvents = ['confirmPayment'] as const satisfies ReadonlyArray<
  SubsidyClaimExternalEvent['type']
>;

export const subsidyClaimInternalEvents = [
  'subsidy.approved',
  'subsidy.refused',
  'payment.instructed',
] as const satisfies ReadonlyArray<SubsidyClaimInternalEvent['type']>;

export const subsidyClaimStates = ['submitted', 'approved', 'paymentInstructed', 'paid', 'refused', 'expired'] as const;
export type SubsidyClaimState = (typeof subsidyClaimStates)[number];

/** States that wait only for the workflow's own step (the ledger's decision, the payment instruction). */
export const subsidyClaimTransientStates: readonly SubsidyClaimState[] = ['submitted', 'approved'];

/** The event xstate raises (after `config.claimWindowMs`) while the claim is undecided. */
export const SUBSIDY_CLAIM_WINDOW_EVENT = 'xstate.after.claimWindow.subsidyClaim.submitted';
/** The event xstate raises when an instructed payment is still unconfirmed at its deadline. */
export const SUBSIDY_PAYMENT_OVERDUE_EVENT = 'xstate.after.paymentDeadline.subsidyClaim.paymentInstructed';

export interface PaymentOverdueNotice {
  kind: 'subsidy-payment-overdue';
  claimId: string;
  agencyId: string;
  journeyId: string | null;
  paymentReference: string | null;
  overdueAfterMs: number;
}

export interface SubsidyProjectParams {
  claimId: string;
  state: SubsidyClaimState;
  personKey: string;
  journeyId: string | null;
  agencyId: string;
  certificateNumber: string;
  level: number;
  amount: number | null;
  year: number | null;
  failingRules: string[];
  cause: string;
  actor: Actor | null;
}

export interface DecideSubsidyParams {
  claimId: string;
  personKey: string;
  journeyId: string | null;
  agencyId: string;
  certificate: ClaimedCertificate;
}

export interface InstructPaymentParams {
  claimId: string;
  personKey: string;
  agencyId: string;
  certificateNumber: string;
  amount: number;
  year: number;
}

export interface SubsidyClaimOutput {
  claimId: string;
  outcome: SubsidyClaimOutcome | null;
  amount: number | null;
  year: number | null;
  failingRules: string[];
}

/**
 * The claim's read model after a transition: the runner writes it once per transition, with the
 * event that caused it (issue 14; the machine declares no projection).
 */
export function subsidyClaimProjection(snapshot: { value: unknown; context: SubsidyClaimContext }, event: { type: string }): SubsidyProjectParams {
  const { context } = snapshot;
  return {
    claimId: context.claimId,
    state: snapshot.value as SubsidyClaimState,
    personKey: context.personKey,
    journeyId: context.journeyId,
    agencyId: context.agencyId,
    certificateNumber: context.certificate.number,
    level: context.certificate.level,
    amount: context.amount,
    year: context.year,
    failingRules: context.failingRules,
    cause: event.type,
    actor: actorRecord(event),
  };
}

const isSystem = (event: unknown) => hasRole(event, 'system');

export const subsidyClaimMachine = setup({
  types: {} as {
    context: SubsidyClaimContext;
    input: SubsidyClaimInput;
    events: SubsidyClaimEvent;
    output: SubsidyClaimOutput;
  },
  actions: {
    /** Decide by the rules and reserve the person's year in the ledger; answers subsidy.approved / subsidy.refused. */
    decideSubsidy: (_: unknown, _params: DecideSubsidyParams) => {},
    /** Payment instruction to the social-insurance agency (outbox); answers payment.instructed. */
    instructPayment: (_: unknown, _params: InstructPaymentParams) => {},
    /** Outbox notice to the agency (and the programme office reads it) that a payment is overdue. */
    notifyPaymentOverdue: (_: unknown, _params: PaymentOverdueNotice) => {},
  },
  guards: {
    approval: ({ event }) =>
      isSystem(event) &&
      isPositiveNumber(field(event, 'amount')) &&
      Number.isInteger(field(event, 'year')),
    refusal: ({ event }) => {
      const rules = field(event, 'failingRules');
      return isSystem(event) && Array.isArray(rules) && rules.length > 0 && rules.every(isNonEmptyString);
    },
    isSystem: ({ event }) => isSystem(event),
    claimAgencyConfirms: ({ context, event }) => {
      const ref = field(event, 'paymentReference');
      return (
        isOrganisation(event, 'social-insurance-agency', context.agencyId) &&
        isIsoDate(field(event, 'paidOn')) &&
        (ref === undefined || typeof ref === 'string')
      );
    },
  },
  delays: {
    claimWindow: ({ context }) => context.config.claimWindowMs,
    paymentDeadline: ({ context }) => context.config.paymentDeadlineMs,
  },
}).createMachine({
  id: 'subsidyClaim',
  context: ({ input }) => ({
    claimId: input.claimId,
    personKey: input.personKey,
    certificate: { ...input.certificate },
    agencyId: input.agencyId,
    journeyId: input.journeyId ?? null,
    config: { ...DEFAULT_SUBSIDY_CLAIM_CONFIG, ...(input.config ?? {}) },
    amount: null,
    year: null,
    failingRules: [],
    paymentReference: null,
    paidOn: null,
    confirmedBy: null,
    outcome: null,
    paymentOverdue: false,
  }),
  initial: 'submitted',
  states: {
    submitted: {
      entry: [
        {
          type: 'decideSubsidy',
          params: ({ context }) => ({
            claimId: context.claimId,
            personKey: context.personKey,
            journeyId: context.journeyId,
            agencyId: context.agencyId,
            certificate: { ...context.certificate },
          }),
        },
      ],
      after: {
        claimWindow: { target: 'expired', actions: assign({ outcome: 'expired' as const }) },
      },
      on: {
        'subsidy.approved': {
          guard: 'approval',
          target: 'approved',
          actions: assign({ amount: ({ event }) => event.amount, year: ({ event }) => event.year }),
        },
        'subsidy.refused': {
          guard: 'refusal',
          target: 'refused',
          actions: assign({
            failingRules: ({ event }) => event.failingRules.map(String),
            outcome: 'refused' as const,
          }),
        },
      },
    },
    approved: {
      entry: [
        {
          type: 'instructPayment',
          params: ({ context }) => ({
            claimId: context.claimId,
            personKey: context.personKey,
            agencyId: context.agencyId,
            certificateNumber: context.certificate.number,
            amount: context.amount ?? 0,
            year: context.year ?? 0,
          }),
        },
      ],
      on: {
        'payment.instructed': {
          guard: 'isSystem',
          target: 'paymentInstructed',
          actions: assign({
            paymentReference: ({ event }) =>
              typeof event.paymentReference === 'string' ? event.paymentReference : null,
          }),
        },
      },
    },
    paymentInstructed: {
      after: {
        // Targetless: the claim stays payable; it is flagged and the agency told once (issue 13.3); the
        // runner projects the flag (claims started before issue 14: through projectedWithoutEntry).
        paymentDeadline: {
          actions: [
            assign({ paymentOverdue: true }),
            {
              type: 'notifyPaymentOverdue',
              params: ({ context }) => ({
                kind: 'subsidy-payment-overdue' as const,
                claimId: context.claimId,
                agencyId: context.agencyId,
                journeyId: context.journeyId,
                paymentReference: context.paymentReference,
                overdueAfterMs: context.config.paymentDeadlineMs,
              }),
            },
          ],
        },
      },
      on: {
        confirmPayment: {
          guard: 'claimAgencyConfirms',
          target: 'paid',
          actions: assign({
            paidOn: ({ event }) => event.paidOn,
            paymentReference: ({ context, event }) => event.paymentReference ?? context.paymentReference,
            confirmedBy: ({ event }) => actorRecord(event),
            outcome: 'paid' as const,
          }),
        },
      },
    },
    paid: {
      type: 'final',
    },
    refused: {
      type: 'final',
    },
    expired: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    claimId: context.claimId,
    outcome: context.outcome,
    amount: context.amount,
    year: context.year,
    failingRules: context.failingRules,
  }),
});

export type SubsidyClaimMachine = typeof subsidyClaimMachine;
export type SubsidyClaimSnapshot = SnapshotFrom<SubsidyClaimMachine>;

export function subsidyClaimNextEvents(snapshot: SubsidyClaimSnapshot): SubsidyClaimExternalEvent['type'][] {
  return nextEvents(snapshot, subsidyClaimExternalEvents) as SubsidyClaimExternalEvent['type'][];
}
