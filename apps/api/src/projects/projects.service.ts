import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { NotificationRecord, ProjectRecord, ViolationCase } from '@heze/persistence';
import { projectWorkflowId } from '@heze/temporal';
import type { MachineView } from '@heze/temporal';
import type { Caller } from '../auth/caller';
import { readsAll } from '../auth/party.decorator';
import { viewOf } from '../infrastructure/send-event';
import { TEMPORAL_CLIENT } from '../infrastructure/tokens';
import type { CreateProjectDto, NotificationsQueryDto, ViolationsQueryDto } from './project.dto';

/** Projects and their incentive (RULES.md §6); violation cases and notifications, as inspection reads them. */
@Injectable()
export class ProjectsService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  /** A project of the calling general contractor; an id in use is a 409. */
  async create(caller: Caller, body: CreateProjectDto): Promise<ProjectRecord> {
    const repo = this.ds.getRepository(ProjectRecord);
    if (await repo.existsBy({ id: body.id })) throw new ConflictException(`id: project '${body.id}' exists`);
    const row = { ...body, contractorId: caller.organisationId!, createdAt: new Date().toISOString() };
    await repo.insert(row);
    return row;
  }

  incentive(projectId: string): Promise<MachineView> {
    return viewOf(this.client, projectWorkflowId(projectId));
  }

  /** An employer sees its own cases; READ_ALL roles see all. */
  async violations(caller: Caller, q: ViolationsQueryDto) {
    const where: Record<string, string> = {};
    if (q.status) where.status = q.status;
    if (!readsAll(caller.role)) where.employerId = caller.organisationId ?? '';
    const rows = await this.ds.getRepository(ViolationCase).find({ where, order: { openedAt: 'DESC' }, take: 500 });
    return rows.map((r) => ({ ...r, shortfall: r.shortfallFen / 100, detail: JSON.parse(r.detail) }));
  }

  /** An agency sees what was sent to it; READ_ALL roles see all. */
  async notifications(caller: Caller, q: NotificationsQueryDto) {
    const qb = this.ds.getRepository(NotificationRecord).createQueryBuilder('n').orderBy('n.createdAt', 'DESC').take(500);
    if (q.journeyId) qb.andWhere('n.journeyId LIKE :j', { j: `${q.journeyId}%` });
    if (caller.role === 'social-insurance-agency') qb.andWhere('n.recipientId = :me', { me: caller.organisationId });
    return (await qb.getMany()).map((n) => ({ ...n, payload: JSON.parse(n.payload) }));
  }
}
