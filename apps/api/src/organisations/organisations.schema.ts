import { z } from 'zod';
import { ROLES } from '@heze/machines';
import { validateCreditCode } from '@heze/rules';
import { nameText } from '@heze/machines/events';

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
    role: z.enum(ROLES).describe('the party this organisation is; its keys get this role by default'),
    creditCode: CreditCodeSchema.optional(),
  })
  .strict();
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

export const CreateKeySchema = z
  .object({
    role: z.enum(ROLES).optional().describe("default: the organisation's role"),
    label: nameText(200).optional().describe('who or what uses the key'),
  })
  .strict();
export type CreateKeyInput = z.infer<typeof CreateKeySchema>;

export const KeyIdSchema = z.string().regex(/^[a-z0-9]{12}$/, 'must be a key id (12 lower-case letters or digits)');
