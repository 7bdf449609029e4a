/** Payloads of wage protection's external events (libs/machines/src/wage-protection.ts), each defined once; see events/journey.ts. */
import { z } from 'zod';
import type { Actor } from '../actor';
import { FenSchema, IsoDateSchema, MoneySchema, namedKeys, nameText } from './fields';

/** A payroll record as the employer sends it, in CNY (RULES.md §4 compares it with the baseline pro rata by day). */
export const PayrollRecordSchema = z
  .object({
    id: z.string().min(1).max(60).regex(/^[A-Za-z0-9_-]+$/).describe("the employer's own id of this payroll record"),
    periodStart: IsoDateSchema.describe('first day paid'),
    periodEnd: IsoDateSchema.describe('the day after the last day paid (half-open)'),
    wage: MoneySchema,
    benefits: namedKeys(MoneySchema).describe('monthly benefits by name, CNY'),
  })
  .strict()
  .refine((b) => b.periodStart < b.periodEnd, { path: ['periodEnd'], message: 'must be after periodStart' });

export const RecordPayrollPayload = z.object({ record: PayrollRecordSchema }).strict();

/** Component as sent; the amount in fen (the API takes CNY). */
export const BackPayComponentSchema = nameText(40).describe("'wage' or a benefit name that the open violation found short");
export const RecordBackPayPayload = z.object({ component: BackPayComponentSchema, amount: FenSchema.positive() }).strict();

/** Sent by the workflow (system actor) when the period is over and its last payroll is due. */
export const PeriodEndedPayload = z.object({}).strict();

export const wageProtectionEventPayloads = {
  recordPayroll: RecordPayrollPayload,
  recordBackPay: RecordBackPayPayload,
  periodEnded: PeriodEndedPayload,
} as const;

export type PayrollRecordPayload = z.infer<typeof PayrollRecordSchema>;
export type RecordPayrollPayload = z.infer<typeof RecordPayrollPayload>;
export type RecordBackPayPayload = z.infer<typeof RecordBackPayPayload>;

export type WageProtectionEventFromPayloads = {
  [K in keyof typeof wageProtectionEventPayloads]: { type: K; actor: Actor } & z.infer<(typeof wageProtectionEventPayloads)[K]>;
}[keyof typeof wageProtectionEventPayloads];
