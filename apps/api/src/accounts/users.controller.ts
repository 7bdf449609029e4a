import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Party } from '../auth/party.decorator';
import { IdempotencyRedact } from '../idempotency/idempotency.decorators';
import { CreateUserDto, DisabledUserDto, IssuedUserDto, ListUsersQueryDto, ResetPasswordDto, UserViewDto } from './accounts.dto';
import { UserIdSchema } from './accounts.schema';
import { AccountsService } from './accounts.service';

const userId = (value: string) => {
  if (!UserIdSchema.safeParse(value).success) throw new NotFoundException(`userId: no user '${value.slice(0, 60)}'`);
  return value;
};

/** People's accounts (role `admin` only): the same operations as `npm run admin -- *-user`. */
@ApiTags('users (admin)')
@Controller('users')
export class UsersController {
  constructor(@Inject(AccountsService) private readonly accounts: AccountsService) {}

  @Post()
  @Party('admin', 'any')
  @IdempotencyRedact('password')
  @ApiOperation({
    summary: "Create a user of an organisation (acting in its role); without a password, a one-time password is generated and shown once",
    description: 'The person is asked to choose their own password (`mustChangePassword`). An Idempotency-Key replay answers `password: null`.',
  })
  @ApiCreatedResponse({ type: IssuedUserDto })
  @ApiConflictResponse({ description: 'A user with this login already exists' })
  create(@Body() body: CreateUserDto) {
    return this.accounts.createUser(body);
  }

  @Get()
  @Party('admin', 'any')
  @ApiOperation({ summary: 'List users (never passwords or hashes)' })
  @ApiOkResponse({ type: [UserViewDto] })
  list(@Query() q: ListUsersQueryDto) {
    return this.accounts.listUsers(q.organisation);
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @Party('admin', 'any')
  @ApiOperation({ summary: 'Disable a user: it cannot sign in, and its sessions end at once (disabling twice keeps the first time)' })
  @ApiOkResponse({ type: DisabledUserDto })
  @ApiNotFoundResponse({ description: 'No such user' })
  disable(@Param('userId') id: string) {
    return this.accounts.disableUser(userId(id));
  }

  @Post(':userId/enable')
  @HttpCode(200)
  @Party('admin', 'any')
  @ApiOperation({ summary: 'Re-enable a disabled user: it can sign in again with its password (enabling an active user changes nothing)' })
  @ApiOkResponse({ type: UserViewDto })
  @ApiNotFoundResponse({ description: 'No such user' })
  enable(@Param('userId') id: string) {
    return this.accounts.enableUser(userId(id));
  }

  @Post(':userId/password-reset')
  @HttpCode(200)
  @Party('admin', 'any')
  @IdempotencyRedact('password')
  @ApiOperation({ summary: "Reset a user's password (given, or generated and shown once); its sessions end and it must choose a new one" })
  @ApiOkResponse({ type: IssuedUserDto })
  @ApiNotFoundResponse({ description: 'No such user' })
  resetPassword(@Param('userId') id: string, @Body() body: ResetPasswordDto) {
    return this.accounts.resetPassword(userId(id), body);
  }
}
