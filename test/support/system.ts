import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { http, launch, type Proc } from '../../bench/support';
import { freePort } from './postgres';

export type RunningProcess = Proc;

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

  http(method: string, url: string, opts: { key?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    return http(this.baseUrl, method, url, opts);
  }

}
