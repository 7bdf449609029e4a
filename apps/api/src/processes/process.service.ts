import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WorkflowIdConflictPolicy } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../../libs/config/src/config';
import { ProcessProjection } from '../../../../libs/persistence/src/entities';
import { viewQuery, type MachineView } from '../../../../libs/temporal/src/messages';
import { studyLeaveWorkflow } from '../../../../workflows/study-leave.workflow';
import type { Caller } from '../auth/caller';
import { sendEvent } from '../infrastructure/send-event';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { READ_ALL_ROLES } from '../journeys/journey.service';

/** Study leave, wage protection, subsidy claims, project incentives: one Update per write, like journeys. */
@Injectable()
export class ProcessService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  async view(workflowId: string): Promise<MachineView> {
    return this.client.workflow.getHandle(workflowId).query(viewQuery);
  }

  async send(workflowId: string, caller: Caller, event: { type: string } & Record<string, unknown>): Promise<MachineView> {
    return sendEvent(this.client, workflowId, caller, event);
  }

  /** The process as its workflow knows it; 404 when there is none. */
  async context(workflowId: string): Promise<Record<string, any>> {
    return (await this.view(workflowId)).context as Record<string, any>;
  }

  /**
   * The employer that answers for a study leave or its wage protection, for ownership checks: from the
   * process projection (written by the workflow, read without a worker, which is scarce under load),
   * else asked of the workflow (just started). Unknown: 404.
   */
  async employerOfProcess(workflowId: string): Promise<string | undefined> {
    const row = await this.ds.getRepository(ProcessProjection).findOne({ where: { workflowId }, select: { ownerId: true } });
    return row ? row.ownerId : (await this.context(workflowId)).employerId;
  }

  assertOwner(caller: Caller, ownerId: string | null | undefined, what: string) {
    if (!caller.organisationId || caller.organisationId !== ownerId) throw new ForbiddenException(`${what} is not one of your organisation's`);
  }

  /** Parties and readers: the owner organisation, or auditors and labour inspection. */
  assertReader(caller: Caller, ...parties: Array<string | null | undefined>) {
    if ((READ_ALL_ROLES as readonly string[]).includes(caller.role)) return;
    if (!caller.organisationId || !parties.includes(caller.organisationId)) throw new NotFoundException('no such process visible to you');
  }

  async startStudyLeave(input: Parameters<typeof studyLeaveWorkflow>[0]): Promise<MachineView> {
    const handle = await this.client.workflow.start(studyLeaveWorkflow, {
      workflowId: input.leaveId,
      taskQueue: this.config.temporal.taskQueue,
      workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
      args: [input],
    });
    return handle.query(viewQuery);
  }

  async processesOf(journeyId: string): Promise<ProcessProjection[]> {
    return this.ds.getRepository(ProcessProjection).find({ where: { journeyId }, order: { updatedAt: 'ASC' } });
  }

  get durations() {
    return this.config.durations;
  }
}
