import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

import type { NotificationRecord, ProjectRecord, ViolationCase } from '../../../../libs/persistence/src/entities';
import { IsoDateSchema as isoDate } from '../../../../libs/rules/src/profile';
import { WORKFLOW_ID_PATTERN } from '../../../../libs/audit/src/export';
import { nameText, namedKeys, PastDateSchema as pastDate, queryParams } from '../infrastructure/facts.dto';
import { MachineViewSchema } from '../infrastructure/machine-view.dto';
import { orNull } from '../openapi/or-null';

const money = z.number().nonnegative().max(10_000_000).multipleOf(0.01, 'must have at most 2 decimals');
const benefits = namedKeys(money).describe('monthly benefits by name, CNY');

export const RequestStudyLeaveSchema = z
  .object({
    from: isoDate.describe('first day of full-time leave'),
    to: isoDate.describe('last day of full-time leave (inclusive)'),
    purpose: z.enum(['training', 'evaluation', 'both']),
  })
  .strict()
  .refine((b) => b.from <= b.to, { path: ['to'], message: 'must not be before from' });
export class RequestStudyLeaveDto extends createZodDto(RequestStudyLeaveSchema) {}

export const DecideLeaveSchema = z.object({ approved: z.boolean(), reason: z.string().max(500).optional() }).strict();
export class DecideLeaveDto extends createZodDto(DecideLeaveSchema) {}

export const AgreedPaySchema = z.object({ monthlyWage: money.describe('agreed monthly wage, CNY'), benefits }).strict();
export class AgreedPayDto extends createZodDto(AgreedPaySchema) {}

export const PayrollRecordSchema = z
  .object({
    id: z.string().min(1).max(60).regex(/^[A-Za-z0-9_-]+$/).describe("the employer's own id of this payroll record"),
    periodStart: isoDate.describe('first day paid'),
    periodEnd: isoDate.describe('the day after the last day paid (half-open)'),
    wage: money,
    benefits,
  })
  .strict()
  .refine((b) => b.periodStart < b.periodEnd, { path: ['periodEnd'], message: 'must be after periodStart' });
export class PayrollRecordDto extends createZodDto(PayrollRecordSchema) {}

export const BackPaySchema = z
  .object({ component: nameText(40).describe("'wage' or a benefit name that the open violation found short"), amount: money.positive().describe('CNY') })
  .strict();
export class BackPayDto extends createZodDto(BackPaySchema) {}

export const ConfirmPaymentSchema = z.object({ paidOn: pastDate.describe('not after today, not before the claim was approved'), paymentReference: z.string().max(80).optional() }).strict();
export class ConfirmPaymentDto extends createZodDto(ConfirmPaymentSchema) {}

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

export const OpenedStudyLeaveSchema = z.object({ leaveId: z.string(), view: MachineViewSchema });
export class OpenedStudyLeaveDto extends createZodDto(OpenedStudyLeaveSchema) {}

export const AgreedPayRecordedSchema = z.object({ journeyId: z.string(), monthlyWage: z.number(), benefits: z.record(z.string(), z.number()) });
export class AgreedPayRecordedDto extends createZodDto(AgreedPayRecordedSchema) {}

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
