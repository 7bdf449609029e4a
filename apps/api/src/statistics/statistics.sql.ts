import type { DataSource } from 'typeorm';
import { rawQuery } from '@heze/persistence';

/**
 * The SQL of the statistics page (issue 17), written once for PostgreSQL and the embedded SQLite:
 * double-quoted identifiers, `$n` placeholders (rawQuery rewrites them for SQLite), `substr`, `||`,
 * window functions. Only the day difference between two ISO timestamps differs by dialect.
 */
export class StatisticsSql {
  constructor(private readonly ds: DataSource) {}

  get postgres(): boolean {
    return this.ds.options.type === 'postgres';
  }

  /** Days (fractional) from ISO time or date `a` to `b`. */
  days(a: string, b: string): string {
    return this.postgres ? `(EXTRACT(EPOCH FROM (CAST(${b} AS timestamptz) - CAST(${a} AS timestamptz))) / 86400.0)` : `(julianday(${b}) - julianday(${a}))`;
  }

  /** Now as an ISO timestamp (UTC). */
  get now(): string {
    return this.postgres ? `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')` : `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')`;
  }

  /**
   * A two-column table (`sat`, `miss`) from one JSON parameter `[[a, b], …]`: one placeholder however many
   * rows (hundreds of UNION ALL branches cost PostgreSQL more to plan than to run).
   */
  pairsTable(placeholder: string): string {
    return this.postgres
      ? `SELECT x->>0 AS sat, x->>1 AS miss FROM jsonb_array_elements(CAST(${placeholder} AS jsonb)) AS x`
      : `SELECT json_extract(value, '$[0]') AS sat, json_extract(value, '$[1]') AS miss FROM json_each(${placeholder})`;
  }

  rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return rawQuery<T[]>(this.ds, text, params);
  }

  /**
   * Count, median and 90th percentile of `expr` over `from` (a FROM … WHERE clause), by nearest rank
   * (the smallest value with at least p% of the values at or below it): the same answer in both
   * databases, where PostgreSQL's percentile_cont would interpolate and SQLite has none. `from` leaves
   * out the rows where `expr` is null (a filter on `d` would have PostgreSQL compute `expr` twice).
   */
  async percentiles(expr: string, from: string, params: unknown[] = []): Promise<{ count: number; median: number | null; p90: number | null }> {
    const [r] = await this.rows<{ n: unknown; p50: unknown; p90: unknown }>(
      `SELECT COUNT(*) AS n, MIN(CASE WHEN rn * 100 >= 50 * cnt THEN d END) AS p50, MIN(CASE WHEN rn * 100 >= 90 * cnt THEN d END) AS p90
       FROM (SELECT d, ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () AS cnt FROM (SELECT ${expr} AS d ${from}) x) s`,
      params,
    );
    return { count: num(r?.n), median: r?.p50 == null ? null : round1(Number(r.p50)), p90: r?.p90 == null ? null : round1(Number(r.p90)) };
  }
}

/** PostgreSQL answers COUNT and SUM as strings (bigint, numeric). */
export const num = (v: unknown): number => (v == null ? 0 : Number(v));
export const round1 = (v: number): number => Math.round(v * 10) / 10;
