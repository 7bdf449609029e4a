import { spawn, spawnSync } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../support/postgres';
import { repoRoot } from '../support/temporal';

const node = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(repoRoot, script)], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60_000 });

describe('start-up failures are one readable line, never a stack trace', () => {
  it.each(['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js'])('%s exits 78 naming a bad variable', (script) => {
    const r = node(script, { API_PORT: 'eighty', DATABASE_URL: inject('databaseUrl') });
    expect(r.status).toBe(78);
    expect(r.stderr.trim()).toBe("configuration error: API_PORT: must be a whole number, got 'eighty'");
  });

  it('the worker says Temporal is unreachable and retries with backoff', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist/apps/worker/src/main.js')], {
      env: { PATH: process.env.PATH, DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: `127.0.0.1:${port}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no retry message: ${err}`)), 30_000);
      child.stderr.on('data', () => {
        if (/retry 2\/9/.test(err)) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    expect(err).toMatch(new RegExp(`\\[worker\\] Temporal at 127\\.0\\.0\\.1:${port} unreachable \\(.+\\); retry 1/9 in 0\\.5s`));
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('the API refuses a port in use with one line', async () => {
    const srv = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    const port = (srv.address() as net.AddressInfo).port;
    try {
      const r = node('dist/apps/api/src/main.js', { API_PORT: String(port), DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: inject('temporalAddress') });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n').pop()).toBe(`[api] port ${port} is in use: stop the other process or set API_PORT`);
    } finally {
      srv.close();
    }
  });
});
