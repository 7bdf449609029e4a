import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException, UnauthorizedException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import {
  createSession,
  endSession,
  endUserSessions,
  findUserByLogin,
  hashSessionId,
  OrganisationRecord,
  UserRecord,
  UserSessionRecord,
  addressThrottleKey,
  LoginThrottle,
  loginThrottleKey,
  DEFAULT_SCRYPT,
  dummyHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '@heze/persistence';
import type { Caller } from '../auth/caller';
import { APP_CONFIG } from '../infrastructure/tokens';
import { AdminError } from '../organisations/organisations.ops';
import type { SessionView } from './accounts.dto';
import type { CreateUserInput, ResetPasswordInput } from './accounts.schema';
import { sessionLimits } from './session-cookie';
import { createUser, disableUser, enableUser, listUsers, presentUser, resetUserPassword } from './users.ops';

/** One answer for every failed sign-in: it does not tell whether the login exists. */
export const WRONG_CREDENTIALS = 'wrong login or password';

/** Sign-in refused for a while (429 with Retry-After). */
export class SignInLocked extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed sign-ins: try again in ${retryAfterSeconds} s`);
  }
}

async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AdminError) {
      if (err.kind === 'not-found') throw new NotFoundException(err.message);
      if (err.kind === 'conflict') throw new ConflictException({ message: err.message, field: err.field });
      if (err.kind === 'unprocessable') throw new UnprocessableEntityException({ message: err.message, field: err.field });
      throw new BadRequestException({ message: err.message, field: err.field });
    }
    throw err;
  }
}

/** People's accounts (issue 15): sign-in, sessions, password change, and the admin's user operations. */
@Injectable()
export class AccountsService {
  private readonly throttle: LoginThrottle;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.throttle = new LoginThrottle(ds);
  }

  private get limits() {
    const a = this.config.accounts;
    return {
      login: { maxFailures: a.maxFailuresPerLogin, windowMs: a.failureWindowSeconds * 1000, lockoutMs: a.lockoutSeconds * 1000 },
      address: { maxFailures: a.maxFailuresPerAddress, windowMs: a.failureWindowSeconds * 1000, lockoutMs: a.lockoutSeconds * 1000 },
    };
  }

  private async refuseIfLocked(keys: string[], now: number): Promise<void> {
    const ms = await this.throttle.lockedForMs(keys, now);
    if (ms > 0) throw new SignInLocked(Math.ceil(ms / 1000));
  }

  /** Counts a failure against the login name (and the address); says nothing more than a wrong password. */
  private async fail(loginKey: string, addressKey: string | null, now: number): Promise<never> {
    await this.throttle.fail(loginKey, this.limits.login, now);
    if (addressKey) await this.throttle.fail(addressKey, this.limits.address, now);
    throw new UnauthorizedException(WRONG_CREDENTIALS);
  }

  /**
   * Signs in: a locked login name or address is a 429 before the password is looked at; an unknown
   * login, a disabled user and a wrong password are the same 401 after the same work (a hash is
   * verified either way). Success: a new session (a new id every time; the one the request came with,
   * if any, is ended), the name's failures forgotten.
   */
  async login(input: { login: string; password: string }, address: string, previousSessionId: string | null): Promise<{ sessionId: string; view: SessionView }> {
    const now = Date.now();
    const loginKey = loginThrottleKey(input.login);
    const addressKey = addressThrottleKey(address);
    await this.refuseIfLocked([loginKey, addressKey], now);
    const found = await findUserByLogin(this.ds, input.login);
    if (!found || found.user.disabledAt) {
      await verifyPassword(input.password, await dummyHash());
      return this.fail(loginKey, addressKey, now);
    }
    const { user, organisation } = found;
    if (!(await verifyPassword(input.password, user.passwordHash))) return this.fail(loginKey, addressKey, now);
    await this.throttle.clear(loginKey);
    // As for keys: the organisation's role, and nothing while it is suspended (told only to who knows the password).
    if (!organisation) throw new ForbiddenException(`your organisation '${user.organisationId}' no longer exists`);
    if (organisation.suspendedAt) throw new ForbiddenException(`organisation '${organisation.id}' is suspended`);
    if (needsRehash(user.passwordHash, DEFAULT_SCRYPT)) {
      await this.ds.getRepository(UserRecord).update({ id: user.id }, { passwordHash: await hashPassword(input.password) });
    }
    if (previousSessionId) await endSession(this.ds, hashSessionId(previousSessionId));
    const session = await createSession(this.ds, user.id, sessionLimits(this.config.accounts), new Date(now));
    return {
      sessionId: session.sessionId,
      view: {
        via: 'session',
        user: presentUser(user, organisation.role),
        role: organisation.role,
        organisation: { id: organisation.id, name: organisation.name },
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
        idleExpiresAt: new Date(Math.min(now + this.config.accounts.sessionIdleSeconds * 1000, Date.parse(session.expiresAt))).toISOString(),
      },
    };
  }

  /** Who the caller is: the person and the session's CSRF token, or the API key's role and organisation. */
  async session(caller: Caller): Promise<SessionView> {
    const organisation = caller.organisationId
      ? await this.ds.getRepository(OrganisationRecord).findOne({ where: { id: caller.organisationId }, select: { id: true, name: true } })
      : null;
    const org = organisation ? { id: organisation.id, name: organisation.name } : null;
    if (!caller.userId || !caller.sessionIdHash) {
      return { via: 'api-key', user: null, role: caller.role, organisation: org, csrfToken: null, expiresAt: null, idleExpiresAt: null };
    }
    const [user, session] = await Promise.all([
      this.ds.getRepository(UserRecord).findOneByOrFail({ id: caller.userId }),
      this.ds.getRepository(UserSessionRecord).findOneByOrFail({ idHash: caller.sessionIdHash }),
    ]);
    const idleEnd = Math.min(Date.parse(session.lastSeenAt) + this.config.accounts.sessionIdleSeconds * 1000, Date.parse(session.expiresAt));
    return {
      via: 'session',
      user: presentUser(user, caller.role),
      role: caller.role,
      organisation: org,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      idleExpiresAt: new Date(idleEnd).toISOString(),
    };
  }

  private signedIn(caller: Caller): { userId: string; sessionIdHash: string } {
    if (!caller.userId || !caller.sessionIdHash) throw new ForbiddenException('signed in with an API key: there is no session or password (sign in as a user)');
    return { userId: caller.userId, sessionIdHash: caller.sessionIdHash };
  }

  async logout(caller: Caller): Promise<void> {
    await endSession(this.ds, this.signedIn(caller).sessionIdHash);
  }

  /**
   * Changes the signed-in person's password: the current one is required (a wrong one counts as a failed
   * sign-in, and a locked name is a 429); every other session of the user ends, this one goes on.
   */
  async changePassword(caller: Caller, input: { current: string; next: string }): Promise<SessionView> {
    const { userId, sessionIdHash } = this.signedIn(caller);
    const now = Date.now();
    const user = await this.ds.getRepository(UserRecord).findOneByOrFail({ id: userId });
    const loginKey = loginThrottleKey(user.login);
    await this.refuseIfLocked([loginKey], now);
    if (!(await verifyPassword(input.current, user.passwordHash))) {
      await this.throttle.fail(loginKey, this.limits.login, now);
      throw new BadRequestException({ field: 'current', message: 'current: is not your current password' });
    }
    if (input.next.toLowerCase().includes(user.login)) throw new BadRequestException({ field: 'next', message: 'next: must not contain the login' });
    await this.ds.getRepository(UserRecord).update(
      { id: userId },
      { passwordHash: await hashPassword(input.next), mustChangePassword: false, passwordChangedAt: new Date(now).toISOString() },
    );
    await endUserSessions(this.ds, userId, sessionIdHash);
    return this.session(caller);
  }

  createUser(input: CreateUserInput) {
    return run(() => createUser(this.ds, input));
  }

  listUsers(organisationId?: string) {
    return listUsers(this.ds, organisationId);
  }

  disableUser(userId: string) {
    return run(() => disableUser(this.ds, userId));
  }

  enableUser(userId: string) {
    return run(() => enableUser(this.ds, userId));
  }

  resetPassword(userId: string, input: ResetPasswordInput) {
    return run(() => resetUserPassword(this.ds, userId, input));
  }
}
