import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Role } from '../../machines/src/actor';
import { ApiKeyRecord } from './entities';

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

/** Resolves a presented key to its record, or null when it is malformed, unknown, revoked or wrong. */
export async function verifyApiKey(ds: DataSource, presented: string): Promise<ApiKeyRecord | null> {
  const m = KEY_PATTERN.exec(presented.trim());
  if (!m) return null;
  const record = await ds.getRepository(ApiKeyRecord).findOneBy({ id: m[1] });
  if (!record || record.revokedAt) return null;
  const expected = Buffer.from(record.secretHash, 'hex');
  const actual = Buffer.from(hashSecret(m[2]), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? record : null;
}
