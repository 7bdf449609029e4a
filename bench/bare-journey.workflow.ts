import { ApplicationFailure, CancellationScope, condition, proxyActivities, setHandler, sleep, upsertSearchAttributes } from '@temporalio/workflow';
import type { Actor } from '@heze/machines';
import {
  HezeEmployer,
  HezeLevel,
  HezeOrganisations,
  HezeState,
  transitionUpdate,
  viewQuery,
  type MachineView,
  type TransitionRequest,
} from '@heze/temporal';
import type { Activities } from '../activities/activity-types';
import type { JourneyWorkflowInput } from '../workflows/journey.workflow';
import { claimWindowMs } from '../workflows/durations';

// Same activity options as workflows/journey.workflow.ts.
const acts = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Which state takes which event: the whole "machine" of the bare variant, as a hand-written table. */
const TAKES: Record<string, string> = {
  enrol: 'applied',
  completeTraining: 'enrolled',
  registerForEvaluation: 'trainingCompleted',
  postResult: 'registered',
  issueCertificate: 'passed',
};

/**
 * Benchmark baseline: the happy path of journeyWorkflow (applied → … → certified, then the claim-window
 * timer) written by hand, with no XState machine: plain Update handlers, the same activities called in
 * the same order with the same arguments, the same search-attribute upserts, the same timer.
 */
export async function bareJourneyWorkflow(input: JourneyWorkflowInput): Promise<MachineView> {
  let state = 'applied';
  let version = 0;
  let trainingInstitutionId: string | null = null;
  let evaluationOrganisationId: string | null = null;
  let attempts = 0;
  let certificateNumber: string | null = null;
  let timer: CancellationScope | null = null;
  const now = () => new Date().toISOString();

  const view = (): MachineView => ({
    workflowType: 'journey',
    state,
    allowedEvents: Object.keys(TAKES).filter((e) => TAKES[e] === state),
    context: { journeyId: input.journeyId, targetLevel: input.targetLevel, attempts, trainingInstitutionId, evaluationOrganisationId, personMasked: input.personMasked },
    version,
    done: false,
  });

  const enter = async (next: string, event: { type: string; actor: Actor }) => {
    state = next;
    version++;
    upsertSearchAttributes([
      { key: HezeState, value: state },
      { key: HezeLevel, value: input.targetLevel },
      { key: HezeEmployer, value: input.employerId },
      { key: HezeOrganisations, value: [input.employerId, trainingInstitutionId, evaluationOrganisationId].filter((x): x is string => !!x) },
    ] as any);
  };
  const project = (event: { type: string; actor: Actor }) =>
    acts.projectJourney({
      journeyId: input.journeyId,
      personKey: input.personKey,
      state: state as any,
      targetLevel: input.targetLevel,
      attempts,
      employerId: input.employerId,
      projectId: input.projectId,
      trainingInstitutionId,
      evaluationOrganisationId,
      agencyId: null,
      certificateNumber,
      closedReason: null,
      cause: event.type,
      actor: { role: event.actor.role, organisationId: event.actor.organisationId ?? null, keyId: event.actor.keyId ?? null },
      facts: input.facts ?? null,
      agreedPay: input.agreedPay ?? null,
      version,
      personMasked: input.personMasked,
      at: now(),
    });

  setHandler(viewQuery, view);
  setHandler(
    transitionUpdate,
    async ({ event }: TransitionRequest) => {
      const e = event as any;
      switch (event.type) {
        case 'enrol':
          trainingInstitutionId = event.actor.organisationId;
          await enter('enrolled', event);
          await project(event);
          break;
        case 'completeTraining':
          await enter('trainingCompleted', event);
          await project(event);
          break;
        case 'registerForEvaluation': {
          evaluationOrganisationId = event.actor.organisationId;
          await enter('registering', event);
          await project(event);
          const verdict = await acts.evaluateEligibility({ journeyId: input.journeyId, profile: e.profile ?? {}, targetLevel: input.targetLevel });
          const system = { type: verdict.eligible ? 'eligibility.confirmed' : 'eligibility.refused', actor: { role: 'system', organisationId: null, keyId: null } as Actor };
          await enter(verdict.eligible ? 'registered' : 'trainingCompleted', system);
          await project(system);
          break;
        }
        case 'postResult':
          attempts++;
          await enter(e.passed ? 'passed' : 'failed', event);
          await acts.forwardSittingDates({ journeyId: input.journeyId, personKey: input.personKey, employerId: input.employerId, sittingDates: e.sittingDates });
          await project(event);
          break;
        case 'issueCertificate':
          certificateNumber = e.certificateNumber;
          await enter('certified', event);
          await project(event);
          timer = new CancellationScope();
          timer.run(() => sleep(claimWindowMs(input.durations))).then(
            () => {
              state = 'closed';
            },
            () => undefined,
          );
          break;
      }
      return view();
    },
    {
      validator: ({ event }: TransitionRequest) => {
        if (!event || TAKES[event.type] !== state) {
          throw ApplicationFailure.create({ type: 'TransitionRefused', nonRetryable: true, message: `'${event?.type}' is not allowed in state '${state}'` });
        }
      },
    },
  );

  upsertSearchAttributes([
    { key: HezeState, value: state },
    { key: HezeLevel, value: input.targetLevel },
    { key: HezeEmployer, value: input.employerId },
    { key: HezeOrganisations, value: [input.employerId] },
  ] as any);
  await project({ type: 'xstate.init', actor: input.openedBy });
  await condition(() => state === 'closed');
  return view();
}
