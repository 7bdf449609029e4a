/**
 * Organisations and API keys: the operations behind the admin endpoints and `npm run admin`, so the
 * two cannot disagree. Plain functions over a DataSource; errors say what kind of failure they are.
 */
import { DataSource, QueryFailedError } from 'typeorm';
import { issueApiKey, ApiKeyRecord, OrganisationRecord } from '@heze/persistence';
import { maskIdentifier } from '@heze/rules';
import type { CreateKeyInput, CreateOrganisationInput } from './organisations.schema';

export class AdminError extends Error {
  constructor(
    readonly kind: 'invalid' | 'unprocessable' | 'not-found' | 'conflict',
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'AdminError';
  }
}

export interface OrganisationView {
  id: string;
  name: string;
  role: string;
  /** masked: first 4 + last 4 characters (RULES.md §1) */
  creditCode: string | null;
  createdAt: string;
  /** When it was suspended (its keys are refused, it cannot be named as a party); null while active. */
  suspendedAt: string | null;
}

export interface KeyView {
  keyId: string;
  organisationId: string | null;
  role: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
}

export const presentOrganisation = (o: OrganisationRecord): OrganisationView => ({
  id: o.id,
  name: o.name,
  role: o.role,
  creditCode: o.creditCode ? maskIdentifier(o.creditCode) : null,
  createdAt: o.createdAt,
  suspendedAt: o.suspendedAt ?? null,
});

export const presentKey = (k: ApiKeyRecord): KeyView => ({
  keyId: k.id,
  organisationId: k.organisationId,
  role: k.role,
  label: k.label,
  createdAt: k.createdAt,
  revokedAt: k.revokedAt,
});

function isDuplicate(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const code = (err as QueryFailedError & { driverError?: { code?: string } }).driverError?.code ?? '';
  return code === '23505' || String(code).startsWith('SQLITE_CONSTRAINT') || /unique constraint|duplicate key/i.test(err.message);
}

export async function createOrganisation(ds: DataSource, input: CreateOrganisationInput, now = new Date()): Promise<OrganisationView> {
  const repo = ds.getRepository(OrganisationRecord);
  if (await repo.existsBy({ id: input.id })) throw new AdminError('conflict', 'id', `id: an organisation '${input.id}' already exists`);
  if (input.creditCode && (await repo.existsBy({ creditCode: input.creditCode }))) {
    throw new AdminError('conflict', 'creditCode', 'creditCode: another organisation already has this credit code');
  }
  const row = { id: input.id, name: input.name, role: input.role, creditCode: input.creditCode ?? null, createdAt: now.toISOString(), suspendedAt: null };
  try {
    await repo.insert(row);
  } catch (err) {
    // A concurrent create of the same id or code lost the race: the same answer as above.
    if (isDuplicate(err)) throw new AdminError('conflict', 'id', `id: an organisation '${input.id}' or one with this credit code already exists`);
    throw err;
  }
  return presentOrganisation(row as OrganisationRecord);
}

/**
 * Suspends (or reinstates) an organisation (issue 13.7): while suspended its keys are refused and no
 * request may name it as a party. Its journeys keep their history. Suspending twice keeps the first time.
 */
export async function setSuspended(ds: DataSource, organisationId: string, suspended: boolean, now = new Date()): Promise<OrganisationView> {
  const repo = ds.getRepository(OrganisationRecord);
  const org = await repo.findOneBy({ id: organisationId });
  if (!org) throw new AdminError('not-found', 'organisation', `organisation: no organisation '${organisationId}'`);
  const suspendedAt = suspended ? (org.suspendedAt ?? now.toISOString()) : null;
  if (suspendedAt !== org.suspendedAt) await repo.update({ id: organisationId }, { suspendedAt });
  return presentOrganisation({ ...org, suspendedAt });
}

export async function listOrganisations(ds: DataSource): Promise<OrganisationView[]> {
  return (await ds.getRepository(OrganisationRecord).find({ order: { id: 'ASC' } })).map(presentOrganisation);
}

/** Issues a key for the organisation; the clear-text key is returned here once and never stored. */
export async function createKey(
  ds: DataSource,
  organisationId: string,
  input: CreateKeyInput,
): Promise<KeyView & { apiKey: string }> {
  const org = await ds.getRepository(OrganisationRecord).findOneBy({ id: organisationId });
  if (!org) throw new AdminError('not-found', 'organisation', `organisation: no organisation '${organisationId}'`);
  // issue 13.7: a key acts in its organisation's role; an organisation with two roles is two
  // organisations (docs/architecture.md "Parties").
  if (input.role && input.role !== org.role) {
    throw new AdminError('unprocessable', 'role', `role: a key of '${org.id}' acts in its organisation's role '${org.role}', not '${input.role}'; register a second organisation for another role`);
  }
  const role = org.role;
  const label = input.label ?? `${role} key of ${org.id}`;
  const now = new Date();
  const issued = await issueApiKey(ds, { role, organisationId: org.id, label, now });
  return { keyId: issued.keyId, organisationId: org.id, role, label, createdAt: now.toISOString(), revokedAt: null, apiKey: issued.apiKey };
}

/** Revokes a key (at once: the guard reads the key on every request). Revoking twice keeps the first time. */
export async function revokeKey(ds: DataSource, keyId: string, now = new Date()): Promise<KeyView> {
  const repo = ds.getRepository(ApiKeyRecord);
  const key = await repo.findOneBy({ id: keyId });
  if (!key) throw new AdminError('not-found', 'keyId', `keyId: no key '${keyId}'`);
  if (!key.revokedAt) {
    key.revokedAt = now.toISOString();
    await repo.update({ id: keyId }, { revokedAt: key.revokedAt });
  }
  return presentKey(key);
}

export async function listKeys(ds: DataSource, organisationId?: string): Promise<KeyView[]> {
  const rows = await ds.getRepository(ApiKeyRecord).find({
    where: organisationId ? { organisationId } : {},
    order: { organisationId: 'ASC', createdAt: 'ASC' },
  });
  return rows.map(presentKey);
}
