/**
 * FROZEN: the calendar compiled into the workflow bundle, kept only for study-leave histories that
 * started before the API passed `escalationDeadline` in (they recompute their deadline with it on
 * replay, so it must not change). Everything else uses the data files, calendars/cn-YYYY.json,
 * which a unit test holds equal to this for 2025 and 2026.
 *
 * Public holidays and make-up working days (调休上班) in mainland China, 2025 and 2026, as published
 * by the General Office of the State Council:
 * - 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12);
 * - 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, published by Xinhua the same day).
 * Both texts were checked against the Xinhua / gmw.cn publications; see docs/rules.md.
 */
import { addDays, type IsoDate } from '../dates';
import type { WorkingDayCalendar } from '../working-days';

/** Inclusive date range → every date in it. */
function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export const chinaHolidayArrangements = {
  2025: {
    holidays: [
      ...range('2025-01-01', '2025-01-01'), // 元旦, 1 day, no make-up
      ...range('2025-01-28', '2025-02-04'), // 春节 (除夕 to 正月初七), 8 days
      ...range('2025-04-04', '2025-04-06'), // 清明节
      ...range('2025-05-01', '2025-05-05'), // 劳动节
      ...range('2025-05-31', '2025-06-02'), // 端午节
      ...range('2025-10-01', '2025-10-08'), // 国庆节、中秋节, 8 days
    ],
    makeUpWorkingDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    holidays: [
      ...range('2026-01-01', '2026-01-03'), // 元旦
      ...range('2026-02-15', '2026-02-23'), // 春节 (腊月二十八 to 正月初七), 9 days
      ...range('2026-04-04', '2026-04-06'), // 清明节
      ...range('2026-05-01', '2026-05-05'), // 劳动节
      ...range('2026-06-19', '2026-06-21'), // 端午节
      ...range('2026-09-25', '2026-09-27'), // 中秋节
      ...range('2026-10-01', '2026-10-07'), // 国庆节
    ],
    makeUpWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
} as const;

export const chinaCalendar: WorkingDayCalendar = {
  id: 'china-2025-2026',
  source: '国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号); 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
  years: new Set([2025, 2026]),
  // Outside 2025–2026 only weekends count: what these histories computed when they ran.
  outsideYears: 'weekdays',
  holidays: new Set<IsoDate>([...chinaHolidayArrangements[2025].holidays, ...chinaHolidayArrangements[2026].holidays]),
  makeUpWorkingDays: new Set<IsoDate>([
    ...chinaHolidayArrangements[2025].makeUpWorkingDays,
    ...chinaHolidayArrangements[2026].makeUpWorkingDays,
  ]),
};
