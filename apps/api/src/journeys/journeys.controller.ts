import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiNewState } from '../infrastructure/machine-view.dto';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party, PartyOf } from '../auth/party.decorator';
import type { JourneyParties } from '../auth/party-lookup';
import { ROLES } from '@heze/machines';
import type { JourneyProjection } from '@heze/persistence';
import {
  ClaimSubsidyDto,
  CompleteTrainingDto,
  IssueCertificateDto,
  JourneyDetailDto,
  JourneyPageDto,
  ListJourneysDto,
  OpenJourneyDto,
  OpenedJourneyDto,
  PostResultDto,
  RegisterForEvaluationDto,
  WithdrawDto,
} from './journey.dto';
import { assertIssuedAfterSittings, assertSittingsAfterTraining } from '../infrastructure/step-facts';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { CertificateRegistry } from './certificate-registry';
import { JourneyService, presentJourney } from './journey.service';
import { registrationProfile } from './registration-profile';
import { ResidentIdAt } from '../privacy/resident-ids';

/** Journeys: every write is one Update on the journey workflow, sent as the calling party. */
@ApiTags('journeys')
@ApiBadRequestResponse({ description: 'A field is missing or malformed; the message names it' })
@Controller('journeys')
export class JourneysController {
  constructor(
    @Inject(JourneyService) private readonly journeys: JourneyService,
    @Inject(CertificateRegistry) private readonly certificates: CertificateRegistry,
  ) {}

  @Post()
  @Party(['employer', 'specialist'], 'self')
  @ApiOperation({ summary: 'Open a journey for a specialist towards one skill level (one open journey per person and level)' })
  @ApiCreatedResponse({ type: OpenedJourneyDto })
  @ApiConflictResponse({ description: 'An open journey for this person and level already exists' })
  @ResidentIdAt('residentId')
  open(@CurrentCaller() caller: Caller, @Body() body: OpenJourneyDto) {
    return this.journeys.open(caller, body);
  }

  @Get()
  @Party(ROLES, 'self')
  @ApiOperation({ summary: 'List journeys by state, level, organisation, project (paginated)' })
  @ApiOkResponse({ type: JourneyPageDto })
  list(@CurrentCaller() caller: Caller, @Query() q: ListJourneysDto) {
    return this.journeys.list(caller, q);
  }

  @Get(':journeyId')
  @Party(ROLES, 'journey.reader')
  @ApiOperation({ summary: 'One journey: current state, allowed next events, last transition' })
  @ApiOkResponse({ type: JourneyDetailDto })
  @ApiNotFoundResponse({ description: 'No such journey visible to the caller' })
  async get(@Param('journeyId') journeyId: string, @PartyOf() row: JourneyProjection) {
    return { ...presentJourney(row), workflow: await this.journeys.view(journeyId) };
  }

  @Post(':journeyId/enrolment')
  @HttpCode(200)
  @ApiNewState()
  @Party('training-institution', 'journey.any')
  @ApiOperation({ summary: 'Enrol the specialist in training (training institution)' })
  @ApiConflictResponse({ description: 'The journey is not in a state that takes this event' })
  async enrol(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string) {
    return this.journeys.send(journeyId, caller, { type: 'enrol' });
  }

  @Post(':journeyId/training-completion')
  @HttpCode(200)
  @ApiNewState()
  @Party('training-institution', 'journey.trainingInstitutionId')
  @ApiOperation({ summary: 'Mark the course complete (only the enrolling institution)' })
  @ApiConflictResponse({ description: 'The journey is not in a state that takes this event' })
  async completeTraining(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @Body() body: CompleteTrainingDto) {
    return this.journeys.send(journeyId, caller, { type: 'completeTraining', ...body });
  }

  @Post(':journeyId/evaluation-registration')
  @HttpCode(200)
  @ApiNewState()
  @Party('evaluation-organisation', 'journey.any')
  @ApiOperation({ summary: 'Register for evaluation; only after training completion (先培训后认定); the rules check eligibility (RULES.md §3)' })
  @ApiConflictResponse({ description: 'Training not completed yet, or another state' })
  @ResidentIdAt('profile.idNumber')
  async register(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @PartyOf() { personKey }: JourneyParties, @Body() body: RegisterForEvaluationDto) {
    // RULES.md §1: the Update (and so the history) gets the birth date, never the resident ID.
    const profile = registrationProfile(body.profile, personKey, (id) => this.journeys.personKey(id));
    return this.journeys.send(journeyId, caller, { type: 'registerForEvaluation', profile });
  }

  @Post(':journeyId/results')
  @HttpCode(200)
  @ApiNewState()
  @Party('evaluation-organisation', 'journey.evaluationOrganisationId')
  @ApiOperation({ summary: 'Post the evaluation result (the organisation the candidate is registered with)' })
  @ApiConflictResponse({ description: 'The journey is not in a state that takes this event' })
  async postResult(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @Body() body: PostResultDto) {
    assertSittingsAfterTraining(await this.journeys.view(journeyId), body.sittingDates);
    return this.journeys.send(journeyId, caller, { type: 'postResult', ...body });
  }

  @Post(':journeyId/certificate')
  @HttpCode(200)
  @ApiNewState()
  @Party('evaluation-organisation', 'journey.evaluationOrganisationId')
  @ApiOperation({ summary: 'Issue the 劳动关系协调师 skill-level certificate' })
  @ApiConflictResponse({ description: 'The journey is not in a state that takes this event' })
  async issueCertificate(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @PartyOf() parties: JourneyParties, @Body() body: IssueCertificateDto) {
    assertIssuedAfterSittings(await this.journeys.view(journeyId), body.issuedOn);
    // issue 13.9: the number is this person's and this issuer's before the journey records it.
    const claim = { certificateNumber: body.certificateNumber, personKey: parties.personKey, journeyId, issuerId: caller.organisationId!, issuedOn: body.issuedOn };
    const reserved = await this.certificates.reserve(claim);
    try {
      return await this.journeys.send(journeyId, caller, { type: 'issueCertificate', ...body });
    } catch (err) {
      // Only a refused Update certainly recorded nothing; after a time-out the journey may hold the number.
      if (reserved && err instanceof WorkflowUpdateFailedError) await this.certificates.release(claim).catch(() => undefined);
      throw err;
    }
  }

  @Post(':journeyId/subsidy-claim')
  @HttpCode(200)
  @ApiNewState()
  @Party(['employer', 'specialist'], 'journey.employerId')
  @ApiOperation({ summary: 'Claim the skill-upgrade subsidy (RULES.md §5) at the agency the person is insured with' })
  @ApiConflictResponse({ description: 'No certificate yet, or already claimed' })
  async claim(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @PartyOf() parties: JourneyParties, @Body() _body: ClaimSubsidyDto) {
    const agencyId = await this.journeys.insuringAgency(journeyId, parties.personKey);
    return this.journeys.send(journeyId, caller, { type: 'claimSubsidy', agencyId });
  }

  @Post(':journeyId/withdrawal')
  @HttpCode(200)
  @ApiNewState()
  @Party(['employer', 'specialist'], 'journey.employerId')
  @ApiOperation({ summary: 'Withdraw before the certificate' })
  @ApiConflictResponse({ description: 'Already certified or closed' })
  async withdraw(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @Body() body: WithdrawDto) {
    return this.journeys.send(journeyId, caller, { type: 'withdraw', ...body });
  }
}
