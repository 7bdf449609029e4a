import { Body, Controller, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { evaluateEligibility, type EligibilityAnswer, parseEligibilityProfile, defaultRuleSetId, getRuleSet } from '@heze/rules';
import { ROLES } from '@heze/machines';
import { Party } from '../auth/party.decorator';
import { NoSideEffects } from '../idempotency/idempotency.decorators';
import { ResidentIdAt } from '../privacy/resident-ids';
import { EligibilityAnswerDto, EligibilityProfileDto, EligibilityQueryDto } from './eligibility.dto';
import { ProfileErrorFilter } from './profile-error.filter';

/** RULES.md §3 over HTTP: the same profile contract and the same answer as the eligibility CLI. */
@ApiTags('eligibility')
@Controller('eligibility')
export class EligibilityController {
  @Post()
  @HttpCode(200)
  @Party(ROLES, 'any')
  @NoSideEffects()
  @ResidentIdAt('idNumber') // a computation: nothing is stored, the answer holds no ID
  @UseFilters(ProfileErrorFilter)
  @ApiOperation({
    summary: 'Which skill levels a profile may register for on its evaluation date (RULES.md §3), with the clause ids that hold and why the others do not',
    description: 'Changes nothing: no Idempotency-Key needed, not counted by the write rate limit. Extra fields are refused (400 naming them).',
  })
  @ApiBody({ type: EligibilityProfileDto, description: 'The eligibility profile of RULES.md §3' })
  @ApiOkResponse({ type: EligibilityAnswerDto, description: 'The answer of RULES.md §3: all five levels, level 5 first' })
  @ApiBadRequestResponse({ description: 'The profile is refused: unknown field, impossible date, bad resident-ID check digit, …; `field` names it' })
  answer(@Body() body: unknown, @Query() query: EligibilityQueryDto): EligibilityAnswer {
    // Validated here (not by the global pipe) so that the 400 carries the rules library's own field path.
    const profile = parseEligibilityProfile(body);
    return evaluateEligibility(profile, getRuleSet(query.ruleSet ?? defaultRuleSetId));
  }
}
