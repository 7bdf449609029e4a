import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { NotificationRecord, ProjectRecord, ViolationCase } from '@heze/persistence';
import { WORKFLOW_ID_PATTERN } from '@heze/audit';
import { nameText } from '@heze/machines/events';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';

/** Not an event: a project is a record the contractor registers; its incentive starts with the first certified specialist. */
export const CreateProjectSchema = z
  .object({
    id: z.string().min(3).max(64).regex(/^[A-Za-z0-9_-]+$/),
    name: nameText(200),
    wageGuaranteeSystemsImplemented: z.boolean().describe('RULES.md §6.2: the farm-worker wage-payment guarantee systems are implemented'),
  })
  .strict();
export class CreateProjectDto extends createZodDto(CreateProjectSchema) {}

export const ViolationsQuerySchema = queryParams({ status: z.enum(['open', 'closed']).optional().describe('only open or only closed cases; absent: both') });
export class ViolationsQueryDto extends createZodDto(ViolationsQuerySchema) {}

export const NotificationsQuerySchema = queryParams({
  journeyId: z.string().regex(WORKFLOW_ID_PATTERN, 'must be a journey or process id').optional().describe("a journey's id: its notifications and its processes'"),
});
export class NotificationsQueryDto extends createZodDto(NotificationsQuerySchema) {}

// Answers, for the OpenAPI document (Schemathesis checks every response against them).

export const ProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  wageGuaranteeSystemsImplemented: z.boolean(),
  contractorId: z.string().describe('the general contractor that registered it'),
  createdAt: z.string(),
}) satisfies z.ZodType<ProjectRecord>;
export class ProjectDto extends createZodDto(ProjectSchema) {}

export const ViolationCaseSchema = z.object({
  caseId: z.string(),
  journeyId: z.string(),
  employerId: z.string(),
  projectId: orNull(z.string(), 'project of the journey, if any'),
  status: z.enum(['open', 'closed']),
  shortfallFen: z.number().int(),
  shortfall: z.number().describe('CNY'),
  detail: z.unknown().describe('the wage check: periods, components, amounts (RULES.md §4)'),
  openedAt: z.string(),
  closedAt: orNull(z.string(), 'when back pay covered the shortfall'),
  caseKey: orNull(z.string(), 'the wage-protection case (absent on violations recorded before issue 17)'),
  owedFen: z.number().int().describe('the most owed at once: outstanding plus back pay already made (fen)'),
  backPaidFen: z.number().int().describe('back pay recorded since the violation opened (fen)'),
}) satisfies z.ZodType<Omit<ViolationCase, 'detail'> & { shortfall: number; detail: unknown }>;
export class ViolationCaseDto extends createZodDto(ViolationCaseSchema) {}

export const NotificationSchema = z.object({
  id: z.string().describe('idempotency key of the notification: a retry never sends it twice'),
  recipientRole: z.string(),
  recipientId: orNull(z.string(), 'the recipient organisation, when one is named'),
  kind: z.string(),
  journeyId: z.string(),
  payload: z.unknown(),
  createdAt: z.string(),
  deliveredAt: orNull(z.string(), 'when delivered'),
}) satisfies z.ZodType<Omit<NotificationRecord, 'payload'> & { payload: unknown }>;
export class NotificationDto extends createZodDto(NotificationSchema) {}
