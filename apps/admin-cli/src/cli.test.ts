import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyApiKey } from '../../../libs/persistence/src/api-keys';
import { openDatabase } from '../../../libs/persistence/src/data-source';
import { OrganisationRecord } from '../../../libs/persistence/src/entities';
import { makeCreditCode } from '../../../libs/rules/src/identifiers';
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
