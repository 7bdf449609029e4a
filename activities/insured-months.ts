/** Whole calendar months from `since` to `until` (ISO dates): subsidy.insured-12-months. */
export function monthsBetween(since: string, until: string): number {
  const [y1, m1, d1] = since.split('-').map(Number);
  const [y2, m2, d2] = until.split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}
