import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from '../support/postgres';
import { temporalExecutable } from '../support/temporal';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

async function waitPort(port: number, open: boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await portOpen(port)) !== open) {
    if (Date.now() > deadline) throw new Error(`${what}: port ${port} not ${open ? 'open' : 'closed'} after ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** A Temporal dev server we start, stop and start again on the same port and the same file store. */
export class ControlledTemporal {
  private child: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-faults-temporal-'));
  port = 0;
  private log = '';
  get address() {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const uiPort = this.port + 1000 < 65000 ? this.port + 1000 : this.port - 1000;
    this.child = spawn(
      temporalExecutable(),
      ['server', 'start-dev', '--db-filename', path.join(this.dir, 'temporal.db'), '--ip', '127.0.0.1', '--port', String(this.port), '--ui-port', String(uiPort), '--headless', '--log-level', 'error'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const onData = (b: Buffer) => {
      this.log = (this.log + b.toString()).slice(-20_000);
    };
    this.child.stdout!.on('data', onData);
    this.child.stderr!.on('data', onData);
    await waitPort(this.port, true, 'temporal dev server');
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (c.exitCode === null && c.signalCode === null) {
      c.kill('SIGKILL');
      await exited;
    }
    this.child = null;
    await waitPort(this.port, false, 'temporal dev server stop');
  }

  output() {
    return this.log;
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('the fault run needs the PostgreSQL server binaries (apt-get install -y postgresql): it starts and restarts its own cluster');
  return path.join(root, versions[0], 'bin');
}

/** A throw-away PostgreSQL cluster we can stop and start (pg_ctl; as `postgres` when we are root). */
export class ControlledPostgres {
  private readonly bin = postgresBinDir();
  private readonly asRoot = process.getuid?.() === 0;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-faults-pg-'));
  port = 0;
  get url() {
    return `postgres://heze@127.0.0.1:${this.port}/heze`;
  }

  private run(cmd: string, args: string[]) {
    const r = this.asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', path.join(this.bin, cmd), ...args], { encoding: 'utf8' })
      : spawnSync(path.join(this.bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout).trim().split('\n').pop()}`);
  }

  async init(): Promise<void> {
    this.port = await freePort();
    if (this.asRoot) execFileSync('chown', ['postgres:postgres', this.dir]);
    this.run('initdb', ['-D', path.join(this.dir, 'data'), '-U', 'heze', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await this.start();
    this.run('createdb', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'heze', 'heze']);
  }

  async start(): Promise<void> {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, '-l', path.join(this.dir, 'log'), '-w', 'start']);
  }

  async stop(): Promise<void> {
    this.run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']);
  }

  async destroy(): Promise<void> {
    try {
      await this.stop();
    } catch {
      /* already stopped */
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Process launching is shared with the benchmarks. */
export { launch, type Proc as Supervised } from '../../bench/support';
