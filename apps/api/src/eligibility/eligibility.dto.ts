import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { EligibilityAnswer } from '@heze/rules';
import { EligibilityProfileSchema, SKILL_LEVELS, defaultRuleSetId, ruleSets } from '@heze/rules';
import { queryParams } from '../infrastructure/query-params';

/** The request body IS the rules library's profile schema (RULES.md §3): no second copy. */
export class EligibilityProfileDto extends createZodDto(EligibilityProfileSchema) {}

export const EligibilityQuerySchema = queryParams({
  ruleSet: z
    .enum(Object.keys(ruleSets) as [string, ...string[]])
    .optional()
    .describe(`versioned rule set to answer with; default ${defaultRuleSetId}`),
});
export class EligibilityQueryDto extends createZodDto(EligibilityQuerySchema) {}

/**
 * The answer contract of RULES.md §3, for the OpenAPI response. The type annotation makes the
 * compiler check it against the engine's own EligibilityAnswer, so the two cannot drift apart.
 */
const isoDate = z.string().meta({ format: 'date' });
export const EligibilityAnswerSchema: z.ZodType<EligibilityAnswer> = z.object({
  ruleSet: z.string().describe('id of the versioned rule set that answered'),
  evaluationDate: isoDate,
  levels: z
    .array(
      z.object({
        level: z.union(SKILL_LEVELS.map((l) => z.literal(l)) as unknown as [z.ZodLiteral<5>, z.ZodLiteral<4>, z.ZodLiteral<3>, z.ZodLiteral<2>, z.ZodLiteral<1>]),
        eligible: z.boolean(),
        offered: z.boolean().describe('the programme offers this level (level 5 is not offered)'),
        satisfiedClauses: z.array(z.string()).describe('clause ids that hold, in table order'),
        failingClauses: z
          .array(
            z.object({
              clause: z.string(),
              reason: z.string().describe('what holds and what is missing'),
              holdsOn: isoDate.nullable().describe('earliest date the clause would hold if time alone passes; null if never'),
            }),
          )
          .describe('every clause of the level that does not hold, in table order'),
      }),
    )
    .describe('always all five levels, level 5 first'),
});
export class EligibilityAnswerDto extends createZodDto(EligibilityAnswerSchema) {}
