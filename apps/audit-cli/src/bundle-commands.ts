import type { KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import type { Client } from '@temporalio/client';
import { loadConfig, loadConfigOrExit } from '@heze/config';
import { describeDatabase, openDatabase } from '@heze/persistence';
import {
  buildBundle,
  type AuditBundle,
  type BundleProjections,
  diffCase,
  formatDiffText,
  exportJourney,
  isAuditExport,
  type AuditExport,
  readProjections,
  Replayer,
  createSigningKeyFile,
  loadSigningKey,
  parsePublicKey,
  SigningKeyError,
  parseAt,
  verifyBundle,
  type VerifyResult,
} from '@heze/audit';

/** Exit codes of `verify` besides 0 (intact and replays): the bundle is intact but the code no longer replays it. */
export const EXIT_NOT_DETERMINISTIC = 1;
/** The bundle does not prove itself: a finding (changed, removed, reordered or added event, cut tail, signature). */
export const EXIT_NOT_INTACT = 5;

export class CommandError extends Error {}
/** The database (for the projection rows) cannot be reached: exit 4 like Temporal. */
export class UnavailableError extends Error {}

type Flags = Record<string, string>;

const write = (file: string | undefined, text: string, what: string) => {
  if (file) {
    fs.writeFileSync(file, text);
    process.stderr.write(`${what}\n`);
  } else process.stdout.write(text);
};

/** `bundle <journeyId> [--out f]`: the export, the projection rows, the rule set, chained and signed. */
export async function bundleCommand(positional: string[], flags: Flags, client: () => Promise<Client>): Promise<number> {
  const cfg = loadConfigOrExit();
  let doc: AuditExport;
  let projections: BundleProjections = { journey_projections: [], process_projections: [] };
  // The key first: no point in reading histories a missing key cannot sign.
  const key = loadSigningKey(cfg.audit);
  if (key.created) process.stderr.write(`created the installation's audit signing key ${key.file} (key id ${key.keyId}, mode 0600)\n`);
  if (flags.file) {
    const read = JSON.parse(fs.readFileSync(flags.file, 'utf8'));
    if (!isAuditExport(read)) throw new CommandError(`${flags.file} is not an audit export (format heze-audit-export/1)`);
    doc = read;
    process.stderr.write('bundling an export file: no projection rows (they are read from the database only for a journey id)\n');
  } else {
    const id = positional[0];
    if (!id) throw new CommandError('a journey id (or --file EXPORT.json) is required');
    doc = await exportJourney(await client(), id);
    const ds = await openDatabase(cfg.database, { migrate: false }).catch((err: Error) => {
      throw new UnavailableError(`the database is unavailable (${describeDatabase(cfg.database)}: ${err.message.split('\n')[0]}); check DATABASE_URL`);
    });
    try {
      projections = await readProjections(ds, doc.rootId);
    } finally {
      await ds.destroy();
    }
  }
  const bundle = buildBundle({ export: doc, projections, privateKey: key.privateKey, publicKey: key.publicKey });
  const cp = bundle.checkpoint;
  write(
    flags.out,
    `${JSON.stringify(bundle, null, 1)}\n`,
    `wrote ${flags.out}: ${cp.eventCount} events in ${cp.workflows.length} workflow(s), ${cp.projections.length} projection row(s), rule set ${bundle.ruleSet.id}; head ${cp.head.slice(0, 16)}…, signed by key ${cp.keyId}`,
  );
  return 0;
}

/** The key to check with: --public-key, else this installation's own key file when there is one here. */
function verificationKey(flags: Flags): { key?: KeyObject; source?: 'given' | 'installation' } {
  if (flags['public-key']) {
    try {
      return { key: parsePublicKey(fs.readFileSync(flags['public-key'], 'utf8')), source: 'given' };
    } catch (err) {
      throw new CommandError(`--public-key ${flags['public-key']}: ${(err as Error).message}`);
    }
  }
  try {
    const audit = loadConfig().audit;
    if (audit.signingKeyFile && fs.existsSync(audit.signingKeyFile)) return { key: loadSigningKey({ ...audit, generateSigningKey: false }).publicKey, source: 'installation' };
  } catch (err) {
    if (!(err instanceof SigningKeyError) && !(err instanceof Error && err.name === 'ConfigError')) throw err;
  }
  return {};
}

/** `verify <bundle> [--public-key f] [--no-replay] [--json]`: offline; one line per finding. */
export async function verifyCommand(positional: string[], flags: Flags): Promise<number> {
  const file = positional[0];
  if (!file) throw new CommandError('a bundle file is required');
  const text = fs.readFileSync(file, 'utf8');
  const { key, source } = verificationKey(flags);
  const result = verifyBundle(text, { publicKey: key, publicKeySource: source });
  let replay: { verdict: string; deterministic: boolean } | null = null;
  if (!flags['no-replay'] && result.findings.every((f) => f.kind !== 'unreadable' && f.kind !== 'format')) {
    try {
      const report = await new Replayer().replay((JSON.parse(text) as AuditBundle).export);
      replay = { verdict: report.verdict, deterministic: report.deterministic };
    } catch (err) {
      replay = { verdict: `replay could not run: ${(err as Error).message.split('\n')[0]}`, deterministic: false };
    }
  }
  if (flags.json) console.log(JSON.stringify({ ...result, replay }, null, 1));
  else printVerify(file, result, replay);
  if (!result.intact) return EXIT_NOT_INTACT;
  return replay && !replay.deterministic ? EXIT_NOT_DETERMINISTIC : 0;
}

function printVerify(file: string, r: VerifyResult, replay: { verdict: string; deterministic: boolean } | null) {
  if (r.journeyId) {
    console.log(`${file}: journey ${r.journeyId}, ${r.eventCount} events signed ${r.signedAt}${r.key ? ` — checked with key ${r.key.keyId} (${r.key.source})` : ''}`);
  }
  for (const n of r.notes) console.log(`note: ${n}`);
  for (const f of r.findings) console.log(`${f.kind}: ${f.message}`);
  console.log(r.intact ? 'intact' : `NOT intact: ${r.findings.length} finding(s)`);
  if (replay) console.log(replay.deterministic ? 'replay: deterministic' : `replay: NOT deterministic: ${replay.verdict}`);
}

/** `diff <journeyId> <at1> <at2> [--json]`: what changed in the case between two points. */
export async function diffCommand(positional: string[], flags: Flags, load: () => Promise<AuditExport>): Promise<number> {
  const [raw1, raw2] = flags.file ? positional : positional.slice(1);
  if (raw1 === undefined || raw2 === undefined) throw new CommandError('two points are required: <at1> <at2> (event ids or ISO 8601 timestamps)');
  const at1 = parseAt(raw1);
  const at2 = parseAt(raw2);
  const withWorkflow = <T extends object>(at: T) => ('eventId' in at && flags.workflow ? { ...at, workflowId: flags.workflow } : at);
  const d = diffCase(await load(), withWorkflow(at1), withWorkflow(at2));
  console.log(flags.json ? JSON.stringify(d, null, 1) : formatDiffText(d));
  return 0;
}

/** `keygen <file>`: a new Ed25519 key (PKCS#8 PEM, mode 0600); never replaces an existing file. */
export function keygenCommand(positional: string[]): number {
  const file = positional[0];
  if (!file) throw new CommandError('a file to write the key to is required');
  if (!createSigningKeyFile(file)) throw new CommandError(`${file} exists; a signing key is never overwritten (see docs/audit-bundles.md, rotation)`);
  const key = loadSigningKey({ signingKeyFile: file, generateSigningKey: false });
  process.stderr.write(`wrote ${file} (mode 0600): key id ${key.keyId}; set AUDIT_SIGNING_KEY_FILE=${file}\n`);
  process.stdout.write(key.publicKeyPem);
  return 0;
}
