import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import { csrfTokenMatches, resolveSession, verifyApiKey } from '@heze/persistence';
import { clearSessionCookie, CSRF_HEADER, sessionCookieOf, sessionLimits } from '../accounts/session-cookie';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { Caller } from './caller';
import { PARTY_KEY, PUBLIC_KEY, type PartyDeclaration } from './party.decorator';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every route needs a caller unless marked @Public(): an API key (system integrations), or else a
 * signed-in person's session cookie (issue 15). The caller's role must be one the route's @Party
 * declaration allows (the relation to the resource is checked later, by PartyInterceptor). A route with
 * neither declaration is a bug, refused with a 500 (the role × endpoint test finds it first).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const declaration = this.reflector.getAllAndOverride<PartyDeclaration | undefined>(PARTY_KEY, targets);
    if (!declaration) throw new Error(`${req.method} ${req.route?.path ?? req.url} declares no @Party or @Public`);
    const header = req.headers['x-api-key'] ?? req.headers['authorization']?.replace(/^Bearer\s+/i, '');
    const cookie = header ? null : sessionCookieOf(req);
    if (!header && cookie) req.caller = await this.sessionCaller(req, ctx.switchToHttp().getResponse<Response>(), cookie);
    else {
      if (!header) throw new UnauthorizedException('API key or sign-in required: send the key as X-Api-Key or Authorization: Bearer <key>, or sign in (POST /auth/login)');
      const key = await verifyApiKey(this.ds, String(header));
      if (!key) throw new UnauthorizedException('unknown or revoked API key');
      // issue 13.7: a key acts in its organisation's role, and not at all while the organisation is suspended.
      if (key.organisationId && !key.organisation) throw new ForbiddenException(`this key's organisation '${key.organisationId}' no longer exists`);
      if (key.organisation && key.organisation.role !== key.role) {
        throw new ForbiddenException(`this key's role '${key.role}' is not its organisation's role '${key.organisation.role}'; an admin must issue a new key`);
      }
      if (key.organisation?.suspendedAt) throw new ForbiddenException(`organisation '${key.organisationId}' is suspended`);
      req.caller = { keyId: key.id, role: key.role, organisationId: key.organisationId, userId: null, userName: null, sessionIdHash: null };
    }
    const { role } = req.caller;
    if (!(declaration.roles as string[]).includes(role)) {
      throw new ForbiddenException(`role '${role}' may not call this endpoint; allowed: ${declaration.roles.join(', ')}`);
    }
    return true;
  }

  /**
   * A signed-in person: the session as stored (idle and absolute end), the user not disabled, acting in
   * its organisation's role unless the organisation is suspended; a write carries the session's CSRF
   * token (a cross-site form or fetch cannot read it, so cannot send it).
   */
  private async sessionCaller(req: Request, res: Response, sessionId: string): Promise<Caller> {
    const found = await resolveSession(this.ds, sessionId, sessionLimits(this.config.accounts));
    if (!found) {
      clearSessionCookie(res, req, this.config.accounts);
      throw new UnauthorizedException('not signed in, or the session has ended: sign in again (POST /auth/login)');
    }
    const { user, organisation, session } = found;
    if (!organisation) throw new ForbiddenException(`your organisation '${user.organisationId}' no longer exists`);
    if (organisation.suspendedAt) throw new ForbiddenException(`organisation '${organisation.id}' is suspended`);
    if (WRITES.has(req.method) && !csrfTokenMatches(session.csrfToken, req.headers[CSRF_HEADER])) {
      throw new ForbiddenException('X-CSRF-Token: missing or not this session\'s token (it is in the answers of POST /auth/login and GET /auth/session)');
    }
    return { keyId: null, role: organisation.role, organisationId: organisation.id, userId: user.id, userName: user.name, sessionIdHash: session.idHash };
  }
}
