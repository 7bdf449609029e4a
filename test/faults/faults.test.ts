import { createHmac, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { issueApiKey, openDatabase, OrganisationRecord } from '@heze/persistence';
import { makeResidentId } from '@heze/rules';
import { journeyWorkflowId, subsidyClaimWorkflowId } from '@heze/temporal';
import { freePort } from '../support/postgres';
import { ControlledPostgres, ControlledTemporal, launch, type Supervised } from './services';

/**
 * Issue 8, faults: N journeys in flight through the API, driven from `open` to a paid subsidy by a
 * client that retries 5xx / 429 / connection errors with backoff (and an Idempotency-Key per write).
 * Meanwhile: SIGKILL the worker three times, restart the Temporal dev server once (same file store,
 * same port) and PostgreSQL once. Then: every journey closed with its subsidy paid, one ledger row
 * each, no notification twice, no 500 at all and no 5xx while every dependency was up.
 *
 *   FAULT_JOURNEYS=100 (default)   FAULT_REPORT=path.json (optional: the figures as JSON)
 */
const N = Number(process.env.FAULT_JOURNEYS ?? 100);
/**
 * A dependency counts as down from the moment it is stopped until this long after it is back: requests
 * that began during the outage may still fail, and a restarted worker first replays the in-flight
 * workflows, so Queries can time out (503) for a while after it is up again (seen: up to 23 s on 2 busy vCPUs).
 */
const GRACE_MS = 30_000;
const PERSON_KEY_SECRET = 'fault-run-person-key-secret';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const today = () => new Date().toISOString().slice(0, 10);
const log = (line: string) => process.stderr.write(`[faults +${Math.round((Date.now() - t0) / 1000)}s] ${line}\n`);
let t0 = Date.now();

interface Window {
  what: string;
  from: number;
  to: number;
}

describe(`faults: ${N} journeys through worker kills, a Temporal restart and a PostgreSQL restart`, () => {
  it('every journey reaches a paid subsidy, exactly once, with no 5xx while all dependencies were up', async () => {
    t0 = Date.now();
    const pg = new ControlledPostgres();
    const temporal = new ControlledTemporal();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-faults-'));
    await pg.init();
    await temporal.start();
    log(`PostgreSQL on ${pg.port}, Temporal dev server on ${temporal.port} (file store ${temporal.dir})`);

    // Parties and keys.
    const ds0 = await openDatabase({ type: 'postgres', url: pg.url });
    const suffix = randomUUID().slice(0, 8);
    const keys: Record<string, { key: string; org: string }> = {};
    for (const role of ['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency'] as const) {
      const org = `${role}-${suffix}`;
      await ds0.getRepository(OrganisationRecord).insert({ id: org, name: role, role, creditCode: null, createdAt: new Date().toISOString() });
      keys[role] = { key: (await issueApiKey(ds0, { role, organisationId: org, label: 'faults' })).apiKey, org };
    }
    await ds0.destroy();

    const apiPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: pg.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: 'heze-faults',
      API_PORT: String(apiPort), PERSON_KEY_SECRET, RATE_LIMIT_WRITES_PER_MINUTE: '0', HEZE_DATA_DIR: dataDir,
    };
    const baseUrl = `http://127.0.0.1:${apiPort}`;

    // Worker and API under a supervisor that restarts a process that died unplanned (as systemd or k8s would) and counts it.
    const procs: Record<'worker' | 'api', Supervised | null> = { worker: null, api: null };
    const unplannedExits: string[] = [];
    let stopping = false;
    const planned = new Set<string>();
    const outputs: string[] = [];
    const start = async (which: 'worker' | 'api') => {
      const p = which === 'worker'
        ? await launch('dist/apps/worker/src/main.js', env, /polling task queue/, 'worker')
        : await launch('dist/apps/api/src/main.js', env, /listening on/, 'api');
      procs[which] = p;
      void p.exited.then(async (code) => {
        outputs.push(p.output());
        if (stopping || planned.delete(which)) return;
        unplannedExits.push(`${which} exited with ${code} at +${Math.round((Date.now() - t0) / 1000)}s: ${p.output().trim().split('\n').slice(-2).join(' | ')}`);
        log(`supervisor: ${which} exited unplanned (${code}); restarting`);
        await sleep(1000);
        if (!stopping) await start(which).catch((e) => unplannedExits.push(`${which} restart failed: ${(e as Error).message.slice(0, 200)}`));
      });
    };
    await Promise.all([start('worker'), start('api')]);
    log('worker and API up');

    // The retrying client.
    const fiveXx: { at: number; status: number; url: string }[] = [];
    let connectionErrors = 0;
    let tooMany = 0;
    const windows: Window[] = [];
    const call = async (method: string, url: string, role: string | null, body?: unknown, idem?: string) => {
      const deadline = Date.now() + 300_000;
      for (let attempt = 1; ; attempt++) {
        if (Date.now() > deadline) throw new Error(`${method} ${url}: no answer but 5xx/connection errors for 5 minutes`);
        const backoff = () => sleep(Math.min(5000, 200 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
        let res: Response;
        try {
          res = await fetch(baseUrl + url, {
            method,
            headers: {
              ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
              ...(role ? { 'x-api-key': keys[role].key } : {}),
              ...(idem ? { 'idempotency-key': idem } : {}),
            },
            body: body !== undefined ? JSON.stringify(body) : undefined,
            signal: AbortSignal.timeout(120_000),
          });
        } catch {
          connectionErrors++;
          await backoff();
          continue;
        }
        const text = await res.text();
        if (res.status >= 500) {
          fiveXx.push({ at: Date.now(), status: res.status, url: `${method} ${url.replace(/journey-[0-9a-f]+/, 'journey-…')}` });
          await backoff();
          continue;
        }
        if (res.status === 429) {
          tooMany++;
          await backoff();
          continue;
        }
        let parsed: any = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        return { status: res.status, body: parsed, attempts: attempt };
      }
    };

    // One journey: open → … → certificate → claim → payment confirmed → closed (subsidy-paid).
    const finished = new Set<number>();
    const outcome: Record<number, string> = {};
    const journeyIds: string[] = [];
    const pace = () => sleep(500 + Math.random() * 2500);
    const drive = async (i: number) => {
      const residentId = makeResidentId(`${String(370100 + (i % 9000)).padStart(6, '0')}19880${1 + (i % 9)}1${String(i % 10)}${String(i % 1000).padStart(3, '0')}`);
      const personKey = createHmac('sha256', PERSON_KEY_SECRET).update(residentId.toUpperCase()).digest('hex').slice(0, 32);
      const journeyId = journeyWorkflowId(personKey, 4);
      journeyIds[i] = journeyId;
      const certificate = `F-${suffix}-${i}`;
      const key = (step: string) => `${suffix}-${i}-${step}`;
      const view = async () => (await call('GET', `/journeys/${journeyId}`, 'employer')).body;
      /** A write that must move the journey out of `from`; a 409 after an earlier failed attempt means it already did. */
      const write = async (step: string, url: string, role: string, from: string, body?: unknown) => {
        const res = await call('POST', url, role, body, key(step));
        if (res.status === 200 || res.status === 201) return res.body;
        if (res.status === 409 || res.status === 404) {
          const v = await view();
          if (v?.workflow && v.workflow.state !== from) return v.workflow;
        }
        throw new Error(`journey ${i} ${step}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      };
      const opened = await call('POST', '/journeys', 'employer', {
        residentId, name: 'Fault Test', targetLevel: 4, projectId: null, insuredWithAgencyId: keys['social-insurance-agency'].org,
        enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01',
      }, key('open'));
      if (opened.status !== 201) {
        // 409 after an earlier attempt that was answered 5xx: that attempt started the journey (its projection may lag).
        let exists = false;
        for (let k = 0; opened.status === 409 && !exists && k < 120; k++) {
          const r = await call('GET', `/journeys/${journeyId}`, 'employer');
          exists = r.status === 200 && r.body?.journeyId === journeyId;
          if (!exists) await sleep(500);
        }
        if (!exists) throw new Error(`journey ${i} open: ${opened.status} ${JSON.stringify(opened.body).slice(0, 300)}`);
      }
      await pace();
      await write('enrol', `/journeys/${journeyId}/enrolment`, 'training-institution', 'applied');
      await pace();
      await write('complete', `/journeys/${journeyId}/training-completion`, 'training-institution', 'enrolled', { completedOn: today() });
      await pace();
      const profile = { evaluationDate: today(), birthDate: '1985-03-01', workPeriods: [{ start: '2012-01-01', occupation: 'this' }], certificates: [], diplomas: [], titles: [] };
      await write('register', `/journeys/${journeyId}/evaluation-registration`, 'evaluation-organisation', 'trainingCompleted', { profile });
      await pace();
      await write('result', `/journeys/${journeyId}/results`, 'evaluation-organisation', 'registered', { passed: true, score: 80, sittingDates: [today()] });
      await pace();
      await write('certificate', `/journeys/${journeyId}/certificate`, 'evaluation-organisation', 'passed', { certificateNumber: certificate, issuedOn: today() });
      await pace();
      await write('claim', `/journeys/${journeyId}/subsidy-claim`, 'employer', 'certified', {});
      const claimId = subsidyClaimWorkflowId(journeyId, certificate);
      for (let k = 0; ; k++) {
        const c = await call('GET', `/claims/${claimId}`, 'social-insurance-agency');
        if (c.status === 200 && c.body.state !== 'submitted' && c.body.state !== 'approved') {
          if (c.body.state !== 'paymentInstructed' && c.body.state !== 'paid') throw new Error(`journey ${i}: claim ${c.body.state} ${JSON.stringify(c.body.context?.failingRules)}`);
          break;
        }
        if (k > 600) throw new Error(`journey ${i}: claim not decided: ${c.status} ${JSON.stringify(c.body).slice(0, 200)}`);
        await sleep(500);
      }
      await pace();
      const paid = await call('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today(), paymentReference: `PAY-${i}` }, key('paid'));
      if (paid.status !== 200 && paid.status !== 409) throw new Error(`journey ${i} payment: ${paid.status} ${JSON.stringify(paid.body).slice(0, 300)}`);
      for (let k = 0; ; k++) {
        const v = await view();
        if (v?.workflow?.state === 'closed') {
          outcome[i] = String(v.workflow.context.closedReason);
          break;
        }
        if (k > 600) throw new Error(`journey ${i} stuck in ${v?.workflow?.state}`);
        await sleep(500);
      }
      finished.add(i);
    };

    // The faults, on a schedule, while the journeys run.
    const inFlightAtFault: Record<string, number> = {};
    const faults = (async () => {
      const killWorker = async (n: number) => {
        inFlightAtFault[`worker SIGKILL ${n}`] = N - finished.size;
        const from = Date.now();
        planned.add('worker');
        const p = procs.worker!;
        p.child.kill('SIGKILL');
        await p.exited;
        log(`fault: worker SIGKILLed (${n}/3), ${N - finished.size} journeys in flight`);
        await sleep(2000);
        await start('worker');
        windows.push({ what: `worker ${n}`, from, to: Date.now() });
      };
      await sleep(6000);
      await killWorker(1);
      await sleep(5000);
      {
        inFlightAtFault['PostgreSQL restart'] = N - finished.size;
        const from = Date.now();
        await pg.stop();
        log(`fault: PostgreSQL stopped, ${N - finished.size} journeys in flight`);
        await sleep(4000);
        await pg.start();
        log('fault: PostgreSQL started again');
        windows.push({ what: 'PostgreSQL', from, to: Date.now() });
      }
      await sleep(6000);
      await killWorker(2);
      await sleep(5000);
      {
        inFlightAtFault['Temporal restart'] = N - finished.size;
        const from = Date.now();
        await temporal.stop();
        log(`fault: Temporal dev server stopped, ${N - finished.size} journeys in flight`);
        await sleep(3000);
        await temporal.start();
        log('fault: Temporal dev server started again (same file store)');
        windows.push({ what: 'Temporal', from, to: Date.now() });
      }
      await sleep(6000);
      await killWorker(3);
    })();

    const failures: string[] = [];
    const drivers = (async () => {
      // Journeys start spread over the first seconds, so that every fault finds some at every step.
      await Promise.all(
        Array.from({ length: N }, async (_, i) => {
          await sleep((i * 8000) / N);
          await drive(i).catch((e: Error) => failures.push(e.message));
        }),
      );
    })();

    let report: Record<string, unknown> = {};
    try {
      await Promise.all([faults, drivers]);
      log(`all drivers done: ${finished.size}/${N} finished, ${failures.length} failed`);

      // Checks against the database and Temporal.
      const ds = await openDatabase({ type: 'postgres', url: pg.url }, { migrate: false });
      const connection = await Connection.connect({ address: temporal.address });
      try {
        const ledger: { personKey: string; status: string; n: string }[] = await ds.query(
          `SELECT "personKey", status, COUNT(*)::int AS n FROM subsidy_ledger GROUP BY "personKey", status`,
        );
        const dupNotifications: unknown[] = await ds.query(
          `SELECT kind, "journeyId", "recipientRole", "recipientId", COUNT(*)::int AS n FROM notifications GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1`,
        );
        const notificationKinds: { kind: string; n: number }[] = await ds.query(`SELECT kind, COUNT(*)::int AS n FROM notifications GROUP BY kind ORDER BY kind`);
        const client = new Client({ connection });
        // Visibility lags the histories a little under load: ask until it settles (bounded).
        let running: string[] = [];
        for (let k = 0; k < 60; k++) {
          running = [];
          for await (const wf of client.workflow.list({ query: `ExecutionStatus = 'Running' AND (WorkflowType = 'journeyWorkflow' OR WorkflowType = 'subsidyClaimWorkflow')` })) {
            running.push(wf.workflowId);
          }
          if (running.length === 0) break;
          await sleep(1000);
        }
        const failedWorkflows: string[] = [];
        for await (const wf of client.workflow.list({ query: `ExecutionStatus != 'Running' AND ExecutionStatus != 'Completed'` })) failedWorkflows.push(`${wf.type} ${wf.status.name}`);

        const inWindow = (at: number) => windows.some((w) => at >= w.from && at <= w.to + GRACE_MS);
        const fiveXxWhileUp = fiveXx.filter((e) => !inWindow(e.at));
        const fiveHundreds = fiveXx.filter((e) => e.status === 500);
        report = {
          journeys: N,
          finished: finished.size,
          failures,
          closedReasons: Object.values(outcome).reduce<Record<string, number>>((a, r) => ((a[r] = (a[r] ?? 0) + 1), a), {}),
          ledgerRows: ledger.reduce((s, r) => s + Number(r.n), 0),
          ledgerPeople: new Set(ledger.map((r) => r.personKey)).size,
          ledgerByStatus: ledger.reduce<Record<string, number>>((a, r) => ((a[r.status] = (a[r.status] ?? 0) + Number(r.n)), a), {}),
          duplicateNotifications: dupNotifications.length,
          notificationKinds,
          runningJourneyOrClaimWorkflows: running.length,
          runningWorkflowIds: running.slice(0, 10),
          failedOrTerminatedWorkflows: failedWorkflows,
          fiveXxTotal: fiveXx.length,
          fiveXxByStatus: fiveXx.reduce<Record<number, number>>((a, e) => ((a[e.status] = (a[e.status] ?? 0) + 1), a), {}),
          fiveXxWhileAllUp: fiveXxWhileUp.map((e) => `${e.status} ${e.url} at +${Math.round((e.at - t0) / 1000)}s`),
          http500: fiveHundreds.map((e) => `${e.url} at +${Math.round((e.at - t0) / 1000)}s`),
          apiErrorLog: [...outputs, procs.api?.output() ?? '']
            .join('\n')
            .replace(/\x1b\[[0-9;]*m/g, '')
            .split('\n')
            .filter((l) => /\[http\] 5\d\d: /.test(l))
            .map((l) => l.replace(/^.*?\[http\] /, '').slice(0, 300)),
          connectionErrors,
          tooManyRequests: tooMany,
          unplannedExits,
          inFlightAtFault,
          windows: windows.map((w) => `${w.what}: +${Math.round((w.from - t0) / 1000)}s..+${Math.round((w.to - t0) / 1000)}s`),
          seconds: Math.round((Date.now() - t0) / 1000),
        };
        log(`report: ${JSON.stringify(report, null, 2)}`);
        if (process.env.FAULT_REPORT) fs.writeFileSync(process.env.FAULT_REPORT, JSON.stringify(report, null, 2) + '\n');
      } finally {
        await connection.close();
        await ds.destroy();
      }
    } finally {
      stopping = true;
      for (const p of [procs.api, procs.worker]) {
        if (p && p.child.exitCode === null) {
          p.child.kill('SIGTERM');
          await Promise.race([p.exited, sleep(10_000)]);
          if (p.child.exitCode === null) p.child.kill('SIGKILL');
        }
      }
      await temporal.destroy();
      await pg.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }

    // Every fault hit journeys in flight.
    for (const [fault, inFlight] of Object.entries(inFlightAtFault)) expect(inFlight, `journeys in flight at ${fault}`).toBeGreaterThan(0);
    expect(report.failures).toEqual([]);
    expect(report.finished).toBe(N);
    expect(report.closedReasons).toEqual({ 'subsidy-paid': N });
    expect(report.ledgerRows).toBe(N);
    expect(report.ledgerPeople).toBe(N);
    expect(report.ledgerByStatus).toEqual({ paid: N });
    expect(report.duplicateNotifications).toBe(0);
    expect(report.runningJourneyOrClaimWorkflows).toBe(0);
    expect(report.failedOrTerminatedWorkflows).toEqual([]);
    expect(report.http500).toEqual([]);
    expect(report.fiveXxWhileAllUp).toEqual([]);
  });
});
