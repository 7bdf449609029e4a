import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Role } from '@heze/machines';
import { ApiKeyRecord, OrganisationRecord } from './entities';

/** Keys look like `hz_<keyId>_<secret>`; only sha256(secret) is stored. */
const KEY_PATTERN = /^hz_([a-z0-9]{12})_([A-Za-z0-9_-]{32,})$/;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface IssuedKey {
  keyId: string;
  apiKey: string;
}

export async function issueApiKey(
  ds: DataSource,
  opts: { role: Role; organisationId: string | null; label: string; now?: Date },
): Promise<IssuedKey> {
  const keyId = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const secret = randomBytes(24).toString('base64url');
  await ds.getRepository(ApiKeyRecord).insert({
    id: keyId,
    secretHash: hashSecret(secret),
    role: opts.role,
    organisationId: opts.organisationId,
    label: opts.label,
    createdAt: (opts.now ?? new Date()).toISOString(),
    revokedAt: null,
  });
  return { keyId, apiKey: `hz_${keyId}_${secret}` };
}

/** A verified key with what its organisation is now (one read: the key joined to its organisation). */
export interface VerifiedKey extends ApiKeyRecord {
  /** The organisation's role and suspension, null when the key belongs to no organisation (or it is gone). */
  organisation: { role: Role; suspendedAt: string | null } | null;
}

/** Resolves a presented key to its record, or null when it is malformed, unknown, revoked or wrong. */
export async function verifyApiKey(ds: DataSource, presented: string): Promise<VerifiedKey | null> {
  const m = KEY_PATTERN.exec(presented.trim());
  if (!m) return null;
  const raw = await ds
    .getRepository(ApiKeyRecord)
    .createQueryBuilder('k')
    .leftJoin(OrganisationRecord, 'o', 'o.id = k.organisationId')
    .select(['k.id AS id', 'k.secretHash AS "secretHash"', 'k.role AS role', 'k.organisationId AS "organisationId"', 'k.label AS label'])
    .addSelect(['k.createdAt AS "createdAt"', 'k.revokedAt AS "revokedAt"', 'o.role AS "orgRole"', 'o.suspendedAt AS "orgSuspendedAt"', 'o.id AS "orgId"'])
    .where('k.id = :id', { id: m[1] })
    .getRawOne<ApiKeyRecord & { orgRole: Role | null; orgSuspendedAt: string | null; orgId: string | null }>();
  if (!raw || raw.revokedAt) return null;
  const expected = Buffer.from(raw.secretHash, 'hex');
  const actual = Buffer.from(hashSecret(m[2]), 'hex');
  if (!(expected.length === actual.length && timingSafeEqual(expected, actual))) return null;
  const { orgRole, orgSuspendedAt, orgId, ...record } = raw;
  return Object.assign(record as ApiKeyRecord, { organisation: orgId ? { role: orgRole as Role, suspendedAt: orgSuspendedAt ?? null } : null });
}
