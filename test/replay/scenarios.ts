import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { exportJourney } from '@heze/audit';
import type { AuditExport } from '@heze/audit';
import { projectWorkflowId, subsidyLedgerWorkflowId, viewQuery } from '@heze/temporal';
import { batchWorkflowId } from '../../workflows/batch.workflow';
import { applied as appliedBatch, csv, upload as uploadBatch } from '../support/batches';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import type { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);
const ROLES = ['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection', 'auditor'] as const;

export interface ScenarioContext {
  system: TestSystem;
  client: Client;
}

export interface Scenario {
  name: string;
  /** What the recorded histories cover (for docs/replay.md and the test names). */
  covers: string;
  run(ctx: ScenarioContext): Promise<AuditExport>;
}

async function setup(ctx: ScenarioContext) {
  const parties = await createParties([...ROLES]);
  return { parties, drive: new JourneyDriver(ctx.system, parties) };
}

const journeyOf = (drive: JourneyDriver, id: string) => drive.journey(id);

/** The journey's workflows plus the person's subsidy ledger and the project's incentive, when they exist. */
async function exportAll(ctx: ScenarioContext, journeyId: string, projectId?: string | null): Promise<AuditExport> {
  const view = await ctx.client.workflow.getHandle(journeyId).query(viewQuery);
  const extra = [subsidyLedgerWorkflowId((view.context as { personKey: string }).personKey), ...(projectId ? [projectWorkflowId(projectId)] : [])];
  return exportJourney(ctx.client, journeyId, { extraWorkflowIds: extra });
}

const wagesOf = (ctx: ScenarioContext, drive: JourneyDriver, leaveId: string) =>
  waitFor(() => ctx.system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: drive.key('employer') }), (r) => r.status === 200, 'wage protection started').then((r) => r.body);

/** Every workflow type and path the replay fixtures must cover. */
export const scenarios: Scenario[] = [
  {
    name: 'full-journey-paid',
    covers: 'journey applied → … → certified → subsidyClaimed → closed (subsidy-paid); subsidy claim paid; ledger; project incentive granted',
    async run(ctx) {
      const { parties, drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 4 });
      const cert = `CERT-${randomUUID().slice(0, 8)}`;
      await drive.certified(journeyId, cert);
      await drive.claim(journeyId);
      const claimId = drive.claimId(journeyId, cert);
      await drive.claimView(claimId);
      await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() });
      await waitFor(() => journeyOf(drive, journeyId), (j) => j.state === 'closed', 'journey closed');
      return exportAll(ctx, journeyId, parties.projectId);
    },
  },
  {
    name: 'failed-exam-retake',
    covers: 'journey: failed evaluation, second registration, passed, certified (claim window timer pending)',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 4, projectId: null });
      await drive.trainingCompleted(journeyId);
      await drive.register(journeyId);
      await drive.result(journeyId, false);
      await drive.register(journeyId);
      await drive.result(journeyId, true);
      await drive.certify(journeyId, `CERT-${randomUUID().slice(0, 8)}`);
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'eligibility-refusal',
    covers: 'journey: registration refused by the rules (failing clauses), then withdrawn',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 3, projectId: null });
      await drive.trainingCompleted(journeyId);
      await drive.register(journeyId, eligibleProfile({ workPeriods: [{ start: '2020-06-01', occupation: 'this' }] }));
      await drive.step('POST', `/journeys/${journeyId}/withdrawal`, 'employer', { reason: 'not eligible yet' });
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'withdrawal',
    covers: 'journey: enrolled, then withdrawn by the employer',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ projectId: null });
      await drive.step('POST', `/journeys/${journeyId}/enrolment`, 'training-institution');
      await drive.step('POST', `/journeys/${journeyId}/withdrawal`, 'employer', { reason: 'changed employer' });
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'study-leave-escalation',
    covers: 'study leave unanswered → escalated (timer, labour-inspection notice) → refused',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ projectId: null });
      const { leaveId } = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-12-07', to: '2026-12-11', purpose: 'training' }, 201);
      await waitFor(() => drive.step('GET', `/study-leaves/${leaveId}`, 'employer'), (v) => v.state === 'escalated', 'escalation', 60_000);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: false, reason: 'project deadline' });
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'wage-violation-backpay',
    covers: 'study leave approved → active → ended; wage protection: shortfall → violation → partial back pay → covered → monitoring → closed after the payroll grace period',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
      const { leaveId } = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-31', purpose: 'both' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      await wagesOf(ctx, drive, leaveId);
      await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } });
      await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 100 });
      await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 210 });
      await drive.step('POST', `/study-leaves/${leaveId}/start`, 'employer');
      await drive.step('POST', `/study-leaves/${leaveId}/end`, 'employer');
      await waitFor(() => drive.step('GET', `/study-leaves/${leaveId}/wage-protection`, 'employer'), (v) => v.state === 'closed', 'wage protection closed', 60_000);
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'subsidy-refusal',
    covers: 'subsidy claim refused by the rules (failing rule ids) → journey closed (subsidy-refused)',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 4, projectId: null, enterpriseEmployee: false, unemploymentInsuredSince: null });
      const cert = `CERT-${randomUUID().slice(0, 8)}`;
      await drive.certified(journeyId, cert);
      await drive.claim(journeyId);
      await drive.claimView(drive.claimId(journeyId, cert));
      await waitFor(() => journeyOf(drive, journeyId), (j) => j.state === 'closed', 'journey closed');
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'claim-refused-reclaim',
    covers: 'subsidy.once-per-year refusal time can cure → journey claimRefused → a second claim (its own claim workflow) refused again → claimRefused (issue 13.3)',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const residentId = newResidentId();
      const level4 = await drive.open({ residentId, targetLevel: 4, projectId: null });
      const level3 = await drive.open({ residentId, targetLevel: 3, projectId: null });
      const [c4, c3] = [`CERT-${randomUUID().slice(0, 8)}`, `CERT-${randomUUID().slice(0, 8)}`];
      await drive.certified(level4, c4);
      await drive.certified(level3, c3);
      await drive.claim(level4);
      await drive.claimView(drive.claimId(level4, c4));
      await drive.claim(level3);
      await drive.claimView(drive.claimId(level3, c3));
      await waitFor(() => journeyOf(drive, level3), (j) => j.workflow?.state === 'claimRefused', 'journey waits for a new claim');
      await drive.claim(level3);
      await drive.claimView(`${drive.claimId(level3, c3)}-2`);
      await waitFor(() => journeyOf(drive, level3), (j) => j.workflow?.state === 'claimRefused' && j.workflow.context.claims === 2, 'waits again');
      return exportAll(ctx, level3);
    },
  },
  {
    name: 'payment-overdue',
    covers: 'instructed payment not confirmed in time → claim flagged paymentOverdue, agency notified → confirmed later → paid (issue 13.3)',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 4, projectId: null });
      const cert = `CERT-${randomUUID().slice(0, 8)}`;
      await drive.certified(journeyId, cert);
      await drive.claim(journeyId);
      const claimId = drive.claimId(journeyId, cert);
      await waitFor(() => drive.step('GET', `/claims/${claimId}`, 'social-insurance-agency'), (c) => c.context?.paymentOverdue === true, 'payment overdue', 30_000);
      await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() });
      await waitFor(() => journeyOf(drive, journeyId), (j) => j.state === 'closed', 'journey closed');
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'leave-extended-to-sittings',
    covers: 'the study leave tells its journey it exists; the journey sends it the days sat (signals, no Visibility) → protected period extended → wage protection period.extended; a payroll paid in full (payroll.ok stays in monitoring, projected) (v4 on)',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ projectId: null, agreedPay: { monthlyWage: 5000, benefits: {} } });
      const { leaveId } = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-11-02', to: '2026-11-13', purpose: 'both' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      await wagesOf(ctx, drive, leaveId);
      await waitFor(() => journeyOf(drive, journeyId), (j) => (j.workflow?.context?.studyLeaves ?? []).includes(leaveId), 'the journey knows its leave');
      await drive.trainingCompleted(journeyId);
      await drive.register(journeyId);
      await drive.result(journeyId, true, [today()]);
      await waitFor(() => drive.step('GET', `/study-leaves/${leaveId}/wage-protection`, 'employer'), (v) => v.context.period.sittingDates.includes(today()), 'wage protection period extended');
      await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'nov', periodStart: '2026-11-01', periodEnd: '2026-12-01', wage: 5000, benefits: {} });
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'claim-workflow-failed',
    covers: 'the claim workflow is terminated while its payment waits → the journey gets subsidy.failed (a failed child is an event) → claimRefused while the claim window lasts (v4 on)',
    async run(ctx) {
      const { drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 4, projectId: null });
      const cert = `CERT-${randomUUID().slice(0, 8)}`;
      await drive.certified(journeyId, cert);
      await drive.claim(journeyId);
      const claimId = drive.claimId(journeyId, cert);
      await drive.claimView(claimId);
      await ctx.client.workflow.getHandle(claimId).terminate('replay fixture: a claim workflow that fails');
      await waitFor(() => journeyOf(drive, journeyId), (j) => j.workflow?.state === 'claimRefused', 'the journey took the failure');
      return exportAll(ctx, journeyId);
    },
  },
  {
    name: 'roster-batch',
    covers: 'a training roster as a batch (issue 16): batchWorkflow fans runs of rows out; rows open and enrol journeys, one row refused at preview; the first journey with the batch',
    async run(ctx) {
      const { parties, drive } = await setup(ctx);
      const ti = drive.key('training-institution');
      const row = (id: string, employer = parties.employer.organisationId) => ['学员', id, 4, employer, parties['social-insurance-agency'].organisationId, '是', '2020-01-01'];
      const first = newResidentId();
      const file = csv([['姓名', '身份证号', '目标等级', '用人单位', '参保机构', '企业职工', '参保起始日期'], row(first), row(newResidentId()), row(newResidentId(), 'no-such-employer')]);
      const preview = await uploadBatch(ctx.system, 'roster', ti, file, 'roster.csv');
      if (preview.status !== 201) throw new Error(`roster preview: ${preview.status} ${JSON.stringify(preview.body)}`);
      await drive.step('POST', `/batches/${preview.body.batchId}/apply`, 'training-institution', undefined, 202);
      await appliedBatch(ctx.system, preview.body.batchId, ti);
      const journeyId = (await drive.step('GET', '/journeys?pageSize=200', 'employer')).items.find((j: { person: string }) => j.person === `${first.slice(0, 4)}**********${first.slice(-4)}`).journeyId;
      return exportJourney(ctx.client, journeyId, { extraWorkflowIds: [batchWorkflowId(preview.body.batchId)] });
    },
  },
  {
    name: 'project-incentive-withdrawn',
    covers: 'project incentive granted on certification, withdrawn by a wage-arrears violation during study leave',
    async run(ctx) {
      const { parties, drive } = await setup(ctx);
      const journeyId = await drive.open({ targetLevel: 4, agreedPay: { monthlyWage: 5000, benefits: {} } });
      await drive.certified(journeyId, `CERT-${randomUUID().slice(0, 8)}`);
      const { leaveId } = await drive.step('POST', `/journeys/${journeyId}/study-leave`, 'employer', { from: '2026-11-02', to: '2026-11-13', purpose: 'training' }, 201);
      await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
      await wagesOf(ctx, drive, leaveId);
      await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'nov', periodStart: '2026-11-01', periodEnd: '2026-12-01', wage: 4000, benefits: {} });
      await waitFor(
        () => ctx.client.workflow.getHandle(projectWorkflowId(parties.projectId)).query(viewQuery),
        (v) => v.state === 'withdrawn',
        'incentive withdrawn',
      );
      return exportAll(ctx, journeyId, parties.projectId);
    },
  },
];

export async function connectTestClient(address: string): Promise<Client> {
  return new Client({ connection: await Connection.connect({ address }) });
}
