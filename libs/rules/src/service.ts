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
import { daysInMonth, type IsoDate, packedYmd, toDayNumber } from './dates';

/** Half-open [start, end) in day numbers. */
export interface DayPeriod {
  start: number;
  end: number;
}

export interface MonthsAndDays {
  months: number;
  days: number;
}

/** Leftover days of the last measureMonths call (avoids allocating in the engine's hot loop). */
let lastLeftoverDays = 0;

/**
 * Whole calendar months in [start, end) (month ends clamp); the leftover days are left in
 * `lastLeftoverDays`. Internal fast path of monthsAndDays.
 */
function measureMonths(start: number, end: number): number {
  if (end <= start) {
    lastLeftoverDays = 0;
    return 0;
  }
  const s = packedYmd(start);
  const e = packedYmd(end);
  const sy = s >> 9, sm = (s >> 5) & 15, sd = s & 31;
  const ey = e >> 9, em = (e >> 5) & 15, ed = e & 31;
  let months = (ey - sy) * 12 + (em - sm);
  // the anniversary start + months, clamped; step back a month if it is after `end`
  let anniversary = Math.min(sd, daysInMonth(ey, em));
  if (anniversary <= ed) {
    lastLeftoverDays = ed - anniversary;
    return months;
  }
  months -= 1;
  const py = em === 1 ? ey - 1 : ey;
  const pm = em === 1 ? 12 : em - 1;
  anniversary = Math.min(sd, daysInMonth(py, pm));
  lastLeftoverDays = daysInMonth(py, pm) - anniversary + ed;
  return months;
}

/** Whole calendar months from `start` to `end` (clamped month ends) plus leftover days. */
export function monthsAndDays(start: number, end: number): MonthsAndDays {
  const months = measureMonths(start, end);
  return { months, days: lastLeftoverDays };
}

/**
 * Accumulator for the total of §3: Σ months + floor(Σ leftover / 30), without allocation.
 * Used by the engine's inner loop.
 */
export class ServiceTotal {
  months = 0;
  leftover = 0;
  add(start: number, end: number): void {
    this.months += measureMonths(start, end);
    this.leftover += lastLeftoverDays;
  }
  total(): number {
    return this.months + Math.floor(this.leftover / 30);
  }
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
    months += measureMonths(p.start, p.end);
    leftover += lastLeftoverDays;
  }
  return months + Math.floor(leftover / 30);
}

/** Total months of service of any periods (merged first). */
export function totalServiceMonths(periods: readonly DayPeriod[]): number {
  return totalMonthsOfMerged(mergePeriods(periods));
}

/** Same calendar rule on one period, e.g. "certificate held for N years" on [issued, evaluationDate). */
export function monthsHeld(start: number, end: number): number {
  const months = measureMonths(start, end);
  return months + Math.floor(lastLeftoverDays / 30);
}

/** Convenience over ISO strings: total service months of half-open periods (no ongoing ones). */
export function serviceMonthsOf(periods: ReadonlyArray<{ start: IsoDate; end: IsoDate }>): number {
  return totalServiceMonths(periods.map((p) => ({ start: toDayNumber(p.start), end: toDayNumber(p.end) })));
}

/** "3 years 7 months", "1 year", "0 months". */
export function formatMonths(total: number): string {
  const years = Math.floor(total / 12);
  const months = total % 12;
  const y = years === 0 ? '' : years === 1 ? '1 year' : `${years} years`;
  if (months === 0 && years > 0) return y;
  const m = months === 1 ? '1 month' : `${months} months`;
  return y === '' ? m : `${y} ${m}`;
}

export function formatYears(years: number): string {
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}
