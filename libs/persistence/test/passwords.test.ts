import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, needsRehash, parseHash, passwordProblem, verifyPassword } from '../src/passwords';

// Cheaper parameters where the test is not about the cost (the default is ln=15: 32 MiB, ~0.1 s).
const FAST = { ln: 10, r: 8, p: 1 };

describe('password hashes (scrypt, issue 15)', () => {
  it('hashes with the default parameters N=2^15, r=8, p=1 into a self-describing string, salted per hash', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(a).not.toBe(b); // a salt per hash
    expect(parseHash(a)).toMatchObject({ ln: 15, r: 8, p: 1 });
    expect(parseHash(a)!.salt).toHaveLength(16);
    expect(parseHash(a)!.key).toHaveLength(32);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
  });

  it('verifies only the same password, under the parameters the string names', async () => {
    const h = await hashPassword('Zhang San 2026!', FAST);
    expect(await verifyPassword('Zhang San 2026!', h)).toBe(true);
    expect(await verifyPassword('zhang san 2026!', h)).toBe(false);
    expect(await verifyPassword('Zhang San 2026', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
    // NFC: the same text typed with a combining accent is the same password.
    const accented = await hashPassword('caf\u00e9 au lait!', FAST);
    expect(await verifyPassword('cafe\u0301 au lait!', accented)).toBe(true);
  });

  it('a malformed or tampered hash verifies nothing (and asks for no absurd memory)', async () => {
    const h = await hashPassword('some password 1', FAST);
    expect(await verifyPassword('some password 1', h.replace('ln=10', 'ln=30'))).toBe(false);
    expect(await verifyPassword('some password 1', 'plain text')).toBe(false);
    expect(await verifyPassword('some password 1', h.slice(0, -6))).toBe(false);
  });

  it('weaker parameters than the current ones need a re-hash', async () => {
    expect(needsRehash(await hashPassword('some password 1', FAST))).toBe(true);
    expect(needsRehash(await hashPassword('some password 1'))).toBe(false);
    expect(needsRehash('garbage')).toBe(true);
  });

  it('generated one-time passwords are long, varied and acceptable', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
      expect(passwordProblem(p)).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });

  it.each([
    ['short', /at least 10/],
    [' leading space x', /space/],
    ['aaaaaaaaaaaa', /4 different/],
    ['x'.repeat(201), /at most 200/],
  ])('refuses the new password %j', (p, message) => {
    expect(passwordProblem(p)).toMatch(message);
  });

  it('refuses a new password that contains the login', () => {
    expect(passwordProblem('my-wang.li-password', 'wang.li')).toMatch(/login/);
  });
});
