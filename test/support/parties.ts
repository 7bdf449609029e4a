import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Role } from '../../libs/machines/src/actor';
import { issueApiKey } from '../../libs/persistence/src/api-keys';
import { openDatabase } from '../../libs/persistence/src/data-source';
import { OrganisationRecord, ProjectRecord } from '../../libs/persistence/src/entities';
import { makeResidentId } from '../../libs/rules/src/identifiers';

export interface Party {
  organisationId: string;
  key: string;
  keyId: string;
}

/** Organisations and keys of one test file, unique so files never see each other's data. */
export async function createParties(roles: Role[]): Promise<Record<string, Party> & { projectId: string }> {
  const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
  const suffix = randomUUID().slice(0, 8);
  const out: Record<string, Party> = {};
  try {
    for (const role of roles) {
      const name = out[role] ? `${role}-2` : role;
      const organisationId = `${name}-${suffix}`;
      await ds.getRepository(OrganisationRecord).insert({ id: organisationId, name, role, creditCode: null, createdAt: new Date().toISOString() });
      const k = await issueApiKey(ds, { role, organisationId, label: `test ${name}` });
      out[out[role] ? `${role}-2` : role] = { organisationId, key: k.apiKey, keyId: k.keyId };
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

let serial = 0;
/** A made-up resident ID with a valid GB 11643 check digit, different on every call. */
export function newResidentId(birth = '19900501'): string {
  serial = (serial + 1) % 1000;
  const area = String(370000 + Math.floor(Math.random() * 9999)).padStart(6, '0');
  return makeResidentId(`${area}${birth}${String(serial).padStart(3, '0')}`);
}
