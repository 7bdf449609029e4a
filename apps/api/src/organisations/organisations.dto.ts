import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CreateKeySchema, CreateOrganisationSchema, KEY_ROLES, OrganisationIdSchema } from './organisations.schema';

export class CreateOrganisationDto extends createZodDto(CreateOrganisationSchema) {}
export class CreateKeyDto extends createZodDto(CreateKeySchema) {}

export const ListKeysQuerySchema = z.object({ organisation: OrganisationIdSchema.optional() }).strict();
export class ListKeysQueryDto extends createZodDto(ListKeysQuerySchema) {}

const OrganisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(KEY_ROLES),
  creditCode: z.string().nullable().describe('masked: first 4 and last 4 characters'),
  createdAt: z.string(),
});
export class OrganisationViewDto extends createZodDto(OrganisationViewSchema) {}

const KeyViewSchema = z.object({
  keyId: z.string(),
  organisationId: z.string().nullable(),
  role: z.enum(KEY_ROLES),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export class KeyViewDto extends createZodDto(KeyViewSchema) {}

const IssuedKeySchema = KeyViewSchema.extend({
  apiKey: z
    .string()
    .nullable()
    .describe('the key in clear text, shown in this response only (stored as a SHA-256 hash); null when the response is an Idempotency-Key replay'),
});
export class IssuedKeyDto extends createZodDto(IssuedKeySchema) {}
