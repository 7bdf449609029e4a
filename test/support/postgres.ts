import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

export interface TestPostgres {
  url: string;
  stop(): void;
}

/**
 * PostgreSQL for end-to-end tests: DATABASE_URL when given, else a throw-away cluster started from the
 * installed binaries (as the `postgres` user when we are root, since initdb refuses root).
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => undefined };
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      'end-to-end tests need PostgreSQL: set DATABASE_URL=postgres://user:pass@127.0.0.1:5432/db, or install the server (apt-get install -y postgresql) so the tests can start their own',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-pg-'));
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args;
    const r = spawnSync(asRoot ? 'runuser' : path.join(bin, cmd), full, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
  };
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  run('initdb', ['-D', path.join(dir, 'data'), '-U', 'heze', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  run('pg_ctl', ['-D', path.join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', path.join(dir, 'log'), '-w', 'start']);
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'heze', 'heze']);
  return {
    url: `postgres://heze@127.0.0.1:${port}/heze`,
    stop: () => {
      const args = ['-D', path.join(dir, 'data'), '-m', 'fast', 'stop'];
      spawnSync(asRoot ? 'runuser' : path.join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), ...args] : args);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
