/**
 * People's accounts (issue 15): the input schemas of the /auth and /users routes and of `npm run admin`
 * (only zod here, so the CLI can use them too).
 */
import { z } from 'zod';
import { nameText } from '@heze/machines/events';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '@heze/persistence';
import { OrganisationIdSchema } from '../organisations/organisations.schema';

export const LoginNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/, 'must be 3-64 letters, digits, . _ @ or - (starting with a letter or digit); not case-sensitive')
  .describe('sign-in name, unique in the installation, not case-sensitive');

/** A new password: the rules of passwordProblem (length, not the login, ...). */
export const NewPasswordSchema = z
  .string()
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe(`a new password: 10-${MAX_PASSWORD_LENGTH} characters, no leading or trailing space, at least 4 different characters, not containing the login`);

const notTheLogin = (login: string | undefined, password: string | undefined, ctx: z.RefinementCtx, field: string) => {
  if (login && password && password.toLowerCase().includes(login.toLowerCase())) ctx.addIssue({ code: 'custom', path: [field], message: 'must not contain the login' });
};

/** Sign-in: any strings (a malformed login is just a wrong one, and says nothing either). */
export const LoginSchema = z
  .object({
    login: z.string().min(1).max(200).describe('sign-in name (not case-sensitive)'),
    password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  })
  .strict();

export const PasswordChangeSchema = z
  .object({
    current: z.string().min(1).max(MAX_PASSWORD_LENGTH).describe('the password now'),
    next: NewPasswordSchema,
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.current === b.next) ctx.addIssue({ code: 'custom', path: ['next'], message: 'must differ from the current password' });
  });

export const CreateUserSchema = z
  .object({
    organisationId: OrganisationIdSchema.describe('the organisation the person works for: they act in its role'),
    login: LoginNameSchema,
    name: nameText(200).describe('display name, shown in timelines'),
    password: NewPasswordSchema.optional().describe('omit to have a one-time password generated (shown once)'),
  })
  .strict()
  .superRefine((b, ctx) => notTheLogin(b.login, b.password, ctx, 'password'));
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const ResetPasswordSchema = z
  .object({ password: NewPasswordSchema.optional().describe('omit to have a one-time password generated (shown once)') })
  .strict();
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const UserIdSchema = z.string().regex(/^u-[a-z0-9]{12}$/, 'must be a user id (u- and 12 lower-case letters or digits)');
