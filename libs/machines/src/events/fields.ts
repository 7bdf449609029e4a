/**
 * Field schemas of the events parties send (issue 13.8, docs/dates.md), one definition each: dates a
 * party sends may not lie in the future, names must be printable. Only zod here: the API's DTOs, the
 * admin CLI and (through z.infer) the machines' event types use the same ones.
 */
import { z } from 'zod';
import type { IsoDate } from '@heze/rules';
import { IsoDateSchema } from '@heze/rules';

export { IsoDateSchema };

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

/** An amount in CNY as parties send it: at most 2 decimals. */
export const MoneySchema = z.number().nonnegative().max(10_000_000).multipleOf(0.01, 'must have at most 2 decimals');

/** An amount in fen (1/100 CNY), as the machines keep money. */
export const FenSchema = z.number().int().nonnegative();

/** The id of an organisation named in an event (the organisation itself is checked by the API). */
export const OrganisationRefSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be an organisation id');
