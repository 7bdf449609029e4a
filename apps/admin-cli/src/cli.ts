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

export const USAGE = `usage: npm run admin -- <command>
  create-organisation --id <id> --name <name> --role <role> [--credit-code <code>]
  create-key --organisation <id> [--role <role>] [--label <label>]   prints the key once
  revoke-key <keyId>
  list-keys [--organisation <id>]                                    never prints secrets
  list-organisations
  suspend-organisation <id> | reinstate-organisation <id>            a suspended organisation's keys are refused
options: --json (machine-readable output)`;

export class UsageError extends Error {}

export type Command =
  | { name: 'help' }
  | { name: 'create-organisation'; input: z.infer<typeof CreateOrganisationSchema> }
  | { name: 'create-key'; organisationId: string; input: z.infer<typeof CreateKeySchema> }
  | { name: 'revoke-key'; keyId: string }
  | { name: 'list-keys'; organisationId?: string }
  | { name: 'list-organisations' }
  | { name: 'suspend-organisation' | 'reinstate-organisation'; organisationId: string };

/** Which flag a schema field came from, so that errors name what the user typed. */
const FLAG_OF: Record<string, string> = { id: '--id', name: '--name', role: '--role', creditCode: '--credit-code', label: '--label', organisation: '--organisation' };

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
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { command: { name: 'help' }, json };
    else if (arg.startsWith('--')) {
      const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      const known = ['--id', '--name', '--role', '--credit-code', '--organisation', '--label'];
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
    default:
      throw new UsageError(`unknown command '${name}'; commands: create-organisation, create-key, revoke-key, list-keys, list-organisations, suspend-organisation, reinstate-organisation`);
  }
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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
