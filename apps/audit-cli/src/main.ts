import * as fs from 'node:fs';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { loadConfigOrExit } from '@heze/config';
import { connectionOptions } from '@heze/temporal/node';
import {
  BadWorkflowIdError,
  exportJourney,
  isAuditExport,
  type AuditExport,
  buildTimeline,
  formatTimelineTable,
  formatTimelineText,
  AtPointError,
  parseAt,
  stateAt,
  Replayer,
  verdictOf,
  type WorkflowReplayResult,
  replayAllQuery,
  ReplayFilterError,
  SigningKeyError,
} from '@heze/audit';
import { bundleCommand, CommandError, diffCommand, keygenCommand, UnavailableError, verifyCommand } from './bundle-commands';

const USAGE = `usage: npm run audit -- <command> ...

  export <journeyId> [--out FILE]                    full event history of the journey and its processes (JSON)
  timeline <journeyId> [--format text|table|json]    who did what, state before → after, clause ids
  replay <journeyId>                                 replay against the current workflow code: "deterministic" or the first divergence
  replay-all [--state S] [--level N] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--limit N]
                                                     replay every matching journey; progress on stderr, summary on stdout
  state-at <journeyId> <eventId|ISO timestamp> [--workflow ID]
                                                     machine state and context at that point
  diff <journeyId> <at1> <at2> [--workflow ID] [--json]
                                                     what changed in the case between two points (state, context fields, who did it)
  bundle <journeyId> [--out FILE]                    histories + projections + rule set, hash-chained and signed (docs/audit-bundles.md)
  verify <BUNDLE> [--public-key FILE] [--no-replay] [--json]
                                                     offline: "intact", or each changed / removed / reordered / added event,
                                                     a cut tail, a signature that does not match; then replays the histories
  keygen <FILE>                                      a new Ed25519 signing key (mode 0600) for AUDIT_SIGNING_KEY_FILE

  Instead of <journeyId>, --file EXPORT.json reads an export (e.g. a fixture in test/fixtures/histories).
  Temporal is reached through TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE (see README).
  Exit codes: 0 ok (verify: intact and replays), 1 not deterministic, 2 usage, 3 not found,
  4 Temporal or the database unavailable, 5 bundle not intact, 78 signing key missing or unusable.`;

class UsageError extends Error {}

/** Flags that take no value. */
const SWITCHES = new Set(['no-replay', 'json']);

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') flags.help = 'true';
    else if (SWITCHES.has(a.slice(2))) flags[a.slice(2)] = 'true';
    else if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) flags[k] = v;
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) throw new UsageError(`--${k} needs a value`);
        flags[k] = next;
        i++;
      }
    } else positional.push(a);
  }
  return { positional, flags };
}

let clientPromise: Promise<Client> | null = null;
function client(): Promise<Client> {
  // One attempt (5 s connect timeout): a CLI should say at once that Temporal is down, not retry for minutes.
  const cfg = loadConfigOrExit().temporal;
  clientPromise ??= Connection.connect(connectionOptions(cfg)).then((connection) => new Client({ connection, namespace: cfg.namespace }));
  return clientPromise;
}

async function load(positional: string[], flags: Record<string, string>): Promise<AuditExport> {
  if (flags.file) {
    const doc = JSON.parse(fs.readFileSync(flags.file, 'utf8'));
    if (!isAuditExport(doc)) throw new UsageError(`${flags.file} is not an audit export (format heze-audit-export/1)`);
    return doc;
  }
  const id = positional[0];
  if (!id) throw new UsageError('a journey id (or --file EXPORT.json) is required');
  return exportJourney(await client(), id);
}

function progress(done: number, total: number, label: string) {
  if (!process.stderr.isTTY) {
    if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`replayed ${done}/${total}\n`);
    return;
  }
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 60).padEnd(60)}`);
  if (done === total) process.stderr.write('\n');
}

async function replayAll(flags: Record<string, string>): Promise<number> {
  const query = replayAllQuery({ state: flags.state, level: flags.level, since: flags.since, until: flags.until });
  const limit = flags.limit ? Number(flags.limit) : Infinity;
  if (flags.limit && (!Number.isInteger(limit) || limit < 1)) throw new UsageError('--limit must be a positive integer');
  const c = await client();
  const total = Math.min((await c.workflow.count(query)).count, limit);
  process.stderr.write(`replaying ${total} journey(s) matching: ${query}\n`);
  const replayer = new Replayer();
  const perJourney = new Map<string, { expected: number; results: WorkflowReplayResult[] }>();
  let done = 0;
  const bad: Array<{ journeyId: string; verdict: string }> = [];
  async function* exports(): AsyncIterable<AuditExport> {
    let n = 0;
    for await (const wf of c.workflow.list({ query })) {
      if (n++ >= limit) break;
      try {
        const doc = await exportJourney(c, wf.workflowId);
        perJourney.set(doc.rootId, { expected: doc.workflows.length, results: [] });
        yield doc;
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err;
      }
    }
  }
  const started = Date.now();
  await replayer.replayMany(exports(), (doc, r) => {
    const j = perJourney.get(doc.rootId)!;
    j.results.push(r);
    if (j.results.length === j.expected) {
      done++;
      const v = verdictOf(doc.rootId, j.results);
      if (!v.deterministic) bad.push({ journeyId: doc.rootId, verdict: v.verdict });
      perJourney.delete(doc.rootId);
      progress(done, total, doc.rootId);
    }
  });
  if (done < total) progress(done, done, '');
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`replayed ${done} journey(s) in ${secs} s: ${done - bad.length} deterministic, ${bad.length} not deterministic`);
  for (const b of bad) console.log(`  ${b.journeyId}: ${b.verdict}`);
  return bad.length ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { positional, flags } = parseArgs(rest);
  if (!command || command === 'help' || flags.help) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'export': {
      const doc = await load(positional, flags);
      const json = `${JSON.stringify(doc, null, 1)}\n`;
      if (flags.out) {
        fs.writeFileSync(flags.out, json);
        process.stderr.write(`wrote ${flags.out}: ${doc.workflows.map((w) => w.workflowId).join(', ')}\n`);
      } else process.stdout.write(json);
      return 0;
    }
    case 'timeline': {
      const doc = await load(positional, flags);
      const entries = buildTimeline(doc);
      const format = flags.format ?? 'text';
      if (format === 'json') console.log(JSON.stringify(entries, null, 1));
      else if (format === 'table') console.log(formatTimelineTable(doc.rootId, entries));
      else if (format === 'text') console.log(formatTimelineText(doc.rootId, entries));
      else throw new UsageError(`--format must be text, table or json; got '${format}'`);
      return 0;
    }
    case 'replay': {
      const doc = await load(positional, flags);
      const report = await new Replayer().replay(doc);
      for (const w of report.workflows) console.log(`${w.deterministic ? 'ok  ' : 'FAIL'} ${w.workflowType.padEnd(26)} ${w.workflowId}${w.deterministic ? '' : `\n     ${w.divergence}`}`);
      console.log(report.deterministic ? 'deterministic' : `NOT deterministic: ${report.verdict}`);
      return report.deterministic ? 0 : 1;
    }
    case 'replay-all':
      return replayAll(flags);
    case 'state-at': {
      const raw = flags.file ? positional[0] : positional[1];
      const at = parseAt(raw);
      const doc = await load(positional, flags);
      const point = 'eventId' in at && flags.workflow ? { ...at, workflowId: flags.workflow } : at;
      console.log(JSON.stringify(stateAt(doc, point), null, 2));
      return 0;
    }
    case 'diff':
      return diffCommand(positional, flags, () => load(positional, flags));
    case 'bundle':
      return bundleCommand(positional, flags, client);
    case 'verify':
      return verifyCommand(positional, flags);
    case 'keygen':
      return keygenCommand(positional);
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    async (code) => {
      if (clientPromise) await (await clientPromise).connection.close().catch(() => undefined);
      process.exit(code);
    },
    (err) => {
      const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
      if (err instanceof SigningKeyError) {
        process.stderr.write(`audit: configuration error: ${msg}\n`);
        process.exit(78);
      }
      if (err instanceof UnavailableError) {
        process.stderr.write(`audit: ${msg}\n`);
        process.exit(4);
      }
      if ((err as NodeJS.ErrnoException)?.code === 'ENOENT' || err instanceof CommandError) {
        process.stderr.write(`audit: ${msg}\n`);
        process.exit(2);
      }
      if (err instanceof UsageError || err instanceof AtPointError || err instanceof BadWorkflowIdError || err instanceof ReplayFilterError) {
        process.stderr.write(`audit: ${msg}\n${err instanceof UsageError ? `\n${USAGE}\n` : ''}`);
        process.exit(2);
      }
      if (err instanceof WorkflowNotFoundError) {
        process.stderr.write(`audit: no such journey or workflow\n`);
        process.exit(3);
      }
      if (/UNAVAILABLE|ECONNREFUSED|DEADLINE_EXCEEDED|Failed to connect/i.test(msg)) {
        process.stderr.write(`audit: Temporal is unavailable (${msg}); check TEMPORAL_ADDRESS\n`);
        process.exit(4);
      }
      process.stderr.write(`audit: ${msg}\n`);
      process.exit(1);
    },
  );
}
