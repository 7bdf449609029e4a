import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { loadConfigOrExit, loadWorkingDayCalendarOrExit, withBackoff } from '@heze/config';
import { openDatabase, seedDemoParties } from '@heze/persistence';

/**
 * The embedded default (`npm start`): the Temporal dev server with a file store under .data/ and its
 * Web UI, then the worker and the API as child processes, an embedded SQLite file, and demo parties.
 * Ctrl-C stops every child; a second start reuses the state.
 */
const root = path.resolve(__dirname, '../../..');
const say = (line: string) => process.stdout.write(`[start] ${line}\n`);
const TEMPORAL_PORT = Number(process.env.TEMPORAL_PORT ?? 7233);
const TEMPORAL_UI_PORT = Number(process.env.TEMPORAL_UI_PORT ?? 8233);

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(true));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(false)));
  });
}

function temporalCli(): string {
  const r = spawnSync('bash', [path.join(root, 'scripts/temporal-cli.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write('cannot find or build the Temporal CLI (see scripts/temporal-cli.sh)\n');
    process.exit(1);
  }
  return r.stdout.trim();
}

function prefixed(child: ChildProcess, name: string) {
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) =>
    stream?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) out.write(line.startsWith('[') ? `${line}\n` : `[${name}] ${line}\n`);
    });
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
}

async function main() {
  const config = loadConfigOrExit();
  // A bad calendar file stops the start before anything runs; a missing year is said here (and again by worker and API).
  loadWorkingDayCalendarOrExit(config.calendar, say);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const embeddedTemporal = !process.env.TEMPORAL_ADDRESS;
  const children: Array<{ name: string; child: ChildProcess }> = [];
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    for (const { name, child } of [...children].reverse()) {
      if (child.exitCode !== null) continue;
      child.kill('SIGTERM');
      const exited = await Promise.race([new Promise((r) => child.once('exit', () => r(true))), new Promise((r) => setTimeout(() => r(false), 15_000))]);
      if (!exited) child.kill('SIGKILL');
      say(`${name} stopped`);
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  for (const [port, what, variable] of [
    [config.api.port, 'API', 'API_PORT'],
    ...(embeddedTemporal ? [[TEMPORAL_PORT, 'Temporal', 'TEMPORAL_PORT'], [TEMPORAL_UI_PORT, 'Temporal UI', 'TEMPORAL_UI_PORT']] : []),
  ] as Array<[number, string, string]>) {
    if (await portInUse(port)) {
      process.stderr.write(`port ${port} (${what}) is in use: stop the other process or set ${variable}\n`);
      process.exit(1);
    }
  }

  const env: NodeJS.ProcessEnv = { ...process.env, HEZE_DATA_DIR: config.dataDir };
  if (embeddedTemporal) {
    const cli = temporalCli();
    // Frontend and Web UI on loopback only: neither asks who you are, and the histories hold personal data.
    const temporal = spawn(
      cli,
      ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(TEMPORAL_PORT), '--ui-ip', '127.0.0.1', '--ui-port', String(TEMPORAL_UI_PORT),
        '--db-filename', path.join(config.dataDir, 'temporal.db'), '--namespace', config.temporal.namespace, '--log-level', 'error'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prefixed(temporal, 'temporal');
    children.push({ name: 'temporal', child: temporal });
    temporal.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`Temporal dev server exited (${code})\n`);
        void stopAll(1);
      }
    });
    env.TEMPORAL_ADDRESS = `127.0.0.1:${TEMPORAL_PORT}`;
    say(`Temporal dev server on 127.0.0.1:${TEMPORAL_PORT}, Web UI http://127.0.0.1:${TEMPORAL_UI_PORT}, state in ${path.relative(root, config.dataDir)}/temporal.db`);
  }

  const ds = await withBackoff('database', () => openDatabase(config.database));
  const { created, usersCreated, parties } = await seedDemoParties(ds, path.join(config.dataDir, 'demo-keys.json'));
  await ds.destroy();
  if (created) {
    say('demo parties created; their API keys (shown once; also in .data/demo-keys.json for `npm run demo`):');
    for (const k of parties.keys) say(`  ${k.role.padEnd(24)} ${k.organisationId?.padEnd(16)} ${k.apiKey}`);
    say(`  demo project: ${parties.projectId} (contractor demo-contractor)`);
  } else {
    say(`demo parties already exist; their keys are in ${path.relative(root, path.join(config.dataDir, 'demo-keys.json'))}`);
  }
  if (usersCreated && parties.users) {
    say('demo users, one per party (sign in with login and password; shown once, also in .data/demo-keys.json):');
    for (const u of parties.users) say(`  ${u.role.padEnd(24)} login ${u.login.padEnd(16)} password ${u.password}  (${u.name})`);
  } else if (parties.users) {
    say(`demo users already exist; their logins and passwords are in ${path.relative(root, path.join(config.dataDir, 'demo-keys.json'))}`);
  }

  for (const [name, script] of [['worker', 'dist/apps/worker/src/main.js'], ['api', 'dist/apps/api/src/main.js']]) {
    const child = spawn(process.execPath, [path.join(root, script)], { env: { ...env, DB_MIGRATE: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    prefixed(child, name);
    children.push({ name, child });
    child.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`${name} exited (${code}); stopping everything\n`);
        void stopAll(1);
      }
    });
  }
  say(`API on http://${config.api.host}:${config.api.port} (health: /health, OpenAPI: /docs); Ctrl-C stops everything`);
  // The address people open (issue 15): the portal, served by the API at /; sign in with a demo user above.
  say(`portal: http://${config.api.host}:${config.api.port}/  (sign in with a demo user's login and password)`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
  process.exit(1);
});
