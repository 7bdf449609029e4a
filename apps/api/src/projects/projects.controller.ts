import { Body, ConflictException, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MachineViewDto } from '../infrastructure/machine-view.dto';
import { DataSource } from 'typeorm';
import { NotificationRecord, ProjectRecord, ViolationCase } from '../../../../libs/persistence/src/entities';
import { projectWorkflowId } from '../../../../libs/temporal/src/workflow-ids';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Roles } from '../auth/roles.decorator';
import { READ_ALL_ROLES } from '../journeys/journey.service';
import { CreateProjectDto, NotificationDto, NotificationsQueryDto, ProjectDto, ViolationCaseDto, ViolationsQueryDto } from './process.dto';
import { ProcessService } from './process.service';
import { READERS } from './readers';

/** Projects and their incentive (RULES.md §6); violation cases and notifications for inspection. */
@ApiTags('projects, violations, notifications')
@Controller()
export class ProjectsController {
  constructor(
    @Inject(ProcessService) private readonly processes: ProcessService,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  @Post('projects')
  @Roles('employer')
  @ApiBadRequestResponse({ description: 'A field is missing or malformed; the message names it' })
  @ApiCreatedResponse({ type: ProjectDto })
  @ApiConflictResponse({ description: 'A project with this id exists' })
  @ApiOperation({ summary: 'Register a project under construction of the calling general contractor' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateProjectDto) {
    const repo = this.ds.getRepository(ProjectRecord);
    if (await repo.existsBy({ id: body.id })) throw new ConflictException(`id: project '${body.id}' exists`);
    const row = { ...body, contractorId: caller.organisationId!, createdAt: new Date().toISOString() };
    await repo.insert(row);
    return row;
  }

  @Get('projects/:projectId/incentive')
  @Roles(...READERS)
  @ApiOkResponse({ type: MachineViewDto, description: 'The incentive standing (RULES.md §6)' })
  @ApiNotFoundResponse({ description: 'No such project, or no certified specialist reported yet' })
  @ApiOperation({ summary: "The project's incentive standing: none, granted (once), withdrawn, blocked" })
  async incentive(@CurrentCaller() caller: Caller, @Param('projectId') projectId: string) {
    const view = await this.processes.view(projectWorkflowId(projectId));
    this.processes.assertReader(caller, (view.context as Record<string, string>).contractorId);
    return view;
  }

  @Get('violations')
  @Roles('employer', 'labour-inspection', 'auditor', 'admin')
  @ApiOperation({ summary: 'Wage-protection violation cases: an employer sees its own, inspection and auditors all' })
  @ApiOkResponse({ type: [ViolationCaseDto], description: 'newest first, at most 500' })
  async violations(@CurrentCaller() caller: Caller, @Query() q: ViolationsQueryDto) {
    const where: Record<string, string> = {};
    if (q.status) where.status = q.status;
    if (!(READ_ALL_ROLES as readonly string[]).includes(caller.role)) where.employerId = caller.organisationId ?? '';
    const rows = await this.ds.getRepository(ViolationCase).find({ where, order: { openedAt: 'DESC' }, take: 500 });
    return rows.map((r) => ({ ...r, shortfall: r.shortfallFen / 100, detail: JSON.parse(r.detail) }));
  }

  @Get('notifications')
  @Roles('labour-inspection', 'auditor', 'admin', 'social-insurance-agency')
  @ApiOperation({ summary: 'The outbox: notifications to labour inspection, agencies and the credit-rating office' })
  @ApiOkResponse({ type: [NotificationDto], description: 'newest first, at most 500' })
  async notifications(@CurrentCaller() caller: Caller, @Query() q: NotificationsQueryDto) {
    const journeyId = q.journeyId;
    const qb = this.ds.getRepository(NotificationRecord).createQueryBuilder('n').orderBy('n.createdAt', 'DESC').take(500);
    if (journeyId) qb.andWhere('n.journeyId LIKE :j', { j: `${journeyId}%` });
    if (caller.role === 'social-insurance-agency') qb.andWhere('n.recipientId = :me', { me: caller.organisationId });
    return (await qb.getMany()).map((n) => ({ ...n, payload: JSON.parse(n.payload) }));
  }
}
