import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowIdConflictPolicy } from '@temporalio/client';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import type { AgreedPay, JourneyFacts, TargetLevel } from '@heze/machines';
import { JourneyProjection, OrganisationRecord, PersonRecord, ProjectRecord } from '@heze/persistence';
import { maskIdentifier, validateResidentId } from '@heze/rules';
import { viewQuery, type MachineView, journeyWorkflowId } from '@heze/temporal';
import { journeyWorkflow } from '../../../../workflows/journey.workflow';
import { asActor, type Caller } from '../auth/caller';
import { readsAll } from '../auth/party.decorator';
import { sendEvent } from '../infrastructure/send-event';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import type { ListJourneysDto, OpenJourneyDto } from './journey.dto';

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

  /**
   * Opens a journey. Its facts (insured agency, enterprise employee, insured since, agreed pay) go
   * into the journey's own input, in its history (issue 13.1); the person row holds identity only
   * and is written once: nothing one employer sends changes another employer's journey.
   */
  async open(caller: Caller, body: OpenJourneyDto): Promise<{ journeyId: string; view: MachineView }> {
    const employerId = caller.organisationId;
    if (!employerId) throw new ForbiddenException('this key acts for no employer');
    if (body.projectId) {
      const project = await this.ds.getRepository(ProjectRecord).findOneBy({ id: body.projectId });
      if (!project) throw new NotFoundException(`projectId: no project '${body.projectId}'`);
      if (project.contractorId !== employerId) throw new ForbiddenException(`projectId: project '${body.projectId}' belongs to another contractor`);
    }
    await this.assertOrganisation('insuredWithAgencyId', body.insuredWithAgencyId, 'social-insurance-agency');
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
        // Identity only: journeys carry their own facts (issue 13.1). The fact columns are read only for
        // journeys opened before that, whose rows already exist (and are never updated here).
        employerId,
        insuredWithAgencyId: null,
        enterpriseEmployee: false,
        unemploymentInsuredSince: null,
        agreedMonthlyWageFen: null,
        agreedBenefits: '{}',
        createdAt: new Date().toISOString(),
      })
      .orIgnore()
      .execute();
    const facts: JourneyFacts = {
      insuredWithAgencyId: body.insuredWithAgencyId,
      enterpriseEmployee: body.enterpriseEmployee,
      unemploymentInsuredSince: body.unemploymentInsuredSince ?? null,
    };
    const journeyId = journeyWorkflowId(personKey, body.targetLevel);
    try {
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
            facts,
            agreedPay: body.agreedPay ? agreedPayInFen(body.agreedPay) : null,
            openedBy: asActor(caller),
            durations: this.config.durations,
          },
        ],
      });
      return { journeyId, view: await handle.query(viewQuery) };
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      // Say no more than needed: the caller's own open journey is named; another organisation's is not.
      if ((await this.employerOf(journeyId)) === employerId) {
        throw new ConflictException({ message: `this person already has an open level-${body.targetLevel} journey of yours: ${journeyId}`, journeyId });
      }
      throw new ConflictException(`a level-${body.targetLevel} journey cannot be opened for this person now`);
    }
  }

  /**
   * A reference to an organisation must name one that exists, has the role the field needs and is
   * not suspended (issue 13.7): 422 naming the field otherwise.
   */
  async assertOrganisation(field: string, id: string, role: OrganisationRecord['role']): Promise<OrganisationRecord> {
    const org = await this.ds.getRepository(OrganisationRecord).findOneBy({ id });
    if (!org) throw new UnprocessableEntityException({ message: `${field}: no organisation '${id}'`, field });
    if (org.role !== role) throw new UnprocessableEntityException({ message: `${field}: '${id}' is not a ${role} (it is a ${org.role})`, field });
    if (org.suspendedAt) throw new UnprocessableEntityException({ message: `${field}: '${id}' is suspended`, field });
    return org;
  }

  /**
   * The employer of a journey that exists: its projection, or — in the moment after the start, before the
   * first projection is written — the workflow itself. Null when neither can tell.
   */
  private async employerOf(journeyId: string): Promise<string | null> {
    const row = await this.ds.getRepository(JourneyProjection).findOne({ where: { journeyId }, select: { employerId: true } });
    if (row) return row.employerId;
    try {
      const view = await this.view(journeyId);
      const employerId = (view.context as { employerId?: unknown }).employerId;
      return typeof employerId === 'string' ? employerId : null;
    } catch {
      return null;
    }
  }

  async view(journeyId: string): Promise<MachineView> {
    return this.client.workflow.getHandle(journeyId).query(viewQuery);
  }

  /** Sends one event as one Update; the workflow's validator refuses what the state cannot take (409). */
  async send(journeyId: string, caller: Caller, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
    return sendEvent(this.client, journeyId, caller, event);
  }

  /**
   * RULES.md §5: the claim goes to the agency of the place of unemployment insurance, as the journey
   * itself records it (issue 13.1; journeys opened before then: the person row). Checked again here
   * (issue 13.7): an agency that is gone, suspended or no longer an agency cannot be sent a claim.
   */
  async insuringAgency(journeyId: string, personKey: string): Promise<string> {
    const journey = await this.ds.getRepository(JourneyProjection).findOne({ where: { journeyId }, select: { insuredWithAgencyId: true } });
    const agencyId = journey?.insuredWithAgencyId ?? (await this.ds.getRepository(PersonRecord).findOneBy({ personKey }))?.insuredWithAgencyId;
    if (!agencyId) throw new NotFoundException('no unemployment-insurance agency on record for this journey');
    await this.assertOrganisation('insuredWithAgencyId', agencyId, 'social-insurance-agency').catch((err: UnprocessableEntityException) => {
      throw new ConflictException({ message: `the journey's insuring agency cannot take a claim: ${String((err.getResponse() as { message?: string }).message ?? err.message)}`, field: 'insuredWithAgencyId' });
    });
    return agencyId;
  }

  async list(caller: Caller, q: ListJourneysDto) {
    const qb = this.ds.getRepository(JourneyProjection).createQueryBuilder('j');
    if (q.state) qb.andWhere('j.state = :state', { state: q.state });
    if (q.level) qb.andWhere('j.targetLevel = :level', { level: q.level });
    if (q.project) qb.andWhere('j.projectId = :project', { project: q.project });
    const org = readsAll(caller.role) ? q.organisation : caller.organisationId;
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

/** CNY as the API takes it → fen as the journey keeps it (RULES.md §4 baseline). */
export function agreedPayInFen(pay: { monthlyWage: number; benefits: Record<string, number> }): AgreedPay {
  const fen = (cny: number) => Math.round(cny * 100);
  return { monthlyWageFen: fen(pay.monthlyWage), benefitsFen: Object.fromEntries(Object.entries(pay.benefits).map(([k, v]) => [k, fen(v)])) };
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
