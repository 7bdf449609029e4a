/**
 * `npm run bench`: every figure of issue 8 as a ratio measured side by side in one run; prints a table
 * and writes bench/results.json. Progress goes to stderr.
 *
 *   BENCH_JOURNEYS      open journeys waiting on timers (default 1000; the goal is stated for 10,000)
 *   BENCH_CONCURRENCY   concurrent journeys while ramping up (default 16)
 *   BENCH_WF_JOURNEYS   journeys per variant per round in the machine-vs-bare comparison (default 40)
 *   BENCH_WF_ROUNDS     rounds, alternating the order of the variants (default 4)
 *   BENCH_HTTP_JOURNEYS journeys in the HTTP-vs-client comparison, half each way, 2 transitions each (default 200)
 *   BENCH_RULES_PROFILES profiles in the eligibility comparison (default: rules-bench's own)
 *   BENCH_BATCH_ROWS    rows of the roster and results batches, and single requests each (default 1000)
 *   BENCH_ONLY          comma list of parts to run: rules,workflow,http,scale,batch (default all)
 *   BENCH_RESULTS       where to write the JSON (default bench/results.json)
 *   WORKER_MAX_CACHED_WORKFLOWS  passed on to the worker under test (default: the worker's own)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { hezeSearchAttributes } from '@heze/temporal';
import { runBatchBench } from './batch-bench';
import { runRulesBench } from './rules-bench';
import { BenchSystem, runHttpBench, runScaleBench } from './system-bench';
import { machineInfo, progress, repoRoot, round, temporalCli } from './support';
import { runWorkflowBench } from './workflow-bench';

const int = (name: string, dflt: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${name} must be a positive whole number, got '${v}'`);
  return Number(v);
};

interface Row {
  figure: string;
  measured: string;
  goal: string;
  met: boolean;
}

async function main() {
  const only = (process.env.BENCH_ONLY ?? 'rules,workflow,http,scale,batch').split(',').map((s) => s.trim());
  const started = new Date();
  const machineAtStart = machineInfo();
  const results: Record<string, unknown> = {};
  const rows: Row[] = [];

  if (only.includes('rules')) {
    progress('rules bench: eligibility vs json-rules-engine');
    const profiles = process.env.BENCH_RULES_PROFILES ? int('BENCH_RULES_PROFILES', 0) : undefined;
    const r = await runRulesBench({ ...(profiles ? { profiles } : {}), log: () => undefined });
    results.rules = r;
    rows.push({ figure: 'eligibility throughput vs json-rules-engine', measured: `${round(r.ratio, 1)}× (${Math.round(r.ours)} vs ${Math.round(r.jsonRulesEngine)} profiles/s)`, goal: '≥ 20×', met: r.ratio >= 20 });
  }

  let env: TestWorkflowEnvironment | null = null;
  let sys: BenchSystem | null = null;
  try {
    if (only.some((p) => ['workflow', 'http', 'scale', 'batch'].includes(p))) {
      progress('starting a Temporal dev server (createLocal)');
      env = await TestWorkflowEnvironment.createLocal({
        server: { executable: { type: 'existing-path', path: temporalCli() }, ip: '127.0.0.1', searchAttributes: hezeSearchAttributes, log: { format: 'pretty', level: 'error' } },
      });
    }
    if (only.includes('workflow')) {
      const r = await runWorkflowBench(env!, { journeys: int('BENCH_WF_JOURNEYS', 40), concurrency: int('BENCH_WF_CONCURRENCY', 8), rounds: int('BENCH_WF_ROUNDS', 4) });
      results.workflow = r;
      rows.push({
        figure: 'journey workflow (machine) vs bare workflow, wall time',
        measured: `${r.ratio}× (${r.machineWallMs} vs ${r.bareWallMs} ms for ${r.journeysPerVariant} journeys each)`,
        goal: '≤ 1.15×',
        met: r.ratio <= 1.15,
      });
    }
    if (only.includes('http') || only.includes('scale') || only.includes('batch')) {
      sys = new BenchSystem(env!.address);
      await sys.start();
    }
    if (only.includes('http')) {
      const r = await runHttpBench(sys!, env!.client, int('BENCH_HTTP_JOURNEYS', 200));
      results.http = r;
      rows.push({ figure: 'HTTP transition vs direct Update, p50', measured: `${r.ratioP50}× (${r.httpP50Ms} vs ${r.clientP50Ms} ms)`, goal: '≤ 1.3×', met: r.ratioP50 <= 1.3 });
      rows.push({ figure: 'HTTP transition vs direct Update, p95', measured: `${r.ratioP95}× (${r.httpP95Ms} vs ${r.clientP95Ms} ms)`, goal: '≤ 1.3×', met: r.ratioP95 <= 1.3 });
    }
    if (only.includes('scale')) {
      const n = int('BENCH_JOURNEYS', 1000);
      const r = await runScaleBench(sys!, env!.client, n, int('BENCH_CONCURRENCY', 16));
      results.scale = r;
      rows.push({
        figure: `${n} open journeys on timers: worker RSS (peak; cache ${r.workerMaxCachedWorkflows} workflows)`,
        measured: `${r.workerRssPeakMiB} MiB (at end ${r.workerRssAtEndMiB} MiB)`,
        goal: '< 1024 MiB',
        met: r.workerRssPeakMiB < 1024,
      });
      rows.push({ figure: `list journeys by state (${r.listTotalCertified} certified), p95`, measured: `${r.listP95Ms} ms (p50 ${r.listP50Ms} ms)`, goal: '< 50 ms', met: r.listP95Ms < 50 });
    }
    if (only.includes('batch')) {
      // The batch's concurrency is the API's default BATCH_CONCURRENCY (8): the single requests use the same.
      const r = await runBatchBench(sys!, int('BENCH_BATCH_ROWS', 1000), 8);
      results.batch = r;
      for (const [name, c] of [['roster import (open + enrol)', r.roster], ['results upload', r.results]] as const) {
        rows.push({
          figure: `${r.rows}-row ${name}: batch vs single requests, ${r.concurrency} at a time, wall time`,
          measured: `${c.speedup}× (${c.batchRowsPerSecond} vs ${c.singleRowsPerSecond} rows/s; ${round(c.batchWallMs / 1000, 1)} vs ${round(c.singleWallMs / 1000, 1)} s; preview ${round(c.previewMs / 1000, 1)} s)`,
          goal: '≥ 1×',
          met: c.speedup >= 1,
        });
      }
      rows.push({ figure: `during the batches: worker / API RSS (peak, ${r.rows} rows)`, measured: `${r.workerRssPeakMiB} / ${r.apiRssPeakMiB} MiB`, goal: '< 1024 MiB', met: r.workerRssPeakMiB < 1024 && r.apiRssPeakMiB < 1024 });
    }
  } finally {
    await sys?.stop();
    await env?.teardown();
  }

  const machineAtEnd = machineInfo();
  const out = { started: started.toISOString(), finished: new Date().toISOString(), machine: { ...machineAtStart, loadAverageAtEnd: machineAtEnd.loadAverage }, rows, results };
  const resultsPath = process.env.BENCH_RESULTS ? path.resolve(process.env.BENCH_RESULTS) : path.join(repoRoot, 'bench/results.json');
  fs.writeFileSync(resultsPath, JSON.stringify(out, null, 2) + '\n');

  const w = [Math.max(6, ...rows.map((r) => r.figure.length)), Math.max(8, ...rows.map((r) => r.measured.length)), 10];
  const line = (a: string, b: string, c: string, d: string) => `| ${a.padEnd(w[0])} | ${b.padEnd(w[1])} | ${c.padEnd(w[2])} | ${d} |`;
  console.log(`machine: ${machineAtStart.cpus} × ${machineAtStart.cpuModel}, ${machineAtStart.memoryGiB} GiB, node ${machineAtStart.node}, load ${machineAtStart.loadAverage.join(' ')} → ${machineAtEnd.loadAverage.join(' ')}`);
  console.log(line('figure', 'measured', 'goal', 'met'));
  console.log(line('-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), '---'));
  for (const r of rows) console.log(line(r.figure, r.measured, r.goal, r.met ? 'yes' : 'NO'));
  console.log(`\nwritten: ${path.relative(process.cwd(), resultsPath) || resultsPath}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(1);
  },
);
