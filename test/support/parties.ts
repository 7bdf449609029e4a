import { randomInt, randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Role } from '@heze/machines';
import { issueApiKey, openDatabase, OrganisationRecord, ProjectRecord } from '@heze/persistence';
import { makeResidentId } from '@heze/rules';

export interface Party {
  organisationId: string;
  key: string;
  keyId: string;
}

/** Organisations and keys of one test file, unique so files never see each other's data. */
export async function createParties(roles: Role[]): Promise<Record<string, Party> & { projectId: string }> {
  return partiesIn(inject('databaseUrl'), roles);
}

/**
 * As createParties, in the database at `url` (test/support/own-database.ts gives a test one of its own);
 * a role listed twice gets `<role>-2`.
 */
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

const randomBirthDate = () =>
  `${1970 + randomInt(30)}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`;

/**
 * A made-up resident ID with a valid GB 11643 check digit. Area code and sequence are random, so
 * test files running in the same database never open the same person's journey by accident.
 */
export function newResidentId(birth = randomBirthDate()): string {
  const area = String(370000 + randomInt(10_000)).padStart(6, '0');
  const sequence = String(randomInt(1000)).padStart(3, '0');
  return makeResidentId(`${area}${birth}${sequence}`);
}
