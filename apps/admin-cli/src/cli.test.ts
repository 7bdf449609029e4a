import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyApiKey, openDatabase, OrganisationRecord, UserRecord, verifyPassword } from '@heze/persistence';
import { makeCreditCode } from '@heze/rules';
import { parseArgs, runCli } from './cli';

describe('admin CLI arguments', () => {
  it('parses each command', () => {
    expect(parseArgs(['create-organisation', '--id', 'vtc-1', '--name', 'VTC', '--role', 'training-institution']).command).toEqual({
      name: 'create-organisation',
      input: { id: 'vtc-1', name: 'VTC', role: 'training-institution' },
    });
    expect(parseArgs(['create-key', '--organisation=vtc-1', '--label', 'desk']).command).toEqual({
      name: 'create-key',
      organisationId: 'vtc-1',
      input: { label: 'desk' },
    });
    expect(parseArgs(['revoke-key', 'abcdefabcdef']).command).toEqual({ name: 'revoke-key', keyId: 'abcdefabcdef' });
    expect(parseArgs(['list-keys', '--json'])).toEqual({ command: { name: 'list-keys', organisationId: undefined }, json: true });
    expect(parseArgs([]).command).toEqual({ name: 'help' });
  });

  it.each([
    [['create-organisation', '--id', 'x1', '--name', 'X', '--role', 'employer', '--credit-code', '91371700MA3D000031'], /^--credit-code: credit code check character/],
    [['create-organisation', '--id', 'x1', '--name', 'X', '--role', 'boss'], /^--role: /],
    [['create-organisation', '--id', 'x1', '--role', 'employer'], /^--name: is required/],
    [['create-organisation', '--id', 'bad id', '--name', 'X', '--role', 'employer'], /^--id: /],
    [['create-key'], /^--organisation: is required/],
    [['create-key', '--organisation'], /^--organisation needs a value/],
    [['create-key', '--organisation', 'o', '--bogus', '1'], /^unknown option --bogus/],
    [['revoke-key'], /^revoke-key needs exactly one key id/],
    [['revoke-key', 'NOT-A-KEY'], /^keyId: /],
    [['list-keys', '--name', 'x'], /^list-keys takes no --name/],
    [['frob'], /^unknown command 'frob'/],
    [['create-user', '--organisation', 'acme', '--name', 'Li Si'], /^--login: is required/],
    [['create-user', '--organisation', 'acme', '--login', 'x', '--name', 'Li Si'], /^--login: must be 3-64/],
    [['create-user', '--organisation', 'acme', '--login', 'li.si', '--name', 'Li Si', '--password', 'secret1234'], /^unknown option --password/],
    [['disable-user'], /^disable-user needs exactly one user id or login/],
    [['list-users', '--password-stdin'], /^list-users takes no --password-stdin/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(message);
  });
});

describe('admin CLI against a real (SQLite) database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-admin-'));
  const file = path.join(dir, 'admin.sqlite');
  const open = () => openDatabase({ type: 'sqlite', file });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, open);
    return { code, stdout, stderr };
  }

  it('creates an organisation and a key that verifies, lists it without the secret, revokes it', async () => {
    const code = makeCreditCode('91371700MA3D0A0B1');
    const created = await cli('create-organisation', '--id', 'acme', '--name', 'Acme Construction', '--role', 'employer', '--credit-code', code);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('acme (employer)');
    expect(created.stdout).not.toContain(code); // never the whole credit code

    const issued = await cli('create-key', '--organisation', 'acme', '--json');
    expect(issued.code).toBe(0);
    const key = JSON.parse(issued.stdout) as { keyId: string; apiKey: string; role: string };
    expect(key.role).toBe('employer');

    const ds = await open();
    try {
      expect((await verifyApiKey(ds, key.apiKey))?.organisationId).toBe('acme');
      expect((await ds.getRepository(OrganisationRecord).findOneByOrFail({ id: 'acme' })).creditCode).toBe(code);
    } finally {
      await ds.destroy();
    }

    const listed = await cli('list-keys');
    expect(listed.stdout).toContain(key.keyId);
    // The secret is everything after `hz_<keyId>_`; it may itself contain '_'.
    expect(listed.stdout).not.toContain(key.apiKey.slice('hz_'.length + key.keyId.length + 1));

    expect((await cli('revoke-key', key.keyId)).code).toBe(0);
    const ds2 = await open();
    try {
      expect(await verifyApiKey(ds2, key.apiKey)).toBeNull();
    } finally {
      await ds2.destroy();
    }
  });

  it('users: created with a one-time password shown once (or one from stdin), listed without secrets, reset, disabled', async () => {
    const created = await cli('create-user', '--organisation', 'acme', '--login', 'Li.Si', '--name', 'Li Si', '--json');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const { user, password } = JSON.parse(created.stdout) as { user: { id: string; login: string; role: string; mustChangePassword: boolean }; password: string };
    expect(user).toMatchObject({ login: 'li.si', role: 'employer', mustChangePassword: true });
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);

    const ds = await open();
    try {
      const row = await ds.getRepository(UserRecord).findOneByOrFail({ id: user.id });
      expect(row.passwordHash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
      expect(await verifyPassword(password, row.passwordHash)).toBe(true);
    } finally {
      await ds.destroy();
    }
    const listed = await cli('list-users');
    expect(listed.stdout).toContain(user.id);
    expect(listed.stdout).not.toContain(password);

    let stdinText = 'a chosen password 42\n';
    const withStdin = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: async () => stdinText }, open);
      return { code, stdout, stderr };
    };
    const second = await withStdin('create-user', '--organisation', 'acme', '--login', 'wang.wu', '--name', 'Wang Wu', '--password-stdin');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('a chosen password');
    stdinText = 'short\n';
    const refused = await withStdin('reset-user-password', 'wang.wu', '--password-stdin');
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toMatch(/^admin: password \(stdin\): must be at least 10 characters/);

    const reset = await cli('reset-user-password', 'li.si');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/one-time password/);
    const disabled = await cli('disable-user', user.id, '--json');
    expect(JSON.parse(disabled.stdout)).toMatchObject({ id: user.id, sessionsEnded: 0 });
    expect((await cli('disable-user', 'nobody.here')).stderr).toMatch(/^admin: user: no user 'nobody.here'/);
    // Re-enabled by login: it can sign in again (disabledAt cleared), the password as it was.
    const enabled = await cli('enable-user', 'li.si', '--json');
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(JSON.parse(enabled.stdout)).toMatchObject({ id: user.id, disabledAt: null });
    expect(JSON.parse((await cli('list-users', '--json')).stdout).find((u: { id: string }) => u.id === user.id)).toMatchObject({ disabledAt: null });
    expect((await cli('create-user', '--organisation', 'acme', '--login', 'li.si', '--name', 'Again')).stderr).toMatch(/^admin: login: a user 'li.si' already exists/);
  });

  it('bad input: exit 2 and one line, no stack trace', async () => {
    for (const argv of [
      ['create-organisation', '--id', 'acme', '--name', 'Again', '--role', 'employer'],
      ['create-key', '--organisation', 'nobody'],
      ['revoke-key', 'zzzzzzzzzzzz'],
      ['create-organisation', '--id', 'x', '--name', 'X', '--role', 'employer', '--credit-code', '123'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^admin: /);
      expect(r.stderr).not.toMatch(/\s+at /);
    }
  });
});
