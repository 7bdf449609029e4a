import { HttpException } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowIdConflictPolicy, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CertificateRegistry } from '../apps/api/src/journeys/certificate-registry';
import { assertIssuedAfterSittings, assertSittingsAfterTraining } from '../apps/api/src/infrastructure/step-facts';
import type { AppConfig } from '@heze/config';
import type { Actor } from '@heze/machines';
import { CompleteTrainingPayload, IssueCertificatePayload, PostResultPayload, RegisterForEvaluationPayload } from '@heze/machines/events';
import { RecordPayrollPayload } from '@heze/machines/events';
import type { TargetLevel } from '@heze/machines';
import { BatchRecord, BatchRowRecord, JourneyProjection, OrganisationRecord, PayrollRecordRow, PersonRecord, ProcessProjection, type BatchKind, type BatchRowOutcome } from '@heze/persistence';
import { TRANSITION_REFUSED, transitionUpdate, viewQuery, type MachineView } from '@heze/temporal';

// ---- the rows as the API stores them (normalised and validated at upload) -----------------------

/** Every row that names a journey names it by person and level (the journey id is derived from both). */
export interface JourneyRef {
  personKey: string;
  targetLevel: TargetLevel;
  journeyId: string;
}
export interface RosterRow extends JourneyRef {
  name: string;
  /** Whole, only until the journey is opened (the `people` row keeps it, as for POST /journeys). */
  residentId?: string;
  masked: string;
  birthDate: string;
  employerId: string;
  insuredWithAgencyId: string;
  enterpriseEmployee: boolean;
  unemploymentInsuredSince: string | null;
}
export interface CompletionRow extends JourneyRef {
  completedOn?: string;
}
export interface RegistrationRow extends JourneyRef {
  profile: Record<string, unknown>;
}
export interface ResultsRow extends JourneyRef {
  passed: boolean;
  score?: number;
  sittingDates: string[];
}
export interface CertificateRow extends JourneyRef {
  certificateNumber: string;
  issuedOn: string;
}
export interface PayrollRow extends JourneyRef {
  wageCaseId: string;
  record: { id: string; periodStart: string; periodEnd: string; wage: number; benefits: Record<string, number> };
}
export type BatchRowData = RosterRow | CompletionRow | RegistrationRow | ResultsRow | CertificateRow | PayrollRow;

/** JSON with sorted keys: a payroll record's content compared as POST …/payroll compares it. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** What one row's step came to. */
export interface StepOutcome {
  outcome: BatchRowOutcome;
  reason?: string;
  column?: string;
  clauses?: string[];
  state?: string;
}

/**
 * The id of the Update a row sends: the same for the same row key in any batch, so an Update retried
 * after a worker died (or sent again by an overlapping batch) is the one the journey already applied
 * (Temporal deduplicates Updates by id within a run), never a second step.
 */
export const rowUpdateId = (rowKey: string) => `batch-row-${createHash('sha256').update(rowKey).digest('hex').slice(0, 40)}`;

class Refused extends Error {
  constructor(
    readonly reason: string,
    readonly column?: string,
    readonly clauses?: string[],
    readonly state?: string,
  ) {
    super(reason);
  }
}

/** A refusal the step must not retry (the machine's 409, an impossible fact's 422, a 409 of the registry). */
function refusalOf(err: unknown, column?: string): Refused | null {
  if (err instanceof Refused) return err;
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const details = (err.cause.details?.[0] ?? {}) as { state?: string; inProgress?: boolean };
    // A step in progress (registering) passes: the row is retried, not refused.
    if (err.cause.type === TRANSITION_REFUSED && details.inProgress) return null;
    return new Refused(err.cause.message, column, undefined, details.state);
  }
  if (err instanceof HttpException && err.getStatus() < 500) {
    const body = err.getResponse() as { message?: string; field?: string; rule?: string };
    return new Refused(String(body.message ?? err.message), body.field ?? column, body.rule ? [body.rule] : undefined);
  }
  return null;
}

/** Batch rows: each row's step is the Update a single request sends, as the person who applied the batch. */
export function batchActivities(ds: DataSource, client: Client, config: AppConfig) {
  const rowsRepo = () => ds.getRepository(BatchRowRecord);
  const certificates = new CertificateRegistry(ds);
  const now = () => new Date().toISOString();

  async function send(journeyId: string, rowKey: string, actor: Actor, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
    return client.workflow.getHandle(journeyId).executeUpdate(transitionUpdate, { updateId: rowUpdateId(rowKey), args: [{ event: { ...event, actor } }] });
  }

  /** The party check of the route the row stands for, on the read model as the API does (a stranger learns nothing). */
  async function journeyOf(ref: JourneyRef, field: 'trainingInstitutionId' | 'evaluationOrganisationId' | null, org: string): Promise<JourneyProjection> {
    const row = await ds.getRepository(JourneyProjection).findOneBy({ journeyId: ref.journeyId });
    if (!row || (field && row[field] !== org)) {
      const whose = field === 'evaluationOrganisationId' ? ' registered with you' : field === 'trainingInstitutionId' ? ' enrolled by you' : '';
      throw new Refused(`no level-${ref.targetLevel} journey of this person${whose}`, '身份证号');
    }
    return row;
  }

  async function assertOrganisation(column: string, id: string, role: OrganisationRecord['role']): Promise<void> {
    const org = await ds.getRepository(OrganisationRecord).findOneBy({ id });
    if (!org || org.role !== role || org.suspendedAt) throw new Refused(`no ${role} '${id}' that can be named here`, column);
  }

  const steps: Record<BatchKind, (row: BatchRowRecord, data: never, actor: Actor) => Promise<StepOutcome>> = {
    /** Opens the journey (as POST /journeys would, with the row's employer) unless it is open, then enrols (POST …/enrolment). */
    roster: async (row, d: RosterRow, actor) => {
      const org = actor.organisationId!;
      await assertOrganisation('用人单位', d.employerId, 'employer');
      await assertOrganisation('参保机构', d.insuredWithAgencyId, 'social-insurance-agency');
      if (d.residentId) {
        await ds
          .createQueryBuilder()
          .insert()
          .into(PersonRecord)
          .values({
            personKey: d.personKey,
            residentId: d.residentId.toUpperCase(),
            masked: d.masked,
            name: d.name,
            birthDate: d.birthDate,
            employerId: d.employerId,
            insuredWithAgencyId: null,
            enterpriseEmployee: false,
            unemploymentInsuredSince: null,
            agreedMonthlyWageFen: null,
            agreedBenefits: '{}',
            createdAt: now(),
          })
          .orIgnore()
          .execute();
      }
      let view: MachineView;
      try {
        await client.workflow.start('journeyWorkflow', {
          workflowId: d.journeyId,
          taskQueue: config.temporal.taskQueue,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          args: [
            {
              journeyId: d.journeyId,
              personKey: d.personKey,
              personMasked: d.masked,
              targetLevel: d.targetLevel,
              employerId: d.employerId,
              projectId: null,
              insuredWithAgencyId: d.insuredWithAgencyId,
              facts: { insuredWithAgencyId: d.insuredWithAgencyId, enterpriseEmployee: d.enterpriseEmployee, unemploymentInsuredSince: d.unemploymentInsuredSince },
              agreedPay: null,
              openedBy: actor,
              durations: config.durations,
            },
          ],
        });
        // Started just now: it is in 'applied' (no Query, which would wait for a workflow task).
        view = { workflowType: 'journeyWorkflow', state: 'applied', allowedEvents: [], context: { employerId: d.employerId }, version: 0, done: false };
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        // Open already (by its employer, or by this row before a worker died): enrol that journey.
        view = await client.workflow.getHandle(d.journeyId).query(viewQuery);
        if (view.context.employerId !== d.employerId) throw new Refused(`the open level-${d.targetLevel} journey of this person is not with this employer`, '用人单位');
      }
      try {
        // Sent even when the journey is past 'applied': if this row enrolled it before a worker died, the
        // same Update id answers with that enrolment (done); else the machine refuses it.
        const after = await send(d.journeyId, row.rowKey!, actor, { type: 'enrol' });
        return { outcome: 'done', state: after.state };
      } catch (err) {
        const now = await client.workflow.getHandle(d.journeyId).query(viewQuery);
        // Enrolled by this institution outside any batch (a single request): already done.
        if (err instanceof WorkflowUpdateFailedError && now.context.trainingInstitutionId === org) return { outcome: 'alreadyDone', state: now.state, reason: 'enrolled already by this institution' };
        throw err;
      }
    },

    'training-completion': async (row, d: CompletionRow, actor) => {
      await journeyOf(d, 'trainingInstitutionId', actor.organisationId!);
      const payload = CompleteTrainingPayload.parse(d.completedOn ? { completedOn: d.completedOn } : {});
      const after = await send(d.journeyId, row.rowKey!, actor, { type: 'completeTraining', ...payload });
      return { outcome: 'done', state: after.state };
    },

    /** POST …/evaluation-registration: the rules judge; a refusal names its clauses (RULES.md §3). */
    registration: async (row, d: RegistrationRow, actor) => {
      await journeyOf(d, null, actor.organisationId!);
      const payload = RegisterForEvaluationPayload.parse({ profile: d.profile });
      const after = await send(d.journeyId, row.rowKey!, actor, { type: 'registerForEvaluation', ...payload });
      if (after.state === 'registered') return { outcome: 'done', state: after.state };
      const refusal = after.context.lastRefusal as { failingClauses?: Array<{ clause: string; reason: string }> } | null;
      const clauses = refusal?.failingClauses ?? [];
      return { outcome: 'refused', state: after.state, clauses: clauses.map((c) => c.clause), reason: clauses.map((c) => `${c.clause}: ${c.reason}`).join('; ') || `not registered (state '${after.state}')` };
    },

    results: async (row, d: ResultsRow, actor) => {
      await journeyOf(d, 'evaluationOrganisationId', actor.organisationId!);
      const payload = PostResultPayload.parse({ passed: d.passed, sittingDates: d.sittingDates, ...(d.score !== undefined ? { score: d.score } : {}) });
      assertSittingsAfterTraining(await client.workflow.getHandle(d.journeyId).query(viewQuery), payload.sittingDates);
      const after = await send(d.journeyId, row.rowKey!, actor, { type: 'postResult', ...payload });
      return { outcome: 'done', state: after.state };
    },

    /** POST …/certificate: the number is reserved for this person and issuer first (issue 13.9). */
    certificates: async (row, d: CertificateRow, actor) => {
      const journey = await journeyOf(d, 'evaluationOrganisationId', actor.organisationId!);
      const payload = IssueCertificatePayload.parse({ certificateNumber: d.certificateNumber, issuedOn: d.issuedOn });
      assertIssuedAfterSittings(await client.workflow.getHandle(d.journeyId).query(viewQuery), payload.issuedOn);
      const claim = { certificateNumber: payload.certificateNumber, personKey: journey.personKey, journeyId: d.journeyId, issuerId: actor.organisationId!, issuedOn: payload.issuedOn };
      const reserved = await certificates.reserve(claim);
      try {
        const after = await send(d.journeyId, row.rowKey!, actor, { type: 'issueCertificate', ...payload });
        return { outcome: 'done', state: after.state };
      } catch (err) {
        if (reserved && err instanceof WorkflowUpdateFailedError) await certificates.release(claim).catch(() => undefined);
        throw err;
      }
    },

    /** POST …/payroll: a record id is one record (the same content again changes nothing; other content is refused). */
    payroll: async (row, d: PayrollRow, actor) => {
      const wages = await ds.getRepository(ProcessProjection).findOneBy({ workflowId: d.wageCaseId });
      if (!wages || wages.kind !== 'wage-protection' || wages.ownerId !== actor.organisationId) throw new Refused('no wage protection of yours for a leave of this person from that day', '休假开始日期');
      const { record } = RecordPayrollPayload.parse({ record: d.record });
      const seen = await ds.getRepository(PayrollRecordRow).findOne({ where: { id: `${d.wageCaseId}:${record.id}` }, select: { detail: true } });
      if (seen) {
        const { id: _id, ...content } = record;
        if (canonicalJson(JSON.parse(seen.detail)) === canonicalJson(content)) return { outcome: 'alreadyDone', reason: `payroll record '${record.id}' is recorded already` };
        throw new Refused(`payroll record '${record.id}' is already recorded with other content; give a new record id for a new record`, '记录编号');
      }
      const after = await send(d.wageCaseId, row.rowKey!, actor, { type: 'recordPayroll', record });
      return { outcome: 'done', state: after.state };
    },
  };

  // A batch's kind and actor do not change once it is applied: read once per batch and worker.
  const batches = new Map<string, Promise<BatchRecord>>();
  const batchOf = (id: string) => {
    let b = batches.get(id);
    if (!b) {
      b = ds.getRepository(BatchRecord).findOneByOrFail({ id });
      b.catch(() => batches.delete(id));
      if (batches.size > 100) batches.delete(batches.keys().next().value!);
      batches.set(id, b);
    }
    return b;
  };

  async function record(batchId: string, seq: number, o: StepOutcome, data?: BatchRowData, attempts?: number): Promise<BatchRowOutcome> {
    await rowsRepo().update(
      { batchId, seq },
      {
        ...(attempts ? { attempts } : {}),
        outcome: o.outcome,
        reason: o.reason ?? null,
        column: o.column ?? null,
        clauses: o.clauses?.length ? JSON.stringify(o.clauses) : null,
        state: o.state ?? null,
        updatedAt: now(),
        // Once the row has its outcome the resident ID is needed no more (an opened journey's person is in `people`).
        ...(data && 'residentId' in data ? { data: JSON.stringify({ ...data, residentId: undefined }) } : {}),
      },
    );
    return o.outcome;
  }

  /**
   * One row's step, idempotent: a row with an outcome returns it; a row whose key is done (in this or
   * any earlier batch of the organisation) is "already done"; else the Update is sent with the row
   * key's Update id. Transient failures throw (the workflow retries); refusals are outcomes.
   */
  async function applyBatchRow({ batchId, seq }: { batchId: string; seq: number }): Promise<BatchRowOutcome> {
    const beat = setInterval(() => Context.current().heartbeat(), 1_000);
    let attempt = 0;
    try {
      const row = await rowsRepo().findOneByOrFail({ batchId, seq });
      if (row.outcome) return row.outcome;
      const data = JSON.parse(row.data) as BatchRowData;
      if (row.preview === 'refused') return await record(batchId, seq, { outcome: 'refused', reason: row.reason ?? 'refused at preview', column: row.column ?? undefined }, data);
      const earlier = await rowsRepo()
        .createQueryBuilder('r')
        .where('r.rowKey = :key AND r.outcome = :done AND NOT (r.batchId = :batchId AND r.seq = :seq)', { key: row.rowKey, done: 'done', batchId, seq })
        .getCount();
      if (earlier > 0) return await record(batchId, seq, { outcome: 'alreadyDone', reason: 'already done by an earlier batch' }, data);
      const batch = await batchOf(batchId);
      const actor = JSON.parse(batch.actor) as Actor;
      attempt = Context.current().info.attempt;
      try {
        return await record(batchId, seq, await steps[batch.kind](row, data as never, actor), data, attempt);
      } catch (err) {
        const refused = refusalOf(err) ?? (err instanceof Error && err.name === 'ZodError' ? new Refused(err.message.slice(0, 300)) : null);
        if (!refused) throw err;
        return await record(batchId, seq, { outcome: 'refused', reason: refused.reason, column: refused.column, clauses: refused.clauses, state: refused.state }, data, attempt);
      }
    } catch (err) {
      // Counted where it failed, so the outcome file can say how often a failed row was tried.
      if (attempt) await rowsRepo().update({ batchId, seq }, { attempts: attempt }).catch(() => undefined);
      throw err;
    } finally {
      clearInterval(beat);
    }
  }

  return {
    applyBatchRow,

    /**
     * Rows from..to one after the other (a run of the batch workflow): each as applyBatchRow, so a run
     * retried after a worker died skips the rows with an outcome. A transient failure of any row fails
     * the run (Temporal retries it; after that the workflow takes its rows one by one).
     */
    async applyBatchRows({ batchId, from, to }: { batchId: string; from: number; to: number }): Promise<Partial<Record<BatchRowOutcome, number>>> {
      const counts: Partial<Record<BatchRowOutcome, number>> = {};
      for (let seq = from; seq <= to; seq++) {
        const outcome = await applyBatchRow({ batchId, seq });
        counts[outcome] = (counts[outcome] ?? 0) + 1;
      }
      return counts;
    },

    /** Retries used up: the row is failed with its last error (a retry in a later batch may do it). */
    async markBatchRowFailed({ batchId, seq, message }: { batchId: string; seq: number; message: string }): Promise<BatchRowOutcome> {
      const row = await rowsRepo().findOneByOrFail({ batchId, seq });
      if (row.outcome) return row.outcome;
      return record(batchId, seq, { outcome: 'failed', reason: message.slice(0, 500) });
    },

    async finishBatch({ batchId }: { batchId: string }): Promise<void> {
      await ds.getRepository(BatchRecord).update({ id: batchId }, { status: 'done', finishedAt: now() });
    },
  };
}
