import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '../../../../libs/machines/src/actor';

/** Who is calling: resolved from the API key by ApiKeyGuard and recorded as the actor of every update. */
export interface Caller {
  keyId: string;
  role: Role;
  organisationId: string | null;
}

export const asActor = (c: Caller): Actor => ({ role: c.role, organisationId: c.organisationId, keyId: c.keyId });

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  return ctx.switchToHttp().getRequest().caller;
});
