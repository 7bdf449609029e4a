import { Body, ConflictException, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiNewState, MachineViewDto } from '../infrastructure/machine-view.dto';
import { ROLES } from '@heze/machines';
import { studyLeaveWorkflowId, wageProtectionWorkflowId } from '@heze/temporal';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party, PartyOf } from '../auth/party.decorator';
import type { JourneyParties } from '../auth/party-lookup';
import { agreedPayInFen, JourneyService } from '../journeys/journey.service';
import { assertBackPayComponentShort } from '../infrastructure/step-facts';
import { AgreedPayDto, AgreedPayRecordedDto, BackPayDto, DecideLeaveDto, OpenedStudyLeaveDto, PayrollRecordDto, RequestStudyLeaveDto } from './study-leave.dto';
import { StudyLeaveService } from './study-leave.service';

const fen = (cny: number) => Math.round(cny * 100);

/** Full-time study leave and the wage protection it creates (RULES.md §4). */
@ApiTags('study leave and wage protection')
@ApiBadRequestResponse({ description: 'A field is missing or malformed; the message names it' })
@ApiNotFoundResponse({ description: 'No such journey or leave visible to the caller' })
@Controller()
export class StudyLeaveController {
  constructor(
    @Inject(StudyLeaveService) private readonly leaves: StudyLeaveService,
    @Inject(JourneyService) private readonly journeys: JourneyService,
  ) {}

  @Put('journeys/:journeyId/agreed-pay')
  @Party('employer', 'journey.employerId')
  @ApiOkResponse({ type: AgreedPayRecordedDto })
  @ApiOperation({ summary: "Record the specialist's agreed monthly wage and benefits (the baseline at leave approval, RULES.md §4)" })
  @ApiConflictResponse({ description: 'The journey has ended' })
  async agreedPay(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @Body() body: AgreedPayDto) {
    // A fact of this journey, in its history with who recorded it (issue 13.1), never a shared row.
    await this.journeys.send(journeyId, caller, { type: 'recordAgreedPay', agreedPay: agreedPayInFen(body) });
    return { journeyId, monthlyWage: body.monthlyWage, benefits: body.benefits };
  }

  @Post('journeys/:journeyId/study-leave')
  @Party(['employer', 'specialist'], 'journey.employerId')
  @ApiOperation({ summary: 'Request full-time study leave for training and/or evaluation; the employer answers within N working days or it escalates' })
  @ApiCreatedResponse({ type: OpenedStudyLeaveDto })
  @ApiConflictResponse({ description: 'A leave starting that day already exists for this journey' })
  async request(@Param('journeyId') journeyId: string, @PartyOf() parties: JourneyParties, @Body() body: RequestStudyLeaveDto) {
    const leaveId = studyLeaveWorkflowId(journeyId, body.from);
    const view = await this.leaves.startStudyLeave({
      leaveId,
      journeyId,
      personKey: parties.personKey,
      employerId: parties.employerId!,
      from: body.from,
      to: body.to,
      purpose: body.purpose,
      durations: this.leaves.durations,
    });
    return { leaveId, view };
  }

  @Get('study-leaves/:leaveId')
  @Party(ROLES, 'leave.reader')
  @ApiOkResponse({ type: MachineViewDto })
  @ApiOperation({ summary: 'One study leave: state, protected period, allowed next events' })
  get(@Param('leaveId') leaveId: string) {
    return this.leaves.view(leaveId);
  }

  @Post('study-leaves/:leaveId/decision')
  @HttpCode(200)
  @ApiNewState()
  @Party('employer', 'leave.employerId')
  @ApiOperation({ summary: "Approve or refuse the leave (the specialist's employer)" })
  @ApiConflictResponse({ description: 'Already decided or cancelled' })
  async decide(@CurrentCaller() caller: Caller, @Param('leaveId') leaveId: string, @Body() body: DecideLeaveDto) {
    return this.leaves.send(leaveId, caller, { type: 'decide', ...body });
  }

  @Post('study-leaves/:leaveId/start')
  @HttpCode(200)
  @ApiNewState()
  @Party('employer', 'leave.employerId')
  @ApiOperation({ summary: 'The approved leave has begun' })
  @ApiConflictResponse({ description: 'Not approved, or already active' })
  async start(@CurrentCaller() caller: Caller, @Param('leaveId') leaveId: string) {
    return this.leaves.send(leaveId, caller, { type: 'start' });
  }

  @Post('study-leaves/:leaveId/end')
  @HttpCode(200)
  @ApiNewState()
  @Party('employer', 'leave.employerId')
  @ApiOperation({ summary: 'The leave has ended (payroll for it may still be recorded during the grace period)' })
  @ApiConflictResponse({ description: 'Not active' })
  async end(@CurrentCaller() caller: Caller, @Param('leaveId') leaveId: string) {
    return this.leaves.send(leaveId, caller, { type: 'end' });
  }

  @Get('study-leaves/:leaveId/wage-protection')
  @Party(ROLES, 'wageProtection.reader')
  @ApiOkResponse({ type: MachineViewDto })
  @ApiOperation({ summary: 'Wage protection of an approved leave: monitoring, violation or closed' })
  wages(@Param('leaveId') leaveId: string) {
    return this.leaves.view(wageProtectionWorkflowId(leaveId));
  }

  @Post('study-leaves/:leaveId/payroll')
  @HttpCode(200)
  @ApiNewState()
  @Party('employer', 'wageProtection.employerId')
  @ApiOperation({ summary: 'Record a payroll record; it is compared with the baseline pro rata by day (RULES.md §4)' })
  @ApiConflictResponse({ description: 'The leave was not approved, or its wage protection is closed' })
  async payroll(@CurrentCaller() caller: Caller, @Param('leaveId') leaveId: string, @Body() body: PayrollRecordDto) {
    const caseKey = wageProtectionWorkflowId(leaveId);
    // issue 13.9: a record id is one record: the same again changes nothing, other content under it is refused.
    const seen = await this.leaves.payrollRecordSeen(caseKey, body);
    if (seen === 'same') return this.leaves.view(caseKey);
    if (seen === 'different') {
      throw new ConflictException({ message: `id: payroll record '${body.id}' is already recorded with other content; send a new id for a new record`, field: 'id' });
    }
    return this.leaves.send(caseKey, caller, { type: 'recordPayroll', record: body });
  }

  @Post('study-leaves/:leaveId/back-pay')
  @HttpCode(200)
  @ApiNewState()
  @Party('employer', 'wageProtection.employerId')
  @ApiOperation({ summary: 'Record back pay against an open violation; the case closes when it covers the shortfall' })
  @ApiConflictResponse({ description: 'No open violation, or the component was not short in it (back-pay.component-short)' })
  async backPay(@CurrentCaller() caller: Caller, @Param('leaveId') leaveId: string, @Body() body: BackPayDto) {
    const caseKey = wageProtectionWorkflowId(leaveId);
    assertBackPayComponentShort(await this.leaves.view(caseKey), body.component);
    return this.leaves.send(caseKey, caller, { type: 'recordBackPay', component: body.component, amount: fen(body.amount) });
  }
}
