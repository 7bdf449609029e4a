import { Body, Controller, Delete, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Party } from '../auth/party.decorator';
import { IdempotencyRedact } from '../idempotency/idempotency.decorators';
import { CreateKeyDto, CreateOrganisationDto, IssuedKeyDto, KeyViewDto, ListKeysQueryDto, OrganisationViewDto } from './organisations.dto';
import { KeyIdSchema, OrganisationIdSchema } from './organisations.schema';
import { OrganisationsService } from './organisations.service';

function param(schema: typeof OrganisationIdSchema | typeof KeyIdSchema, name: string, value: string): string {
  const r = schema.safeParse(value);
  if (!r.success) throw new NotFoundException(`${name}: no such ${name === 'keyId' ? 'key' : 'organisation'}`);
  return r.data;
}

/** Organisations and their API keys (role `admin` only). The same operations as `npm run admin`. */
@ApiTags('organisations and API keys (admin)')
@Controller()
export class OrganisationsController {
  constructor(@Inject(OrganisationsService) private readonly organisations: OrganisationsService) {}

  @Post('organisations')
  @Party('admin', 'any')
  @ApiOperation({ summary: 'Register an organisation (a party): id, name, role, unified social credit code' })
  @ApiCreatedResponse({ type: OrganisationViewDto })
  @ApiConflictResponse({ description: 'An organisation with this id or credit code already exists' })
  create(@Body() body: CreateOrganisationDto) {
    return this.organisations.create(body);
  }

  @Get('organisations')
  @Party('admin', 'any')
  @ApiOperation({ summary: 'List organisations (credit codes masked)' })
  @ApiOkResponse({ type: [OrganisationViewDto] })
  list() {
    return this.organisations.list();
  }

  @Post('organisations/:organisationId/suspension')
  @HttpCode(200)
  @Party('admin', 'any')
  @ApiOperation({ summary: 'Suspend an organisation: its keys are refused and no request may name it as a party (issue 13.7)' })
  @ApiOkResponse({ type: OrganisationViewDto })
  @ApiNotFoundResponse({ description: 'No such organisation' })
  suspend(@Param('organisationId') organisationId: string) {
    return this.organisations.setSuspended(param(OrganisationIdSchema, 'organisation', organisationId), true);
  }

  @Delete('organisations/:organisationId/suspension')
  @HttpCode(200)
  @Party('admin', 'any')
  @ApiOperation({ summary: 'Reinstate a suspended organisation' })
  @ApiOkResponse({ type: OrganisationViewDto })
  @ApiNotFoundResponse({ description: 'No such organisation' })
  reinstate(@Param('organisationId') organisationId: string) {
    return this.organisations.setSuspended(param(OrganisationIdSchema, 'organisation', organisationId), false);
  }

  @Post('organisations/:organisationId/keys')
  @Party('admin', 'any')
  @IdempotencyRedact('apiKey')
  @ApiOperation({
    summary: "Issue an API key for the organisation (role defaults to the organisation's); the key is shown once",
    description: 'The clear-text key is in this response only; only its SHA-256 hash is stored. An Idempotency-Key replay answers `apiKey: null`.',
  })
  @ApiCreatedResponse({ type: IssuedKeyDto })
  @ApiNotFoundResponse({ description: 'No such organisation' })
  issueKey(@Param('organisationId') organisationId: string, @Body() body: CreateKeyDto) {
    return this.organisations.issueKey(param(OrganisationIdSchema, 'organisation', organisationId), body);
  }

  @Get('keys')
  @Party('admin', 'any')
  @ApiOperation({ summary: 'List API keys (ids, roles, organisations, labels, revocation; never secrets)' })
  @ApiOkResponse({ type: [KeyViewDto] })
  keys(@Query() q: ListKeysQueryDto) {
    return this.organisations.keys(q.organisation);
  }

  @Delete('keys/:keyId')
  @HttpCode(200)
  @Party('admin', 'any')
  @ApiOperation({ summary: 'Revoke an API key at once (revoking twice keeps the first revocation time)' })
  @ApiOkResponse({ type: KeyViewDto })
  @ApiNotFoundResponse({ description: 'No such key' })
  revoke(@Param('keyId') keyId: string) {
    return this.organisations.revoke(param(KeyIdSchema, 'keyId', keyId));
  }
}
