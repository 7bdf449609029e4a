import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { verifyApiKey } from '../../../../libs/persistence/src/api-keys';
import { PARTY_KEY, PUBLIC_KEY, type PartyDeclaration } from './party.decorator';

/**
 * Every route needs a key unless marked @Public(); the key's role must be one its @Party declaration
 * allows (the relation to the resource is checked later, by PartyInterceptor). A route with neither is a
 * bug, refused with a 500 (the role × endpoint test finds it first).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest();
    const declaration = this.reflector.getAllAndOverride<PartyDeclaration | undefined>(PARTY_KEY, targets);
    if (!declaration) throw new Error(`${req.method} ${req.route?.path ?? req.url} declares no @Party or @Public`);
    const header: string | undefined = req.headers['x-api-key'] ?? req.headers['authorization']?.replace(/^Bearer\s+/i, '');
    if (!header) throw new UnauthorizedException('API key required: send it as X-Api-Key or Authorization: Bearer <key>');
    const key = await verifyApiKey(this.ds, String(header));
    if (!key) throw new UnauthorizedException('unknown or revoked API key');
    // issue 13.7: a key acts in its organisation's role, and not at all while the organisation is suspended.
    if (key.organisationId && !key.organisation) throw new ForbiddenException(`this key's organisation '${key.organisationId}' no longer exists`);
    if (key.organisation && key.organisation.role !== key.role) {
      throw new ForbiddenException(`this key's role '${key.role}' is not its organisation's role '${key.organisation.role}'; an admin must issue a new key`);
    }
    if (key.organisation?.suspendedAt) throw new ForbiddenException(`organisation '${key.organisationId}' is suspended`);
    req.caller = { keyId: key.id, role: key.role, organisationId: key.organisationId };
    if (!(declaration.roles as string[]).includes(key.role)) {
      throw new ForbiddenException(`role '${key.role}' may not call this endpoint; allowed: ${declaration.roles.join(', ')}`);
    }
    return true;
  }
}
