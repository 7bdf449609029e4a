import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs SQL written with PostgreSQL's `$1, $2, …` placeholders on either database: for SQLite each `$n`
 * becomes `?` with its value repeated in order, and booleans become 1/0 (better-sqlite3 binds no booleans).
 * Identifiers are double-quoted in the text, which both databases read the same way.
 */
export function rawQuery<T = unknown>(db: DataSource | EntityManager, text: string, params: unknown[] = []): Promise<T> {
  const postgres = (('options' in db ? db.options : db.connection.options) as { type: string }).type === 'postgres';
  if (postgres) return db.query(text, params);
  const ordered: unknown[] = [];
  const sqlite = text.replace(/\$(\d+)/g, (_, n: string) => {
    const v = params[Number(n) - 1];
    ordered.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
    return '?';
  });
  return db.query(sqlite, ordered);
}

export const isPostgres = (ds: DataSource): boolean => ds.options.type === 'postgres';
