/**
 * Working days: Monday to Friday, except public holidays, plus the weekend make-up working days
 * (调休上班) of the published arrangement. The calendar is data: one file per year
 * (calendars/cn-YYYY.json, parsed and validated by calendar-file.ts, read at start by the shell).
 */
import { addDays, isoWeekday, isValidIsoDate, type IsoDate } from './dates';

export interface WorkingDayCalendar {
  id: string;
  /** source of the data */
  source: string;
  /** years whose official arrangement the data holds */
  years: ReadonlySet<number>;
  /**
   * A date in a year not in `years`: 'weekdays' counts Monday–Friday (a guess that misses that year's
   * holidays); 'error' throws MissingCalendarYearError, so no deadline is silently computed from a guess.
   */
  outsideYears: 'weekdays' | 'error';
  /** days off (放假) that would otherwise be working days, or weekend days inside a holiday */
  holidays: ReadonlySet<IsoDate>;
  /** weekend days that are working days (调休上班) */
  makeUpWorkingDays: ReadonlySet<IsoDate>;
}

/** A working-day question about a year the calendar has no arrangement for (and no fallback is configured). */
export class MissingCalendarYearError extends RangeError {
  constructor(readonly year: number, readonly calendarId: string) {
    super(`the working-day calendar '${calendarId}' has no arrangement for ${year}`);
    this.name = 'MissingCalendarYearError';
  }
}

export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar): boolean {
  if (!isValidIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(date)}`);
  if (calendar.makeUpWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const year = Number(date.slice(0, 4));
  if (!calendar.years.has(year) && calendar.outsideYears === 'error') throw new MissingCalendarYearError(year, calendar.id);
  return isoWeekday(date) <= 5;
}

/**
 * The n-th working day after `date` (n > 0), or before it (n < 0); n = 0 returns `date` itself.
 * E.g. a leave request made on a Friday before a holiday week is answered within 5 working days
 * counted after it (RULES.md §4 escalation).
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingDayCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError('addWorkingDays needs an integer number of days');
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  if (!isValidIsoDate(current)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(date)}`);
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** Working days in the half-open interval [from, to). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count += 1;
  return count;
}
