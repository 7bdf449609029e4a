import { assign, setup, type SnapshotFrom } from 'xstate';
import { actorRecord, hasRole, type Actor } from './actor';
import { field, isIsoDate, isNonEmptyString, yearOf } from './common';
import { nextEvents } from './step';

/**
 * Project incentive (项目激励, RULES.md §6), one per project under construction. The project earns
 * the standing (+10 points in the annual law-abiding and credit rating and in the 标准化安薪项目
 * application, low-frequency routine inspection) ONCE, when all hold:
 *   §6.1 at least one specialist organised by its general contractor is certified;
 *   §6.2 the farm-worker wage-payment guarantee systems are implemented;
 *   §6.3 no wage-arrears violation was found during construction.
 * A violation found after the grant withdraws the standing for the years after it [decision]; the
 * grant stays in the history. A violation found before any grant blocks the project for good
 * (§6.3 is "no violation during construction", not "no open violation").
 */

export const INCENTIVE_POINTS = 10;

export interface ProjectIncentiveConfig {
  /**
   * The first rating year a withdrawal applies to. RULES.md §6 [decision]: "for the years after
   * it" = the year after the violation was found ('following-year', default); 'same-year' also
   * withdraws it for the year of the finding. Never earlier than the year after the grant.
   */
  withdrawFrom: 'following-year' | 'same-year';
}

export const DEFAULT_PROJECT_INCENTIVE_CONFIG: ProjectIncentiveConfig = { withdrawFrom: 'following-year' };

export interface ProjectIncentiveInput {
  projectId: string;
  /** General contractor (总承包单位). */
  contractorId: string;
  /** §6.2 as known when the workflow starts (e.g. from the project record). */
  guaranteeSystemsImplemented?: boolean;
  config?: Partial<ProjectIncentiveConfig>;
}

export interface IncentiveGrant {
  year: number;
  points: number;
  grantedOn: string;
  journeyId: string | null;
}

export interface IncentiveWithdrawal {
  fromYear: number;
  foundOn: string;
  reference: string | null;
}

export interface ProjectIncentiveContext {
  projectId: string;
  contractorId: string;
  config: ProjectIncentiveConfig;
  guaranteeSystems: { implemented: boolean; assessedOn: string | null; by: Actor | null };
  certifiedSpecialists: Array<{ journeyId: string; certifiedOn: string }>;
  violations: Array<{ foundOn: string; reference: string | null; by: Actor | null }>;
  /** At most one entry, ever (§6 "once"). */
  grants: IncentiveGrant[];
  withdrawals: IncentiveWithdrawal[];
  completedOn: string | null;
}

/** All sent by the workflow (system) or a programme administrator; see docs/machines.md. */
export type ProjectIncentiveEvent =
  | { type: 'specialistCertified'; actor: Actor; journeyId: string; certifiedOn: string }
  | { type: 'recordGuaranteeSystems'; actor: Actor; implemented: boolean; assessedOn: string }
  | { type: 'arrearsViolationFound'; actor: Actor; foundOn: string; reference?: string }
  | { type: 'completeProject'; actor: Actor; completedOn: string };

export type ProjectIncentiveExternalEvent = ProjectIncentiveEvent;

export const projectIncentiveExternalEvents = [
  'specialistCertified',
  'recordGuaranteeSystems',
  'arrearsViolationFound',
  'completeProject',
] as const satisfies ReadonlyArray<ProjectIncentiveEvent['type']>;

export const projectIncentiveInternalEvents = [] as const;

export const projectIncentiveStates = ['noStanding', 'granted', 'withdrawn', 'blocked', 'completed'] as const;
export type ProjectIncentiveState = (typeof projectIncentiveStates)[number];

export interface IncentiveProjectParams {
  projectId: string;
  contractorId: string;
  state: ProjectIncentiveState;
  grants: IncentiveGrant[];
  withdrawals: IncentiveWithdrawal[];
  violations: number;
  certifiedSpecialists: number;
  cause: string;
  actor: Actor | null;
}

export interface GrantIncentiveParams {
  projectId: string;
  contractorId: string;
  year: number;
  points: number;
  grantedOn: string;
  journeyId: string | null;
}

export interface WithdrawIncentiveParams {
  projectId: string;
  contractorId: string;
  fromYear: number;
  foundOn: string;
  reference: string | null;
}

type Ctx = ProjectIncentiveContext;
type Ev = ProjectIncentiveEvent;

const byProgramme = (event: unknown) => hasRole(event, 'system', 'admin');

/**
 * The incentive's read model after a transition: the runner writes it once per transition, with the
 * event that caused it (issue 14; the machine declares no projection).
 */
export function projectIncentiveProjection(snapshot: { value: unknown; context: Ctx }, event: { type: string }): IncentiveProjectParams {
  const { context } = snapshot;
  return {
    projectId: context.projectId,
    contractorId: context.contractorId,
    state: snapshot.value as ProjectIncentiveState,
    grants: context.grants.map((g) => ({ ...g })),
    withdrawals: context.withdrawals.map((w) => ({ ...w })),
    violations: context.violations.length,
    certifiedSpecialists: context.certifiedSpecialists.length,
    cause: event.type,
    actor: actorRecord(event),
  };
}

function validCertification(event: unknown): boolean {
  return byProgramme(event) && isNonEmptyString(field(event, 'journeyId')) && isIsoDate(field(event, 'certifiedOn'));
}

function validGuaranteeRecord(event: unknown): boolean {
  return byProgramme(event) && typeof field(event, 'implemented') === 'boolean' && isIsoDate(field(event, 'assessedOn'));
}

function validViolation(event: unknown): boolean {
  const reference = field(event, 'reference');
  return (
    byProgramme(event) && isIsoDate(field(event, 'foundOn')) && (reference === undefined || typeof reference === 'string')
  );
}

const recordCertification = assign<Ctx, Ev, undefined, Ev, never>({
  certifiedSpecialists: ({ context, event }) => [
    ...context.certifiedSpecialists,
    { journeyId: String(field(event, 'journeyId')), certifiedOn: String(field(event, 'certifiedOn')) },
  ],
});

const recordGuarantee = assign<Ctx, Ev, undefined, Ev, never>({
  guaranteeSystems: ({ event }) => ({
    implemented: field(event, 'implemented') === true,
    assessedOn: String(field(event, 'assessedOn')),
    by: actorRecord(event),
  }),
});

const recordViolation = assign<Ctx, Ev, undefined, Ev, never>({
  violations: ({ context, event }) => {
    const reference = field(event, 'reference');
    return [
      ...context.violations,
      {
        foundOn: String(field(event, 'foundOn')),
        reference: typeof reference === 'string' ? reference : null,
        by: actorRecord(event),
      },
    ];
  },
});

/** Records the grant; the date is the one of the event that made all of §6.1–§6.3 hold. */
function grant(dateField: 'certifiedOn' | 'assessedOn') {
  return [
    assign<Ctx, Ev, undefined, Ev, never>({
      grants: ({ context, event }) => {
        const grantedOn = String(field(event, dateField));
        const journeyId =
          dateField === 'certifiedOn'
            ? String(field(event, 'journeyId'))
            : (context.certifiedSpecialists[0]?.journeyId ?? null);
        return [...context.grants, { year: yearOf(grantedOn), points: INCENTIVE_POINTS, grantedOn, journeyId }];
      },
    }),
    {
      type: 'grantIncentive' as const,
      params: ({ context }: { context: Ctx }) => {
        const g = context.grants[context.grants.length - 1] as IncentiveGrant;
        return {
          projectId: context.projectId,
          contractorId: context.contractorId,
          year: g.year,
          points: g.points,
          grantedOn: g.grantedOn,
          journeyId: g.journeyId,
        };
      },
    },
  ];
}

export const projectIncentiveMachine = setup({
  types: {} as {
    context: ProjectIncentiveContext;
    input: ProjectIncentiveInput;
    events: ProjectIncentiveEvent;
  },
  actions: {
    /** Record +10 points for `year` and low-frequency inspection (RULES.md §6). Runs at most once per project. */
    grantIncentive: (_: unknown, _params: GrantIncentiveParams) => {},
    /** Withdraw the standing from `fromYear` on; the grant stays in the history. */
    withdrawIncentive: (_: unknown, _params: WithdrawIncentiveParams) => {},
  },
  guards: {
    certificationGrants: ({ context, event }) =>
      validCertification(event) &&
      context.grants.length === 0 &&
      context.violations.length === 0 &&
      context.guaranteeSystems.implemented,
    certificationRecorded: ({ event }) => validCertification(event),
    guaranteeGrants: ({ context, event }) =>
      validGuaranteeRecord(event) &&
      field(event, 'implemented') === true &&
      context.grants.length === 0 &&
      context.violations.length === 0 &&
      context.certifiedSpecialists.length > 0,
    guaranteeRecorded: ({ event }) => validGuaranteeRecord(event),
    violationRecorded: ({ event }) => validViolation(event),
    completion: ({ event }) => byProgramme(event) && isIsoDate(field(event, 'completedOn')),
  },
}).createMachine({
  id: 'projectIncentive',
  context: ({ input }) => ({
    projectId: input.projectId,
    contractorId: input.contractorId,
    config: { ...DEFAULT_PROJECT_INCENTIVE_CONFIG, ...(input.config ?? {}) },
    guaranteeSystems: { implemented: input.guaranteeSystemsImplemented === true, assessedOn: null, by: null },
    certifiedSpecialists: [],
    violations: [],
    grants: [],
    withdrawals: [],
    completedOn: null,
  }),
  initial: 'noStanding',
  states: {
    noStanding: {
      on: {
        specialistCertified: [
          { guard: 'certificationGrants', target: 'granted', actions: [recordCertification, ...grant('certifiedOn')] },
          { guard: 'certificationRecorded', actions: recordCertification },
        ],
        recordGuaranteeSystems: [
          { guard: 'guaranteeGrants', target: 'granted', actions: [recordGuarantee, ...grant('assessedOn')] },
          { guard: 'guaranteeRecorded', actions: recordGuarantee },
        ],
        // §6.3: a violation during construction before any grant: the project never earns it.
        arrearsViolationFound: { guard: 'violationRecorded', target: 'blocked', actions: recordViolation },
        completeProject: completeTransition(),
      },
    },
    granted: {
      on: {
        specialistCertified: { guard: 'certificationRecorded', actions: recordCertification },
        recordGuaranteeSystems: { guard: 'guaranteeRecorded', actions: recordGuarantee },
        arrearsViolationFound: {
          guard: 'violationRecorded',
          target: 'withdrawn',
          actions: [
            recordViolation,
            assign({
              withdrawals: ({ context, event }) => {
                const g = context.grants[context.grants.length - 1] as IncentiveGrant;
                const found = yearOf(event.foundOn);
                const wanted = context.config.withdrawFrom === 'same-year' ? found : found + 1;
                return [
                  ...context.withdrawals,
                  {
                    fromYear: Math.max(wanted, g.year + 1),
                    foundOn: event.foundOn,
                    reference: event.reference ?? null,
                  },
                ];
              },
            }),
            {
              type: 'withdrawIncentive',
              params: ({ context }) => {
                const w = context.withdrawals[context.withdrawals.length - 1] as IncentiveWithdrawal;
                return {
                  projectId: context.projectId,
                  contractorId: context.contractorId,
                  fromYear: w.fromYear,
                  foundOn: w.foundOn,
                  reference: w.reference,
                };
              },
            },
          ],
        },
        completeProject: completeTransition(),
      },
    },
    withdrawn: {
      on: {
        specialistCertified: { guard: 'certificationRecorded', actions: recordCertification },
        recordGuaranteeSystems: { guard: 'guaranteeRecorded', actions: recordGuarantee },
        arrearsViolationFound: { guard: 'violationRecorded', actions: recordViolation },
        completeProject: completeTransition(),
      },
    },
    blocked: {
      on: {
        specialistCertified: { guard: 'certificationRecorded', actions: recordCertification },
        recordGuaranteeSystems: { guard: 'guaranteeRecorded', actions: recordGuarantee },
        arrearsViolationFound: { guard: 'violationRecorded', actions: recordViolation },
        completeProject: completeTransition(),
      },
    },
    completed: {
      type: 'final',
    },
  },
  output: ({ context }) => ({
    projectId: context.projectId,
    grants: context.grants,
    withdrawals: context.withdrawals,
  }),
});

function completeTransition() {
  return {
    guard: 'completion' as const,
    target: '#projectIncentive.completed',
    actions: assign<Ctx, Ev, undefined, Ev, never>({ completedOn: ({ event }) => String(field(event, 'completedOn')) }),
  };
}

export type ProjectIncentiveMachine = typeof projectIncentiveMachine;
export type ProjectIncentiveSnapshot = SnapshotFrom<ProjectIncentiveMachine>;

export function projectIncentiveNextEvents(snapshot: ProjectIncentiveSnapshot): ProjectIncentiveEvent['type'][] {
  return nextEvents(snapshot, projectIncentiveExternalEvents) as ProjectIncentiveEvent['type'][];
}
