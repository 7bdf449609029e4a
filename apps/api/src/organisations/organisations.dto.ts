import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';
import { ROLES } from '@heze/machines';
import { CreateKeySchema, CreateOrganisationSchema, OrganisationIdSchema } from './organisations.schema';

export class CreateOrganisationDto extends createZodDto(CreateOrganisationSchema) {}
export class CreateKeyDto extends createZodDto(CreateKeySchema) {}

export const ListKeysQuerySchema = queryParams({ organisation: OrganisationIdSchema.optional() });
export class ListKeysQueryDto extends createZodDto(ListKeysQuerySchema) {}

const OrganisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  creditCode: orNull(z.string(), 'unified social credit code, masked: first 4 and last 4 characters'),
  createdAt: z.string(),
  suspendedAt: orNull(z.string(), 'when the organisation was suspended; null while active'),
});
export class OrganisationViewDto extends createZodDto(OrganisationViewSchema) {}

const KeyViewSchema = z.object({
  keyId: z.string(),
  organisationId: orNull(z.string(), 'the organisation the key acts for'),
  role: z.enum(ROLES),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: orNull(z.string(), 'when the key was revoked; null while it is valid'),
});
export class KeyViewDto extends createZodDto(KeyViewSchema) {}

const IssuedKeySchema = KeyViewSchema.extend({
  apiKey: orNull(z.string(), 'the key in clear text, shown in this response only (stored as a SHA-256 hash); null when the response is an Idempotency-Key replay'),
});
export class IssuedKeyDto extends createZodDto(IssuedKeySchema) {}
