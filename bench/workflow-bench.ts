import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { coordinationActivities } from '../activities/coordination-activities';
import { journeyActivities } from '../activities/journey-activities';
import type { Actor } from '@heze/machines';
import { openDatabase } from '@heze/persistence';
import { transitionUpdate } from '@heze/temporal';
import { workflowBundleOptions } from '@heze/temporal/node';
import type { JourneyWorkflowInput } from '../workflows/journey.workflow';
import { eligibleProfile, percentile, pool, progress, round, tmpDir, today } from './support';

export interface WorkflowBenchOptions {
  /** journeys per variant per round */
  journeys: number;
  concurrency: number;
  rounds: number;
}

export interface WorkflowBenchResult {
  journeysPerVariant: number;
  concurrency: number;
  rounds: number;
  /** summed wall time of the rounds, ms */
  machineWallMs: number;
  bareWallMs: number;
  /** machine / bare wall time */
  ratio: number;
  machineJourneyP50Ms: number;
  bareJourneyP50Ms: number;
  activities: string;
}

type Variant = 'journeyWorkflow' | 'bareJourneyWorkflow';

/**
 * The full journey workflow (generic machine runner + XState journey machine) against a hand-written
 * workflow (bench/bare-journey.workflow.ts) doing the same activities in the same order, both driven by
 * the same five Updates (enrol → completeTraining → registerForEvaluation → postResult → issueCertificate,
 * ending with the claim-window timer pending). In-process worker on a real dev server; real activities
 * (projections and eligibility on a SQLite file, sitting dates through the Temporal client).
 */
export async function runWorkflowBench(env: TestWorkflowEnvironment, opts: WorkflowBenchOptions): Promise<WorkflowBenchResult> {
  const dir = tmpDir('heze-bench-wf-');
  const ds = await openDatabase({ type: 'sqlite', file: path.join(dir, 'bench.sqlite') });
  const taskQueue = `bench-wf-${randomUUID().slice(0, 8)}`;
  const client = env.client;
  const activities = { ...journeyActivities(ds), ...coordinationActivities(ds, client, taskQueue) };
  progress('workflow bench: bundling workflow code');
  const workflowBundle = await bundleWorkflowCode({ ...workflowBundleOptions(require.resolve('./bench-workflows')), logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } as any });
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });

  const ti: Actor = { role: 'training-institution', organisationId: 'bench-ti', keyId: null };
  const eo: Actor = { role: 'evaluation-organisation', organisationId: 'bench-eo', keyId: null };
  const durations = { dayMs: 86_400_000, leaveEscalationWorkingDays: 5, claimWindowMonths: 12, payrollGraceDays: 45 };

  const journey = async (variant: Variant, id: string): Promise<number> => {
    const t0 = performance.now();
    const input: JourneyWorkflowInput = {
      journeyId: id, personKey: id.slice(-32), personMasked: '370100********1234', targetLevel: 4, employerId: 'bench-employer', projectId: null,
      insuredWithAgencyId: 'bench-agency', openedBy: { role: 'employer', organisationId: 'bench-employer', keyId: null }, durations,
    };
    const handle = await client.workflow.start(variant, { workflowId: id, taskQueue, args: [input] });
    const send = (event: Record<string, unknown> & { type: string; actor: Actor }) => handle.executeUpdate(transitionUpdate, { args: [{ event }] });
    await send({ type: 'enrol', actor: ti });
    await send({ type: 'completeTraining', actor: ti, completedOn: today() });
    await send({ type: 'registerForEvaluation', actor: eo, profile: eligibleProfile() });
    await send({ type: 'postResult', actor: eo, passed: true, score: 82, sittingDates: [today()] });
    const last = await send({ type: 'issueCertificate', actor: eo, certificateNumber: `C-${id.slice(-10)}`, issuedOn: today() });
    if (last.state !== 'certified') throw new Error(`${variant} ${id} ended in ${last.state}`);
    return performance.now() - t0;
  };

  const batch = async (variant: Variant, n: number, tag: string) => {
    const ids = Array.from({ length: n }, (_, i) => `bench-${tag}-${variant === 'journeyWorkflow' ? 'm' : 'b'}-${i}-${randomUUID().slice(0, 8)}`);
    const t0 = performance.now();
    const each = await pool(ids, opts.concurrency, (id) => journey(variant, id));
    return { wall: performance.now() - t0, each };
  };

  const wall: Record<Variant, number> = { journeyWorkflow: 0, bareJourneyWorkflow: 0 };
  const each: Record<Variant, number[]> = { journeyWorkflow: [], bareJourneyWorkflow: [] };
  try {
    await worker.runUntil(async () => {
      progress('workflow bench: warm-up');
      await batch('journeyWorkflow', Math.min(10, opts.journeys), 'warm');
      await batch('bareJourneyWorkflow', Math.min(10, opts.journeys), 'warm');
      for (let r = 0; r < opts.rounds; r++) {
        // Alternate the order so that drift (server history growth, load) hits both variants alike.
        const order: Variant[] = r % 2 === 0 ? ['journeyWorkflow', 'bareJourneyWorkflow'] : ['bareJourneyWorkflow', 'journeyWorkflow'];
        for (const v of order) {
          const b = await batch(v, opts.journeys, `r${r}`);
          wall[v] += b.wall;
          each[v].push(...b.each);
          progress(`workflow bench: round ${r + 1}/${opts.rounds} ${v}: ${opts.journeys} journeys in ${Math.round(b.wall)} ms`);
        }
      }
    });
  } finally {
    await ds.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return {
    journeysPerVariant: opts.journeys * opts.rounds,
    concurrency: opts.concurrency,
    rounds: opts.rounds,
    machineWallMs: Math.round(wall.journeyWorkflow),
    bareWallMs: Math.round(wall.bareJourneyWorkflow),
    ratio: round(wall.journeyWorkflow / wall.bareJourneyWorkflow, 3),
    machineJourneyP50Ms: Math.round(percentile(each.journeyWorkflow, 50)),
    bareJourneyP50Ms: Math.round(percentile(each.bareJourneyWorkflow, 50)),
    activities: 'real: projectJourney + evaluateEligibility on a SQLite file, forwardSittingDates through the Temporal client',
  };
}
