/**
 * Identifiers of RULES.md §1: the resident identity number (GB 11643-1999) and the unified social
 * credit code (GB 32100-2015). Both must verify their check character. No hashing here: hashing
 * needs a crypto API, which the workflow sandbox does not give pure code; it lives elsewhere.
 */
import { formatIsoDate, isValidIsoDate, type IsoDate } from './dates';

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const RESIDENT_ID_CHECK = '10X98765432';

export type ResidentIdValidation = { ok: true; birthDate: IsoDate } | { ok: false; reason: string };

function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/** GB 11643: 17 digits + check character (digit or X), birth date YYYYMMDD at positions 7-14. */
export function validateResidentId(id: unknown): ResidentIdValidation {
  if (typeof id !== 'string') return { ok: false, reason: 'resident id must be a string' };
  const value = id.toUpperCase();
  if (value.length !== 18) return { ok: false, reason: `resident id must have 18 characters, got ${value.length}` };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'resident id must be 17 digits followed by a digit or X' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate)) return { ok: false, reason: `resident id holds an impossible birth date ${birthDate}` };
  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return { ok: false, reason: 'resident id check digit does not verify' };
  return { ok: true, birthDate: formatIsoDate({ y: +birthDate.slice(0, 4), m: +birthDate.slice(5, 7), d: +birthDate.slice(8, 10) }) };
}

/** Append the GB 11643 check character to 17 digits (for tests and demo data; never real people). */
export function makeResidentId(prefix17: string): string {
  if (!/^\d{17}$/.test(prefix17)) throw new RangeError('makeResidentId needs exactly 17 digits');
  return prefix17 + residentIdCheckChar(prefix17);
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeValidation = { ok: true } | { ok: false; reason: string };

function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARS[check === 31 ? 0 : check]!;
}

function isCreditCodeChars(s: string): boolean {
  for (const c of s) if (CREDIT_CODE_CHARS.indexOf(c) < 0) return false;
  return true;
}

/** GB 32100: 18 characters from 0-9 and A-Y without I, O, S, V, Z; the last is a mod-31 check. */
export function validateCreditCode(code: unknown): CreditCodeValidation {
  if (typeof code !== 'string') return { ok: false, reason: 'credit code must be a string' };
  if (code.length !== 18) return { ok: false, reason: `credit code must have 18 characters, got ${code.length}` };
  if (!isCreditCodeChars(code)) {
    return { ok: false, reason: 'credit code may only use 0-9 and the letters ABCDEFGHJKLMNPQRTUWXY' };
  }
  if (code[17] !== creditCodeCheckChar(code.slice(0, 17))) return { ok: false, reason: 'credit code check character does not verify' };
  return { ok: true };
}

/** Append the GB 32100 check character to 17 code characters (for tests and demo data). */
export function makeCreditCode(prefix17: string): string {
  if (prefix17.length !== 17 || !isCreditCodeChars(prefix17)) {
    throw new RangeError('makeCreditCode needs exactly 17 characters from 0-9 and ABCDEFGHJKLMNPQRTUWXY');
  }
  return prefix17 + creditCodeCheckChar(prefix17);
}

/** First 4 + '*' per hidden character + last 4, e.g. `3717**********1234` (RULES.md §1: never print whole). */
export function maskIdentifier(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}
