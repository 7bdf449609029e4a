import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AuditConfig } from '@heze/config';
import { sha256Hex } from './canonical';

/** Where the installation's audit signing key is and whether it may be created (libs/config: `audit`). */
export type SigningKeyConfig = AuditConfig;

export class SigningKeyError extends Error {}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  file: string;
  /** True when this call created the file. */
  created: boolean;
}

/** The key id: the first 16 hex digits of SHA-256 over the public key's DER (SPKI) encoding. */
export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' })).slice(0, 16);
}

export const publicKeyPemOf = (key: KeyObject): string => key.export({ type: 'spki', format: 'pem' }).toString();

/** A new Ed25519 private key as PKCS#8 PEM. */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * Writes a new key to `file` with mode 0600 without ever replacing one: written to a temporary file
 * first and linked into place, so a second process creating the same file at the same moment reads
 * the one that won, never half of it. Returns false when the file already existed.
 */
export function createSigningKeyFile(file: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, generateSigningKeyPem(), { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Reads (or, in the embedded mode, creates) the installation's signing key; errors name the variable. */
export function loadSigningKey(cfg: SigningKeyConfig): SigningKey {
  const file = cfg.signingKeyFile;
  if (!file) throw new SigningKeyError('AUDIT_SIGNING_KEY_FILE: no audit signing key configured (required when DATABASE_URL is set; see docs/audit-bundles.md)');
  let created = false;
  if (!fs.existsSync(file)) {
    if (!cfg.generateSigningKey) throw new SigningKeyError(`AUDIT_SIGNING_KEY_FILE: ${file} does not exist (create one with: npm run audit -- keygen ${file})`);
    created = createSigningKeyFile(file);
  }
  if (process.platform !== 'win32') {
    const mode = fs.statSync(file).mode & 0o777;
    // Anyone who can read it can sign bundles in the installation's name.
    if (mode & 0o077) throw new SigningKeyError(`AUDIT_SIGNING_KEY_FILE: ${file} is readable by others (mode ${mode.toString(8).padStart(4, '0')}); chmod 600 it`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(fs.readFileSync(file));
  } catch (err) {
    throw new SigningKeyError(`AUDIT_SIGNING_KEY_FILE: ${file} is not a private key in PEM (${(err as Error).message.split('\n')[0]})`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`AUDIT_SIGNING_KEY_FILE: ${file} holds a ${privateKey.asymmetricKeyType} key; an Ed25519 key is needed`);
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), privateKey, publicKey, publicKeyPem: publicKeyPemOf(publicKey), file, created };
}

/** Ed25519 signature (base64) of the canonical bytes of a checkpoint. */
export const signBytes = (key: KeyObject, bytes: string): string => sign(null, Buffer.from(bytes, 'utf8'), key).toString('base64');

export function verifyBytes(publicKey: KeyObject, bytes: string, signatureBase64: string): boolean {
  try {
    return verify(null, Buffer.from(bytes, 'utf8'), publicKey, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/**
 * A public key from what an auditor has at hand: a PEM (SPKI) file, or the JSON answer of
 * `GET /audit/signing-key` saved to a file.
 */
export function parsePublicKey(text: string): KeyObject {
  let pem = text;
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const doc = JSON.parse(trimmed) as { publicKeyPem?: unknown };
    if (typeof doc.publicKeyPem !== 'string') throw new SigningKeyError('the JSON has no publicKeyPem (expected the answer of GET /audit/signing-key)');
    pem = doc.publicKeyPem;
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (err) {
    throw new SigningKeyError(`not a public key in PEM (${(err as Error).message.split('\n')[0]})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`a ${key.asymmetricKeyType} key; audit bundles are signed with Ed25519`);
  return key;
}
