import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `npm run batch -- …` (issue 16): the batch routes of the API from a terminal, as the party whose API
 * key is in HEZE_API_KEY. Progress goes to stderr, the summary (JSON) to stdout; on an error, one line
 * on stderr and a non-zero exit. The CLI holds no rules: the API previews, the batch workflow applies.
 */
const USAGE = `usage: npm run batch -- <command> ...

  kinds                                         the batch kinds of your role and their columns
  template <kind> [--format csv|xlsx] [--out FILE]
                                                the template file (Chinese headers, an example row)
  preview <kind> <FILE> [--number-pattern P] [--number-start N]
                                                upload and check every row; nothing is changed
  apply <kind> <FILE> [--number-pattern P] [--number-start N] [--allow-refused]
                                                upload, then apply and wait; refuses to apply when the preview
                                                refused rows, unless --allow-refused
  apply-batch <batchId>                         apply a batch previewed before, and wait
  status <batchId>                              progress: done, already done, refused, failed, pending
  outcomes <batchId> [--format csv|xlsx] [--out FILE]
                                                each row's outcome (resident IDs masked)

  HEZE_API_URL   the API (default http://127.0.0.1:3000)
  HEZE_API_KEY   your organisation's API key (required)`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

const err = (line: string) => process.stderr.write(`${line}\n`);

function flags(args: string[]) {
  const positional: string[] = [];
  const opts: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (a === '--allow-refused') opts[a.slice(2)] = true;
    else {
      const v = args[++i];
      if (v === undefined) throw new CliError(`${a} needs a value`, 2);
      opts[a.slice(2)] = v;
    }
  }
  return { positional, opts };
}

async function api(method: string, url: string, body?: FormData): Promise<{ status: number; json: any; bytes: Buffer }> {
  const base = (process.env.HEZE_API_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
  const key = process.env.HEZE_API_KEY;
  if (!key) throw new CliError('HEZE_API_KEY is not set: the API key of your organisation', 2);
  let res: Response;
  try {
    res = await fetch(base + url, { method, headers: { 'x-api-key': key }, body });
  } catch (e) {
    throw new CliError(`cannot reach the API at ${base}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
  }
  const bytes = Buffer.from(await res.arrayBuffer());
  let json: any = null;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    /* a file */
  }
  if (res.status >= 400) throw new CliError(`${method} ${url}: ${res.status} ${json?.message ?? bytes.toString('utf8').slice(0, 200)}`);
  return { status: res.status, json, bytes };
}

async function uploadFile(kind: string, file: string, opts: Record<string, string | true>) {
  if (!fs.existsSync(file)) throw new CliError(`no file ${file}`, 2);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(file))]), path.basename(file));
  const q = new URLSearchParams();
  if (typeof opts['number-pattern'] === 'string') q.set('numberPattern', opts['number-pattern']);
  if (typeof opts['number-start'] === 'string') q.set('numberStart', opts['number-start']);
  const preview = (await api('POST', `/batches/${encodeURIComponent(kind)}${q.size ? `?${q}` : ''}`, form)).json;
  err(`batch ${preview.batchId}: ${preview.rows} rows, ${preview.accepted} to apply, ${preview.refused.length} refused, ${preview.alreadyDone.length} already done`);
  for (const r of preview.refused.slice(0, 20)) err(`  row ${r.row}${r.column ? ` ${r.column}` : ''}: ${r.reason}`);
  if (preview.refused.length > 20) err(`  … ${preview.refused.length - 20} more (npm run batch -- outcomes ${preview.batchId})`);
  return preview;
}

async function applyAndWait(batchId: string) {
  await api('POST', `/batches/${batchId}/apply`);
  let last = '';
  for (;;) {
    const p = (await api('GET', `/batches/${batchId}`)).json;
    const line = `${p.finished}/${p.rows} (done ${p.counts.done}, already done ${p.counts.alreadyDone}, refused ${p.counts.refused}, failed ${p.counts.failed})`;
    if (line !== last) err(`progress ${line}`);
    last = line;
    if (p.status === 'done') return p;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function save(bytes: Buffer, out: string | true | undefined, fallback: string) {
  const file = typeof out === 'string' ? out : fallback;
  fs.writeFileSync(file, bytes);
  err(`wrote ${file} (${bytes.length} bytes)`);
  return file;
}

async function main(argv: string[]): Promise<unknown> {
  const [command, ...rest] = argv;
  const { positional: p, opts } = flags(rest);
  const need = (n: number) => {
    if (p.length < n) throw new CliError(`${command}: missing arguments (npm run batch -- help)`, 2);
  };
  switch (command) {
    case 'kinds':
      return (await api('GET', '/batches/kinds')).json;
    case 'template': {
      need(1);
      const format = opts.format === 'xlsx' ? 'xlsx' : 'csv';
      const file = await save((await api('GET', `/batches/templates/${encodeURIComponent(p[0]!)}?format=${format}`)).bytes, opts.out, `batch-${p[0]}-template.${format}`);
      return { file };
    }
    case 'preview':
      need(2);
      return uploadFile(p[0]!, p[1]!, opts);
    case 'apply': {
      need(2);
      const preview = await uploadFile(p[0]!, p[1]!, opts);
      if (preview.refused.length && !opts['allow-refused']) throw new CliError(`${preview.refused.length} rows refused: fix them, or apply the rest with --allow-refused (npm run batch -- apply-batch ${preview.batchId})`, 3);
      return applyAndWait(preview.batchId);
    }
    case 'apply-batch':
      need(1);
      return applyAndWait(p[0]!);
    case 'status':
      need(1);
      return (await api('GET', `/batches/${encodeURIComponent(p[0]!)}`)).json;
    case 'outcomes': {
      need(1);
      const format = opts.format === 'xlsx' ? 'xlsx' : 'csv';
      const { bytes } = await api('GET', `/batches/${encodeURIComponent(p[0]!)}/outcomes?format=${format}`);
      if (!opts.out) {
        process.stdout.write(format === 'csv' ? bytes.toString('utf8') : bytes);
        return undefined;
      }
      return { file: await save(bytes, opts.out, '') };
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return undefined;
    default:
      throw new CliError(`unknown command '${command}' (npm run batch -- help)`, 2);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (summary) => {
      if (summary !== undefined) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    },
    (e) => {
      const line = e instanceof Error ? e.message : String(e);
      err(e instanceof CliError ? line : `batch: ${line.split('\n')[0]}`);
      process.exit(e instanceof CliError ? e.code : 1);
    },
  );
}
