import { makeResidentId } from '@heze/rules';
import type { BenchSystem } from './system-bench';
import { eligibleProfile, pool, progress, rssMiB, round, today } from './support';

/**
 * Issue 16: a roster import and a sitting's results of `rows` rows as a batch (upload, preview, apply,
 * until every row has its outcome) against the same steps sent as single requests by a client at the
 * same concurrency as the batch's (BATCH_CONCURRENCY, default 8), on the same system. Two groups of new
 * people: group A goes through batches, group B through single requests; between the two measured
 * steps both groups are brought to `registered` (training completion and registration, as batches for
 * A and as single requests for B, not compared). Worker and API RSS are sampled during the batches.
 */
export interface BatchBenchResult {
  rows: number;
  concurrency: number;
  roster: Comparison;
  results: Comparison;
  workerRssPeakMiB: number;
  apiRssPeakMiB: number;
}
interface Comparison {
  batchWallMs: number;
  batchRowsPerSecond: number;
  previewMs: number;
  singleWallMs: number;
  singleRowsPerSecond: number;
  /** single wall time / batch wall time: ≥ 1 means the batch is at least as fast. */
  speedup: number;
}

/** Made-up resident IDs with valid check digits, unique in the run and (random area, birth day, sequence) across runs on one database. */
const issued = new Set<string>();
const newId = (): string => {
  const rnd = (n: number) => Math.floor(Math.random() * n);
  const birth = new Date(Date.UTC(1970, 0, 1) + rnd(20 * 365) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const id = makeResidentId(`${380000 + rnd(10_000)}${birth}${String(rnd(1000)).padStart(3, '0')}`);
  if (issued.has(id)) return newId();
  issued.add(id);
  return id;
};

const csvOf = (rows: Array<Array<string | number>>) => Buffer.from(rows.map((r) => r.join(',')).join('\n') + '\n');

export async function runBatchBench(sys: BenchSystem, rows: number, concurrency: number): Promise<BatchBenchResult> {
  const key = (role: string) => sys.parties[role]!.key;
  let workerPeak = 0;
  let apiPeak = 0;
  const sampler = setInterval(() => {
    try {
      workerPeak = Math.max(workerPeak, rssMiB(sys.worker!.child.pid!));
      apiPeak = Math.max(apiPeak, rssMiB(sys.api!.child.pid!));
    } catch {
      /* a process between samples */
    }
  }, 500);

  async function batch(kind: string, role: string, file: Buffer): Promise<{ wallMs: number; previewMs: number }> {
    const t0 = performance.now();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), `${kind}.csv`);
    const res = await fetch(`${sys.baseUrl}/batches/${kind}`, { method: 'POST', headers: { 'x-api-key': key(role) }, body: form });
    const preview = (await res.json()) as { batchId: string; accepted: number; refused: unknown[] };
    if (res.status !== 201 || preview.refused.length) throw new Error(`${kind} preview: ${res.status} ${JSON.stringify(preview).slice(0, 400)}`);
    const previewMs = performance.now() - t0;
    const applied = await sys.req('POST', `/batches/${preview.batchId}/apply`, role);
    if (applied.status !== 202) throw new Error(`${kind} apply: ${applied.status}`);
    for (let last = -1; ; ) {
      const p = (await sys.req('GET', `/batches/${preview.batchId}`, role)).body;
      if (p.finished !== last && p.finished % 200 < 20) progress(`batch bench: ${kind} batch ${p.finished}/${p.rows}`);
      last = p.finished;
      if (p.status === 'done') {
        if (p.counts.done !== rows) throw new Error(`${kind} batch: ${JSON.stringify(p.counts)}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return { wallMs: performance.now() - t0, previewMs };
  }
  async function singles(what: string, items: string[], step: (id: string, i: number) => Promise<void>): Promise<number> {
    const t0 = performance.now();
    await pool(items, concurrency, async (id, i) => {
      await step(id, i);
      if ((i + 1) % 200 === 0) progress(`batch bench: ${what} single requests ${i + 1}/${items.length}`);
    });
    return performance.now() - t0;
  }
  const ok = (what: string, r: { status: number; body: unknown }, status = 200) => {
    if (r.status !== status) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return r.body as Record<string, any>;
  };
  const compare = (b: { wallMs: number; previewMs: number }, singleMs: number): Comparison => ({
    batchWallMs: Math.round(b.wallMs),
    batchRowsPerSecond: round(rows / (b.wallMs / 1000), 1),
    previewMs: Math.round(b.previewMs),
    singleWallMs: Math.round(singleMs),
    singleRowsPerSecond: round(rows / (singleMs / 1000), 1),
    speedup: round(singleMs / b.wallMs, 2),
  });

  try {
    const emp = sys.parties.employer!.organisationId;
    const agency = sys.parties['social-insurance-agency']!.organisationId;
    const a = Array.from({ length: rows }, newId);
    const b = Array.from({ length: rows }, newId);

    // Roster: open + enrol, per row.
    progress(`batch bench: roster of ${rows} rows as a batch`);
    const rosterBatch = await batch('roster', 'training-institution', csvOf([['姓名', '身份证号', '目标等级', '用人单位', '参保机构', '企业职工', '参保起始日期'], ...a.map((id) => ['学员', id, 4, emp, agency, '是', '2020-01-01'])]));
    progress(`batch bench: the same ${rows} steps as single requests, ${concurrency} at a time`);
    const journeyOf = new Map<string, string>();
    const rosterSingle = await singles('roster', b, async (residentId) => {
      const opened = ok('open', await sys.req('POST', '/journeys', 'employer', { residentId, name: '学员', targetLevel: 4, projectId: null, insuredWithAgencyId: agency, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01' }), 201);
      journeyOf.set(residentId, opened.journeyId);
      ok('enrol', await sys.req('POST', `/journeys/${opened.journeyId}/enrolment`, 'training-institution'));
    });

    // Both groups to `registered` (not compared).
    progress('batch bench: both groups to registered');
    const day = today();
    await batch('training-completion', 'training-institution', csvOf([['身份证号', '目标等级', '结业日期'], ...a.map((id) => [id, 4, day])]));
    await batch('registration', 'evaluation-organisation', csvOf([['身份证号', '目标等级', '本职业工作起始日期'], ...a.map((id) => [id, 4, '2012-01-01'])]));
    await singles('to registered', b, async (id) => {
      const j = journeyOf.get(id)!;
      ok('complete', await sys.req('POST', `/journeys/${j}/training-completion`, 'training-institution', { completedOn: day }));
      const r = ok('register', await sys.req('POST', `/journeys/${j}/evaluation-registration`, 'evaluation-organisation', { profile: eligibleProfile() }));
      if (r.state !== 'registered') throw new Error(`register: ${r.state}`);
    });

    // A sitting's results.
    progress(`batch bench: results of ${rows} rows as a batch`);
    const resultsBatch = await batch('results', 'evaluation-organisation', csvOf([['身份证号', '目标等级', '是否合格', '成绩', '考试日期'], ...a.map((id, i) => [id, 4, i % 5 ? '合格' : '不合格', i % 5 ? 80 : 40, day])]));
    progress(`batch bench: the same ${rows} results as single requests`);
    const resultsSingle = await singles('results', b, async (id, i) => {
      ok('result', await sys.req('POST', `/journeys/${journeyOf.get(id)}/results`, 'evaluation-organisation', { passed: i % 5 !== 0, score: i % 5 ? 80 : 40, sittingDates: [day] }));
    });

    return { rows, concurrency, roster: compare(rosterBatch, rosterSingle), results: compare(resultsBatch, resultsSingle), workerRssPeakMiB: round(workerPeak, 0), apiRssPeakMiB: round(apiPeak, 0) };
  } finally {
    clearInterval(sampler);
  }
}
