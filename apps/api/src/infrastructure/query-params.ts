/**
 * Field schemas shared by every DTO (issue 13.8, docs/dates.md): dates a party sends may not lie in the
 * future, names must be printable, query parameters are validated like bodies. One definition each.
 * Only zod here (no Nest), so the admin CLI can use the same schemas.
 */
import { z } from 'zod';
import type { IsoDate } from '../../../../libs/rules/src/dates';
import { EligibilityProfileSchema, IsoDateSchema } from '../../../../libs/rules/src/profile';

/** China Standard Time is UTC+8 all year (no daylight saving). */
const PARTIES_UTC_OFFSET_MS = 8 * 3_600_000;

/**
 * Today as the parties count days: the civil date in China Standard Time, read from the real clock at
 * each request. It is never behind the UTC date, so a client that sends its UTC date is never refused.
 */
export function partiesToday(now: number = Date.now()): IsoDate {
  return new Date(now + PARTIES_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date that is not after today (`date.not-future`): what happened cannot be dated later. */
export const PastDateSchema = IsoDateSchema.refine((d) => d <= partiesToday(), {
  error: (iss) => `${String(iss.input)} is after today (${partiesToday()}, China Standard Time): a fact cannot be dated in the future (date.not-future)`,
}).meta({ format: 'date', description: 'ISO calendar date YYYY-MM-DD, not after today (China Standard Time)', examples: ['2026-11-24'] });

// C0/C1 controls and DEL (Cc), line/paragraph separators, bidirectional embeddings, overrides and isolates.
const CONTROL_CHARACTER = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Why `s` is no name (`name.not-blank`, `name.no-control-characters`), or null. */
export function nameProblem(s: string): string | null {
  if (s.trim() === '') return 'must not be blank (name.not-blank)';
  const at = s.search(CONTROL_CHARACTER);
  if (at < 0) return null;
  const code = s.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
  return `must not contain control characters (U+${code} at position ${at + 1}) (name.no-control-characters)`;
}

/** A free-text name (a person, an organisation, a project, a key label): trimmed, not blank, printable. */
export const nameText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be blank (name.not-blank)' })
    .max(max)
    .superRefine((s, ctx) => {
      const problem = nameProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A record keyed by names (benefits by name): every key is checked as a name, the issue at that key. */
export function namedKeys<T extends z.ZodType>(value: T, maxKey = 40) {
  return z.record(z.string().min(1).max(maxKey), value).superRefine((rec, ctx) => {
    for (const key of Object.keys(rec)) {
      const problem = nameProblem(key);
      if (problem) ctx.addIssue({ code: 'custom', path: [key], message: `name ${JSON.stringify(key)} ${problem}` });
    }
  });
}

/**
 * Query parameters, validated like bodies: each declared one by its schema, and any other is a 400
 * naming it (a strict object would name no field). Express gives a repeated parameter as an array,
 * which a string schema refuses.
 */
export function queryParams<S extends z.ZodRawShape>(shape: S) {
  const names = Object.keys(shape);
  return z.looseObject(shape).superRefine((q, ctx) => {
    for (const key of Object.keys(q)) {
      if (names.includes(key)) continue;
      ctx.addIssue({ code: 'custom', path: [key], message: `is not a query parameter of this route (it takes ${names.length ? names.join(', ') : 'none'})` });
    }
  });
}

/**
 * The registration profile (RULES.md §3), checked at the edge against the rules' own profile contract,
 * so that a profile that cannot be true is a 400 naming `profile.<field>` and changes nothing, instead
 * of an eligibility refusal in the journey's history. On a registration the evaluation date is the day
 * the candidate is judged for: not after today (`date.not-future`; POST /eligibility may ask of any day).
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
