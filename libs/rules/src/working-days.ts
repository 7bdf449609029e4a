/**
 * Working days: Monday to Friday, except public holidays, plus the weekend make-up working days
 * (调休上班) of the published arrangement. The calendar is data (calendars/china-2025-2026.ts).
 */
import { addDays, isoWeekday, isValidIsoDate, type IsoDate } from './dates';
import { chinaCalendar } from './calendars/china-2025-2026';

export interface WorkingDayCalendar {
  id: string;
  /** source of the data */
  source: string;
  /** first and last date the data covers (outside it only weekends count) */
  covers: { from: IsoDate; to: IsoDate };
  /** days off (放假) that would otherwise be working days, or weekend days inside a holiday */
  holidays: ReadonlySet<IsoDate>;
  /** weekend days that are working days (调休上班) */
  makeUpWorkingDays: ReadonlySet<IsoDate>;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar = chinaCalendar): boolean {
  if (!isValidIsoDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${String(date)}`);
  if (calendar.makeUpWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return isoWeekday(date) <= 5;
}

/**
 * The n-th working day after `date` (n > 0), or before it (n < 0); n = 0 returns `date` itself.
 * E.g. a leave request made on a Friday before a holiday week is answered within 5 working days
 * counted after it (RULES.md §4 escalation).
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingDayCalendar = chinaCalendar): IsoDate {
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
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar = chinaCalendar): number {
  let count = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count += 1;
  return count;
}
