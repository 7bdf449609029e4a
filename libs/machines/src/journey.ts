import { assign, enqueueActions, setup, type SnapshotFrom } from 'xstate';
import { actorRecord, hasRole, isOrganisation, type Actor } from './actor';
import {
  DAY_MS,
  field,
  isIsoDate,
  isIsoDateList,
  isNonEmptyString,
  mergeDates,
  type Json,
} from './common';
import { nextEvents } from './step';

/**
 * One specialist's journey towards one skill level (RULES.md §2, §3, §5):
 * applied → enrolled → trainingCompleted → registering → registered → passed | failed
 * → certified → subsidyClaimed → closed; withdrawn before the certificate.
 *
 * Pure: the workflow drives it with `initialTransition` / `transition` and runs the named actions.
 */

export type TargetLevel = 1 | 2 | 3 | 4;

export interface JourneyConfig {
  /**
   * How long after the certificate is recorded the subsidy may still be claimed (RULES.md §5
   * claim window, 12 months [decision]). The workflow may pass the time left until
   * issuedOn + 12 months instead. Default 365 days.
   */
  claimWindowMs: number;
  /**
   * A claim refused only for reasons time can cure (subsidy.once-per-year, subsidy.insured-12-months)
   * leaves the journey open for a new claim while the claim window lasts (issue 13.3). Off for
   * journeys started before this was so (the workflow decides with patched()).
   */
  reclaimAfterCurableRefusal: boolean;
}

export const DEFAULT_JOURNEY_CONFIG: JourneyConfig = { claimWindowMs: 365 * DAY_MS, reclaimAfterCurableRefusal: true };

/** Agreed monthly wage and benefits, in fen: the wage-protection baseline (RULES.md §4). */
export interface AgreedPay {
  monthlyWageFen: number;
  benefitsFen: { [item: string]: number };
}

/**
 * The facts this journey's subsidy decision rests on (issue 13.1): where the person is insured (the
 * claim goes there, RULES.md §5), subsidy.enterprise-employee and subsidy.insured-12-months. With the
 * agreed pay they enter the journey's history (its opening input, `recordAgreedPay`), so no other
 * organisation's request can change them.
 */
export interface JourneyFacts {
  insuredWithAgencyId: string;
  enterpriseEmployee: boolean;
  unemploymentInsuredSince: string | null;
}

export interface JourneyInput {
  journeyId: string;
  /** Pseudonymous key of the person (a hash, never the resident id). */
  personKey: string;
  targetLevel: TargetLevel;
  /** General contractor employing the specialist (unified social credit code or internal id). */
  employerId: string;
  projectId?: string | null;
  /** Absent on journeys opened before the facts were part of the journey. */
  facts?: JourneyFacts | null;
  agreedPay?: AgreedPay | null;
  config?: Partial<JourneyConfig>;
}

/** One failing eligibility clause, as the rules explain it (RULES.md §3 answer). */
export interface FailingClause {
  clause: string;
  reason: string;
  holdsOn: string | null;
}

export interface EvaluationResult {
  attempt: number;
  passed: boolean;
  score: number | null;
  sittingDates: string[];
  evaluationOrganisationId: string;
}

export interface Certificate {
  number: string;
  issuedOn: string;
  level: TargetLevel;
  evaluationOrganisationId: string;
}

export type SubsidyOutcome = 'paid' | 'refused' | 'expired';

/** Subsidy rules whose failure time alone can cure (issue 13.3); any other refusal closes the journey. */
export const TIME_CURABLE_SUBSIDY_RULES: readonly string[] = ['subsidy.once-per-year', 'subsidy.insured-12-months'];

export type JourneyClosedReason =
  | 'subsidy-paid'
  | 'subsidy-refused'
  | 'subsidy-expired'
  | 'subsidy-failed'
  | 'claim-window-expired';

export interface JourneyContext {
  journeyId: string;
  personKey: string;
  targetLevel: TargetLevel;
  employerId: string;
  projectId: string | null;
  facts: JourneyFacts | null;
  /** The agreed pay on record (RULES.md §4 baseline at leave approval); null until recorded. */
  agreedPay: AgreedPay | null;
  config: JourneyConfig;
  /** Set at `enrol`: the only institution that may mark the course complete. */
  trainingInstitutionId: string | null;
  trainingCompletedOn: string | null;
  /** Organisation that sent the registration now waiting for the eligibility answer. */
  pendingEvaluationOrganisationId: string | null;
  /** Organisation the candidate is registered with (set on `eligibility.confirmed`). */
  evaluationOrganisationId: string | null;
  /** Number of registrations sent (including refused ones). */
  registrations: number;
  /** Number of evaluation results posted (sittings); a retake is attempts > 1. */
  attempts: number;
  results: EvaluationResult[];
  /** Every evaluation day actually sat (extends the study-leave protected period, RULES.md §4). */
  sittingDates: string[];
  lastRefusal: { failingClauses: FailingClause[]; evaluationOrganisationId: string | null } | null;
  certificate: Certificate | null;
  subsidy: { agencyId: string; claimedBy: Actor; outcome: SubsidyOutcome | null } | null;
  /** Claims sent so far (a new claim after a curable refusal is the second, …). */
  claims: number;
  /** The last refused claim whose refusal time can cure, while the journey waits for a new claim. */
  lastClaimRefusal: { failingRules: string[]; claim: number } | null;
  /** The last claim whose workflow failed (terminated, timed out, broke): an event, never lost (issue 14). */
  lastClaimFailure: { message: string; claim: number } | null;
  /** Time left in the claim window when the last claim was refused or failed (ms); the reclaim timer. */
  claimWindowLeftMs: number | null;
  /** This journey's study leaves, as each told the journey when it started (issue 14): where sat days go. */
  studyLeaves: string[];
  withdrawal: { reason: string; by: Actor } | null;
  closedReason: JourneyClosedReason | null;
}

// ---- events ---------------------------------------------------------------------------------

export type JourneyExternalEvent =
  | { type: 'enrol'; actor: Actor }
  | { type: 'completeTraining'; actor: Actor; completedOn?: string }
  | { type: 'registerForEvaluation'; actor: Actor; profile: { [key: string]: Json } }
  | { type: 'postResult'; actor: Actor; passed: boolean; score?: number; sittingDates: string[] }
  | { type: 'issueCertificate'; actor: Actor; certificateNumber: string; issuedOn: string }
  | { type: 'claimSubsidy'; actor: Actor; agencyId: string }
  | { type: 'recordAgreedPay'; actor: Actor; agreedPay: AgreedPay }
  | { type: 'withdraw'; actor: Actor; reason: string };

export type JourneyInternalEvent =
  | { type: 'eligibility.confirmed'; actor: Actor }
  | { type: 'eligibility.refused'; actor: Actor; failingClauses: FailingClause[] }
  | { type: 'subsidy.settled'; actor: Actor; outcome: SubsidyOutcome; failingRules?: string[]; claimWindowLeftMs?: number }
  /** The claim's workflow failed instead of answering (issue 14). */
  | { type: 'subsidy.failed'; actor: Actor; message: string; claimWindowLeftMs?: number }
  /** A study leave of this journey started (sent by the leave's workflow). */
  | { type: 'studyLeave.opened'; actor: Actor; leaveId: string };

export type JourneyEvent = JourneyExternalEvent | JourneyInternalEvent;

export const journeyExternalEvents = [
  'enrol',
  'completeTraining',
  'registerForEvaluation',
  'postResult',
  'issueCertificate',
  'claimSubsidy',
  'recordAgreedPay',
  'withdraw',
] as const satisfies ReadonlyArray<JourneyExternalEvent['type']>;

export const journeyInternalEvents = [
  'eligibility.confirmed',
  'eligibility.refused',
  'subsidy.settled',
  'subsidy.failed',
  'studyLeave.opened',
] as const satisfies ReadonlyArray<JourneyInternalEvent['type']>;

export const journeyStates = [
  'applied',
  'enrolled',
  'trainingCompleted',
  'registering',
  'registered',
  'passed',
  'failed',
  'certified',
  'subsidyClaimed',
  'claimRefused',
  'closed',
  'withdrawn',
] as const;
export type JourneyState = (typeof journeyStates)[number];

/** States that wait only for the workflow's own step (the eligibility rules): issue 13.5's "in progress". */
export const journeyTransientStates: readonly JourneyState[] = ['registering'];

/** The event xstate raises (after the configured delay) when the claim window runs out. */
export const JOURNEY_CLAIM_WINDOW_EVENT = 'xstate.after.claimWindow.journey.certified';
/** The same, while the journey waits for a new claim after a curable refusal. */
export const JOURNEY_RECLAIM_WINDOW_EVENT = 'xstate.after.claimWindowLeft.journey.claimRefused';

// ---- action params --------------------------------------------------------------------------

export interface JourneyProjectParams {
  journeyId: string;
  personKey: string;
  state: JourneyState;
  targetLevel: TargetLevel;
  attempts: number;
  employerId: string;
  projectId: string | null;
  trainingInstitutionId: string | null;
  evaluationOrganisationId: string | null;
  agencyId: string | null;
  certificateNumber: string | null;
  closedReason: JourneyClosedReason | null;
  /** The event that led here and who sent it (Temporal records no "who"; the projection does). */
  cause: string;
  actor: Actor | null;
  facts: JourneyFacts | null;
  agreedPay: AgreedPay | null;
  /**
   * Issue 17 statistics: the latest result (its last day sat) and the certificate's issue date. Only the
   * activity's input changes (Temporal's replay compares no activity inputs), so no patch is needed;
   * absent in inputs recorded before.
   */
  lastResult?: { passed: boolean; lastSittingOn: string | null } | null;
  certificateIssuedOn?: string | null;
}

export interface EvaluateEligibilityParams {
  journeyId: string;
  profile: { [key: string]: Json };
  targetLevel: TargetLevel;
}

export interface ForwardSittingDatesParams {
  journeyId: string;
  personKey: string;
  employerId: string;
  sittingDates: string[];
  /** The journey's study leaves (journeys that keep the list; others find them through Visibility). */
  studyLeaves: string[];
}

export interface ReportCertificationParams {
  projectId: string;
  contractorId: string;
  journeyId: string;
  certificateNumber: string;
  certifiedOn: string;
  level: TargetLevel;
}

export interface StartSubsidyClaimParams {
  journeyId: string;
  personKey: string;
  employerId: string;
  agencyId: string;
  certificate: { number: string; issuedOn: string; level: TargetLevel };
  claimedBy: Actor;
  /** 1 for the first claim of the journey, 2 after a curable refusal, … */
  claim: number;
}

// ---- guards (defensive: events reach validators as untyped JSON) -------------------------------

const isSystem = (event: unknown) => hasRole(event, 'system');
const byEmployerOrSpecialist = (event: unknown, employerId: string) =>
  hasRole(event, 'specialist') || isOrganisation(event, 'employer', employerId);

/**
 * The journey's read model after a transition: the runner writes it once per transition, with the
 * event that caused it (issue 14; the machine declares no projection).
 */
export function journeyProjection(snapshot: { value: unknown; context: JourneyContext }, event: { type: string }): JourneyProjectParams {
  const { context } = snapshot;
  return {
    journeyId: context.journeyId,
    personKey: context.personKey,
    state: snapshot.value as JourneyState,
    targetLevel: context.targetLevel,
    attempts: context.attempts,
    employerId: context.employerId,
    projectId: context.projectId,
    trainingInstitutionId: context.trainingInstitutionId,
    evaluationOrganisationId: context.evaluationOrganisationId ?? context.pendingEvaluationOrganisationId,
    agencyId: context.subsidy?.agencyId ?? null,
    certificateNumber: context.certificate?.number ?? null,
    closedReason: context.closedReason,
    cause: event.type,
    actor: actorRecord(event),
    facts: context.facts,
    agreedPay: context.agreedPay,
    lastResult: lastResult(context.results),
    certificateIssuedOn: context.certificate?.issuedOn ?? null,
  };
}

function lastResult(results: EvaluationResult[]): JourneyProjectParams['lastResult'] {
  const last = results[results.length - 1];
  if (!last) return null;
  const days = [...last.sittingDates].sort();
  return { passed: last.passed, lastSittingOn: days[days.length - 1] ?? null };
}

function isAgreedPay(value: unknown): value is AgreedPay {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<AgreedPay>;
  return (
    Number.isInteger(p.monthlyWageFen) &&
    (p.monthlyWageFen as number) >= 0 &&
    typeof p.benefitsFen === 'object' &&
    p.benefitsFen !== null &&
    Object.values(p.benefitsFen).every((v) => Number.isInteger(v) && v >= 0)
  );
}

export const journeyMachine = setup({
  types: {} as {
    context: JourneyContext;
    input: JourneyInput;
    events: JourneyEvent;
  },
  actions: {
    /** Run the eligibility rules (RULES.md §3); answers `eligibility.confirmed` / `eligibility.refused`. */
    evaluateEligibility: (_: unknown, _params: EvaluateEligibilityParams) => {},
    /** Send the sat evaluation days to the journey's study leave (`extendToSittings`, RULES.md §4). */
    forwardSittingDates: (_: unknown, _params: ForwardSittingDatesParams) => {},
    /** Tell the project-incentive workflow a specialist of the project is certified (RULES.md §6.1). */
    reportCertification: (_: unknown, _params: ReportCertificationParams) => {},
    /** Start the subsidy-claim child workflow; it answers `subsidy.settled`. */
    startSubsidyClaim: (_: unknown, _params: StartSubsidyClaimParams) => {},
  },
  guards: {
    isSystem: ({ event }) => isSystem(event),
    trainingInstitutionEnrols: ({ event }) => {
      const actor = (event as { actor?: Actor }).actor;
      return hasRole(event, 'training-institution') && isNonEmptyString(actor?.organisationId);
    },
    enrollingInstitutionCompletes: ({ context, event }) => {
      const completedOn = field(event, 'completedOn');
      return (
        isOrganisation(event, 'training-institution', context.trainingInstitutionId) &&
        (completedOn === undefined || isIsoDate(completedOn))
      );
    },
    evaluationOrganisationRegisters: ({ event }) => {
      const actor = (event as { actor?: Actor }).actor;
      const profile = field(event, 'profile');
      return (
        hasRole(event, 'evaluation-organisation') &&
        isNonEmptyString(actor?.organisationId) &&
        typeof profile === 'object' &&
        profile !== null &&
        !Array.isArray(profile)
      );
    },
    eligibilityRefusal: ({ event }) => isSystem(event) && Array.isArray(field(event, 'failingClauses')),
    registeredOrganisationPostsPass: ({ context, event }) =>
      validResult(context, event) && field(event, 'passed') === true,
    registeredOrganisationPostsFail: ({ context, event }) =>
      validResult(context, event) && field(event, 'passed') === false,
    registeredOrganisationIssues: ({ context, event }) =>
      isOrganisation(event, 'evaluation-organisation', context.evaluationOrganisationId) &&
      isNonEmptyString(field(event, 'certificateNumber')) &&
      isIsoDate(field(event, 'issuedOn')),
    claimantClaims: ({ context, event }) =>
      byEmployerOrSpecialist(event, context.employerId) && isNonEmptyString(field(event, 'agencyId')),
    journeyEmployerRecordsPay: ({ context, event }) =>
      isOrganisation(event, 'employer', context.employerId) && isAgreedPay(field(event, 'agreedPay')),
    /** issue 13.3: refused only by rules time can cure, with claim window left, on a journey that allows it. */
    curableRefusal: ({ context, event }) => {
      const rules = field(event, 'failingRules');
      const left = field(event, 'claimWindowLeftMs');
      return (
        isSystem(event) &&
        context.config.reclaimAfterCurableRefusal &&
        field(event, 'outcome') === 'refused' &&
        Array.isArray(rules) &&
        rules.length > 0 &&
        rules.every((r) => TIME_CURABLE_SUBSIDY_RULES.includes(String(r))) &&
        typeof left === 'number' &&
        left > 0
      );
    },
    /** A failed claim with claim window left: the certificate may be claimed again (issue 14). */
    failureWithWindowLeft: ({ event }) => {
      const left = field(event, 'claimWindowLeftMs');
      return isSystem(event) && typeof left === 'number' && left > 0;
    },
    leaveOpened: ({ event }) => isSystem(event) && isNonEmptyString(field(event, 'leaveId')),
    subsidySettlement: ({ event }) => {
      const outcome = field(event, 'outcome');
      return isSystem(event) && (outcome === 'paid' || outcome === 'refused' || outcome === 'expired');
    },
    claimantWithdraws: ({ context, event }) =>
      byEmployerOrSpecialist(event, context.employerId) && typeof field(event, 'reason') === 'string',
  },
  delays: {
    claimWindow: ({ context }) => context.config.claimWindowMs,
    claimWindowLeft: ({ context }) => context.claimWindowLeftMs ?? 0,
  },
}).createMachine({
  id: 'journey',
  context: ({ input }) => ({
    journeyId: input.journeyId,
    personKey: input.personKey,
    targetLevel: input.targetLevel,
    employerId: input.employerId,
    projectId: input.projectId ?? null,
    facts: input.facts ?? null,
    agreedPay: input.agreedPay ?? null,
    config: { ...DEFAULT_JOURNEY_CONFIG, ...(input.config ?? {}) },
    trainingInstitutionId: null,
    trainingCompletedOn: null,
    pendingEvaluationOrganisationId: null,
    evaluationOrganisationId: null,
    registrations: 0,
    attempts: 0,
    results: [],
    sittingDates: [],
    lastRefusal: null,
    certificate: null,
    subsidy: null,
    claims: 0,
    lastClaimRefusal: null,
    lastClaimFailure: null,
    claimWindowLeftMs: null,
    studyLeaves: [],
    withdrawal: null,
    closedReason: null,
  }),
  initial: 'applied',
  states: {
    applied: {
      on: {
        enrol: {
          guard: 'trainingInstitutionEnrols',
          target: 'enrolled',
          actions: assign({ trainingInstitutionId: ({ event }) => event.actor.organisationId }),
        },
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    enrolled: {
      on: {
        completeTraining: {
          guard: 'enrollingInstitutionCompletes',
          target: 'trainingCompleted',
          actions: assign({ trainingCompletedOn: ({ event }) => event.completedOn ?? null }),
        },
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    trainingCompleted: {
      on: {
        registerForEvaluation: registerTransition(),
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    registering: {
      on: {
        'eligibility.confirmed': {
          guard: 'isSystem',
          target: 'registered',
          actions: assign({
            evaluationOrganisationId: ({ context }) => context.pendingEvaluationOrganisationId,
            pendingEvaluationOrganisationId: null,
            lastRefusal: null,
          }),
        },
        'eligibility.refused': {
          guard: 'eligibilityRefusal',
          target: 'trainingCompleted',
          actions: assign({
            lastRefusal: ({ context, event }) => ({
              failingClauses: event.failingClauses.map((c) => ({
                clause: String(c.clause),
                reason: String(c.reason),
                holdsOn: c.holdsOn ?? null,
              })),
              evaluationOrganisationId: context.pendingEvaluationOrganisationId,
            }),
            pendingEvaluationOrganisationId: null,
          }),
        },
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    registered: {
      on: {
        postResult: [
          {
            guard: 'registeredOrganisationPostsPass',
            target: 'passed',
            actions: [recordResult(), forwardSittings()],
          },
          {
            guard: 'registeredOrganisationPostsFail',
            target: 'failed',
            actions: [recordResult(), forwardSittings()],
          },
        ],
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    passed: {
      on: {
        issueCertificate: {
          guard: 'registeredOrganisationIssues',
          target: 'certified',
          actions: [
            assign({
              certificate: ({ context, event }) => ({
                number: event.certificateNumber,
                issuedOn: event.issuedOn,
                level: context.targetLevel,
                evaluationOrganisationId: context.evaluationOrganisationId ?? '',
              }),
            }),
            enqueueActions(({ context, enqueue }) => {
              if (context.projectId !== null && context.certificate !== null) {
                enqueue({
                  type: 'reportCertification',
                  params: {
                    projectId: context.projectId,
                    contractorId: context.employerId,
                    journeyId: context.journeyId,
                    certificateNumber: context.certificate.number,
                    certifiedOn: context.certificate.issuedOn,
                    level: context.targetLevel,
                  },
                });
              }
            }),
          ],
        },
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    failed: {
      on: {
        // A retake: register again (the eligibility is checked again).
        registerForEvaluation: registerTransition(),
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
        withdraw: withdrawTransition(),
      },
    },
    certified: {
      after: {
        claimWindow: {
          target: 'closed',
          actions: assign({ closedReason: 'claim-window-expired' as const }),
        },
      },
      on: {
        claimSubsidy: claimTransition(),
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
      },
    },
    subsidyClaimed: {
      on: {
        'subsidy.settled': [
          {
            // issue 13.3: time can cure this refusal; the certificate may be claimed again in the window.
            guard: 'curableRefusal',
            target: 'claimRefused',
            actions: assign({
              subsidy: ({ context, event }) => (context.subsidy ? { ...context.subsidy, outcome: event.outcome } : null),
              lastClaimRefusal: ({ context, event }) => ({ failingRules: (event.failingRules ?? []).map(String), claim: context.claims }),
              claimWindowLeftMs: ({ event }) => event.claimWindowLeftMs ?? null,
            }),
          },
          {
            guard: 'subsidySettlement',
            target: 'closed',
            actions: assign({
              subsidy: ({ context, event }) =>
                context.subsidy ? { ...context.subsidy, outcome: event.outcome } : null,
              closedReason: ({ event }) => `subsidy-${event.outcome}` as JourneyClosedReason,
            }),
          },
        ],
        // The claim's workflow failed (issue 14: an event, not a lost rejection): like a refusal time
        // can cure, the certificate may be claimed again while the window lasts; after it, closed.
        'subsidy.failed': [
          {
            guard: 'failureWithWindowLeft',
            target: 'claimRefused',
            actions: assign({
              lastClaimFailure: ({ context, event }) => ({ message: String(event.message ?? ''), claim: context.claims }),
              claimWindowLeftMs: ({ event }) => event.claimWindowLeftMs ?? null,
            }),
          },
          {
            guard: 'isSystem',
            target: 'closed',
            actions: assign({
              lastClaimFailure: ({ context, event }) => ({ message: String(event.message ?? ''), claim: context.claims }),
              closedReason: 'subsidy-failed' as const,
            }),
          },
        ],
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
      },
    },
    claimRefused: {
      after: {
        claimWindowLeft: {
          target: 'closed',
          actions: assign({ closedReason: 'claim-window-expired' as const }),
        },
      },
      on: {
        claimSubsidy: claimTransition(),
        recordAgreedPay: agreedPayTransition(),
        'studyLeave.opened': studyLeaveOpened(),
      },
    },
    closed: {
      type: 'final',
    },
    withdrawn: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    journeyId: context.journeyId,
    closedReason: context.closedReason,
    withdrawn: context.withdrawal !== null,
    attempts: context.attempts,
    certificateNumber: context.certificate?.number ?? null,
  }),
});

// Transition builders shared by several states. Kept as functions so each state gets its own
// object (xstate does not mind sharing, but it keeps the config plain).

function withdrawTransition() {
  return {
    guard: 'claimantWithdraws' as const,
    target: '#journey.withdrawn',
    actions: assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>({
      withdrawal: ({ event }) => ({
        reason: String(field(event, 'reason') ?? ''),
        by: actorRecord(event) as Actor,
      }),
    }),
  };
}

/** A claim: the subsidy-claim child workflow decides it (RULES.md §5). */
function claimTransition() {
  return {
    guard: 'claimantClaims' as const,
    target: '#journey.subsidyClaimed',
    actions: [
      assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>({
        subsidy: ({ event }) => ({
          agencyId: String(field(event, 'agencyId')),
          claimedBy: actorRecord(event) as Actor,
          outcome: null,
        }),
        claims: ({ context }) => context.claims + 1,
      }),
      {
        type: 'startSubsidyClaim' as const,
        params: ({ context, event }: { context: JourneyContext; event: JourneyEvent }): StartSubsidyClaimParams => ({
          journeyId: context.journeyId,
          personKey: context.personKey,
          employerId: context.employerId,
          agencyId: String(field(event, 'agencyId')),
          certificate: {
            number: context.certificate?.number ?? '',
            issuedOn: context.certificate?.issuedOn ?? '',
            level: context.targetLevel,
          },
          claimedBy: actorRecord(event) as Actor,
          claim: context.claims,
        }),
      },
    ],
  };
}

/**
 * The journey's employer records the agreed pay (RULES.md §4 baseline): a fact of this journey, in
 * its history with who recorded it (issue 13.1); the state does not change, the projection does (the
 * runner projects every transition).
 */
function agreedPayTransition() {
  return {
    guard: 'journeyEmployerRecordsPay' as const,
    actions: assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>({
      agreedPay: ({ event }) => {
        const pay = field(event, 'agreedPay') as AgreedPay;
        return { monthlyWageFen: pay.monthlyWageFen, benefitsFen: { ...pay.benefitsFen } };
      },
    }),
  };
}

/** A study leave of this journey started: the journey keeps the list, to send it the days sat (RULES.md §4). */
function studyLeaveOpened() {
  return {
    guard: 'leaveOpened' as const,
    actions: assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>({
      studyLeaves: ({ context, event }) => {
        const leaveId = String(field(event, 'leaveId'));
        return context.studyLeaves.includes(leaveId) ? context.studyLeaves : [...context.studyLeaves, leaveId];
      },
    }),
  };
}

function registerTransition() {
  return {
    guard: 'evaluationOrganisationRegisters' as const,
    target: '#journey.registering',
    actions: [
      assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>({
        pendingEvaluationOrganisationId: ({ event }) => actorRecord(event)?.organisationId ?? null,
        registrations: ({ context }) => context.registrations + 1,
      }),
      {
        type: 'evaluateEligibility' as const,
        params: ({ context, event }: { context: JourneyContext; event: JourneyEvent }) => ({
          journeyId: context.journeyId,
          profile: (field(event, 'profile') ?? {}) as { [key: string]: Json },
          targetLevel: context.targetLevel,
        }),
      },
    ],
  };
}

function validResult(context: JourneyContext, event: unknown): boolean {
  const score = field(event, 'score');
  return (
    isOrganisation(event, 'evaluation-organisation', context.evaluationOrganisationId) &&
    isIsoDateList(field(event, 'sittingDates')) &&
    (score === undefined || (typeof score === 'number' && Number.isFinite(score)))
  );
}

function recordResult() {
  return assign<JourneyContext, JourneyEvent, undefined, JourneyEvent, never>(({ context, event }) => {
    const sat = mergeDates((field(event, 'sittingDates') as string[]) ?? []);
    const score = field(event, 'score');
    const attempt = context.attempts + 1;
    return {
      attempts: attempt,
      results: [
        ...context.results,
        {
          attempt,
          passed: field(event, 'passed') === true,
          score: typeof score === 'number' ? score : null,
          sittingDates: sat,
          evaluationOrganisationId: context.evaluationOrganisationId ?? '',
        },
      ],
      sittingDates: mergeDates(context.sittingDates, sat),
    };
  });
}

function forwardSittings() {
  return {
    type: 'forwardSittingDates' as const,
    params: ({ context, event }: { context: JourneyContext; event: JourneyEvent }) => ({
      journeyId: context.journeyId,
      personKey: context.personKey,
      employerId: context.employerId,
      sittingDates: mergeDates((field(event, 'sittingDates') as string[]) ?? []),
      studyLeaves: [...context.studyLeaves],
    }),
  };
}

export type JourneyMachine = typeof journeyMachine;
export type JourneySnapshot = SnapshotFrom<JourneyMachine>;

/** External event types the current state has a transition for (guards ignored). */
export function journeyNextEvents(snapshot: JourneySnapshot): JourneyExternalEvent['type'][] {
  return nextEvents(snapshot, journeyExternalEvents) as JourneyExternalEvent['type'][];
}
