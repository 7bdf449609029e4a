import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import type { Actor } from '@heze/machines';
import { loadConfig } from '@heze/config';
import { openDatabase, JourneyProjection } from '@heze/persistence';
import { transitionUpdate, journeyWorkflowId } from '@heze/temporal';
import type { JourneyWorkflowInput } from '../workflows/journey.workflow';
import { startTestPostgres, freePort } from '../test/support/postgres';
import { benchParties, eligibleProfile, http, launch, percentile, pool, progress, rssMiB, round, stopProc, today, type BenchParty, type Proc } from './support';

/** The real worker and API as separate processes (built in dist/) on PostgreSQL and the given Temporal server. */
export class BenchSystem {
  readonly taskQueue = `bench-${randomUUID().slice(0, 8)}`;
  worker: Proc | null = null;
  api: Proc | null = null;
  baseUrl = '';
  ds!: DataSource;
  parties!: Record<string, BenchParty>;
  private pgStop: () => void = () => undefined;
  env!: NodeJS.ProcessEnv;

  constructor(private readonly temporalAddress: string) {}

  async start(): Promise<void> {
    progress('system: starting PostgreSQL');
    const pg = await startTestPostgres();
    this.pgStop = pg.stop;
    this.ds = await openDatabase({ type: 'postgres', url: pg.url });
    this.parties = await benchParties(this.ds, ['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor']);
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.env = {
      PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: pg.url, TEMPORAL_ADDRESS: this.temporalAddress, TEMPORAL_TASK_QUEUE: this.taskQueue,
      RATE_LIMIT_WRITES_PER_MINUTE: '0', API_PORT: String(port), DB_MIGRATE: 'false',
      ...(process.env.WORKER_MAX_CACHED_WORKFLOWS ? { WORKER_MAX_CACHED_WORKFLOWS: process.env.WORKER_MAX_CACHED_WORKFLOWS } : {}),
    };
    progress('system: starting worker and API processes');
    [this.worker, this.api] = await Promise.all([
      launch('dist/apps/worker/src/main.js', this.env, /polling task queue/, 'worker'),
      launch('dist/apps/api/src/main.js', this.env, /listening on/, 'api'),
    ]);
  }

  async stop(): Promise<void> {
    await Promise.all([stopProc(this.api), stopProc(this.worker)]);
    await this.ds?.destroy().catch(() => undefined);
    this.pgStop();
  }

  actor(role: string): Actor {
    const p = this.parties[role];
    return { role: role as Actor['role'], organisationId: p.organisationId, keyId: p.keyId };
  }

  req(method: string, url: string, role: string, body?: unknown) {
    return http(this.baseUrl, method, url, { key: this.parties[role].key, body });
  }

  async openOverHttp(): Promise<string> {
    const residentSeed = String(Math.floor(Math.random() * 1e9)).padStart(9, '0');
    const { makeResidentId } = await import('@heze/rules');
    const residentId = makeResidentId(`37${residentSeed.slice(0, 4)}19900101${residentSeed.slice(4, 7)}`);
    const res = await this.req('POST', '/journeys', 'employer', {
      residentId, name: 'Bench', targetLevel: 4, projectId: null, insuredWithAgencyId: this.parties['social-insurance-agency'].organisationId,
      enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01',
    });
    if (res.status !== 201) throw new Error(`open: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.journeyId;
  }
}

export interface HttpBenchResult {
  samplesPerMethod: number;
  httpP50Ms: number;
  httpP95Ms: number;
  clientP50Ms: number;
  clientP95Ms: number;
  ratioP50: number;
  ratioP95: number;
}

/**
 * One transition (enrol, then completeTraining) sent over HTTP through the API (API key → caller →
 * projection read for the party check → Update) against the same Update sent directly with the
 * Temporal client, one request at a time, alternating per journey.
 */
export async function runHttpBench(sys: BenchSystem, client: Client, journeys: number): Promise<HttpBenchResult> {
  progress(`http bench: opening ${journeys + 10} journeys over HTTP`);
  const ids = await pool(Array.from({ length: journeys + 10 }), 4, () => sys.openOverHttp());
  // Projections of the opened journeys must exist before the HTTP path's party check reads them.
  await new Promise((r) => setTimeout(r, 1000));
  const viaHttp: number[] = [];
  const viaClient: number[] = [];
  const ti = sys.actor('training-institution');
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const useHttp = i % 2 === 0;
    const warm = i < 10;
    for (const step of ['enrol', 'completeTraining'] as const) {
      const t0 = performance.now();
      if (useHttp) {
        const res = step === 'enrol'
          ? await sys.req('POST', `/journeys/${id}/enrolment`, 'training-institution')
          : await sys.req('POST', `/journeys/${id}/training-completion`, 'training-institution', { completedOn: today() });
        if (res.status !== 200) throw new Error(`${step} over HTTP: ${res.status} ${JSON.stringify(res.body)}`);
      } else {
        const event = step === 'enrol' ? { type: 'enrol', actor: ti } : { type: 'completeTraining', actor: ti, completedOn: today() };
        await client.workflow.getHandle(id).executeUpdate(transitionUpdate, { args: [{ event }] });
      }
      const ms = performance.now() - t0;
      if (!warm) (useHttp ? viaHttp : viaClient).push(ms);
    }
    if ((i + 1) % 50 === 0) progress(`http bench: ${i + 1}/${ids.length} journeys`);
  }
  const r = {
    samplesPerMethod: Math.min(viaHttp.length, viaClient.length),
    httpP50Ms: round(percentile(viaHttp, 50), 1),
    httpP95Ms: round(percentile(viaHttp, 95), 1),
    clientP50Ms: round(percentile(viaClient, 50), 1),
    clientP95Ms: round(percentile(viaClient, 95), 1),
    ratioP50: 0,
    ratioP95: 0,
  };
  r.ratioP50 = round(percentile(viaHttp, 50) / percentile(viaClient, 50), 3);
  r.ratioP95 = round(percentile(viaHttp, 95) / percentile(viaClient, 95), 3);
  return r;
}

export interface ScaleBenchResult {
  journeys: number;
  workerMaxCachedWorkflows: number;
  startedPerSecond: number;
  rampMinutes: number;
  workerRssPeakMiB: number;
  workerRssAtEndMiB: number;
  listRequests: number;
  listP50Ms: number;
  listP95Ms: number;
  listTotalCertified: number;
}

/**
 * N open journeys waiting on the claim-window timer: started directly with the client and driven to
 * `certified` with the same five Updates the API sends. Then the worker's RSS (ps) and the latency of
 * listing journeys by state from the projections (GET /journeys?state=certified, auditor, pages).
 */
export async function runScaleBench(sys: BenchSystem, client: Client, n: number, concurrency: number): Promise<ScaleBenchResult> {
  const ti = sys.actor('training-institution');
  const eo = sys.actor('evaluation-organisation');
  const employer = sys.actor('employer');
  const durations = { dayMs: 86_400_000, leaveEscalationWorkingDays: 5, claimWindowMonths: 12, payrollGraceDays: 45 };
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssMiB(sys.worker!.child.pid!));
    } catch {
      /* process gone */
    }
  }, 1000);
  const tag = randomUUID().slice(0, 6);
  const t0 = Date.now();
  let done = 0;
  try {
    await pool(Array.from({ length: n }, (_, i) => i), concurrency, async (i) => {
      const personKey = `bench${tag}${String(i).padStart(6, '0')}`.padEnd(32, '0');
      const journeyId = journeyWorkflowId(personKey, 4);
      const input: JourneyWorkflowInput = {
        journeyId, personKey, personMasked: '370100********0000', targetLevel: 4, employerId: employer.organisationId!, projectId: null,
        insuredWithAgencyId: sys.parties['social-insurance-agency'].organisationId, openedBy: employer, durations,
      };
      const handle = await client.workflow.start('journeyWorkflow', { workflowId: journeyId, taskQueue: sys.taskQueue, args: [input] });
      const send = (event: Record<string, unknown>) => handle.executeUpdate(transitionUpdate, { args: [{ event: event as any }] });
      await send({ type: 'enrol', actor: ti });
      await send({ type: 'completeTraining', actor: ti, completedOn: today() });
      await send({ type: 'registerForEvaluation', actor: eo, profile: eligibleProfile() });
      await send({ type: 'postResult', actor: eo, passed: true, score: 82, sittingDates: [today()] });
      const v = await send({ type: 'issueCertificate', actor: eo, certificateNumber: `C-${tag}-${i}`, issuedOn: today() });
      if (v.state !== 'certified') throw new Error(`${journeyId}: ${v.state}`);
      done++;
      if (done % Math.max(1, Math.floor(n / 20)) === 0) {
        const s = (Date.now() - t0) / 1000;
        progress(`scale bench: ${done}/${n} certified (${round(done / s, 1)}/s, worker RSS ${Math.round(rssMiB(sys.worker!.child.pid!))} MiB)`);
      }
    });
    const rampSeconds = (Date.now() - t0) / 1000;
    // Every projection written (the certified row lands with the last Update's activity).
    const certified = await sys.ds.getRepository(JourneyProjection).countBy({ state: 'certified' });
    if (certified < n) throw new Error(`only ${certified} of ${n} certified projections`);
    progress('scale bench: measuring the listing and the worker RSS');
    const pages = Math.max(1, Math.floor(n / 50));
    const lat: number[] = [];
    let total = 0;
    for (let i = 0; i < 230; i++) {
      const page = 1 + (i % Math.min(pages, 20));
      const url = i % 2 ? `/journeys?state=certified&page=${page}&pageSize=50` : `/journeys?state=certified&organisation=${ti.organisationId}&page=${page}&pageSize=50`;
      const t = performance.now();
      const res = await sys.req('GET', url, 'auditor');
      const ms = performance.now() - t;
      if (res.status !== 200) throw new Error(`list: ${res.status}`);
      total = res.body.total;
      if (i >= 30) lat.push(ms); // the first 30 warm up
    }
    const atEnd = rssMiB(sys.worker!.child.pid!);
    peak = Math.max(peak, atEnd);
    return {
      journeys: n,
      workerMaxCachedWorkflows: loadConfig(sys.env).worker.maxCachedWorkflows,
      startedPerSecond: round(n / rampSeconds, 1),
      rampMinutes: round(rampSeconds / 60, 1),
      workerRssPeakMiB: Math.round(peak),
      workerRssAtEndMiB: Math.round(atEnd),
      listRequests: lat.length,
      listP50Ms: round(percentile(lat, 50), 1),
      listP95Ms: round(percentile(lat, 95), 1),
      listTotalCertified: total,
    };
  } finally {
    clearInterval(sampler);
  }
}
