/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, done on integers (no local-time Date, no clock):
 * this code runs inside Temporal's deterministic workflow sandbox as well as in Node.
 */

export type IsoDate = string;

export interface YMD {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2025-02-30` is false). */
export function isValidIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function parseIsoDate(s: IsoDate): YMD {
  if (!isValidIsoDate(s)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(s)}`);
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate({ y, m, d }: YMD): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function ymdToDayNumber({ y, m, d }: YMD): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil year/month/day of a day number, packed as y * 512 + m * 32 + d: no allocation, for the service arithmetic's hot loop. */
export function packedYmd(z: number): number {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 512 + m * 32 + d;
}

export function dayNumberToYmd(z: number): YMD {
  const p = packedYmd(z);
  return { y: Math.floor(p / 512), m: Math.floor(p / 32) % 16, d: p % 32 };
}

function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Day number of an ISO date; throws RangeError for anything but a real calendar date. */
export function toDayNumber(date: IsoDate): number {
  // hot path of the engine: parse by char codes rather than by regular expression
  if (typeof date === 'string' && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 2);
    const d = digitsAt(date, 8, 2);
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return ymdToDayNumber({ y, m, d });
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(date)}`);
}

export function fromDayNumber(n: number): IsoDate {
  return formatIsoDate(dayNumberToYmd(n));
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Days in the half-open interval [from, to); negative when `to` is before `from`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  // ISO dates with 4-digit years order lexicographically.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `date` plus `n` calendar months, the day clamped to the month's end
 * (RULES.md §3 service arithmetic: 31 Jan + 1 month = 28/29 Feb).
 */
export function addMonthsYmd({ y, m, d }: YMD, n: number): YMD {
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return { y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) };
}

export function addMonths(date: IsoDate, n: number): IsoDate {
  return formatIsoDate(addMonthsYmd(parseIsoDate(date), n));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const n = toDayNumber(date);
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).y;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
