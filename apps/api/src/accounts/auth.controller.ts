import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AppConfig } from '@heze/config';
import { ROLES } from '@heze/machines';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party, Public } from '../auth/party.decorator';
import { APP_CONFIG } from '../infrastructure/tokens';
import { TooManyRequestsException } from '../rate-limit/rate-limit.interceptor';
import { LoginDto, PasswordChangeDto, SessionViewDto, SignedOutDto } from './accounts.dto';
import { AccountsService, SignInLocked, WRONG_CREDENTIALS } from './accounts.service';
import { clearSessionCookie, sessionCookieOf, setSessionCookie } from './session-cookie';

const RETRY_AFTER = { 'Retry-After': { description: 'seconds until the lock ends', schema: { type: 'integer' } } };

/**
 * Signing in and out (issue 15). The session cookie is HttpOnly, SameSite=Lax, Path=/, Secure over
 * TLS; writes made with it carry the session's X-CSRF-Token. API keys are unaffected.
 */
@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A lock as a 429 with Retry-After. */
  private async locked<T>(res: Response, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof SignInLocked) {
        res.setHeader('Retry-After', String(err.retryAfterSeconds));
        throw new TooManyRequestsException(err.message);
      }
      throw err;
    }
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Sign in with login and password: sets the session cookie and answers the person and the CSRF token',
    description:
      `A new session id every time (the one the request came with, if any, ends). Wrong login or password, or a disabled user: 401 "${WRONG_CREDENTIALS}" (the same answer whether the user exists). ` +
      'After LOGIN_MAX_FAILURES failures of one login name (or LOGIN_MAX_FAILURES_PER_ADDRESS from one address) within LOGIN_FAILURE_WINDOW_SECONDS: 429 with Retry-After for LOGIN_LOCKOUT_SECONDS.',
  })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiUnauthorizedResponse({ description: 'Wrong login or password (one message for every case)' })
  @ApiForbiddenResponse({ description: "The user's organisation is suspended or gone" })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins for this login or from this address', headers: RETRY_AFTER })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { sessionId, view } = await this.locked(res, () => this.accounts.login(body, req.ip ?? req.socket.remoteAddress ?? 'unknown', sessionCookieOf(req)));
    setSessionCookie(res, req, this.config.accounts, sessionId);
    return view;
  }

  @Post('logout')
  @HttpCode(200)
  @Party(ROLES, 'any')
  @ApiOperation({ summary: 'Sign out: the session is deleted and the cookie cleared (an API key has no session: 403)' })
  @ApiOkResponse({ type: SignedOutDto })
  async logout(@CurrentCaller() caller: Caller, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.accounts.logout(caller);
    clearSessionCookie(res, req, this.config.accounts);
    return { signedOut: true as const };
  }

  @Get('session')
  @Party(ROLES, 'any')
  @ApiOperation({ summary: 'Who is signed in: the person, role, organisation, the CSRF token and when the session ends (for an API key: its role and organisation)' })
  @ApiOkResponse({ type: SessionViewDto })
  session(@CurrentCaller() caller: Caller) {
    return this.accounts.session(caller);
  }

  @Post('password')
  @HttpCode(200)
  @Party(ROLES, 'any')
  @ApiOperation({
    summary: "Change the signed-in person's password (the current one required); the person's other sessions end",
    description: 'A wrong current password is a 400 naming `current` and counts as a failed sign-in (a locked login: 429 with Retry-After).',
  })
  @ApiOkResponse({ type: SessionViewDto })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this login', headers: RETRY_AFTER })
  changePassword(@CurrentCaller() caller: Caller, @Body() body: PasswordChangeDto, @Res({ passthrough: true }) res: Response) {
    return this.locked(res, () => this.accounts.changePassword(caller, body));
  }
}
