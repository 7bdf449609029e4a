/**
 * Small pure helpers shared by the machines. No Date, no Math.random, no I/O: the machines run in
 * Temporal's deterministic workflow sandbox.
 */

/** Plain JSON, the only thing allowed in action params and context. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `YYYY-MM-DD` (shape only; the calendar check is the API's job). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A finite number >= 0 (amounts are integers in fen, but the machine only needs "not negative"). */
export function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

export function isPositiveNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** A non-empty array of ISO dates. */
export function isIsoDateList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every(isIsoDate);
}

/** Sorted, de-duplicated union of date lists (ISO dates sort as strings). */
export function mergeDates(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())].sort();
}

/** The calendar year of an ISO date, read from the string (no Date). */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** A field of an untyped event (events reach validators as plain JSON from HTTP). */
export function field(event: unknown, name: string): unknown {
  return typeof event === 'object' && event !== null ? (event as Record<string, unknown>)[name] : undefined;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
