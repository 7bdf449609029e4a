/** Payloads of the subsidy claim's external events (libs/machines/src/subsidy-claim.ts), each defined once; see events/journey.ts. */
import { z } from 'zod';
import type { Actor } from '../actor';
import { PastDateSchema } from './fields';

export const ConfirmPaymentPayload = z
  .object({ paidOn: PastDateSchema.describe('not after today, not before the claim was approved'), paymentReference: z.string().max(80).optional() })
  .strict();

export const subsidyClaimEventPayloads = { confirmPayment: ConfirmPaymentPayload } as const;

export type ConfirmPaymentPayload = z.infer<typeof ConfirmPaymentPayload>;

export type SubsidyClaimEventFromPayloads = { type: 'confirmPayment'; actor: Actor } & ConfirmPaymentPayload;
