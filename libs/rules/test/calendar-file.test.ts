/** The calendar files (calendars/cn-YYYY.json): parsing, checks, missing years, the weekday fallback (issue 13.4). */
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildCalendar,
  CalendarFileError,
  calendarWarning,
  isWorkingDay,
  MissingCalendarYearError,
  missingCalendarYears,
  parseCalendarFile,
  workingDaysBetween,
} from '../src';

const year2026 = {
  year: 2026,
  source: { title: '国务院办公厅关于2026年部分节假日安排的通知', issuer: '国务院办公厅', published: '2025-11-04' },
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
  ],
  makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28'],
};

const parse = (content: unknown, file = 'cn-2026.json') => parseCalendarFile(file, typeof content === 'string' ? content : JSON.stringify(content));
const problem = (content: unknown, file = 'cn-2026.json') => {
  try {
    parse(content, file);
  } catch (err) {
    if (err instanceof CalendarFileError) return err.message;
    throw err;
  }
  return null;
};
const withChange = (change: (f: any) => void) => {
  const f = structuredClone(year2026) as any;
  change(f);
  return f;
};

describe('parseCalendarFile: a bad file is refused with one problem naming the file', () => {
  it('accepts a well-formed year', () => {
    const y = parse(year2026);
    expect(y).toMatchObject({ file: 'cn-2026.json', year: 2026, makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28'] });
  });

  it.each<[string, unknown, string, RegExp]>([
    ['not JSON', '{"year": 2026,', 'cn-2026.json', /^cn-2026\.json: is not valid JSON/],
    ['misnamed file', year2026, '2026.json', /^2026\.json: is not named cn-YYYY\.json$/],
    ['year differs from the name', year2026, 'cn-2027.json', /^cn-2027\.json: year is 2026 but the file is named for 2027$/],
    ['no source', withChange((f) => delete f.source), 'cn-2026.json', /^cn-2026\.json: source: /],
    ['empty source title', withChange((f) => (f.source.title = ' ')), 'cn-2026.json', /^cn-2026\.json: source\.title: must not be empty$/],
    ['impossible date', withChange((f) => (f.holidays[1].to = '2026-02-30')), 'cn-2026.json', /^cn-2026\.json: holidays\[1\]\.to: is not a calendar date/],
    ['unknown field', withChange((f) => (f.workdays = [])), 'cn-2026.json', /^cn-2026\.json: file: .*workdays/],
    ['no holidays', withChange((f) => (f.holidays = [])), 'cn-2026.json', /^cn-2026\.json: holidays: lists no holiday$/],
    ['a date of another year', withChange((f) => (f.holidays[1] = { name: '春节', from: '2027-02-15', to: '2027-02-23' })), 'cn-2026.json', /holidays\[1\] \(春节\) from 2027-02-15 is not in 2026$/],
    ['a make-up day of another year', withChange((f) => f.makeUpWorkingDays.push('2025-10-11')), 'cn-2026.json', /makeUpWorkingDays\[3\] 2025-10-11 is not in 2026$/],
    ['end before start', withChange((f) => (f.holidays[1].to = '2026-02-13')), 'cn-2026.json', /holidays\[1\] \(春节\) ends \(2026-02-13\) before it starts \(2026-02-15\)$/],
    ['a typo making a months-long holiday', withChange((f) => (f.holidays[1].to = '2026-12-23')), 'cn-2026.json', /holidays\[1\] \(春节\) is longer than 14 days/],
    ['overlapping holidays', withChange((f) => f.holidays.push({ name: '春节2', from: '2026-02-23', to: '2026-02-23' })), 'cn-2026.json', /2026-02-23 is in two holidays \(春节, 春节2\)$/],
    ['both holiday and make-up day', withChange((f) => f.makeUpWorkingDays.push('2026-02-15')), 'cn-2026.json', /2026-02-15 is both a holiday \(春节\) and a make-up working day$/],
    ['a make-up day on a weekday', withChange((f) => f.makeUpWorkingDays.push('2026-03-02')), 'cn-2026.json', /makeUpWorkingDays\[3\] 2026-03-02 is a Monday \(make-up working days are weekend days\)$/],
    ['a make-up day twice', withChange((f) => f.makeUpWorkingDays.push('2026-01-04')), 'cn-2026.json', /makeUpWorkingDays\[3\] 2026-01-04 is listed twice$/],
  ])('%s', (_what, content, file, expected) => {
    const message = problem(content, file);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('a notice may reach a few days into the neighbouring year (元旦 2023: 2022-12-31 to 2023-01-02)', () => {
    const y2023 = { ...year2026, year: 2023, holidays: [{ name: '元旦', from: '2022-12-31', to: '2023-01-02' }], makeUpWorkingDays: [] };
    expect(parse(y2023, 'cn-2023.json').holidays[0].from).toBe('2022-12-31');
  });
});

describe('buildCalendar and missing years', () => {
  const only2026 = (mode: 'error' | 'weekdays') => buildCalendar([parse(year2026)], mode);

  it('counts the holidays and make-up days of the files', () => {
    const c = only2026('error');
    expect(isWorkingDay('2026-02-16', c)).toBe(false); // a Monday in 春节
    expect(isWorkingDay('2026-02-14', c)).toBe(true); // make-up Saturday
    expect(addWorkingDays('2026-02-13', 2, c)).toBe('2026-02-24');
    expect(c.years).toEqual(new Set([2026]));
  });

  it('a date of a year without a file is an error, not a guess (CALENDAR_MISSING_YEAR=error)', () => {
    const c = only2026('error');
    // 5 working days after Mon 28 Dec 2026 reach into 2027, whose Spring Festival the calendar does not know.
    expect(() => addWorkingDays('2026-12-28', 5, c)).toThrow(MissingCalendarYearError);
    expect(() => addWorkingDays('2026-12-28', 5, c)).toThrow(/has no arrangement for 2027/);
    expect(() => workingDaysBetween('2025-12-30', '2026-01-05', c)).toThrow(MissingCalendarYearError);
    expect(addWorkingDays('2026-12-21', 5, c)).toBe('2026-12-28'); // inside 2026: fine
  });

  it('with the weekday fallback a missing year counts Monday to Friday (CALENDAR_MISSING_YEAR=weekdays)', () => {
    const c = only2026('weekdays');
    expect(addWorkingDays('2026-12-28', 5, c)).toBe('2027-01-04');
    expect(isWorkingDay('2027-02-08', c)).toBe(true); // would be 春节 2027: the fallback cannot know
  });

  it('files that contradict each other at the turn of the year are refused', () => {
    const next = { ...year2026, year: 2027, holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-02' }], makeUpWorkingDays: [] };
    const before = withChange((f) => f.makeUpWorkingDays.push('2026-12-26'));
    expect(() => buildCalendar([parse(before), parse({ ...next, holidays: [{ name: '元旦', from: '2026-12-26', to: '2027-01-01' }] }, 'cn-2027.json')], 'error')).toThrow(
      /^cn-2026\.json: 2026-12-26 is a make-up working day here but a holiday in cn-2027\.json$/,
    );
    // When they agree, the neighbouring year's days count.
    const c = buildCalendar([parse(year2026), parse(next, 'cn-2027.json')], 'error');
    expect(isWorkingDay('2026-12-31', c)).toBe(false);
  });

  it('names the current and the next year when missing, and the warning says what to do', () => {
    const c = only2026('error');
    expect(missingCalendarYears(c, '2026-12-03')).toEqual([2027]);
    expect(missingCalendarYears(c, '2025-06-01')).toEqual([2025]);
    expect(missingCalendarYears(buildCalendar([parse(year2026), parse({ ...year2026, year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], makeUpWorkingDays: [] }, 'cn-2027.json')], 'error'), '2026-12-03')).toEqual([]);
    const warning = calendarWarning(c, '2026-12-03', '/srv/calendars')!;
    expect(warning).toMatch(/^warning: the working-day calendar has no 2027 \(loaded: 2026, from \/srv\/calendars\): deadlines that fall in 2027 are refused .*; add cn-2027\.json from the State Council's holiday notice and restart$/);
    expect(calendarWarning(only2026('weekdays'), '2026-12-03', '/srv/calendars')).toMatch(/counted Monday–Friday, without their holidays \(CALENDAR_MISSING_YEAR=weekdays\)/);
    expect(calendarWarning(c, '2026-06-01', '/srv/calendars')).toMatch(/has no 2027/);
    expect(calendarWarning(buildCalendar([], 'error'), '2026-06-01', '/x')).toMatch(/has no 2026 and 2027 \(loaded: none/);
  });
});
