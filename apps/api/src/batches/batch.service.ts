import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import type { AppConfig } from '@heze/config';
import { partiesToday } from '@heze/machines/events';
import {
  BATCH_KINDS,
  BatchRecord,
  BatchRowRecord,
  JourneyProjection,
  OrganisationRecord,
  ProcessProjection,
  type BatchKind,
  type BatchRowOutcome,
  type BatchRowPreview,
} from '@heze/persistence';
import { batchWorkflow, batchWorkflowId } from '../../../../workflows/batch.workflow';
import type { PayrollRow, RosterRow } from '../../../../activities/batch-activities';
import { asActor, type Caller } from '../auth/caller';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { JourneyService } from '../journeys/journey.service';
import { CONTENT_TYPES, tableFile, templateFile } from './files';
import { CellError, certificateNumberMaker, KINDS, type KindSpec } from './kinds';
import { parseBatchFile } from './parse-file';

interface PreviewRow {
  rowNumber: number;
  preview: BatchRowPreview;
  column?: string;
  reason?: string;
  rowKey: string | null;
  person: string | null;
  journeyId: string | null;
  data: unknown;
}

export interface UploadOptions {
  fileName: string;
  numberPattern?: string;
  numberStart?: number;
}

const OUTCOME_WORDS: Record<BatchRowOutcome | BatchRowPreview, string> = { done: '已完成 done', alreadyDone: '此前已完成 already done', refused: '未通过 refused', failed: '失败 failed', ok: '待执行 to apply' };

@Injectable()
export class BatchService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(JourneyService) private readonly journeys: JourneyService,
  ) {}

  spec(kind: string, caller?: Caller): KindSpec {
    const spec = (BATCH_KINDS as readonly string[]).includes(kind) ? KINDS[kind as BatchKind] : undefined;
    if (!spec || spec.columns.length === 0) throw new NotFoundException({ message: `kind: no batch kind '${kind.slice(0, 40)}' (${BATCH_KINDS.filter((k) => KINDS[k].columns.length).join(', ')})`, field: 'kind' });
    if (caller && caller.role !== spec.role) throw new ForbiddenException(`a ${caller.role} cannot upload a ${kind} batch (it is the ${spec.role}'s)`);
    return spec;
  }

  /** Upload → preview: every row read and checked, refusals named by row and column; nothing is changed but the batch itself. */
  async upload(caller: Caller, kind: string, file: Buffer | undefined, opts: UploadOptions) {
    const spec = this.spec(kind, caller);
    const org = caller.organisationId;
    if (!org) throw new ForbiddenException('this key acts for no organisation');
    if (!file) throw new BadRequestException({ message: 'file: missing (multipart/form-data with a file field named "file")', field: 'file' });
    let maker: ReturnType<typeof certificateNumberMaker> = null;
    if (opts.numberPattern !== undefined) {
      maker = certificateNumberMaker(opts.numberPattern, opts.numberStart ?? 1);
      if (!maker) throw new BadRequestException({ message: 'numberPattern: letters, digits, -, {yyyy}, {level} and one {seq} or {seq:N}', field: 'numberPattern' });
    }
    const parsed = await parseBatchFile(file, spec.columns, this.config.batch.maxRows);
    const today = partiesToday();
    const rows: PreviewRow[] = parsed.rows.map((r, i) => {
      const base = { rowNumber: r.rowNumber, rowKey: null, person: null, journeyId: null, data: {} };
      if (r.problem) return { ...base, preview: 'refused', ...r.problem };
      try {
        const read = spec.read(r.cells, { organisationId: org, personKey: (id) => this.journeys.personKey(id), today, seq: i + 1, ...(maker ? { certificateNumber: maker } : {}) });
        return { ...base, ...read, preview: 'ok' };
      } catch (err) {
        if (!(err instanceof CellError)) throw err;
        return { ...base, preview: 'refused', column: err.column, reason: err.reason };
      }
    });
    // The same step twice in one file: the first counts.
    const firstOf = new Map<string, number>();
    for (const r of rows) {
      if (r.preview !== 'ok' || !r.rowKey) continue;
      const first = firstOf.get(r.rowKey);
      if (first !== undefined) Object.assign(r, { preview: 'refused', column: '身份证号', reason: `a duplicate of row ${first} (the same person, level and step)` });
      else firstOf.set(r.rowKey, r.rowNumber);
    }
    await this.checkAgainstRecords(spec.kind, org, rows);

    const batch: BatchRecord = {
      id: randomUUID(),
      kind: spec.kind,
      organisationId: org,
      actor: JSON.stringify(asActor(caller)),
      status: 'previewed',
      fileName: opts.fileName.slice(0, 200),
      format: parsed.format,
      encoding: parsed.encoding,
      rowCount: rows.length,
      skipped: JSON.stringify(parsed.skipped),
      createdAt: new Date().toISOString(),
      appliedAt: null,
      finishedAt: null,
    };
    await this.ds.transaction(async (tx) => {
      await tx.getRepository(BatchRecord).insert(batch);
      const records = rows.map((r, i) => ({
        batchId: batch.id,
        seq: i + 1,
        rowNumber: r.rowNumber,
        rowKey: r.rowKey,
        person: r.person,
        journeyId: r.journeyId,
        // A refused row is never applied: its resident ID is not kept (an accepted roster row keeps it until its journey is opened).
        data: JSON.stringify(r.preview === 'refused' ? { ...(r.data as object), residentId: undefined } : r.data),
        preview: r.preview,
        outcome: null,
        column: r.column ?? null,
        reason: r.reason ?? null,
        clauses: null,
        state: null,
        attempts: 0,
        updatedAt: null,
      }));
      for (let i = 0; i < records.length; i += 200) await tx.getRepository(BatchRowRecord).insert(records.slice(i, i + 200));
    });
    return {
      ...this.present(batch),
      accepted: rows.filter((r) => r.preview === 'ok').length,
      refused: rows.filter((r) => r.preview === 'refused').map((r) => ({ row: r.rowNumber, column: r.column ?? null, reason: r.reason ?? '', person: r.person })),
      alreadyDone: rows.filter((r) => r.preview === 'alreadyDone').map((r) => ({ row: r.rowNumber, person: r.person })),
    };
  }

  /**
   * What the read model already says (the party checks of the single routes, the states that take the
   * step, references to organisations, rows done by an earlier batch), so that the preview names the
   * refusals it can; the machine still decides at apply.
   */
  private async checkAgainstRecords(kind: BatchKind, org: string, rows: PreviewRow[]): Promise<void> {
    const ok = rows.filter((r) => r.preview === 'ok');
    const chunks = <T>(xs: T[]) => Array.from({ length: Math.ceil(xs.length / 500) }, (_, i) => xs.slice(i * 500, i * 500 + 500));
    const journeys = new Map<string, JourneyProjection>();
    for (const ids of chunks([...new Set(ok.map((r) => r.journeyId!))])) {
      for (const j of await this.ds.getRepository(JourneyProjection).findBy({ journeyId: In(ids) })) journeys.set(j.journeyId, j);
    }
    const done = new Set<string>();
    for (const keys of chunks(ok.map((r) => r.rowKey!))) {
      const found = await this.ds.getRepository(BatchRowRecord).find({ where: { rowKey: In(keys), outcome: 'done' }, select: { rowKey: true } });
      for (const f of found) done.add(f.rowKey!);
    }
    const cases = new Map<string, ProcessProjection>();
    if (kind === 'payroll') {
      for (const ids of chunks(ok.map((r) => (r.data as PayrollRow).wageCaseId))) {
        for (const c of await this.ds.getRepository(ProcessProjection).findBy({ workflowId: In(ids), kind: 'wage-protection' })) cases.set(c.workflowId, c);
      }
    }
    const orgs = new Map<string, OrganisationRecord>();
    if (kind === 'roster') {
      const ids = [...new Set(ok.flatMap((r) => [(r.data as RosterRow).employerId, (r.data as RosterRow).insuredWithAgencyId]))];
      for (const part of chunks(ids)) for (const o of await this.ds.getRepository(OrganisationRecord).findBy({ id: In(part) })) orgs.set(o.id, o);
    }
    const refuse = (r: PreviewRow, column: string | undefined, reason: string) => Object.assign(r, { preview: 'refused', column, reason });
    const orgProblem = (id: string, role: OrganisationRecord['role']) => {
      const o = orgs.get(id);
      return !o || o.role !== role || o.suspendedAt ? `no ${role} '${id}' that can be named here` : null;
    };
    const notYours = (r: PreviewRow, what: string) => refuse(r, '身份证号', `no level-${(r.data as { targetLevel: number }).targetLevel} journey of this person${what}`);

    for (const r of ok) {
      if (done.has(r.rowKey!)) {
        r.preview = 'alreadyDone';
        continue;
      }
      const j = journeys.get(r.journeyId!);
      const wrongState = (states: string[]) => (j && !states.includes(j.state) ? `the journey is in state '${j.state}': it takes no ${kind} step` : null);
      switch (kind) {
        case 'roster': {
          const d = r.data as RosterRow;
          const problem = orgProblem(d.employerId, 'employer');
          if (problem) refuse(r, '用人单位', problem);
          else if (orgProblem(d.insuredWithAgencyId, 'social-insurance-agency')) refuse(r, '参保机构', orgProblem(d.insuredWithAgencyId, 'social-insurance-agency')!);
          else if (j && j.employerId !== d.employerId) refuse(r, '用人单位', `the open level-${d.targetLevel} journey of this person is not with this employer`);
          else if (j && j.state !== 'applied') {
            if (j.trainingInstitutionId === org) r.preview = 'alreadyDone';
            else refuse(r, undefined, wrongState(['applied'])!);
          }
          break;
        }
        case 'training-completion':
          if (!j || j.trainingInstitutionId !== org) notYours(r, ' enrolled by you');
          else if (wrongState(['enrolled'])) refuse(r, undefined, wrongState(['enrolled'])!);
          break;
        case 'registration':
          if (!j) notYours(r, '');
          else if (wrongState(['trainingCompleted', 'failed'])) refuse(r, undefined, wrongState(['trainingCompleted', 'failed'])!);
          break;
        case 'results':
          if (!j || j.evaluationOrganisationId !== org) notYours(r, ' registered with you');
          else if (wrongState(['registered'])) refuse(r, undefined, wrongState(['registered'])!);
          break;
        case 'certificates':
          if (!j || j.evaluationOrganisationId !== org) notYours(r, ' registered with you');
          else if (wrongState(['passed'])) refuse(r, undefined, wrongState(['passed'])!);
          break;
        case 'payroll': {
          const w = cases.get((r.data as PayrollRow).wageCaseId);
          if (!w || w.ownerId !== org) refuse(r, '休假开始日期', 'no wage protection of yours for a leave of this person from that day');
          else if (w.state === 'closed') refuse(r, undefined, "the leave's wage protection is closed: it takes no payroll");
          break;
        }
        default:
          break;
      }
    }
  }

  private async own(caller: Caller, batchId: string): Promise<BatchRecord> {
    const batch = /^[0-9a-f-]{36}$/.test(batchId) ? await this.ds.getRepository(BatchRecord).findOneBy({ id: batchId }) : null;
    // Another organisation's batch is not told to exist (404, as reads of others' cases).
    if (!batch || batch.organisationId !== caller.organisationId) throw new NotFoundException('no such batch of yours');
    return batch;
  }

  /** Apply: the batch workflow starts, as the person who applies it; a second apply is a 409. */
  async apply(caller: Caller, batchId: string) {
    const batch = await this.own(caller, batchId);
    const actor = JSON.stringify(asActor(caller));
    const moved = await this.ds.getRepository(BatchRecord).update({ id: batch.id, status: 'previewed' }, { status: 'applying', actor, appliedAt: new Date().toISOString() });
    if (!moved.affected) throw new ConflictException({ message: `the batch is ${batch.status === 'done' ? 'done' : 'being applied'} already: upload the file again to apply it again (rows done are not done twice)`, state: batch.status });
    try {
      await this.client.workflow.start(batchWorkflow, {
        workflowId: batchWorkflowId(batch.id),
        taskQueue: this.config.temporal.taskQueue,
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ batchId: batch.id, rows: batch.rowCount, concurrency: this.config.batch.concurrency }],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) {
        await this.ds.getRepository(BatchRecord).update({ id: batch.id, status: 'applying' }, { status: 'previewed', appliedAt: null });
        throw err;
      }
    }
    return this.progress(caller, batch.id);
  }

  async progress(caller: Caller, batchId: string) {
    const batch = await this.own(caller, batchId);
    const counts = { done: 0, alreadyDone: 0, refused: 0, failed: 0, pending: 0 };
    const grouped = await this.ds
      .getRepository(BatchRowRecord)
      .createQueryBuilder('r')
      .select('r.outcome', 'outcome')
      .addSelect('COUNT(*)', 'n')
      .where('r.batchId = :id', { id: batch.id })
      .groupBy('r.outcome')
      .getRawMany<{ outcome: BatchRowOutcome | null; n: string }>();
    for (const g of grouped) counts[g.outcome ?? 'pending'] += Number(g.n);
    return { ...this.present(batch), finished: batch.rowCount - counts.pending, counts };
  }

  async list(caller: Caller) {
    const rows = await this.ds.getRepository(BatchRecord).find({ where: { organisationId: caller.organisationId ?? '' }, order: { createdAt: 'DESC' }, take: 100 });
    return { items: rows.map((b) => this.present(b)) };
  }

  /** Each row: its number, the person masked, the outcome (or, before apply, the preview), column, reason, clauses. */
  async outcomes(caller: Caller, batchId: string, format: 'csv' | 'xlsx') {
    const batch = await this.own(caller, batchId);
    const rows = await this.ds.getRepository(BatchRowRecord).find({ where: { batchId: batch.id }, order: { seq: 'ASC' } });
    const header = ['行号 row', '身份证号 person', '结果 outcome', '列 column', '原因 reason', '条款 clauses', '状态 state'];
    const table = rows.map((r) => [r.rowNumber, r.person ?? '', OUTCOME_WORDS[r.outcome ?? r.preview], r.column ?? '', r.reason ?? '', r.clauses ? (JSON.parse(r.clauses) as string[]).join(' ') : '', r.state ?? '']);
    return { body: await tableFile('outcomes', header, table, format), contentType: CONTENT_TYPES[format], fileName: `batch-${batch.kind}-${batch.id.slice(0, 8)}-outcomes.${format}` };
  }

  async template(kind: string, format: 'csv' | 'xlsx') {
    const spec = this.spec(kind);
    return { body: await templateFile(spec, format), contentType: CONTENT_TYPES[format], fileName: `batch-${spec.kind}-template.${format}` };
  }

  kinds(caller: Caller) {
    return { items: Object.values(KINDS).filter((k) => k.columns.length && (k.role === caller.role)).map((k) => ({ kind: k.kind, title: k.title, columns: k.columns })) };
  }

  private present(b: BatchRecord) {
    return { batchId: b.id, kind: b.kind, status: b.status, fileName: b.fileName, format: b.format, encoding: b.encoding, rows: b.rowCount, skippedRows: JSON.parse(b.skipped) as number[], createdAt: b.createdAt, appliedAt: b.appliedAt, finishedAt: b.finishedAt };
  }
}
