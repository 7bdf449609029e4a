import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@heze/machines';
import { ApiNewState, MachineViewDto } from '../infrastructure/machine-view.dto';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party, PartyOf } from '../auth/party.decorator';
import type { ClaimParties } from '../auth/party-lookup';
import { assertPaidAfterApproval } from '../infrastructure/step-facts';
import { ConfirmPaymentDto } from './claim.dto';
import { ClaimsService } from './claims.service';

/** Skill-upgrade subsidy claims (RULES.md §5): decided by the rules through the person's ledger, paid by the agency. */
@ApiTags('subsidy claims')
@ApiNotFoundResponse({ description: 'No such claim visible to the caller' })
@Controller('claims')
export class ClaimsController {
  constructor(@Inject(ClaimsService) private readonly claims: ClaimsService) {}

  @Get(':claimId')
  @Party(ROLES, 'claim.reader')
  @ApiOkResponse({ type: MachineViewDto, description: 'The claim; refusals name the rule ids (RULES.md §5)' })
  @ApiOperation({ summary: 'One claim: submitted, approved (amount), refused (rule ids), payment instructed, paid, expired' })
  get(@Param('claimId') _claimId: string, @PartyOf() claim: ClaimParties) {
    // Readers: the claim's agency and the journey's employer. The claim came with its parties (its
    // projection). The parameter stays declared: it is the route's path parameter in OpenAPI.
    return claim.view;
  }

  @Post(':claimId/payment-confirmation')
  @HttpCode(200)
  @ApiNewState()
  @Party('social-insurance-agency', 'claim.agencyId')
  @ApiBadRequestResponse({ description: 'A field is missing or malformed; the message names it' })
  @ApiOperation({ summary: 'Confirm payment of an approved claim (the agency the person is insured with)' })
  @ApiConflictResponse({ description: 'Not approved yet, refused, or already paid' })
  async confirm(@CurrentCaller() caller: Caller, @Param('claimId') claimId: string, @Body() body: ConfirmPaymentDto) {
    assertPaidAfterApproval(await this.claims.claimApprovedOn(claimId), body.paidOn);
    return this.claims.send(claimId, caller, { type: 'confirmPayment', ...body });
  }
}
