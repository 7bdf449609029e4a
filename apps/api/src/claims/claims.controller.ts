import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiNewState, MachineViewDto } from '../infrastructure/machine-view.dto';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Roles } from '../auth/roles.decorator';
import { assertPaidAfterApproval } from '../infrastructure/step-facts';
import { ConfirmPaymentDto } from './process.dto';
import { ProcessService } from './process.service';
import { READERS } from './readers';

/** Skill-upgrade subsidy claims (RULES.md §5): decided by the rules through the person's ledger, paid by the agency. */
@ApiTags('subsidy claims')
@ApiNotFoundResponse({ description: 'No such claim visible to the caller' })
@Controller('claims')
export class ClaimsController {
  constructor(@Inject(ProcessService) private readonly processes: ProcessService) {}

  @Get(':claimId')
  @Roles(...READERS)
  @ApiOkResponse({ type: MachineViewDto, description: 'The claim; refusals name the rule ids (RULES.md §5)' })
  @ApiOperation({ summary: 'One claim: submitted, approved (amount), refused (rule ids), payment instructed, paid, expired' })
  async get(@CurrentCaller() caller: Caller, @Param('claimId') claimId: string) {
    const view = await this.processes.view(claimId);
    const c = view.context as Record<string, string>;
    this.processes.assertReader(caller, c.agencyId, (await this.employerOf(c.journeyId)) ?? undefined);
    return view;
  }

  @Post(':claimId/payment-confirmation')
  @HttpCode(200)
  @ApiNewState()
  @Roles('social-insurance-agency')
  @ApiBadRequestResponse({ description: 'A field is missing or malformed; the message names it' })
  @ApiOperation({ summary: 'Confirm payment of an approved claim (the agency the person is insured with)' })
  @ApiConflictResponse({ description: 'Not approved yet, refused, or already paid' })
  async confirm(@CurrentCaller() caller: Caller, @Param('claimId') claimId: string, @Body() body: ConfirmPaymentDto) {
    this.processes.assertOwner(caller, (await this.processes.context(claimId)).agencyId, `claim '${claimId}'`);
    assertPaidAfterApproval(await this.processes.claimApprovedOn(claimId), body.paidOn);
    return this.processes.send(claimId, caller, { type: 'confirmPayment', ...body });
  }

  private async employerOf(journeyId: string | undefined): Promise<string | null> {
    if (!journeyId) return null;
    return ((await this.processes.context(journeyId).catch(() => ({}))) as Record<string, string>).employerId ?? null;
  }
}
