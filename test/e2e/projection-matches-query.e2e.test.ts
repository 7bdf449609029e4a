/**
 * issue 14, "the read model is written once per transition, by the runner": every event of every
 * machine, taken, leaves the projection (journey_projections, process_projections) equal to what the
 * workflow's Query answers. One table: each case drives real journeys, leaves, wage protections,
 * claims and incentives through their events over HTTP (through the Update the API would send where no
 * route exists), and after each step compares the projection row (state, version, the key fields, the
 * cause) with the Query's view; the version tells that exactly the listed events were taken.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  JOURNEY_CLAIM_WINDOW_EVENT,
  JOURNEY_RECLAIM_WINDOW_EVENT,
  journeyExternalEvents,
  journeyInternalEvents,
  projectIncentiveExternalEvents,
  STUDY_LEAVE_ESCALATION_EVENT,
  STUDY_LEAVE_PAYROLL_GRACE_EVENT,
  studyLeaveExternalEvents,
  SUBSIDY_CLAIM_WINDOW_EVENT,
  SUBSIDY_PAYMENT_OVERDUE_EVENT,
  subsidyClaimExternalEvents,
  subsidyClaimInternalEvents,
  wageProtectionExternalEvents,
  wageProtectionInternalEvents,
  type Actor,
} from '@heze/machines';
import { openDatabase, JourneyProjection, ProcessProjection, ProjectRecord } from '@heze/persistence';
import { transitionUpdate, viewQuery, type MachineView, projectWorkflowId, wageProtectionWorkflowId } from '@heze/temporal';
import { eligibleProfile, JourneyDriver, monthsAgo, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

type Kind = 'journey' | 'study-leave' | 'wage-protection' | 'subsidy-claim' | 'project-incentive';

/** Every event each machine can take (external, internal, its delays). */
const EVENTS: Record<Kind, readonly string[]> = {
  journey: [...journeyExternalEvents, ...journeyInternalEvents, JOURNEY_CLAIM_WINDOW_EVENT, JOURNEY_RECLAIM_WINDOW_EVENT],
  'study-leave': [...studyLeaveExternalEvents, STUDY_LEAVE_ESCALATION_EVENT, STUDY_LEAVE_PAYROLL_GRACE_EVENT],
  'wage-protection': [...wageProtectionExternalEvents, ...wageProtectionInternalEvents],
  'subsidy-claim': [...subsidyClaimExternalEvents, ...subsidyClaimInternalEvents, SUBSIDY_CLAIM_WINDOW_EVENT, SUBSIDY_PAYMENT_OVERDUE_EVENT],
  'project-incentive': [...projectIncentiveExternalEvents],
};
/** Events no party can bring about from outside; their machine's state × event matrix covers them. */
const NOT_REACHABLE: Partial<Record<Kind, Record<string, string>>> = {
  'subsidy-claim': { [SUBSIDY_CLAIM_WINDOW_EVENT]: 'the ledger decides a claim at once; undecided at the end of its window only if the ledger is down that long' },
};

// Short "days" for the timers, long enough that each step is checked before the next timer fires.
const env = { HEZE_DAY_MS: '1000', SUBSIDY_CLAIM_WINDOW_MONTHS: '2', PAYROLL_GRACE_DAYS: '6', PAYMENT_CONFIRMATION_DAYS: '6' };
const today = () => new Date().toISOString().slice(0, 10);
const ADMIN: Actor = { role: 'admin', organisationId: null, keyId: 'projection-test' };
const SPECIALIST: Actor = { role: 'specialist', organisationId: null, keyId: 'projection-test' };

/** The fields a projection row must agree on with the view, per kind. */
function fromRow(kind: Kind, row: JourneyProjection | ProcessProjection) {
  if (kind === 'journey') {
    const r = row as JourneyProjection;
    const s = JSON.parse(r.summary);
    return {
      cause: s.cause,
      fields: {
        state: r.state,
        version: r.version,
        attempts: r.attempts,
        trainingInstitutionId: r.trainingInstitutionId,
        evaluationOrganisationId: r.evaluationOrganisationId,
        agencyId: r.agencyId,
        agreedPay: r.agreedPay ? JSON.parse(r.agreedPay) : null,
        closedReason: s.closedReason ?? null,
        certificateNumber: s.certificateNumber ?? null,
      },
    };
  }
  const r = row as ProcessProjection;
  const d = JSON.parse(r.detail);
  const common = { state: r.state, version: r.version, ownerId: r.ownerId };
  switch (kind) {
    case 'study-leave':
      return { cause: d.cause, fields: { ...common, from: d.from, to: d.to, escalated: d.escalated, protectedPeriod: d.protectedPeriod } };
    case 'wage-protection':
      return { cause: d.cause, fields: { ...common, openViolationId: d.openViolationId, violations: d.violations, checkedRecords: d.checkedRecords } };
    case 'project-incentive':
      return { cause: d.cause, fields: { ...common, grants: d.grants, withdrawals: d.withdrawals, violations: d.violations, certifiedSpecialists: d.certifiedSpecialists } };
    case 'subsidy-claim':
      // The claim's row holds its whole view: GET /claims/:id answers from it.
      return { cause: d.cause, fields: { ...common, view: d.view } };
  }
}

function fromView(kind: Kind, v: MachineView) {
  const c = v.context as Record<string, any>;
  const common = { state: v.state, version: v.version };
  switch (kind) {
    case 'journey':
      return {
        ...common,
        attempts: c.attempts,
        trainingInstitutionId: c.trainingInstitutionId,
        evaluationOrganisationId: c.evaluationOrganisationId ?? c.pendingEvaluationOrganisationId,
        agencyId: c.subsidy?.agencyId ?? null,
        agreedPay: c.agreedPay,
        closedReason: c.closedReason,
        certificateNumber: c.certificate?.number ?? null,
      };
    case 'study-leave':
      return { ...common, ownerId: c.employerId, from: c.from, to: c.to, escalated: c.escalated, protectedPeriod: c.protectedPeriod };
    case 'wage-protection': {
      const last = c.violations[c.violations.length - 1];
      return { ...common, ownerId: c.employerId, openViolationId: last?.status === 'open' ? last.violationId : null, violations: c.violations.length, checkedRecords: c.checkedRecords };
    }
    case 'project-incentive':
      return { ...common, ownerId: c.contractorId, grants: c.grants, withdrawals: c.withdrawals, violations: c.violations.length, certifiedSpecialists: c.certifiedSpecialists.length };
    case 'subsidy-claim':
      return { ...common, ownerId: c.agencyId, view: v };
  }
}

/** What one step makes one workflow take, in order ('xstate.init' for a workflow that starts). */
interface Took {
  kind: Kind;
  id: (c: Ctx) => string;
  takes: string[];
}
interface Step {
  does: string;
  run: (c: Ctx) => Promise<unknown>;
  then: Took[];
}
interface Case {
  name: string;
  steps: Step[];
}
type Ctx = Record<string, string> & { journeyId: string };

const journey = (...takes: string[]): Took => ({ kind: 'journey', id: (c) => c.journeyId, takes });
const leave = (key: string, ...takes: string[]): Took => ({ kind: 'study-leave', id: (c) => c[key], takes });
const wages = (key: string, ...takes: string[]): Took => ({ kind: 'wage-protection', id: (c) => wageProtectionWorkflowId(c[key]), takes });
const claim = (...takes: string[]): Took => ({ kind: 'subsidy-claim', id: (c) => c.claimId, takes });
const incentive = (...takes: string[]): Took => ({ kind: 'project-incentive', id: (c) => projectWorkflowId(c.projectId), takes });

describe('every event of every machine, taken, leaves the projection equal to the Query (issue 14)', () => {
  const system = new TestSystem(env);
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let ds: DataSource;
  let client: Client;

  const send = (id: string, event: Record<string, unknown> & { type: string; actor: Actor }) =>
    client.workflow.getHandle(id).executeUpdate(transitionUpdate, { args: [{ event }] });
  const post = (url: string, role: string, body?: unknown, status = 200) => drive.step('POST', url, role, body, status);

  // The steps every certified journey goes through (each checked).
  const toCertified = (opts: { leaveEvents?: boolean } = {}): Step[] => [
    { does: 'enrol', run: (c) => post(`/journeys/${c.journeyId}/enrolment`, 'training-institution'), then: [journey('enrol')] },
    { does: 'completeTraining', run: (c) => post(`/journeys/${c.journeyId}/training-completion`, 'training-institution', { completedOn: today() }), then: [journey('completeTraining')] },
    {
      does: 'registerForEvaluation (eligible)',
      run: (c) => post(`/journeys/${c.journeyId}/evaluation-registration`, 'evaluation-organisation', { profile: eligibleProfile() }),
      then: [journey('registerForEvaluation', 'eligibility.confirmed')],
    },
    {
      does: 'postResult (passed, sat today)',
      run: (c) => post(`/journeys/${c.journeyId}/results`, 'evaluation-organisation', { passed: true, score: 82, sittingDates: [today()] }),
      then: opts.leaveEvents ? [journey('postResult'), leave('leaveId', 'extendToSittings'), wages('leaveId', 'period.extended')] : [journey('postResult')],
    },
  ];
  const certificate = (): Step => ({
    does: 'issueCertificate',
    run: (c) => post(`/journeys/${c.journeyId}/certificate`, 'evaluation-organisation', { certificateNumber: (c.certificate = `CERT-${randomUUID().slice(0, 8)}`), issuedOn: today() }),
    then: [journey('issueCertificate')],
  });
  const claimSubsidy = (...claimTakes: string[]): Step => ({
    does: 'claimSubsidy',
    run: async (c) => {
      await post(`/journeys/${c.journeyId}/subsidy-claim`, 'employer', {});
      c.claimId = drive.claimId(c.journeyId, c.certificate);
    },
    then: [journey('claimSubsidy'), claim('xstate.init', ...claimTakes)],
  });
  const open = (opts: Parameters<JourneyDriver['open']>[0] = {}): Step => ({
    does: 'open the journey',
    run: async (c) => {
      c.journeyId = await drive.open({ projectId: null, ...opts });
    },
    then: [journey('xstate.init')],
  });
  // A step whose event comes by itself (a timer): nothing to send, its Took waits for it.
  const meanwhile = async () => {};

  const cases: Case[] = [
    {
      name: 'a journey with study leave, wage protection, its project incentive and a paid claim',
      steps: [
        {
          does: 'a project whose guarantee systems are not yet implemented (§6.2)',
          run: async (c) => {
            c.projectId = `project-${randomUUID().slice(0, 8)}`;
            await ds.getRepository(ProjectRecord).insert({ id: c.projectId, contractorId: parties.employer.organisationId, name: 'projection test', wageGuaranteeSystemsImplemented: false, createdAt: new Date().toISOString() });
            c.journeyId = await drive.open({ projectId: c.projectId });
          },
          then: [journey('xstate.init')],
        },
        { does: 'recordAgreedPay', run: (c) => drive.step('PUT', `/journeys/${c.journeyId}/agreed-pay`, 'employer', { monthlyWage: 6200, benefits: { meal: 310 } }), then: [journey('recordAgreedPay')] },
        {
          does: 'request study leave (the leave tells its journey)',
          run: async (c) => {
            c.leaveId = (await post(`/journeys/${c.journeyId}/study-leave`, 'employer', { from: '2026-11-02', to: '2026-12-31', purpose: 'both' }, 201)).leaveId;
          },
          then: [leave('leaveId', 'xstate.init'), journey('studyLeave.opened')],
        },
        { does: 'decide (approve)', run: (c) => post(`/study-leaves/${c.leaveId}/decision`, 'employer', { approved: true }), then: [leave('leaveId', 'decide'), wages('leaveId', 'xstate.init')] },
        ...toCertified({ leaveEvents: true }),
        {
          does: 'recordPayroll (November, paid in full)',
          run: (c) => post(`/study-leaves/${c.leaveId}/payroll`, 'employer', { id: 'pay-2026-11', periodStart: '2026-11-01', periodEnd: '2026-12-01', wage: 6200, benefits: { meal: 310 } }),
          then: [wages('leaveId', 'recordPayroll', 'payroll.ok')],
        },
        { does: 'start', run: (c) => post(`/study-leaves/${c.leaveId}/start`, 'employer'), then: [leave('leaveId', 'start')] },
        { ...certificate(), then: [journey('issueCertificate'), incentive('xstate.init', 'specialistCertified')] },
        {
          does: 'recordGuaranteeSystems (programme administrator; no HTTP route)',
          run: (c) => send(projectWorkflowId(c.projectId), { type: 'recordGuaranteeSystems', implemented: true, assessedOn: today(), actor: ADMIN }),
          then: [incentive('recordGuaranteeSystems')],
        },
        {
          does: 'recordPayroll (December, meal allowance short): a violation, and the incentive withdrawn (§6.3)',
          run: (c) => post(`/study-leaves/${c.leaveId}/payroll`, 'employer', { id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } }),
          then: [wages('leaveId', 'recordPayroll', 'payroll.shortfall'), incentive('arrearsViolationFound')],
        },
        { does: 'recordBackPay (part)', run: (c) => post(`/study-leaves/${c.leaveId}/back-pay`, 'employer', { component: 'meal', amount: 100 }), then: [wages('leaveId', 'recordBackPay', 'backpay.insufficient')] },
        { does: 'recordBackPay (the rest)', run: (c) => post(`/study-leaves/${c.leaveId}/back-pay`, 'employer', { component: 'meal', amount: 210 }), then: [wages('leaveId', 'recordBackPay', 'backpay.covered')] },
        {
          does: 'specialistCertified in withdrawn (stays there)',
          run: (c) => send(projectWorkflowId(c.projectId), { type: 'specialistCertified', journeyId: `${c.journeyId}-other`, certifiedOn: today(), actor: ADMIN }),
          then: [incentive('specialistCertified')],
        },
        { does: 'completeProject', run: (c) => send(projectWorkflowId(c.projectId), { type: 'completeProject', completedOn: today(), actor: ADMIN }), then: [incentive('completeProject')] },
        { does: 'end', run: (c) => post(`/study-leaves/${c.leaveId}/end`, 'employer'), then: [leave('leaveId', 'end')] },
        {
          does: 'the payroll grace period passes: wage protection is told the period ended',
          run: meanwhile,
          then: [leave('leaveId', STUDY_LEAVE_PAYROLL_GRACE_EVENT), wages('leaveId', 'periodEnded')],
        },
        claimSubsidy('subsidy.approved', 'payment.instructed'),
        { does: 'the payment deadline passes', run: meanwhile, then: [claim(SUBSIDY_PAYMENT_OVERDUE_EVENT)] },
        {
          does: 'confirmPayment',
          run: (c) => post(`/claims/${c.claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() }),
          then: [claim('confirmPayment'), journey('subsidy.settled')],
        },
      ],
    },
    {
      name: 'a study leave left unanswered and refused; another cancelled',
      steps: [
        open(),
        {
          does: 'request study leave',
          run: async (c) => {
            c.leaveId = (await post(`/journeys/${c.journeyId}/study-leave`, 'employer', { from: '2026-12-14', to: '2026-12-18', purpose: 'training' }, 201)).leaveId;
          },
          then: [leave('leaveId', 'xstate.init'), journey('studyLeave.opened')],
        },
        { does: 'five working days pass unanswered', run: meanwhile, then: [leave('leaveId', STUDY_LEAVE_ESCALATION_EVENT)] },
        { does: 'decide (refuse)', run: (c) => post(`/study-leaves/${c.leaveId}/decision`, 'employer', { approved: false, reason: 'site deadline' }), then: [leave('leaveId', 'decide')] },
        {
          does: 'request another study leave',
          run: async (c) => {
            c.otherLeaveId = (await post(`/journeys/${c.journeyId}/study-leave`, 'employer', { from: '2026-12-21', to: '2026-12-23', purpose: 'evaluation' }, 201)).leaveId;
          },
          then: [leave('otherLeaveId', 'xstate.init'), journey('studyLeave.opened')],
        },
        { does: 'cancel (the specialist; no HTTP route)', run: (c) => send(c.otherLeaveId, { type: 'cancel', actor: SPECIALIST }), then: [leave('otherLeaveId', 'cancel')] },
      ],
    },
    {
      name: 'a refused registration, a failed evaluation, a withdrawal',
      steps: [
        open(),
        { does: 'enrol', run: (c) => post(`/journeys/${c.journeyId}/enrolment`, 'training-institution'), then: [journey('enrol')] },
        { does: 'completeTraining', run: (c) => post(`/journeys/${c.journeyId}/training-completion`, 'training-institution', { completedOn: today() }), then: [journey('completeTraining')] },
        {
          does: 'registerForEvaluation (not eligible: L4-1)',
          run: (c) => post(`/journeys/${c.journeyId}/evaluation-registration`, 'evaluation-organisation', { profile: eligibleProfile({ workPeriods: [{ start: '2024-06-01', occupation: 'this' }] }) }),
          then: [journey('registerForEvaluation', 'eligibility.refused')],
        },
        { does: 'registerForEvaluation (eligible)', run: (c) => post(`/journeys/${c.journeyId}/evaluation-registration`, 'evaluation-organisation', { profile: eligibleProfile() }), then: [journey('registerForEvaluation', 'eligibility.confirmed')] },
        { does: 'postResult (failed)', run: (c) => post(`/journeys/${c.journeyId}/results`, 'evaluation-organisation', { passed: false, score: 41, sittingDates: [today()] }), then: [journey('postResult')] },
        { does: 'withdraw', run: (c) => post(`/journeys/${c.journeyId}/withdrawal`, 'employer', { reason: 'changed employer' }), then: [journey('withdraw')] },
      ],
    },
    {
      name: 'a claim refused for a reason time can cure; the window left runs out',
      steps: [
        open({ unemploymentInsuredSince: monthsAgo(3) }),
        ...toCertified(),
        certificate(),
        { ...claimSubsidy('subsidy.refused'), then: [journey('claimSubsidy', 'subsidy.settled'), claim('xstate.init', 'subsidy.refused')] },
        { does: 'the claim window left passes', run: meanwhile, then: [journey(JOURNEY_RECLAIM_WINDOW_EVENT)] },
      ],
    },
    {
      name: 'a certificate never claimed: the claim window runs out',
      steps: [open(), ...toCertified(), certificate(), { does: 'the claim window passes', run: meanwhile, then: [journey(JOURNEY_CLAIM_WINDOW_EVENT)] }],
    },
    {
      name: 'a claim workflow that fails is an event for its journey',
      steps: [
        open(),
        ...toCertified(),
        certificate(),
        claimSubsidy('subsidy.approved', 'payment.instructed'),
        {
          does: 'the claim workflow is terminated',
          run: (c) => client.workflow.getHandle(c.claimId).terminate('projection test: a claim workflow that fails'),
          then: [journey('subsidy.failed')],
        },
      ],
    },
  ];

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    client = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(async () => {
    await client?.connection.close();
    await ds?.destroy();
    await system.stop();
  });

  it('the table takes every event of every machine (but those no party can bring about, each with its reason)', () => {
    for (const kind of Object.keys(EVENTS) as Kind[]) {
      const taken = new Set(cases.flatMap((c) => c.steps.flatMap((s) => s.then.filter((t) => t.kind === kind).flatMap((t) => t.takes))));
      const missing = EVENTS[kind].filter((e) => !taken.has(e) && !NOT_REACHABLE[kind]?.[e]);
      expect(missing, kind).toEqual([]);
      for (const e of Object.keys(NOT_REACHABLE[kind] ?? {})) expect(taken.has(e), `${kind} ${e}`).toBe(false);
    }
  });

  const rowOf = (kind: Kind, id: string) =>
    kind === 'journey' ? ds.getRepository(JourneyProjection).findOneBy({ journeyId: id }) : ds.getRepository(ProcessProjection).findOneBy({ workflowId: id });

  describe.concurrent('each step', () => {
    for (const c of cases) {
      it(c.name, async () => {
        const ctx = {} as Ctx;
        const versions = new Map<string, number>();
        for (const step of c.steps) {
          await step.run(ctx);
          for (const t of step.then) {
            const id = t.id(ctx);
            // A workflow that starts takes 'xstate.init' to version 0; each event after it adds one.
            const want = (versions.get(id) ?? -1) + t.takes.length;
            const what = `${c.name} / ${step.does}: ${t.kind} ${id} takes ${t.takes.join(', ')}`;
            const seen = await waitFor(
              async () => {
                const [view, row] = await Promise.all([client.workflow.getHandle(id).query(viewQuery).catch(() => null), rowOf(t.kind, id)]);
                return { view, row: row ? fromRow(t.kind, row) : null };
              },
              ({ view, row }) => view !== null && row !== null && view.version === want && isDeepStrictEqual(row.fields, fromView(t.kind, view)),
              what,
              100_000, // the claim window is two "months" (61 s)
            );
            expect(seen.row!.fields, what).toEqual(fromView(t.kind, seen.view!));
            expect(seen.row!.cause, what).toBe(t.takes[t.takes.length - 1]);
            versions.set(id, want);
          }
        }
      }, 240_000);
    }
  });
});
