/**
 * Service arithmetic, exactly as the [decision] paragraph of RULES.md §3:
 * - a work period is half-open [start, end); an ongoing period ends at the evaluation date;
 * - overlapping or adjacent periods are merged first;
 * - each merged period is measured in whole calendar months (month ends clamp: 31 Jan + 1 month
 *   = 28/29 Feb) plus leftover days;
 * - total months = sum of months + floor(sum of leftover days / 30);
 * - "N years" holds when total months >= 12·N.
 * A leftover of 30 days counts as a month, so [2025-01-01, 2025-12-31) is 12 months: that is the
 * rule, not a bug to correct.
 * Everything here works on day numbers (days since 1970-01-01) for speed.
 */
import { dayNumberToYmd, daysInMonth, ymdToDayNumber, type IsoDate, toDayNumber } from './dates';

/** Half-open [start, end) in day numbers. */
export interface DayPeriod {
  start: number;
  end: number;
}

export interface MonthsAndDays {
  months: number;
  days: number;
}

/** Whole calendar months from `start` to `end` (clamped month ends) plus leftover days. */
export function monthsAndDays(start: number, end: number): MonthsAndDays {
  if (end <= start) return { months: 0, days: 0 };
  const s = dayNumberToYmd(start);
  const e = dayNumberToYmd(end);
  let months = (e.y - s.y) * 12 + (e.m - s.m);
  // The candidate anniversary start + months, clamped; step back one month if it is after `end`.
  let anniversaryDay = Math.min(s.d, daysInMonth(e.y, e.m));
  if (anniversaryDay > e.d) {
    months -= 1;
    const py = e.m === 1 ? e.y - 1 : e.y;
    const pm = e.m === 1 ? 12 : e.m - 1;
    anniversaryDay = Math.min(s.d, daysInMonth(py, pm));
    return { months, days: end - ymdToDayNumber({ y: py, m: pm, d: anniversaryDay }) };
  }
  return { months, days: end - ymdToDayNumber({ y: e.y, m: e.m, d: anniversaryDay }) };
}

/** Merge overlapping or adjacent periods; input must be sorted by start. */
export function mergeSortedPeriods(sorted: readonly DayPeriod[]): DayPeriod[] {
  const merged: DayPeriod[] = [];
  for (const p of sorted) {
    if (p.end <= p.start) continue;
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) {
      if (p.end > last.end) last.end = p.end;
    } else {
      merged.push({ start: p.start, end: p.end });
    }
  }
  return merged;
}

export function mergePeriods(periods: readonly DayPeriod[]): DayPeriod[] {
  return mergeSortedPeriods([...periods].sort((a, b) => a.start - b.start || a.end - b.end));
}

/** Total months of service of already-merged periods: Σ months + floor(Σ leftover days / 30). */
export function totalMonthsOfMerged(merged: readonly DayPeriod[]): number {
  let months = 0;
  let leftover = 0;
  for (const p of merged) {
    const md = monthsAndDays(p.start, p.end);
    months += md.months;
    leftover += md.days;
  }
  return months + Math.floor(leftover / 30);
}

/** Total months of service of any periods (merged first). */
export function totalServiceMonths(periods: readonly DayPeriod[]): number {
  return totalMonthsOfMerged(mergePeriods(periods));
}

/** Same calendar rule on one period, e.g. "certificate held for N years" on [issued, evaluationDate). */
export function monthsHeld(start: number, end: number): number {
  const md = monthsAndDays(start, end);
  return md.months + Math.floor(md.days / 30);
}

/** Convenience over ISO strings: total service months of half-open periods (no ongoing ones). */
export function serviceMonthsOf(periods: ReadonlyArray<{ start: IsoDate; end: IsoDate }>): number {
  return totalServiceMonths(periods.map((p) => ({ start: toDayNumber(p.start), end: toDayNumber(p.end) })));
}

/** "3 years 7 months", "1 year", "0 months". */
export function formatMonths(total: number): string {
  const years = Math.floor(total / 12);
  const months = total % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
  if (months > 0 || years === 0) parts.push(`${months} ${months === 1 ? 'month' : 'months'}`);
  return parts.join(' ');
}

export function formatYears(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}
