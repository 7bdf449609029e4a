import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { validateResidentId } from '@heze/rules';
import { queryParams } from '../infrastructure/query-params';
import {
  nameText,
  OrganisationRefSchema as orgId,
  PastDateSchema as pastDate,
  ClaimSubsidyPayload,
  CompleteTrainingPayload,
  IssueCertificatePayload,
  PostResultPayload,
  RegisterForEvaluationPayload,
  WithdrawPayload,
} from '@heze/machines/events';
import { MachineViewSchema } from '../infrastructure/machine-view.dto';
import { orNull } from '../openapi/or-null';
import { journeyStates } from '@heze/machines';
import type { presentJourney } from './journey.service';

export const OpenJourneySchema = z
  .object({
    residentId: z.string().refine((s) => validateResidentId(s).ok, 'is not a valid GB 11643 resident ID (check digit or birth date)'),
    name: nameText(100).describe('the specialist\'s name: not blank, no control characters'),
    targetLevel: z.union([z.literal(4), z.literal(3), z.literal(2), z.literal(1)]).describe('skill level 4..1 offered by the notice (RULES.md §2)'),
    projectId: orgId.nullable().optional(),
    insuredWithAgencyId: orgId.describe('social-insurance agency of the place of unemployment insurance (RULES.md §5)'),
    enterpriseEmployee: z.boolean().describe('subsidy.enterprise-employee'),
    unemploymentInsuredSince: pastDate.nullable().describe('start of continuous unemployment-insurance contributions (subsidy.insured-12-months)'),
    agreedPay: z
      .object({ monthlyWage: z.number().nonnegative().max(10_000_000), benefits: z.record(z.string().min(1).max(40), z.number().nonnegative().max(10_000_000)) })
      .strict()
      .optional()
      .describe('agreed monthly wage and benefits in CNY: the wage-protection baseline (RULES.md §4)'),
  })
  .strict();
export class OpenJourneyDto extends createZodDto(OpenJourneySchema) {}

// Bodies of event-sending writes: the event's payload schema (libs/machines/src/events/journey.ts), defined once.
export class CompleteTrainingDto extends createZodDto(CompleteTrainingPayload) {}
/** profile.idNumber is replaced by its birth date before the event is sent (registration-profile.ts). */
export class RegisterForEvaluationDto extends createZodDto(RegisterForEvaluationPayload) {}
export class PostResultDto extends createZodDto(PostResultPayload) {}
export class IssueCertificateDto extends createZodDto(IssueCertificatePayload) {}
/** Nothing to send: the agency is the one the journey records (RULES.md §5). */
export const ClaimSubsidySchema = ClaimSubsidyPayload.omit({ agencyId: true });
export class ClaimSubsidyDto extends createZodDto(ClaimSubsidySchema) {}
export class WithdrawDto extends createZodDto(WithdrawPayload) {}

export const ListJourneysSchema = queryParams({
  state: z.enum(journeyStates).optional(),
  level: z.coerce.number().int().min(1).max(5).optional(),
  organisation: orgId.optional(),
  project: orgId.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export class ListJourneysDto extends createZodDto(ListJourneysSchema) {}

// Answers, for the OpenAPI document (Schemathesis checks every response against them).

export const JourneySummarySchema = z.object({
  journeyId: z.string(),
  person: z.string().describe('resident ID, masked'),
  targetLevel: z.number().int(),
  state: z.string(),
  employerId: z.string(),
  projectId: orNull(z.string(), 'project under construction, if any'),
  trainingInstitutionId: orNull(z.string(), 'the enrolling training institution, once enrolled'),
  evaluationOrganisationId: orNull(z.string(), 'the evaluation organisation, once registered'),
  agencyId: orNull(z.string(), 'the social-insurance agency of the claim, once claimed'),
  attempts: z.number().int().describe('evaluation sittings so far'),
  openedAt: z.string(),
  updatedAt: z.string(),
  last: z.record(z.string(), z.unknown()).describe('the last transition: event, who, when'),
}) satisfies z.ZodType<ReturnType<typeof presentJourney>>; // held to what the presenter returns

export const JourneyPageSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(JourneySummarySchema),
});
export class JourneyPageDto extends createZodDto(JourneyPageSchema) {}

export const JourneyDetailSchema = JourneySummarySchema.extend({ workflow: MachineViewSchema });
export class JourneyDetailDto extends createZodDto(JourneyDetailSchema) {}

export const OpenedJourneySchema = z.object({ journeyId: z.string(), view: MachineViewSchema });
export class OpenedJourneyDto extends createZodDto(OpenedJourneySchema) {}
