import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addDays,
  isValidIsoDate,
  isoWeekday,
  monthsAndDays,
  serviceMonthsOf,
  toDayNumber,
  fromDayNumber,
  formatMonths,
} from '../src';

const md = (start: string, end: string) => monthsAndDays(toDayNumber(start), toDayNumber(end));

describe('dates', () => {
  it('round-trips day numbers across leap years and centuries', () => {
    for (const d of ['1900-02-28', '1900-03-01', '2000-02-29', '2024-02-29', '2025-12-31', '1970-01-01']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
    expect(toDayNumber('1970-01-02') - toDayNumber('1970-01-01')).toBe(1);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  });

  it('refuses impossible dates', () => {
    expect(isValidIsoDate('2025-02-30')).toBe(false);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-1-01')).toBe(false);
  });

  it('knows weekdays (2025-01-01 was a Wednesday, 2026-01-01 a Thursday)', () => {
    expect(isoWeekday('2025-01-01')).toBe(3);
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2026-02-15')).toBe(7);
  });

  it('clamps month ends: 31 Jan + 1 month = 28/29 Feb, but +2 months = 31 Mar', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});

describe('service arithmetic [decision] (RULES.md §3)', () => {
  it('measures whole calendar months plus leftover days of a half-open period', () => {
    expect(md('2020-03-15', '2025-03-15')).toEqual({ months: 60, days: 0 });
    expect(md('2020-03-15', '2025-03-14')).toEqual({ months: 59, days: 27 }); // 15 Feb → 14 Mar 2025
    expect(md('2020-01-10', '2020-01-10')).toEqual({ months: 0, days: 0 });
  });

  it('clamps at month ends: [31 Jan, 28 Feb) is one month, [31 Jan, 27 Feb) is not', () => {
    expect(md('2023-01-31', '2023-02-28')).toEqual({ months: 1, days: 0 });
    expect(md('2023-01-31', '2023-02-27')).toEqual({ months: 0, days: 27 });
    expect(md('2024-01-31', '2024-02-29')).toEqual({ months: 1, days: 0 });
    expect(md('2024-01-31', '2024-02-28')).toEqual({ months: 0, days: 28 });
    // after a clamped month the anniversary goes back to the 31st: 28 Feb → 30 Mar is 30 leftover days
    expect(md('2023-01-31', '2023-03-30')).toEqual({ months: 1, days: 30 });
    expect(md('2023-01-31', '2023-03-31')).toEqual({ months: 2, days: 0 });
  });

  it('a 29 Feb start reaches one year on 28 Feb of a common year (clamped anniversary)', () => {
    expect(md('2024-02-29', '2025-02-28')).toEqual({ months: 12, days: 0 });
    expect(md('2024-02-29', '2025-02-27')).toEqual({ months: 11, days: 29 }); // 29 Jan → 27 Feb
  });

  it('counts [2025-01-01, 2025-12-31) as 12 months: 11 months + 30 days, 30 leftover days make a month (the rule)', () => {
    expect(md('2025-01-01', '2025-12-31')).toEqual({ months: 11, days: 30 });
    expect(serviceMonthsOf([{ start: '2025-01-01', end: '2025-12-31' }])).toBe(12);
    expect(serviceMonthsOf([{ start: '2025-01-01', end: '2025-12-30' }])).toBe(11); // 29 leftover days
  });

  it('sums leftover days across merged periods: 29 days is no month, 30 days is one', () => {
    const a = { start: '2020-01-01', end: '2020-01-16' }; // 15 days
    expect(serviceMonthsOf([a, { start: '2020-03-01', end: '2020-03-15' }])).toBe(0); // 15 + 14 = 29
    expect(serviceMonthsOf([a, { start: '2020-03-01', end: '2020-03-16' }])).toBe(1); // 15 + 15 = 30
    expect(serviceMonthsOf([a, { start: '2020-03-01', end: '2020-05-15' }])).toBe(2); // 2 months + (14 + 15 = 29 days)
    expect(serviceMonthsOf([a, { start: '2020-03-01', end: '2020-05-16' }])).toBe(3); // 2 months + (15 + 15 = 30 days)
  });

  it('merges adjacent periods before measuring (which can count less than measuring apart)', () => {
    // apart: [20 Mar 2015, 10 Jun 2017) = 26 months 21 days, [10 Jun 2017, 19 Mar 2020) = 33 months 9 days
    //        → 59 months + floor(30 / 30) = 60; merged: [20 Mar 2015, 19 Mar 2020) = 59 months 28 days → 59
    const adjacent = [
      { start: '2015-03-20', end: '2017-06-10' },
      { start: '2017-06-10', end: '2020-03-19' },
    ];
    expect(serviceMonthsOf(adjacent)).toBe(59);
    expect(serviceMonthsOf([adjacent[0]!]) + serviceMonthsOf([adjacent[1]!])).toBe(26 + 33);
  });

  it('merges overlapping periods so that overlapping time counts once', () => {
    const overlapping = [
      { start: '2015-01-01', end: '2016-01-01' },
      { start: '2015-07-01', end: '2016-07-01' },
    ];
    expect(serviceMonthsOf(overlapping)).toBe(18);
    // a period inside another adds nothing
    expect(serviceMonthsOf([{ start: '2015-01-01', end: '2016-01-01' }, { start: '2015-03-01', end: '2015-04-01' }])).toBe(12);
  });

  it('formats service for explanations', () => {
    expect(formatMonths(43)).toBe('3 years 7 months');
    expect(formatMonths(12)).toBe('1 year');
    expect(formatMonths(0)).toBe('0 months');
    expect(formatMonths(13)).toBe('1 year 1 month');
  });
});
