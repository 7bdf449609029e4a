/**
 * `npm run admin -- <command>`: organisations and API keys, with the same operations and the same
 * validation as the admin endpoints of the API. Bad input: exit 2 and one line on stderr.
 */
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import {
  AdminError,
  createKey,
  createOrganisation,
  listKeys,
  listOrganisations,
  revokeKey,
  setSuspended,
} from '../../api/src/organisations/organisations.ops';
import { CreateKeySchema, CreateOrganisationSchema, KeyIdSchema, OrganisationIdSchema } from '../../api/src/organisations/organisations.schema';
import { CreateUserSchema, LoginNameSchema, NewPasswordSchema, UserIdSchema } from '../../api/src/accounts/accounts.schema';
import { createUser, disableUser, enableUser, findUserId, listUsers, resetUserPassword } from '../../api/src/accounts/users.ops';

export const USAGE = `usage: npm run admin -- <command>
  create-organisation --id <id> --name <name> --role <role> [--credit-code <code>]
  create-key --organisation <id> [--role <role>] [--label <label>]   prints the key once
  revoke-key <keyId>
  list-keys [--organisation <id>]                                    never prints secrets
  list-organisations
  suspend-organisation <id> | reinstate-organisation <id>            a suspended organisation's keys are refused
  create-user --organisation <id> --login <login> --name <name> [--password-stdin]
                                                                     prints a one-time password once (or reads one from stdin)
  disable-user <userId|login>                                        it cannot sign in; its sessions end
  enable-user <userId|login>                                         a disabled user can sign in again
  reset-user-password <userId|login> [--password-stdin]              prints a new one-time password; its sessions end
  list-users [--organisation <id>]                                   never prints passwords
options: --json (machine-readable output)`;

export class UsageError extends Error {}

export type Command =
  | { name: 'help' }
  | { name: 'create-organisation'; input: z.infer<typeof CreateOrganisationSchema> }
  | { name: 'create-key'; organisationId: string; input: z.infer<typeof CreateKeySchema> }
  | { name: 'revoke-key'; keyId: string }
  | { name: 'list-keys'; organisationId?: string }
  | { name: 'list-organisations' }
  | { name: 'suspend-organisation' | 'reinstate-organisation'; organisationId: string }
  | { name: 'create-user'; input: { organisationId: string; login: string; name: string }; passwordStdin: boolean }
  | { name: 'disable-user' | 'enable-user'; user: string }
  | { name: 'reset-user-password'; user: string; passwordStdin: boolean }
  | { name: 'list-users'; organisationId?: string };

/** Which flag a schema field came from, so that errors name what the user typed. */
const FLAG_OF: Record<string, string> = {
  id: '--id',
  name: '--name',
  role: '--role',
  creditCode: '--credit-code',
  label: '--label',
  organisation: '--organisation',
  organisationId: '--organisation',
  login: '--login',
  password: 'password (stdin)',
};

function check<S extends z.ZodType>(schema: S, value: unknown, fieldName?: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? fieldName ?? '');
  const flag = FLAG_OF[field] ?? (fieldName ? fieldName : `--${field}`);
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message.replace(/\s*\n\s*/g, ' ');
  throw new UsageError(`${flag}: ${message}`);
}

/** Parses argv (without node and script) into a command; throws UsageError naming the problem. */
export function parseArgs(argv: readonly string[]): { command: Command; json: boolean } {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  let json = false;
  let passwordStdin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--password-stdin') passwordStdin = true;
    else if (arg === '--help' || arg === '-h') return { command: { name: 'help' }, json };
    else if (arg.startsWith('--')) {
      const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      const known = ['--id', '--name', '--role', '--credit-code', '--organisation', '--label', '--login'];
      if (!known.includes(flag)) throw new UsageError(`unknown option ${flag}; see npm run admin -- help`);
      if (flag in flags) throw new UsageError(`${flag} given twice`);
      flags[flag] = value;
    } else positional.push(arg);
  }
  const [name, ...rest] = positional;
  const allow = (...names: string[]) => {
    for (const f of Object.keys(flags)) if (!names.includes(f)) throw new UsageError(`${name} takes no ${f}`);
  };
  const noPositional = () => {
    if (rest.length) throw new UsageError(`${name}: unexpected argument '${rest[0]}'`);
  };
  // A password never as an argument (it would stay in the shell history and the process list).
  if (passwordStdin && name !== 'create-user' && name !== 'reset-user-password') throw new UsageError(`${name} takes no --password-stdin`);
  const userRef = () => {
    if (rest.length !== 1) throw new UsageError(`${name} needs exactly one user id or login: npm run admin -- ${name} <userId|login>`);
    const ref = rest[0]!;
    return UserIdSchema.safeParse(ref).success ? ref : check(LoginNameSchema, ref, 'user');
  };
  switch (name) {
    case undefined:
    case 'help':
      return { command: { name: 'help' }, json };
    case 'create-organisation': {
      allow('--id', '--name', '--role', '--credit-code');
      noPositional();
      const input = check(CreateOrganisationSchema, {
        id: flags['--id'],
        name: flags['--name'],
        role: flags['--role'],
        ...(flags['--credit-code'] !== undefined ? { creditCode: flags['--credit-code'] } : {}),
      });
      return { command: { name, input }, json };
    }
    case 'create-key': {
      allow('--organisation', '--role', '--label');
      noPositional();
      const organisationId = check(OrganisationIdSchema, flags['--organisation'], '--organisation');
      const input = check(CreateKeySchema, {
        ...(flags['--role'] !== undefined ? { role: flags['--role'] } : {}),
        ...(flags['--label'] !== undefined ? { label: flags['--label'] } : {}),
      });
      return { command: { name, organisationId, input }, json };
    }
    case 'revoke-key': {
      allow();
      if (rest.length !== 1) throw new UsageError('revoke-key needs exactly one key id: npm run admin -- revoke-key <keyId>');
      return { command: { name, keyId: check(KeyIdSchema, rest[0], 'keyId') }, json };
    }
    case 'list-keys': {
      allow('--organisation');
      noPositional();
      const organisationId = flags['--organisation'] === undefined ? undefined : check(OrganisationIdSchema, flags['--organisation'], '--organisation');
      return { command: { name, organisationId }, json };
    }
    case 'list-organisations':
      allow();
      noPositional();
      return { command: { name }, json };
    case 'suspend-organisation':
    case 'reinstate-organisation': {
      allow();
      if (rest.length !== 1) throw new UsageError(`${name} needs exactly one organisation id: npm run admin -- ${name} <id>`);
      return { command: { name, organisationId: check(OrganisationIdSchema, rest[0], 'organisation') }, json };
    }
    case 'create-user': {
      allow('--organisation', '--login', '--name');
      noPositional();
      // The password is checked once read (stdin); here with a stand-in that passes, for the other fields.
      const input = check(CreateUserSchema, { organisationId: flags['--organisation'], login: flags['--login'], name: flags['--name'] });
      return { command: { name, input: { organisationId: input.organisationId, login: input.login, name: input.name }, passwordStdin }, json };
    }
    case 'disable-user':
    case 'enable-user':
      allow();
      return { command: { name, user: userRef() }, json };
    case 'reset-user-password':
      allow();
      return { command: { name, user: userRef(), passwordStdin }, json };
    case 'list-users': {
      allow('--organisation');
      noPositional();
      const organisationId = flags['--organisation'] === undefined ? undefined : check(OrganisationIdSchema, flags['--organisation'], '--organisation');
      return { command: { name, organisationId }, json };
    }
    default:
      throw new UsageError(
        `unknown command '${name}'; commands: create-organisation, create-key, revoke-key, list-keys, list-organisations, suspend-organisation, reinstate-organisation, create-user, disable-user, enable-user, reset-user-password, list-users`,
      );
  }
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input (for --password-stdin). */
  stdin?: () => Promise<string>;
}

/** A password from stdin: its first line, checked as a new password. */
async function passwordFromStdin(io: Io, login?: string): Promise<string> {
  if (!io.stdin) throw new UsageError('--password-stdin: no standard input');
  const password = (await io.stdin()).split(/\r?\n/)[0] ?? '';
  check(NewPasswordSchema, password, 'password (stdin)');
  if (login && password.toLowerCase().includes(login)) throw new UsageError('password (stdin): must not contain the login');
  return password;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** Runs one command; returns the exit code (0 done, 2 bad input, 1 anything else). */
export async function runCli(argv: readonly string[], io: Io, openDs: () => Promise<DataSource>): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`admin: ${oneLine(err.message)}\n`);
      return 2;
    }
    throw err;
  }
  const { command, json } = parsed;
  if (command.name === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  let ds: DataSource | null = null;
  try {
    ds = await openDs();
    const out = (value: unknown, text: string) => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : text);
    switch (command.name) {
      case 'create-organisation': {
        const o = await createOrganisation(ds, command.input);
        out(o, `created organisation ${o.id} (${o.role}) "${o.name}"${o.creditCode ? `, credit code ${o.creditCode}` : ''}\n`);
        break;
      }
      case 'create-key': {
        const k = await createKey(ds, command.organisationId, command.input);
        out(
          k,
          `key ${k.keyId} for ${k.organisationId} (role ${k.role}, label "${k.label}")\n` +
            `API key (shown this once; only its hash is stored):\n${k.apiKey}\n`,
        );
        break;
      }
      case 'revoke-key': {
        const k = await revokeKey(ds, command.keyId);
        out(k, `key ${k.keyId} (${k.role}, ${k.organisationId ?? '-'}) revoked at ${k.revokedAt}\n`);
        break;
      }
      case 'list-keys': {
        const keys = await listKeys(ds, command.organisationId);
        out(
          keys,
          keys.length === 0
            ? 'no keys\n'
            : table([
                ['KEY ID', 'ROLE', 'ORGANISATION', 'CREATED', 'REVOKED', 'LABEL'],
                ...keys.map((k) => [k.keyId, k.role, k.organisationId ?? '-', k.createdAt, k.revokedAt ?? '-', k.label]),
              ]),
        );
        break;
      }
      case 'suspend-organisation':
      case 'reinstate-organisation': {
        const o = await setSuspended(ds, command.organisationId, command.name === 'suspend-organisation');
        out(o, o.suspendedAt ? `organisation ${o.id} suspended since ${o.suspendedAt}\n` : `organisation ${o.id} is active\n`);
        break;
      }
      case 'create-user': {
        const password = command.passwordStdin ? await passwordFromStdin(io, command.input.login) : undefined;
        const { user, password: generated } = await createUser(ds, { ...command.input, ...(password ? { password } : {}) });
        out(
          { user, password: generated },
          `user ${user.id} "${user.name}", login ${user.login}, of ${user.organisationId} (role ${user.role})\n` +
            (generated ? `one-time password (shown this once; they choose their own at first sign-in):\n${generated}\n` : 'password: as given on stdin\n'),
        );
        break;
      }
      case 'disable-user': {
        const u = await disableUser(ds, await findUserId(ds, command.user));
        out(u, `user ${u.id} (${u.login}) disabled since ${u.disabledAt}; ${u.sessionsEnded} session(s) ended\n`);
        break;
      }
      case 'enable-user': {
        const u = await enableUser(ds, await findUserId(ds, command.user));
        out(u, `user ${u.id} (${u.login}) enabled: it can sign in again\n`);
        break;
      }
      case 'reset-user-password': {
        const userId = await findUserId(ds, command.user);
        const password = command.passwordStdin ? await passwordFromStdin(io) : undefined;
        const { user, password: generated } = await resetUserPassword(ds, userId, password ? { password } : {});
        out(
          { user, password: generated },
          `password of ${user.id} (${user.login}) reset; its sessions ended\n` + (generated ? `one-time password (shown this once):\n${generated}\n` : ''),
        );
        break;
      }
      case 'list-users': {
        const users = await listUsers(ds, command.organisationId);
        out(
          users,
          users.length === 0
            ? 'no users\n'
            : table([
                ['USER ID', 'LOGIN', 'ORGANISATION', 'ROLE', 'DISABLED', 'NAME'],
                ...users.map((u) => [u.id, u.login, u.organisationId, u.role ?? '-', u.disabledAt ?? '-', u.name]),
              ]),
        );
        break;
      }
      case 'list-organisations': {
        const orgs = await listOrganisations(ds);
        out(
          orgs,
          orgs.length === 0
            ? 'no organisations\n'
            : table([['ID', 'ROLE', 'CREDIT CODE', 'NAME'], ...orgs.map((o) => [o.id, o.role, o.creditCode ?? '-', o.name])]),
        );
        break;
      }
    }
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`admin: ${oneLine(err.message)}\n`);
      return 2;
    }
    if (err instanceof AdminError) {
      const message = err.field === 'organisation' ? err.message.replace(/^organisation:/, '--organisation:') : err.message;
      io.stderr(`admin: ${oneLine(message)}\n`);
      return 2;
    }
    io.stderr(`admin: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    return 1;
  } finally {
    if (ds?.isInitialized) await ds.destroy().catch(() => undefined);
  }
}
