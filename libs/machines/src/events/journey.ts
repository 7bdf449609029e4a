/**
 * Payloads of the journey's external events (libs/machines/src/journey.ts `JourneyExternalEvent`), each
 * defined once: the API's DTOs are built from them (apps/api/src/journeys/journey.dto.ts) and the machine's
 * event type can be `{ type; actor } & z.infer<…>` (JourneyEventFromPayloads). `type` and `actor` are not
 * part of a payload: the API stamps the caller's own actor on every event.
 */
import { z } from 'zod';
import type { Actor } from '../actor';
import type { Json } from '../common';
import { EligibilityProfileSchema } from '@heze/rules';
import { FenSchema, namedKeys, OrganisationRefSchema, partiesToday, PastDateSchema } from './fields';

/**
 * The registration profile (RULES.md §3), checked against the rules' own profile contract, so that a
 * profile that cannot be true is a 400 naming `profile.<field>` and changes nothing, instead of an
 * eligibility refusal in the journey's history. The evaluation date is the day the candidate is judged
 * for: not after today (`date.not-future`; POST /eligibility may ask of any day).
 */
export function registrationProfileFacts(profile: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const parsed = EligibilityProfileSchema.safeParse(profile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      ctx.addIssue({ code: 'custom', path: [...issue.path, issue.keys[0] ?? '?'], message: 'unknown field; the profile does not accept it' });
    } else {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
    return;
  }
  const today = partiesToday();
  if (parsed.data.evaluationDate > today) {
    ctx.addIssue({
      code: 'custom',
      path: ['evaluationDate'],
      message: `${parsed.data.evaluationDate} is after today (${today}, China Standard Time): a registration is judged for today or an earlier day (date.not-future)`,
    });
  }
}

export const EnrolPayload = z.object({}).strict();

export const CompleteTrainingPayload = z
  .object({ completedOn: PastDateSchema.optional().describe('the day the course was completed: not after today') })
  .strict();

/**
 * The API takes `profile.idNumber` and sends the birth date it holds instead (RULES.md §1), so the
 * journey's history never holds a resident ID; the profile is otherwise the one the party sent.
 */
export const RegisterForEvaluationPayload = z
  .object({
    profile: z
      .record(z.string(), z.unknown())
      .superRefine(registrationProfileFacts)
      .describe('the eligibility profile of RULES.md §3 (see POST /eligibility); its evaluationDate not after today') as unknown as z.ZodType<{ [key: string]: Json }>,
    // Typed as the JSON it is (a parsed body); declared as unknown values, since OpenAPI 3.0 cannot say "any JSON" otherwise.
  })
  .strict();

export const PostResultPayload = z
  .object({
    passed: z.boolean(),
    score: z.number().min(0).max(100).optional(),
    sittingDates: z.array(PastDateSchema).min(1).max(10).describe('days sat: not after today, not before training completion'),
  })
  .strict();

export const IssueCertificatePayload = z
  .object({
    certificateNumber: z.string().min(4).max(64).regex(/^[A-Za-z0-9-]+$/),
    issuedOn: PastDateSchema.describe('not after today, not before the last sitting'),
  })
  .strict();

/** The agency is the one the journey records (RULES.md §5); the API fills it in, the party sends nothing. */
export const ClaimSubsidyPayload = z.object({ agencyId: OrganisationRefSchema }).strict();

/** In fen, as the journey keeps it; the API takes CNY (agreedPayInFen). */
export const AgreedPayFenSchema = z.object({ monthlyWageFen: FenSchema, benefitsFen: namedKeys(FenSchema) }).strict();
export const RecordAgreedPayPayload = z.object({ agreedPay: AgreedPayFenSchema }).strict();

export const WithdrawPayload = z.object({ reason: z.string().min(1).max(500) }).strict();

export const journeyEventPayloads = {
  enrol: EnrolPayload,
  completeTraining: CompleteTrainingPayload,
  registerForEvaluation: RegisterForEvaluationPayload,
  postResult: PostResultPayload,
  issueCertificate: IssueCertificatePayload,
  claimSubsidy: ClaimSubsidyPayload,
  recordAgreedPay: RecordAgreedPayPayload,
  withdraw: WithdrawPayload,
} as const;

export type EnrolPayload = z.infer<typeof EnrolPayload>;
export type CompleteTrainingPayload = z.infer<typeof CompleteTrainingPayload>;
export type RegisterForEvaluationPayload = z.infer<typeof RegisterForEvaluationPayload>;
export type PostResultPayload = z.infer<typeof PostResultPayload>;
export type IssueCertificatePayload = z.infer<typeof IssueCertificatePayload>;
export type ClaimSubsidyPayload = z.infer<typeof ClaimSubsidyPayload>;
export type RecordAgreedPayPayload = z.infer<typeof RecordAgreedPayPayload>;
export type WithdrawPayload = z.infer<typeof WithdrawPayload>;

/** The journey's external events as the payload schemas define them (for the machine to adopt). */
export type JourneyEventFromPayloads = {
  [K in keyof typeof journeyEventPayloads]: { type: K; actor: Actor } & z.infer<(typeof journeyEventPayloads)[K]>;
}[keyof typeof journeyEventPayloads];
