import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@heze/machines';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party } from '../auth/party.decorator';
import { InboxCountsDto, InboxPageDto, InboxQueryDto, type InboxSection } from './inbox.dto';
import { InboxService, rolesOf } from './inbox.service';

const PAGE = { type: InboxPageDto, description: 'oldest first by default (sort=since, order=asc); paginated' };
const BAD = { description: 'A parameter this list does not take (sort, level, organisation, project, from, to): `field` names it' };

/**
 * Each party's inbox (issue 15): one route per list, for the roles that work it (@Party, relation
 * `self`: the caller's own organisation; auditors, inspection and the programme office: everyone's).
 * Read from the read model only (docs/portal.md).
 */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(@Inject(InboxService) private readonly inbox: InboxService) {}

  private list(caller: Caller, section: InboxSection, q: InboxQueryDto) {
    return this.inbox.section(caller, section, q);
  }

  @Get()
  @Party(ROLES, 'self')
  @ApiOperation({ summary: "How many items wait in each of the caller's lists (for the navigation), and the caller's journeys by state" })
  @ApiOkResponse({ type: InboxCountsDto })
  counts(@CurrentCaller() caller: Caller) {
    return this.inbox.counts(caller);
  }

  @Get('enrolment-applications')
  @Party(rolesOf('enrolment-applications'), 'self')
  @ApiOperation({ summary: 'Training institution: applied journeys waiting to be enrolled (any institution may enrol one: journey.any)' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  enrolmentApplications(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'enrolment-applications', q);
  }

  @Get('trainees')
  @Party(rolesOf('trainees'), 'self')
  @ApiOperation({ summary: "Training institution: its enrolled trainees, to mark the course complete" })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  trainees(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'trainees', q);
  }

  @Get('candidates')
  @Party(rolesOf('candidates'), 'self')
  @ApiOperation({ summary: 'Evaluation organisation: trained candidates to register (any organisation: journey.any), and its own failed candidates for a retake' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  candidates(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'candidates', q);
  }

  @Get('results')
  @Party(rolesOf('results'), 'self')
  @ApiOperation({ summary: 'Evaluation organisation: candidates registered with it, whose result is to be posted' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  results(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'results', q);
  }

  @Get('certificates')
  @Party(rolesOf('certificates'), 'self')
  @ApiOperation({ summary: 'Evaluation organisation: its passed candidates, whose certificate is to be issued' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  certificates(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'certificates', q);
  }

  @Get('leave-requests')
  @Party(rolesOf('leave-requests'), 'self')
  @ApiOperation({ summary: 'Employer: study-leave requests to decide, with the escalation deadline and the working days left (RULES.md §4 wage.leave-escalation)' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  leaveRequests(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'leave-requests', q);
  }

  @Get('active-leaves')
  @Party(rolesOf('active-leaves'), 'self')
  @ApiOperation({ summary: "Employer: approved and running study leaves, whose payroll is to be recorded (with the wage case's state)" })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  activeLeaves(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'active-leaves', q);
  }

  @Get('violations')
  @Party(rolesOf('violations'), 'self')
  @ApiOperation({ summary: 'Open wage-protection violations with the amount still owed (state=closed: the closed ones): the employer its own, inspection and auditors all' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  violations(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'violations', q);
  }

  @Get('claims')
  @Party(rolesOf('claims'), 'self')
  @ApiOperation({ summary: "Employer: its journeys' subsidy claims and their state" })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  claims(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'claims', q);
  }

  @Get('incentives')
  @Party(rolesOf('incentives'), 'self')
  @ApiOperation({ summary: "Employer: its projects' incentive standing (RULES.md §6)" })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  incentives(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'incentives', q);
  }

  @Get('payments')
  @Party(rolesOf('payments'), 'self')
  @ApiOperation({ summary: 'Social-insurance agency: claims instructed for payment, awaiting its confirmation (due date, overdue flag)' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  payments(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'payments', q);
  }

  @Get('notifications')
  @Party(rolesOf('notifications'), 'self')
  @ApiOperation({ summary: "Notifications: labour inspection's (unanswered leave requests, violations), an agency's own, all for auditors (state=<kind> filters)" })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  notifications(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'notifications', q);
  }

  @Get('search')
  @Party(rolesOf('search'), 'self')
  @ApiOperation({ summary: 'Auditors, labour inspection: journeys by state, level, organisation, project and opening dates (from, to)' })
  @ApiOkResponse(PAGE)
  @ApiBadRequestResponse(BAD)
  search(@CurrentCaller() c: Caller, @Query() q: InboxQueryDto) {
    return this.list(c, 'search', q);
  }
}
