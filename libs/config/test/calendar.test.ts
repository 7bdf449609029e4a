/** Reading the calendar directory (CALENDAR_DIR) and its settings (issue 13.4). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarFileError, addWorkingDays, MissingCalendarYearError } from '@heze/rules';
import { loadWorkingDayCalendar } from '../src/calendar';
import { ConfigError, loadConfig } from '../src/config';

const repoCalendars = path.resolve(__dirname, '../../../calendars');
const temps: string[] = [];
const tempDir = (files: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-calendar-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
};
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const copy = (year: number) => fs.readFileSync(path.join(repoCalendars, `cn-${year}.json`), 'utf8');
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof CalendarFileError || err instanceof ConfigError) return err.message;
    throw err;
  }
  return null;
};

describe('calendar configuration', () => {
  it('defaults to the calendars/ folder of the repository and to refusing missing years', () => {
    expect(loadConfig({}).calendar).toEqual({ dir: repoCalendars, missingYear: 'error' });
    expect(loadConfig({ CALENDAR_DIR: '/srv/cal', CALENDAR_MISSING_YEAR: 'weekdays' }).calendar).toEqual({ dir: '/srv/cal', missingYear: 'weekdays' });
  });

  it.each([
    [{ CALENDAR_MISSING_YEAR: 'guess' }, "CALENDAR_MISSING_YEAR: must be one of error, weekdays, got 'guess'"],
    [{ CALENDAR_DIR: ' ' }, 'CALENDAR_DIR: is set but empty'],
  ])('%o is refused naming the variable', (env, message) => {
    expect(problem(() => loadConfig(env))).toBe(message);
  });
});

describe('loadWorkingDayCalendar', () => {
  it('loads the files of the repository: 2025 and 2026, from the State Council notices', () => {
    const c = loadWorkingDayCalendar({ dir: repoCalendars, missingYear: 'error' });
    expect([...c.years].sort()).toEqual([2025, 2026]);
    expect(c.source).toMatch(/国务院办公厅关于2025年部分节假日安排的通知 \(国办发明电〔2024〕12号\), 2024-11-12; 国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04/);
    expect(addWorkingDays('2025-09-30', 5, c)).toBe('2025-10-14');
  });

  it('a directory with only 2025 refuses a 2026 deadline, or counts weekdays when configured', () => {
    const dir = tempDir({ 'cn-2025.json': copy(2025), 'README.txt': 'not a calendar: ignored' });
    expect(() => addWorkingDays('2025-12-29', 5, loadWorkingDayCalendar({ dir, missingYear: 'error' }))).toThrow(MissingCalendarYearError);
    expect(addWorkingDays('2025-12-29', 5, loadWorkingDayCalendar({ dir, missingYear: 'weekdays' }))).toBe('2026-01-05');
  });

  it('an operator adds a year by dropping in its file', () => {
    const dir = tempDir({ 'cn-2025.json': copy(2025) });
    expect(loadWorkingDayCalendar({ dir, missingYear: 'error' }).years.has(2026)).toBe(false);
    fs.writeFileSync(path.join(dir, 'cn-2026.json'), copy(2026));
    const c = loadWorkingDayCalendar({ dir, missingYear: 'error' });
    expect(addWorkingDays('2026-02-13', 2, c)).toBe('2026-02-24'); // 春节 2026 skipped
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a misnamed .json', { 'cn-2025.json': copy(2025), 'cn2026.json': copy(2026) }, /^cn2026\.json: is not named cn-YYYY\.json$/],
    ['a broken file', { 'cn-2026.json': copy(2026).replace('"2026-02-28"', '"2026-03-02"') }, /^cn-2026\.json: makeUpWorkingDays\[2\] 2026-03-02 is a Monday/],
    ['truncated JSON', { 'cn-2026.json': copy(2026).slice(0, 100) }, /^cn-2026\.json: is not valid JSON/],
  ])('%s stops the load naming the file', (_what, files, expected) => {
    expect(problem(() => loadWorkingDayCalendar({ dir: tempDir(files), missingYear: 'error' }))).toMatch(expected);
  });

  it('a directory that cannot be read names CALENDAR_DIR', () => {
    expect(problem(() => loadWorkingDayCalendar({ dir: '/nonexistent/calendars', missingYear: 'error' }))).toBe(
      'CALENDAR_DIR: cannot read the calendar directory /nonexistent/calendars (ENOENT)',
    );
  });
});
