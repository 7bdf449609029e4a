import { z } from 'zod';
import type { Role } from '../../../../libs/machines/src/actor';
import { validateCreditCode } from '../../../../libs/rules/src/identifiers';
import { nameText } from '../infrastructure/facts.dto';

/** Roles an API key may have ('system' is the workflows' own and never a key's). */
export const KEY_ROLES = [
  'specialist',
  'training-institution',
  'evaluation-organisation',
  'employer',
  'social-insurance-agency',
  'labour-inspection',
  'auditor',
  'admin',
] as const satisfies readonly Role[];

export const OrganisationIdSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be 2-64 letters, digits, - or _ (starting with a letter or digit)');

/** GB 32100 unified social credit code; the message never repeats the code itself. */
export const CreditCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .superRefine((code, ctx) => {
    const v = validateCreditCode(code);
    if (!v.ok) ctx.addIssue({ code: 'custom', message: v.reason });
  })
  .describe('18-character unified social credit code (GB 32100), check character verified; stored, never shown or logged whole');

export const CreateOrganisationSchema = z
  .object({
    id: OrganisationIdSchema.describe('stable id, e.g. heze-vtc-01'),
    name: nameText(200),
    role: z.enum(KEY_ROLES).describe('the party this organisation is; its keys get this role by default'),
    creditCode: CreditCodeSchema.optional(),
  })
  .strict();
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

export const CreateKeySchema = z
  .object({
    role: z.enum(KEY_ROLES).optional().describe("default: the organisation's role"),
    label: nameText(200).optional().describe('who or what uses the key'),
  })
  .strict();
export type CreateKeyInput = z.infer<typeof CreateKeySchema>;

export const KeyIdSchema = z.string().regex(/^[a-z0-9]{12}$/, 'must be a key id (12 lower-case letters or digits)');
