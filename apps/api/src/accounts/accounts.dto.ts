import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ROLES } from '@heze/machines';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';
import { OrganisationIdSchema } from '../organisations/organisations.schema';
import { CreateUserSchema, LoginSchema, PasswordChangeSchema, ResetPasswordSchema } from './accounts.schema';

export class LoginDto extends createZodDto(LoginSchema) {}
export class PasswordChangeDto extends createZodDto(PasswordChangeSchema) {}
export class CreateUserDto extends createZodDto(CreateUserSchema) {}
export class ResetPasswordDto extends createZodDto(ResetPasswordSchema) {}

export const ListUsersQuerySchema = queryParams({ organisation: OrganisationIdSchema.optional() });
export class ListUsersQueryDto extends createZodDto(ListUsersQuerySchema) {}

const UserViewSchema = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  organisationId: z.string(),
  role: orNull(z.enum(ROLES), "the organisation's role, in which the user acts; null when the organisation no longer exists"),
  mustChangePassword: z.boolean().describe('the password was set by an admin: the person should choose their own (POST /auth/password)'),
  createdAt: z.string(),
  passwordChangedAt: z.string(),
  disabledAt: orNull(z.string(), 'when the user was disabled; null while active'),
});
export class UserViewDto extends createZodDto(UserViewSchema) {}

export class DisabledUserDto extends createZodDto(UserViewSchema.extend({ sessionsEnded: z.number().int().describe('sessions ended by this request') })) {}

export class IssuedUserDto extends createZodDto(
  z.object({
    user: UserViewSchema,
    password: orNull(z.string(), 'the generated one-time password, shown in this answer only (stored as a scrypt hash); null when one was given, or on an Idempotency-Key replay'),
  }),
) {}

const SessionViewSchema = z.object({
  via: z.enum(['session', 'api-key']).describe('how the caller is authenticated'),
  user: orNull(UserViewSchema, 'the signed-in person; null for an API key'),
  role: z.string(),
  organisation: orNull(z.object({ id: z.string(), name: z.string() }).describe('organisation'), 'the organisation the caller acts for'),
  csrfToken: orNull(z.string(), 'send as X-CSRF-Token on every POST/PUT/PATCH/DELETE made with the session cookie; null for an API key'),
  expiresAt: orNull(z.string(), 'the absolute end of the session'),
  idleExpiresAt: orNull(z.string(), 'when the session ends if it is not used before'),
});
export class SessionViewDto extends createZodDto(SessionViewSchema) {}
export type SessionView = z.infer<typeof SessionViewSchema>;

export class SignedOutDto extends createZodDto(z.object({ signedOut: z.literal(true) })) {}
