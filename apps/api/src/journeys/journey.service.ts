import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowIdConflictPolicy } from '@temporalio/client';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../../libs/config/src/config';
import type { TargetLevel } from '../../../../libs/machines/src/journey';
import { JourneyProjection, PersonRecord, ProjectRecord } from '../../../../libs/persistence/src/entities';
import { maskIdentifier, validateResidentId } from '../../../../libs/rules/src/identifiers';
import { viewQuery, type MachineView } from '../../../../libs/temporal/src/messages';
import { journeyWorkflowId } from '../../../../libs/temporal/src/workflow-ids';
import { journeyWorkflow } from '../../../../workflows/journey.workflow';
import { asActor, type Caller } from '../auth/caller';
import { sendEvent } from '../infrastructure/send-event';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import type { ListJourneysDto, OpenJourneyDto } from './journey.dto';

type PartyField = 'employerId' | 'trainingInstitutionId' | 'evaluationOrganisationId' | 'agencyId';
export type JourneyParties = { journeyId: string; personKey: string } & Record<PartyField, string | null>;

/** Roles that read every organisation's data (ARCHITECTURE.md: auditors and labour inspection). */
export const READ_ALL_ROLES = ['auditor', 'labour-inspection', 'admin'] as const;

@Injectable()
export class JourneyService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  /** The person's key: an HMAC of the resident ID, so ids and logs never carry the ID itself. */
  personKey(residentId: string): string {
    return createHmac('sha256', this.config.personKeySecret).update(residentId.toUpperCase()).digest('hex').slice(0, 32);
  }

  async open(caller: Caller, body: OpenJourneyDto): Promise<{ journeyId: string; view: MachineView }> {
    const employerId = caller.organisationId;
    if (!employerId) throw new ForbiddenException('this key acts for no employer');
    if (body.projectId) {
      const project = await this.ds.getRepository(ProjectRecord).findOneBy({ id: body.projectId });
      if (!project) throw new NotFoundException(`projectId: no project '${body.projectId}'`);
      if (project.contractorId !== employerId) throw new ForbiddenException(`projectId: project '${body.projectId}' belongs to another contractor`);
    }
    const personKey = this.personKey(body.residentId);
    const masked = maskIdentifier(body.residentId);
    const check = validateResidentId(body.residentId);
    await this.ds
      .createQueryBuilder()
      .insert()
      .into(PersonRecord)
      .values({
        personKey,
        residentId: body.residentId.toUpperCase(),
        masked,
        name: body.name,
        birthDate: check.ok ? check.birthDate : '',
        employerId,
        insuredWithAgencyId: body.insuredWithAgencyId,
        enterpriseEmployee: body.enterpriseEmployee,
        unemploymentInsuredSince: body.unemploymentInsuredSince ?? null,
        agreedMonthlyWageFen: body.agreedPay ? Math.round(body.agreedPay.monthlyWage * 100) : null,
        agreedBenefits: JSON.stringify(Object.fromEntries(Object.entries(body.agreedPay?.benefits ?? {}).map(([k, v]) => [k, Math.round(v * 100)]))),
        createdAt: new Date().toISOString(),
      })
      .orUpdate(['name', 'employerId', 'insuredWithAgencyId', 'enterpriseEmployee', 'unemploymentInsuredSince', ...(body.agreedPay ? ['agreedMonthlyWageFen', 'agreedBenefits'] : [])], ['personKey'])
      .execute();
    const journeyId = journeyWorkflowId(personKey, body.targetLevel);
    const handle = await this.client.workflow.start(journeyWorkflow, {
      workflowId: journeyId,
      taskQueue: this.config.temporal.taskQueue,
      // At most one open journey per person and level: a second start while one runs is refused.
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      args: [
        {
          journeyId,
          personKey,
          personMasked: masked,
          targetLevel: body.targetLevel as TargetLevel,
          employerId,
          projectId: body.projectId ?? null,
          insuredWithAgencyId: body.insuredWithAgencyId,
          openedBy: asActor(caller),
          durations: this.config.durations,
        },
      ],
    });
    return { journeyId, view: await handle.query(viewQuery) };
  }

  async projection(journeyId: string): Promise<JourneyProjection> {
    const row = await this.ds.getRepository(JourneyProjection).findOneBy({ journeyId });
    if (!row) throw new NotFoundException(`no journey '${journeyId}'`);
    return row;
  }

  /** Reads are open to the parties of the journey and to auditors/inspection; others get 404. */
  async readable(caller: Caller, journeyId: string): Promise<JourneyProjection> {
    const row = await this.projection(journeyId).catch(async (err) => {
      // Just opened: the first projection write may still be on its way; the workflow knows.
      if (!(err instanceof NotFoundException)) throw err;
      await this.view(journeyId).catch(() => {
        throw err;
      });
      for (let i = 0; i < 50; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const found = await this.ds.getRepository(JourneyProjection).findOneBy({ journeyId });
        if (found) return found;
      }
      throw err;
    });
    if ((READ_ALL_ROLES as readonly string[]).includes(caller.role)) return row;
    const parties = [row.employerId, row.trainingInstitutionId, row.evaluationOrganisationId, row.agencyId];
    if (caller.organisationId && parties.includes(caller.organisationId)) return row;
    if (caller.role === 'training-institution' && row.state === 'applied') return row;
    if (caller.role === 'evaluation-organisation' && row.state === 'trainingCompleted') return row;
    throw new NotFoundException(`no journey '${journeyId}'`);
  }

  async view(journeyId: string): Promise<MachineView> {
    return this.client.workflow.getHandle(journeyId).query(viewQuery);
  }

  /** Sends one event as one Update; the workflow's validator refuses what the state cannot take (409). */
  async send(journeyId: string, caller: Caller, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
    return sendEvent(this.client, journeyId, caller, event);
  }

  /**
   * The journey's parties for ownership checks. The projection is written inside every Update
   * before it returns, so it is current except in the moment after a journey is opened; then the
   * workflow is asked (a Query needs a free worker, which is scarce under load). Unknown: 404.
   */
  async parties(journeyId: string): Promise<JourneyParties> {
    const row = await this.ds.getRepository(JourneyProjection).findOneBy({ journeyId });
    if (row) {
      const { personKey, employerId, trainingInstitutionId, evaluationOrganisationId, agencyId } = row;
      return { journeyId, personKey, employerId, trainingInstitutionId, evaluationOrganisationId, agencyId };
    }
    const c = (await this.view(journeyId)).context as Record<string, any>;
    return {
      journeyId,
      personKey: c.personKey,
      employerId: c.employerId ?? null,
      trainingInstitutionId: c.trainingInstitutionId ?? null,
      evaluationOrganisationId: c.evaluationOrganisationId ?? null,
      agencyId: c.subsidy?.agencyId ?? null,
    };
  }

  /** Ownership: the caller's organisation must be the one the journey names for this role. */
  assertParty(caller: Caller, parties: JourneyParties, field: PartyField) {
    if (!caller.organisationId || parties[field] !== caller.organisationId) {
      throw new ForbiddenException(`journey '${parties.journeyId}' is not one of your organisation's (${field})`);
    }
  }

  /** RULES.md §5: the claim goes to the agency of the place of unemployment insurance. */
  async insuringAgency(personKey: string): Promise<string> {
    const person = await this.ds.getRepository(PersonRecord).findOneBy({ personKey });
    if (!person?.insuredWithAgencyId) throw new NotFoundException('no unemployment-insurance agency on record for this person');
    return person.insuredWithAgencyId;
  }

  async list(caller: Caller, q: ListJourneysDto) {
    const qb = this.ds.getRepository(JourneyProjection).createQueryBuilder('j');
    if (q.state) qb.andWhere('j.state = :state', { state: q.state });
    if (q.level) qb.andWhere('j.targetLevel = :level', { level: q.level });
    if (q.project) qb.andWhere('j.projectId = :project', { project: q.project });
    const org = (READ_ALL_ROLES as readonly string[]).includes(caller.role) ? q.organisation : caller.organisationId;
    if (org) {
      qb.andWhere('(j.employerId = :org OR j.trainingInstitutionId = :org OR j.evaluationOrganisationId = :org OR j.agencyId = :org)', { org });
    }
    const [rows, total] = await qb
      .orderBy('j.updatedAt', 'DESC')
      .addOrderBy('j.journeyId', 'ASC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { total, page: q.page, pageSize: q.pageSize, items: rows.map((r) => presentJourney(r)) };
  }
}

export function presentJourney(r: JourneyProjection) {
  return {
    journeyId: r.journeyId,
    person: r.personMasked,
    targetLevel: r.targetLevel,
    state: r.state,
    employerId: r.employerId,
    projectId: r.projectId,
    trainingInstitutionId: r.trainingInstitutionId,
    evaluationOrganisationId: r.evaluationOrganisationId,
    agencyId: r.agencyId,
    attempts: r.attempts,
    openedAt: r.openedAt,
    updatedAt: r.updatedAt,
    last: JSON.parse(r.summary || '{}'),
  };
}
