import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import { openDatabase } from '@heze/persistence';

/**
 * A database of its own on the shared PostgreSQL server, migrated, for a test whose figures count every
 * row (the statistics, issue 17): the shared database holds the other files' journeys, added while it runs.
 * Give its URL to TestSystem as DATABASE_URL; drop it with dropOwnDatabase.
 */
export async function ownDatabase(prefix: string): Promise<string> {
  const shared = new URL(inject('databaseUrl'));
  const name = `${prefix}_${randomUUID().slice(0, 8)}`.replace(/[^a-z0-9_]/g, '_');
  const admin = new Client({ connectionString: shared.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(shared.toString());
  url.pathname = `/${name}`;
  const ds = await openDatabase({ type: 'postgres', url: url.toString() }, { migrate: true });
  await ds.destroy();
  return url.toString();
}

export async function dropOwnDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new Client({ connectionString: inject('databaseUrl') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

// The parties of such a database: createParties' own code (test/support/parties.ts).
export { partiesIn } from './parties';
