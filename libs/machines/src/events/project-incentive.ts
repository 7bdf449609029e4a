/**
 * Payloads of the project incentive's events (libs/machines/src/project-incentive.ts), each defined once;
 * see events/journey.ts. No route sends them today: the journey and wage protection do (system actor).
 */
import { z } from 'zod';
import type { Actor } from '../actor';
import { IsoDateSchema } from './fields';

export const SpecialistCertifiedPayload = z.object({ journeyId: z.string().min(1), certifiedOn: IsoDateSchema }).strict();
export const RecordGuaranteeSystemsPayload = z.object({ implemented: z.boolean(), assessedOn: IsoDateSchema }).strict();
export const ArrearsViolationFoundPayload = z.object({ foundOn: IsoDateSchema, reference: z.string().optional() }).strict();
export const CompleteProjectPayload = z.object({ completedOn: IsoDateSchema }).strict();

export const projectIncentiveEventPayloads = {
  specialistCertified: SpecialistCertifiedPayload,
  recordGuaranteeSystems: RecordGuaranteeSystemsPayload,
  arrearsViolationFound: ArrearsViolationFoundPayload,
  completeProject: CompleteProjectPayload,
} as const;

export type SpecialistCertifiedPayload = z.infer<typeof SpecialistCertifiedPayload>;
export type RecordGuaranteeSystemsPayload = z.infer<typeof RecordGuaranteeSystemsPayload>;
export type ArrearsViolationFoundPayload = z.infer<typeof ArrearsViolationFoundPayload>;
export type CompleteProjectPayload = z.infer<typeof CompleteProjectPayload>;

export type ProjectIncentiveEventFromPayloads = {
  [K in keyof typeof projectIncentiveEventPayloads]: { type: K; actor: Actor } & z.infer<(typeof projectIncentiveEventPayloads)[K]>;
}[keyof typeof projectIncentiveEventPayloads];
