/** Working days with the State Council holiday arrangements 2025-2026 (docs/rules.md). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays as addWorkingDaysIn,
  buildCalendar,
  chinaCalendar,
  chinaHolidayArrangements,
  isoWeekday,
  isWorkingDay as isWorkingDayIn,
  parseCalendarFile,
  workingDaysBetween as workingDaysBetweenIn,
} from '../src';

// The calendar as deployed: the data files of the repository (calendars/cn-YYYY.json).
const dir = path.resolve(__dirname, '../../../calendars');
const files = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => parseCalendarFile(n, fs.readFileSync(path.join(dir, n), 'utf8')));
const calendar = buildCalendar(files, 'error');
const isWorkingDay = (d: string) => isWorkingDayIn(d, calendar);
const addWorkingDays = (d: string, n: number) => addWorkingDaysIn(d, n, calendar);
const workingDaysBetween = (a: string, b: string) => workingDaysBetweenIn(a, b, calendar);

describe('the data files and the frozen bundled calendar (kept for old study-leave histories)', () => {
  it('hold the same 2025 and 2026 days', () => {
    for (const year of [2025, 2026]) {
      const inYear = (set: ReadonlySet<string>) => [...set].filter((d) => d.startsWith(`${year}-`)).sort();
      expect(inYear(calendar.holidays)).toEqual(inYear(chinaCalendar.holidays));
      expect(inYear(calendar.makeUpWorkingDays)).toEqual(inYear(chinaCalendar.makeUpWorkingDays));
    }
  });
});

describe('isWorkingDay', () => {
  it('the National Day week 2025 (1-8 Oct) is off; Saturday 11 Oct and Sunday 28 Sep are make-up working days', () => {
    for (let d = 1; d <= 8; d++) expect(isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isoWeekday('2025-10-11')).toBe(6);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-10-12')).toBe(false); // an ordinary Sunday
  });

  it('Spring Festival 2026: 15-23 Feb off, Saturdays 14 and 28 Feb worked', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-16')).toBe(false); // a Monday inside the holiday
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
  });

  it('the calendar data is consistent: make-up days are weekends, and the totals match the notices', () => {
    for (const d of chinaCalendar.makeUpWorkingDays) {
      expect(isoWeekday(d)).toBeGreaterThanOrEqual(6);
      expect(chinaCalendar.holidays.has(d)).toBe(false);
    }
    // 2025: 1 + 8 + 3 + 5 + 3 + 8 days; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days
    expect(chinaHolidayArrangements[2025].holidays.length).toBe(28);
    expect(chinaHolidayArrangements[2026].holidays.length).toBe(33);
  });
});

describe('addWorkingDays', () => {
  it('skips the holiday week and counts the make-up Saturday: 5 working days after Tue 30 Sep 2025 is Tue 14 Oct', () => {
    // 9 Oct (1), 10 Oct (2), Sat 11 Oct make-up (3), 13 Oct (4), 14 Oct (5)
    expect(addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
    expect(workingDaysBetween('2025-10-01', '2025-10-15')).toBe(5); // 9, 10, 11, 13, 14
  });

  it('an ordinary weekend: 1 working day after Friday 7 Mar 2025 is Monday 10 Mar', () => {
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
    expect(addWorkingDays('2025-03-07', 0)).toBe('2025-03-07');
  });

  it('counts backwards with a negative n', () => {
    expect(addWorkingDays('2025-10-09', -1)).toBe('2025-09-30');
  });

  it('a make-up Saturday is the next working day before the 2026 Spring Festival', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });
});
