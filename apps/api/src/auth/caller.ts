import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@heze/machines';

/**
 * Who is calling: resolved by ApiKeyGuard from the API key or the session cookie, and recorded as the
 * actor of every update. A key caller has `keyId`; a signed-in person has `userId` (issue 15).
 */
export interface Caller {
  keyId: string | null;
  role: Role;
  organisationId: string | null;
  /** The signed-in person; null for an API key (a system integration). */
  userId: string | null;
  /** The person's display name, for answers only: histories keep the id. */
  userName: string | null;
  /** The session's id hash when signed in with the cookie (sign-out, password change). */
  sessionIdHash: string | null;
}

/** The actor an event records: a key's as before; a person's with the user id (and no key). */
export const asActor = (c: Caller): Actor =>
  c.userId ? { role: c.role, organisationId: c.organisationId, keyId: null, userId: c.userId } : { role: c.role, organisationId: c.organisationId, keyId: c.keyId };

/** One caller's id for per-caller state (rate limit, Idempotency-Key scope): the key id, or the user's. */
export const callerKey = (c: Caller): string => c.keyId ?? `user:${c.userId}`;

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  return ctx.switchToHttp().getRequest().caller;
});
