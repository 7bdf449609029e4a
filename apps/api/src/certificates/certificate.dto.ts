import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IssueCertificatePayload, nameText } from '@heze/machines/events';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';

/** The same number rule as issuing (one definition). */
export const CertificateNumberSchema = IssueCertificatePayload.shape.certificateNumber;

export const VerifyCertificateQuerySchema = queryParams({
  number: CertificateNumberSchema.describe('the certificate number printed on it'),
  name: nameText(100).describe("the holder's name as printed on the certificate"),
});
export class VerifyCertificateQueryDto extends createZodDto(VerifyCertificateQuerySchema) {}

/** The public page takes the same, both optional (an empty form first). */
export const VerifyPageQuerySchema = queryParams({
  number: CertificateNumberSchema.optional(),
  name: nameText(100).optional(),
});
export class VerifyPageQueryDto extends createZodDto(VerifyPageQuerySchema) {}

export const RevokeCertificateSchema = z.object({ reason: nameText(500).describe('why the certificate is revoked') }).strict();
export class RevokeCertificateDto extends createZodDto(RevokeCertificateSchema) {}

export const VerificationSchema = z.object({
  status: z.enum(['valid', 'revoked', 'not-found']).describe("'not-found' also when the name does not match"),
  certificateNumber: z.string(),
  occupation: z.string().optional(),
  level: z.number().int().optional(),
  issuedOn: z.string().optional(),
  issuer: z.object({ id: z.string(), name: z.string() }).optional(),
  holder: z.object({ maskedId: z.string().describe('resident ID, masked: first 4 and last 4 characters') }).optional(),
  revokedOn: orNull(z.string(), 'the day it was revoked').optional(),
});
export class VerificationDto extends createZodDto(VerificationSchema) {}

export const RevokedSchema = z.object({ certificateNumber: z.string(), revokedAt: z.string(), reason: z.string() });
export class RevokedDto extends createZodDto(RevokedSchema) {}
