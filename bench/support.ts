import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@heze/machines';
import { issueApiKey, OrganisationRecord } from '@heze/persistence';

/** The repository root, from bench/ (ts) or dist/bench/ (js). */
export const repoRoot = fs.existsSync(path.resolve(__dirname, '../package.json')) ? path.resolve(__dirname, '..') : path.resolve(__dirname, '../..');

export const progress = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** The Temporal CLI (TEMPORAL_CLI, PATH, or built into .tools/bin by scripts/temporal-cli.sh). */
export function temporalCli(): string {
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/temporal-cli.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0 || !r.stdout.trim()) throw new Error('no Temporal CLI: set TEMPORAL_CLI or install Go (see README)');
  return r.stdout.trim();
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs `fn` over `items` with at most `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

export interface Proc {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a built app (dist/…) as a Node process; resolves when `readyLine` appears in its output. */
export function launch(script: string, env: NodeJS.ProcessEnv, readyLine: RegExp, what: string, timeoutMs = 120_000): Promise<Proc> {
  const child = spawn(process.execPath, [path.join(repoRoot, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not ready after ${timeoutMs} ms:\n${out.slice(-4000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.length > 2_000_000) out = out.slice(-1_000_000);
      if (readyLine.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code} before it was ready:\n${out.slice(-4000)}`));
    });
  });
}

export async function stopProc(p: Proc | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) return;
  p.child.kill(signal);
  await Promise.race([p.exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
}

/** Resident set size of a process, in MiB (ps). */
export function rssMiB(pid: number): number {
  const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  return kb / 1024;
}

export function machineInfo() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
}

export interface BenchParty {
  organisationId: string;
  key: string;
  keyId: string;
}

/** Organisations and API keys for one run (unique ids), written straight to the database. */
export async function benchParties(ds: DataSource, roles: Role[]): Promise<Record<string, BenchParty>> {
  const suffix = randomUUID().slice(0, 8);
  const out: Record<string, BenchParty> = {};
  for (const role of roles) {
    const organisationId = `${role}-${suffix}`;
    await ds.getRepository(OrganisationRecord).insert({ id: organisationId, name: role, role, creditCode: null, createdAt: new Date().toISOString() });
    const k = await issueApiKey(ds, { role, organisationId, label: `bench ${role}` });
    out[role] = { organisationId, key: k.apiKey, keyId: k.keyId };
  }
  return out;
}

export async function http(baseUrl: string, method: string, url: string, opts: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(baseUrl + url, {
    method,
    headers: {
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(opts.key ? { 'x-api-key': opts.key } : {}),
      ...opts.headers,
    },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: Object.fromEntries(res.headers) as Record<string, string> };
}

export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

export const today = () => new Date().toISOString().slice(0, 10);

/** A profile that satisfies L4-1 and L3-1 today (as test/support/journey-driver.ts). */
export function eligibleProfile() {
  return { evaluationDate: today(), birthDate: '1985-03-01', workPeriods: [{ start: '2012-01-01', occupation: 'this' }], certificates: [], diplomas: [], titles: [] };
}
