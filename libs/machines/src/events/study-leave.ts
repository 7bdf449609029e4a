/** Payloads of the study leave's external events (libs/machines/src/study-leave.ts), each defined once; see events/journey.ts. */
import { z } from 'zod';
import type { Actor } from '../actor';
import { IsoDateSchema } from './fields';

export const DecideLeavePayload = z.object({ approved: z.boolean(), reason: z.string().max(500).optional() }).strict();
export const StartLeavePayload = z.object({}).strict();
export const EndLeavePayload = z.object({}).strict();
/** Sent by the journey (system actor) when sittings are posted: the protected period reaches them. */
export const ExtendToSittingsPayload = z.object({ dates: z.array(IsoDateSchema) }).strict();
export const CancelLeavePayload = z.object({ reason: z.string().max(500).optional() }).strict();

export const studyLeaveEventPayloads = {
  decide: DecideLeavePayload,
  start: StartLeavePayload,
  end: EndLeavePayload,
  extendToSittings: ExtendToSittingsPayload,
  cancel: CancelLeavePayload,
} as const;

export type DecideLeavePayload = z.infer<typeof DecideLeavePayload>;
export type ExtendToSittingsPayload = z.infer<typeof ExtendToSittingsPayload>;
export type CancelLeavePayload = z.infer<typeof CancelLeavePayload>;

export type StudyLeaveEventFromPayloads = {
  [K in keyof typeof studyLeaveEventPayloads]: { type: K; actor: Actor } & z.infer<(typeof studyLeaveEventPayloads)[K]>;
}[keyof typeof studyLeaveEventPayloads];
