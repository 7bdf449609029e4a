import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashes (issue 15; docs/portal.md "Accounts"): scrypt from node:crypto, memory-hard, a
 * random 16-byte salt per hash, stored as a self-describing PHC-style string
 * `$scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>` so that the parameters can be raised later and
 * old hashes still verify (and are re-hashed at the next sign-in, see needsRehash).
 */
export interface ScryptParams {
  /** log2 of the cost N */
  ln: number;
  r: number;
  p: number;
}

/** N = 2^15, r = 8, p = 1: 32 MiB and some 50-100 ms per hash on one core. */
export const DEFAULT_SCRYPT: ScryptParams = { ln: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Passwords longer than this are refused before hashing (a very long one is work for nothing). */
export const MAX_PASSWORD_LENGTH = 200;
export const MIN_PASSWORD_LENGTH = 10;

const PATTERN = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

function scrypt(password: string, salt: Buffer, params: ScryptParams, length: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // Node refuses more than 32 MiB by default; scrypt needs 128 * N * r bytes (and a little more).
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 128 * N * params.r * 2 + 1024 * 1024 };
  return new Promise((resolve, reject) => scryptCallback(password.normalize('NFC'), salt, length, options, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, params, KEY_LENGTH);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export function parseHash(stored: string): (ScryptParams & { salt: Buffer; key: Buffer }) | null {
  const m = PATTERN.exec(stored);
  if (!m) return null;
  const [ln, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Bounds: a stored string is data; a tampered one must not make the server allocate gigabytes.
  if (ln < 10 || ln > 20 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { ln, r, p, salt: Buffer.from(m[4], 'base64'), key: Buffer.from(m[5], 'base64') };
}

/** True when the password is the one hashed; compared in constant time. A malformed hash verifies nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length < KEY_LENGTH || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await scrypt(password, parsed.salt, parsed, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** The stored hash uses weaker parameters than the current ones: hash the password again at sign-in. */
export function needsRehash(stored: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.ln < params.ln || parsed.r < params.r || parsed.p < params.p;
}

/**
 * A hash of no password, verified against when the login is unknown so that an unknown login takes
 * as long as a wrong password (the answer does not tell whether the user exists).
 */
let dummy: Promise<string> | null = null;
export const dummyHash = (params: ScryptParams = DEFAULT_SCRYPT) => (dummy ??= hashPassword(randomBytes(16).toString('hex'), params));

/** A one-time password for an admin to hand over: 20 characters from an unambiguous alphabet (~116 bits). */
export function generatePassword(length = 20): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const out: string[] = [];
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // 256 - 256 % 57 = 228: bytes above are dropped, so every character is equally likely.
      if (b < 256 - (256 % alphabet.length) && out.length < length) out.push(alphabet[b % alphabet.length]);
    }
  }
  return out.join('');
}

/** Why a new password is refused, or null. The message never repeats the password. */
export function passwordProblem(password: string, login?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (/^\s|\s$/.test(password)) return 'must not begin or end with a space';
  if (new Set(password).size < 4) return 'must use at least 4 different characters';
  if (login && password.toLowerCase().includes(login.toLowerCase())) return 'must not contain the login';
  return null;
}
