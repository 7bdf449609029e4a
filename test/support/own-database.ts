import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import type { Role } from '@heze/machines';
import { issueApiKey, openDatabase, OrganisationRecord, ProjectRecord } from '@heze/persistence';
import type { Party } from './parties';

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

/** As createParties (test/support/parties.ts), in the given database; a role listed twice gets `<role>-2`. */
export async function partiesIn(url: string, roles: Role[]): Promise<Record<string, Party> & { projectId: string }> {
  const ds = await openDatabase({ type: 'postgres', url }, { migrate: false });
  const suffix = randomUUID().slice(0, 8);
  const out: Record<string, Party> = {};
  try {
    for (const role of roles) {
      const name = out[role] ? `${role}-2` : role;
      const organisationId = `${name}-${suffix}`;
      await ds.getRepository(OrganisationRecord).insert({ id: organisationId, name, role, creditCode: null, createdAt: new Date().toISOString() });
      const k = await issueApiKey(ds, { role, organisationId, label: `test ${name}` });
      out[name] = { organisationId, key: k.apiKey, keyId: k.keyId };
    }
    const projectId = `project-${suffix}`;
    if (out.employer) {
      await ds.getRepository(ProjectRecord).insert({ id: projectId, contractorId: out.employer.organisationId, name: 'test project', wageGuaranteeSystemsImplemented: true, createdAt: new Date().toISOString() });
    }
    return Object.assign(out, { projectId });
  } finally {
    await ds.destroy();
  }
}
