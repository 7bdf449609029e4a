import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MachineViewDto } from '../infrastructure/machine-view.dto';
import { ROLES } from '@heze/machines';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party } from '../auth/party.decorator';
import { CreateProjectDto, NotificationDto, NotificationsQueryDto, ProjectDto, ViolationCaseDto, ViolationsQueryDto } from './project.dto';
import { ProjectsService } from './projects.service';

/** Projects and their incentive (RULES.md §6); violation cases and notifications for inspection. */
@ApiTags('projects, violations, notifications')
@Controller()
export class ProjectsController {
  constructor(@Inject(ProjectsService) private readonly projects: ProjectsService) {}

  @Post('projects')
  @Party('employer', 'self')
  @ApiBadRequestResponse({ description: 'A field is missing or malformed; the message names it' })
  @ApiCreatedResponse({ type: ProjectDto })
  @ApiConflictResponse({ description: 'A project with this id exists' })
  @ApiOperation({ summary: 'Register a project under construction of the calling general contractor' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateProjectDto) {
    return this.projects.create(caller, body);
  }

  @Get('projects/:projectId/incentive')
  @Party(ROLES, 'project.reader')
  @ApiOkResponse({ type: MachineViewDto, description: 'The incentive standing (RULES.md §6)' })
  @ApiNotFoundResponse({ description: 'No such project, or no certified specialist reported yet' })
  @ApiOperation({ summary: "The project's incentive standing: none, granted (once), withdrawn, blocked" })
  incentive(@Param('projectId') projectId: string) {
    return this.projects.incentive(projectId);
  }

  @Get('violations')
  @Party(['employer', 'labour-inspection', 'auditor', 'admin'], 'self')
  @ApiOperation({ summary: 'Wage-protection violation cases: an employer sees its own, inspection and auditors all' })
  @ApiOkResponse({ type: [ViolationCaseDto], description: 'newest first, at most 500' })
  violations(@CurrentCaller() caller: Caller, @Query() q: ViolationsQueryDto) {
    return this.projects.violations(caller, q);
  }

  @Get('notifications')
  @Party(['labour-inspection', 'auditor', 'admin', 'social-insurance-agency'], 'self')
  @ApiOperation({ summary: 'The outbox: notifications to labour inspection, agencies and the credit-rating office' })
  @ApiOkResponse({ type: [NotificationDto], description: 'newest first, at most 500' })
  notifications(@CurrentCaller() caller: Caller, @Query() q: NotificationsQueryDto) {
    return this.projects.notifications(caller, q);
  }
}
