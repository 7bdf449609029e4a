import { log, patched, proxyActivities, startChild, ParentClosePolicy, upsertMemo, workflowInfo } from '@temporalio/workflow';
import type { Actor } from '@heze/machines';
import {
  SYSTEM_ACTOR,
  journeyExternalEvents,
  journeyMachine,
  journeyProjection,
  journeyTransientStates,
  type AgreedPay,
  type ForwardSittingDatesParams,
  type JourneyFacts,
  type JourneySnapshot,
  type StartSubsidyClaimParams,
  type TargetLevel,
  nextEvents,
} from '@heze/machines';
import { HezeEmployer, HezeLevel, HezeOrganisations, HezeProject, subsidyClaimWorkflowId } from '@heze/temporal';
import type { Activities } from '../activities/activity-types';
import { runMachine } from './machine-runner';
import { sendToProcess } from './process-link';
import { subsidyClaimWorkflow } from './subsidy-claim.workflow';
import type { WorkflowDurations } from './durations';
import { claimWindowMs } from './durations';

export interface JourneyWorkflowInput {
  journeyId: string;
  personKey: string;
  personMasked: string;
  targetLevel: TargetLevel;
  employerId: string;
  projectId: string | null;
  insuredWithAgencyId: string | null;
  /** The journey's own facts (issue 13.1); absent on journeys opened before they were kept here. */
  facts?: JourneyFacts;
  agreedPay?: AgreedPay | null;
  openedBy: Actor;
  durations: WorkflowDurations;
}

// Sized to the work (issue 13.5): after a worker dies mid-step, a step is retried once its
// start-to-close timeout passes, so a timeout far above the work's real length is pure waiting.
const acts = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds' },
});
// The rules are pure and take microseconds (RULES.md §3); 5 s leaves room for a saturated worker.
const rules = proxyActivities<Pick<Activities, 'evaluateEligibility'>>({
  startToCloseTimeout: '5 seconds',
  retry: { initialInterval: '200 milliseconds', maximumInterval: '2 seconds' },
});

/** One specialist's journey to one level (RULES.md §2–§5): the journey machine, made durable. */
export async function journeyWorkflow(input: JourneyWorkflowInput) {
  const now = () => new Date().toISOString();
  // Who opened the journey, readable in the Temporal UI / describe() without decoding the input.
  // Behind patched() so that histories recorded before this change still replay (docs/replay.md).
  if (patched('journey-record-openedby')) {
    upsertMemo({ openedBy: input.openedBy });
  }
  // issue 13.3: a curable claim refusal keeps the journey open. Journeys started before this change
  // closed on any refusal; their histories must replay that way (docs/replay.md).
  const reclaimAfterCurableRefusal = patched('journey-reclaim-after-curable-refusal');
  // issue 14: the journey keeps the list of its study leaves (each tells it when it starts) and sends
  // them the days sat itself. Journeys started before find their leaves through Visibility, as they did.
  const keepsStudyLeaves = patched('journey-keeps-study-leaves');
  const windowMs = claimWindowMs(input.durations);
  // When the journey became `certified` (workflow time, deterministic): the claim window runs from here.
  let certifiedAt: number | null = null;
  return runMachine({
    workflowType: 'journey',
    machine: journeyMachine,
    input: {
      journeyId: input.journeyId,
      personKey: input.personKey,
      targetLevel: input.targetLevel,
      employerId: input.employerId,
      projectId: input.projectId,
      facts: input.facts ?? null,
      agreedPay: input.agreedPay ?? null,
      config: { claimWindowMs: windowMs, reclaimAfterCurableRefusal },
    },
    nextEvents: (s) => nextEvents(s, journeyExternalEvents),
    transientStates: journeyTransientStates,
    searchAttributes: (s) => [
      { key: HezeLevel, value: input.targetLevel },
      { key: HezeEmployer, value: input.employerId },
      ...(input.projectId ? [{ key: HezeProject, value: input.projectId }] : []),
      {
        key: HezeOrganisations,
        value: [input.employerId, s.context.trainingInstitutionId, s.context.evaluationOrganisationId].filter((x): x is string => !!x),
      },
    ],
    publicContext: (c) => ({ ...c, personMasked: input.personMasked }),
    project: async (s, cause, view) => {
      const p = journeyProjection(s as JourneySnapshot, cause);
      if (p.state === 'certified' && certifiedAt === null) certifiedAt = Date.now();
      await acts.projectJourney({ ...p, version: view.version, personMasked: input.personMasked, at: now() });
    },
    // Journeys started before issue 14 projected this targetless transition through its own action.
    projectedWithoutEntry: ['recordAgreedPay'],
    actions: {
      evaluateEligibility: async (p) => {
        const verdict = await rules.evaluateEligibility(p);
        return verdict.eligible
          ? { type: 'eligibility.confirmed', actor: SYSTEM_ACTOR }
          : { type: 'eligibility.refused', actor: SYSTEM_ACTOR, failingClauses: verdict.failingClauses };
      },
      forwardSittingDates: async (p: ForwardSittingDatesParams) => {
        if (!keepsStudyLeaves) {
          await acts.forwardSittingDates(p);
          return;
        }
        const extend = { type: 'extendToSittings', dates: p.sittingDates, actor: SYSTEM_ACTOR };
        // A leave that has closed cannot be signalled: nothing to extend (the leave's own runner logs a refusal).
        await Promise.all(p.studyLeaves.map((leaveId) => sendToProcess(leaveId, extend).catch((err) => log.info('sat days not sent to a closed leave', { leaveId, error: String(err) }))));
      },
      reportCertification: async (p) => {
        await acts.reportCertification(p);
      },
      startSubsidyClaim: async (p: StartSubsidyClaimParams, { later }) => {
        // The first claim keeps the id it always had; a new claim after a curable refusal gets its own.
        const claimId = subsidyClaimWorkflowId(input.journeyId, p.certificate.number, p.claim ?? 1);
        const claim = await startChild(subsidyClaimWorkflow, {
          workflowId: claimId,
          parentClosePolicy: ParentClosePolicy.ABANDON,
          args: [{ ...p, claimId, durations: input.durations, taskQueue: workflowInfo().taskQueue }],
        });
        const windowLeftMs = () => (certifiedAt === null ? 0 : certifiedAt + windowMs - Date.now());
        later(
          claim.result().then((r) => ({
            type: 'subsidy.settled',
            actor: SYSTEM_ACTOR,
            outcome: r.outcome,
            failingRules: r.failingRules,
            claimWindowLeftMs: windowLeftMs(),
          })),
          // A claim workflow that fails (terminated, timed out, broken) is an event too (issue 14).
          (err) => ({ type: 'subsidy.failed', actor: SYSTEM_ACTOR, message: failureMessage(err), claimWindowLeftMs: windowLeftMs() }),
        );
      },
    },
  });
}

/** A failure in words, with its cause (a child's failure says why: terminated, timed out, the error). */
function failureMessage(err: unknown): string {
  const parts: string[] = [];
  for (let e = err as { message?: string; cause?: unknown } | undefined; e && parts.length < 3; e = e.cause as typeof e) {
    if (e.message) parts.push(e.message);
  }
  return (parts.join(': ') || String(err)).slice(0, 300);
}
