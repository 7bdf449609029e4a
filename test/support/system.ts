import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { inject } from 'vitest';
import { freePort } from './postgres';
import { repoRoot } from './temporal';

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

function launch(script: string, env: NodeJS.ProcessEnv, readyLine: RegExp, what: string, timeoutMs = 90_000): Promise<RunningProcess> {
  const child = spawn(process.execPath, [path.join(repoRoot, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not ready after ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (readyLine.test(out)) {
        clearTimeout(timer);
        resolve({ child, output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code} before it was ready:\n${out}`));
    });
  });
}

/**
 * The real system for one test file: worker and API as separate Node processes built in dist/,
 * on the shared Temporal dev server and PostgreSQL, with a task queue of their own.
 */
export class TestSystem {
  readonly taskQueue = `heze-test-${randomUUID().slice(0, 8)}`;
  readonly env: NodeJS.ProcessEnv;
  worker: RunningProcess | null = null;
  api: RunningProcess | null = null;
  baseUrl = '';

  constructor(extraEnv: Record<string, string> = {}) {
    this.env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: inject('databaseUrl'),
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: this.taskQueue,
      HEZE_DAY_MS: '1000',
      ...extraEnv,
    };
  }

  async startWorker(): Promise<RunningProcess> {
    this.worker = await launch('dist/apps/worker/src/main.js', this.env, /polling task queue/, 'worker');
    return this.worker;
  }

  async startApi(): Promise<RunningProcess> {
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.api = await launch('dist/apps/api/src/main.js', { ...this.env, API_PORT: String(port) }, /listening on/, 'api');
    return this.api;
  }

  async killWorker(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.worker) return;
    this.worker.child.kill(signal);
    await this.worker.exited;
    this.worker = null;
  }

  async stop(): Promise<void> {
    for (const p of [this.api, this.worker]) {
      if (p && p.child.exitCode === null) {
        p.child.kill('SIGTERM');
        await Promise.race([p.exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (p.child.exitCode === null) p.child.kill('SIGKILL');
      }
    }
  }

  async http(method: string, url: string, opts: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const res = await fetch(this.baseUrl + url, {
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
    return { status: res.status, body };
  }
}
