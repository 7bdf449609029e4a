/**
 * The working-day calendar as data: one JSON file per year, `cn-YYYY.json`, holding the State
 * Council's arrangement (放假 and 调休上班) and where it was published. Parsed and validated here
 * (pure: the shell reads the files, libs/config/src/calendar.ts); a bad file is refused with one
 * problem naming the file, so an operator's typo stops the start instead of moving deadlines.
 */
import { z } from 'zod';
import { addDays, isoWeekday, isValidIsoDate, yearOf, type IsoDate } from './dates';
import type { WorkingDayCalendar } from './working-days';

export const CALENDAR_FILE = /^cn-(\d{4})\.json$/;
export const calendarFileName = (year: number) => `cn-${year}.json`;

/** One year's arrangement as read from its file. */
export interface CalendarYear {
  file: string;
  year: number;
  source: { title: string; issuer: string; published: IsoDate; document?: string; url?: string; note?: string };
  holidays: Array<{ name: string; from: IsoDate; to: IsoDate }>;
  makeUpWorkingDays: IsoDate[];
}

/** A calendar file that cannot be used; `problem` says why, without the file name. */
export class CalendarFileError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'CalendarFileError';
  }
}

/** The longest holiday block accepted: the longest so far is 9 days (春节 2026); more is a typo. */
export const MAX_HOLIDAY_DAYS = 14;
/**
 * A year's notice may reach a few days into the neighbouring year (元旦 2023 was 2022-12-31 to
 * 2023-01-02); anything further is a typo.
 */
const SPILL_DAYS = 7;

const isoDate = z.string().refine(isValidIsoDate, { message: 'is not a calendar date (YYYY-MM-DD)' });
const text = z.string().trim().min(1, { message: 'must not be empty' });

const fileSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  source: z.strictObject({
    title: text,
    issuer: text,
    published: isoDate,
    document: text.optional(),
    url: z.url().optional(),
    note: text.optional(),
  }),
  holidays: z.array(z.strictObject({ name: text, from: isoDate, to: isoDate })).min(1, { message: 'lists no holiday' }),
  makeUpWorkingDays: z.array(isoDate),
});

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${where || 'file'}: ${issue.message}`;
}

const weekdayName = (d: IsoDate) => ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][isoWeekday(d) - 1];

/** Parses and checks one file (`file` is its name, e.g. `cn-2026.json`); throws CalendarFileError. */
export function parseCalendarFile(file: string, content: string): CalendarYear {
  const fail = (problem: string): never => {
    throw new CalendarFileError(file, problem);
  };
  const named = CALENDAR_FILE.exec(file);
  if (!named) fail('is not named cn-YYYY.json');
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    fail(`is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) fail(firstIssue(parsed.error));
  const data = parsed.data!;
  const year = data.year;
  if (year !== Number(named![1])) fail(`year is ${year} but the file is named for ${named![1]}`);

  const earliest = addDays(`${year}-01-01`, -SPILL_DAYS);
  const latest = addDays(`${year}-12-31`, SPILL_DAYS);
  const inYear = (where: string, d: IsoDate) => {
    if (d < earliest || d > latest) fail(`${where} ${d} is not in ${year}`);
  };
  const holidayOf = new Map<IsoDate, string>();
  data.holidays.forEach((h, i) => {
    const where = `holidays[${i}] (${h.name})`;
    inYear(`${where} from`, h.from);
    inYear(`${where} to`, h.to);
    if (h.to < h.from) fail(`${where} ends (${h.to}) before it starts (${h.from})`);
    let days = 0;
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
      if (++days > MAX_HOLIDAY_DAYS) fail(`${where} is longer than ${MAX_HOLIDAY_DAYS} days (${h.from} to ${h.to}): check the dates`);
      const other = holidayOf.get(d);
      if (other !== undefined) fail(`${d} is in two holidays (${other}, ${h.name})`);
      holidayOf.set(d, h.name);
    }
  });
  const seen = new Set<IsoDate>();
  data.makeUpWorkingDays.forEach((d, i) => {
    const where = `makeUpWorkingDays[${i}]`;
    inYear(where, d);
    if (seen.has(d)) fail(`${where} ${d} is listed twice`);
    seen.add(d);
    if (holidayOf.has(d)) fail(`${d} is both a holiday (${holidayOf.get(d)}) and a make-up working day`);
    if (isoWeekday(d) <= 5) fail(`${where} ${d} is a ${weekdayName(d)} (make-up working days are weekend days)`);
  });
  return { file, ...data };
}

/**
 * One calendar from the files of several years. Files may overlap only at the turn of the year
 * (a notice reaching into the neighbouring year) and must then agree.
 */
export function buildCalendar(files: CalendarYear[], outsideYears: WorkingDayCalendar['outsideYears']): WorkingDayCalendar {
  const sorted = [...files].sort((a, b) => a.year - b.year);
  const holidays = new Map<IsoDate, string>();
  const makeUp = new Map<IsoDate, string>();
  const years = new Set<number>();
  for (const f of sorted) {
    if (years.has(f.year)) throw new CalendarFileError(f.file, `a second file for ${f.year}`);
    years.add(f.year);
    for (const h of f.holidays) for (let d = h.from; d <= h.to; d = addDays(d, 1)) holidays.set(d, holidays.get(d) ?? f.file);
    for (const d of f.makeUpWorkingDays) makeUp.set(d, makeUp.get(d) ?? f.file);
  }
  for (const [d, file] of makeUp) {
    if (holidays.has(d)) throw new CalendarFileError(file, `${d} is a make-up working day here but a holiday in ${holidays.get(d)}`);
  }
  return {
    id: sorted.length ? `cn-${[...years].join('-')}` : 'cn-empty',
    source: sorted.map((f) => `${f.source.title}${f.source.document ? ` (${f.source.document})` : ''}, ${f.source.published}`).join('; '),
    years,
    outsideYears,
    holidays: new Set(holidays.keys()),
    makeUpWorkingDays: new Set(makeUp.keys()),
  };
}

/** The current and the next year (of `today`) that the calendar has no arrangement for. */
export function missingCalendarYears(calendar: WorkingDayCalendar, today: IsoDate): number[] {
  const y = yearOf(today);
  return [y, y + 1].filter((year) => !calendar.years.has(year));
}

/** The start-up warning when the current or the next year is missing, else null (one line). */
export function calendarWarning(calendar: WorkingDayCalendar, today: IsoDate, dir: string): string | null {
  const missing = missingCalendarYears(calendar, today);
  if (!missing.length) return null;
  const names = missing.map((y) => String(y)).join(' and ');
  const files = missing.map(calendarFileName).join(', ');
  const effect =
    calendar.outsideYears === 'weekdays'
      ? `working days in ${names} are counted Monday–Friday, without their holidays (CALENDAR_MISSING_YEAR=weekdays)`
      : `deadlines that fall in ${names} are refused (study-leave requests answer 503) until it is added`;
  return `warning: the working-day calendar has no ${names} (loaded: ${[...calendar.years].join(', ') || 'none'}, from ${dir}): ${effect}; add ${files} from the State Council's holiday notice and restart`;
}
