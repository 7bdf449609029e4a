import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  BackPayComponentSchema,
  PayrollRecordSchema,
  DecideLeavePayload,
  IsoDateSchema as isoDate,
  MoneySchema as money,
  namedKeys,
} from '@heze/machines/events';
import { MachineViewSchema } from '../infrastructure/machine-view.dto';

const benefits = namedKeys(money).describe('monthly benefits by name, CNY');

/** Not an event: the body of the request that starts a study leave workflow. */
export const RequestStudyLeaveSchema = z
  .object({
    from: isoDate.describe('first day of full-time leave'),
    to: isoDate.describe('last day of full-time leave (inclusive)'),
    purpose: z.enum(['training', 'evaluation', 'both']),
  })
  .strict()
  .refine((b) => b.from <= b.to, { path: ['to'], message: 'must not be before from' });
export class RequestStudyLeaveDto extends createZodDto(RequestStudyLeaveSchema) {}

// Bodies of event-sending writes: the event's payload schema (libs/machines/src/events/), defined once.
export class DecideLeaveDto extends createZodDto(DecideLeavePayload) {}

/** The `recordAgreedPay` journey event's agreed pay in CNY, as parties send it (agreedPayInFen converts it). */
export const AgreedPaySchema = z.object({ monthlyWage: money.describe('agreed monthly wage, CNY'), benefits }).strict();
export class AgreedPayDto extends createZodDto(AgreedPaySchema) {}

/** The `recordPayroll` event's record, as sent. */
export class PayrollRecordDto extends createZodDto(PayrollRecordSchema) {}

/** The `recordBackPay` event's payload with the amount in CNY, as parties send it (the event keeps fen). */
export const BackPaySchema = z.object({ component: BackPayComponentSchema, amount: money.positive().describe('CNY') }).strict();
export class BackPayDto extends createZodDto(BackPaySchema) {}

// Answers, for the OpenAPI document (Schemathesis checks every response against them).

export const OpenedStudyLeaveSchema = z.object({ leaveId: z.string(), view: MachineViewSchema });
export class OpenedStudyLeaveDto extends createZodDto(OpenedStudyLeaveSchema) {}

export const AgreedPayRecordedSchema = z.object({ journeyId: z.string(), monthlyWage: z.number(), benefits: z.record(z.string(), z.number()) });
export class AgreedPayRecordedDto extends createZodDto(AgreedPayRecordedSchema) {}

