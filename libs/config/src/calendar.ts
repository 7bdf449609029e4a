import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCalendar, CALENDAR_FILE, CalendarFileError, calendarWarning, parseCalendarFile } from '@heze/rules';
import type { WorkingDayCalendar } from '@heze/rules';
import { ConfigError, type CalendarConfig } from './config';

/**
 * Reads every `cn-YYYY.json` of the calendar directory (the shell's part; parsing and checks are in
 * libs/rules/src/calendar-file.ts). Throws ConfigError for the directory, CalendarFileError for a file.
 */
export function loadWorkingDayCalendar(config: CalendarConfig): WorkingDayCalendar {
  let names: string[];
  try {
    names = fs.readdirSync(config.dir);
  } catch (err) {
    throw new ConfigError('CALENDAR_DIR', `cannot read the calendar directory ${config.dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  // Every .json is meant as a calendar: one misnamed (cn-2027 .json, 2027.json) is refused, not skipped.
  const files = names.filter((n) => n.endsWith('.json')).sort();
  const years = files.map((name) => {
    if (!CALENDAR_FILE.test(name)) throw new CalendarFileError(name, 'is not named cn-YYYY.json');
    let content: string;
    try {
      content = fs.readFileSync(path.join(config.dir, name), 'utf8');
    } catch (err) {
      throw new CalendarFileError(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    return parseCalendarFile(name, content);
  });
  return buildCalendar(years, config.missingYear);
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * For process entry points: the calendar, with the warning logged when the current or next year is
 * missing; a bad directory or file prints one line naming it and exits 78 (like a bad variable).
 */
export function loadWorkingDayCalendarOrExit(config: CalendarConfig, log: (line: string) => void, today: string = todayUtc()): WorkingDayCalendar {
  try {
    const calendar = loadWorkingDayCalendar(config);
    const warning = calendarWarning(calendar, today, config.dir);
    if (warning) log(warning);
    return calendar;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(78);
    }
    if (err instanceof CalendarFileError) {
      process.stderr.write(`calendar error: ${path.join(config.dir, err.file)}: ${err.problem}\n`);
      process.exit(78);
    }
    throw err;
  }
}
