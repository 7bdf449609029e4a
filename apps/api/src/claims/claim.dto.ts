import { createZodDto } from 'nestjs-zod';
import { ConfirmPaymentPayload } from '@heze/machines/events';

/** The `confirmPayment` event's payload (libs/machines/src/events/subsidy-claim.ts), defined once. */
export class ConfirmPaymentDto extends createZodDto(ConfirmPaymentPayload) {}
