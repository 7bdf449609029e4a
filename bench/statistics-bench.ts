/**
 * Statistics benchmark (issue 17): 100,000 journey projections (and their claims, study leaves, wage
 * protections, violations and project incentives) in a fresh PostgreSQL database, then every query of
 * the statistics page and of its drill-down list timed; p50 and p95 per query.
 *
 *   npm run bench:statistics    (builds, then node dist/bench/statistics-bench.js [--journeys N] [--runs N] [--keep])
 *
 * DATABASE_URL names the PostgreSQL server (a role that may CREATE DATABASE); the bench makes and drops
 * `heze_bench_statistics_<random>` there. Results: docs/statistics.md.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadWorkingDayCalendar } from '@heze/config';
import { openDatabase } from '@heze/persistence';
import { StatisticsService } from '../apps/api/src/statistics/statistics.service';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Rows made in SQL (generate_series), deterministic from the row number: no network round trip per row. */
async function seed(run: (sql: string) => Promise<unknown>, n: number) {
  // Journeys: 4 levels, 12 counties, 200 projects (1 in 10 none), 50 contractors, 6 evaluation organisations,
  // 18 months of applications; a stage reached with a probability falling along the way.
  await run(`
    INSERT INTO journey_projections ("journeyId","personKey","personMasked","targetLevel","state","employerId","projectId","trainingInstitutionId",
      "evaluationOrganisationId","agencyId","attempts","version","summary","openedAt","updatedAt","enrolledAt","trainedAt","registeredAt","resultAt",
      "lastSittingOn","resultPassed","certifiedAt","certificateIssuedOn","closedAt","withdrawnAt","countyCode")
    SELECT 'journey-' || i, 'pk-' || i, '3717**********' || lpad((i % 10000)::text, 4, '0'), 1 + (i % 4),
      CASE WHEN i % 10 < 2 THEN 'applied' WHEN i % 10 < 3 THEN 'enrolled' WHEN i % 10 < 4 THEN 'failed' WHEN i % 10 < 6 THEN 'certified' WHEN i % 10 < 9 THEN 'closed' ELSE 'withdrawn' END,
      'employer-' || (i % 50), CASE WHEN i % 10 = 7 THEN NULL ELSE 'project-' || (i % 200) END, 'ti-' || (i % 8),
      CASE WHEN i % 10 BETWEEN 3 AND 8 THEN 'eo-' || (i % 6) END, CASE WHEN i % 10 BETWEEN 6 AND 8 THEN 'agency-' || (i % 3) END,
      CASE WHEN i % 10 BETWEEN 3 AND 8 THEN 1 + (i % 7 = 0)::int ELSE 0 END, 7, '{}',
      to_char(d, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), to_char(d + interval '90 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      CASE WHEN i % 10 >= 2 THEN to_char(d + interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      CASE WHEN i % 10 >= 3 AND i % 10 < 9 THEN to_char(d + interval '40 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      CASE WHEN i % 10 >= 3 AND i % 10 < 9 THEN to_char(d + interval '45 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      CASE WHEN i % 10 >= 3 AND i % 10 < 9 THEN to_char(d + ((60 + i % 20) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      CASE WHEN i % 10 >= 3 AND i % 10 < 9 THEN to_char(d + interval '55 days', 'YYYY-MM-DD') END,
      CASE WHEN i % 10 >= 3 AND i % 10 < 9 THEN i % 10 >= 4 END,
      CASE WHEN i % 10 >= 4 AND i % 10 < 9 THEN to_char(d + ((75 + i % 30) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      CASE WHEN i % 10 >= 4 AND i % 10 < 9 THEN to_char(d + ((75 + i % 30) || ' days')::interval, 'YYYY-MM-DD') END,
      CASE WHEN i % 10 BETWEEN 6 AND 8 THEN to_char(d + interval '150 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      CASE WHEN i % 10 = 9 THEN to_char(d + interval '10 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      '3717' || lpad((i % 12 + 1)::text, 2, '0')
    FROM generate_series(1, ${n}) AS i, LATERAL (SELECT timestamp '2025-06-01' + ((i % 540) || ' days')::interval AS d) t`);
  // Claims: one per journey that claimed (3 in 10), 1 in 10 of them refused by one or two rules.
  await run(`
    INSERT INTO process_projections ("workflowId","kind","journeyId","state","ownerId","version","detail","updatedAt","openedAt","closedAt","year","amountFen","paidFen","refusalRules")
    SELECT 'claim-' || i, 'subsidy-claim', 'journey-' || i, CASE WHEN i % 100 < 10 THEN 'refused' WHEN i % 100 < 80 THEN 'paid' ELSE 'paymentInstructed' END,
      'agency-' || (i % 3), 4, '{}', '2026-06-01T00:00:00Z', '2026-05-01T00:00:00Z', CASE WHEN i % 100 < 80 THEN '2026-06-01T00:00:00Z' END,
      2025 + (i % 2), CASE WHEN i % 100 >= 10 THEN CASE WHEN i % 4 = 3 THEN 200000 ELSE 150000 END END,
      CASE WHEN i % 100 BETWEEN 10 AND 79 THEN CASE WHEN i % 4 = 3 THEN 200000 ELSE 150000 END END,
      CASE WHEN i % 100 < 5 THEN ',subsidy.once-per-year,' WHEN i % 100 < 10 THEN ',subsidy.insured-12-months,subsidy.enterprise-employee,' END
    FROM generate_series(1, ${n}) AS i WHERE i % 10 BETWEEN 6 AND 8`);
  // Study leaves (1 in 10 journeys, 1 in 8 of them escalated) with their wage protection; violations on 1 in 4.
  await run(`
    INSERT INTO process_projections ("workflowId","kind","journeyId","state","ownerId","version","detail","updatedAt","openedAt","closedAt","escalatedAt")
    SELECT 'journey-' || i || '-leave', 'study-leave', 'journey-' || i, CASE WHEN i % 3 = 0 THEN 'closed' ELSE 'active' END, 'employer-' || (i % 50), 3, '{}',
      '2026-03-01T00:00:00Z', '2026-02-01T00:00:00Z', CASE WHEN i % 3 = 0 THEN '2026-03-01T00:00:00Z' END, CASE WHEN i % 80 < 10 THEN '2026-02-09T00:00:00Z' END
    FROM generate_series(1, ${n}) AS i WHERE i % 10 = 5`);
  await run(`
    INSERT INTO process_projections ("workflowId","kind","journeyId","state","ownerId","version","detail","updatedAt","openedAt","closedAt")
    SELECT 'journey-' || i || '-leave-wages', 'wage-protection', 'journey-' || i, CASE WHEN i % 3 = 0 THEN 'closed' WHEN i % 40 < 10 THEN 'violation' ELSE 'monitoring' END,
      'employer-' || (i % 50), 3, '{}', '2026-03-01T00:00:00Z', '2026-02-02T00:00:00Z', CASE WHEN i % 3 = 0 THEN '2026-04-01T00:00:00Z' END
    FROM generate_series(1, ${n}) AS i WHERE i % 10 = 5`);
  await run(`
    INSERT INTO violation_cases ("caseId","journeyId","employerId","projectId","status","shortfallFen","detail","openedAt","closedAt","caseKey","owedFen","backPaidFen")
    SELECT 'violation-' || i, 'journey-' || i, 'employer-' || (i % 50), 'project-' || (i % 200), CASE WHEN i % 80 < 25 THEN 'closed' ELSE 'open' END,
      CASE WHEN i % 80 < 25 THEN 0 ELSE 31000 END, '{}', '2026-02-20T00:00:00Z', CASE WHEN i % 80 < 25 THEN to_char(timestamp '2026-02-20' + ((i % 30) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
      'journey-' || i || '-leave-wages', 31000, CASE WHEN i % 80 < 25 THEN 31000 ELSE 0 END
    FROM generate_series(1, ${n}) AS i WHERE i % 40 = 5`);
  await run(`
    INSERT INTO process_projections ("workflowId","kind","journeyId","state","ownerId","version","detail","updatedAt","openedAt","grantedAt","blockedAt","withdrawnAt","projectId")
    SELECT 'project-project-' || p, 'project-incentive', NULL, CASE WHEN p % 10 = 0 THEN 'blocked' WHEN p % 10 = 1 THEN 'withdrawn' ELSE 'granted' END, 'employer-' || (p % 50), 2, '{}',
      '2026-01-01T00:00:00Z', '2025-07-01T00:00:00Z', CASE WHEN p % 10 <> 0 THEN '2025-08-01T00:00:00Z' END, CASE WHEN p % 10 = 0 THEN '2025-08-01T00:00:00Z' END,
      CASE WHEN p % 10 = 1 THEN '2026-02-20T00:00:00Z' END, 'project-' || p
    FROM generate_series(0, 199) AS p`);
  // What autovacuum does in a running database: statistics for the planner, the visibility map for index-only scans.
  await run('VACUUM ANALYZE');
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main() {
  const journeys = arg('journeys', 100_000);
  const runs = arg('runs', 30);
  const server = process.env.DATABASE_URL;
  if (!server?.startsWith('postgres')) throw new Error('DATABASE_URL must name a PostgreSQL server (the bench makes its own database there)');
  const name = `heze_bench_statistics_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const ds = await openDatabase({ type: 'postgres', url: url.toString() });
  try {
    const t0 = performance.now();
    await seed((sql) => ds.query(sql), journeys);
    const [{ n }] = await ds.query('SELECT COUNT(*) AS n FROM journey_projections');
    const [{ p }] = await ds.query('SELECT COUNT(*) AS p FROM process_projections');
    const [{ v }] = await ds.query('SELECT COUNT(*) AS v FROM violation_cases');
    console.log(`seeded ${n} journey projections, ${p} process projections, ${v} violations in ${((performance.now() - t0) / 1000).toFixed(1)} s (PostgreSQL ${(await ds.query('SHOW server_version'))[0].server_version})`);
    const calendar = loadWorkingDayCalendar({ dir: path.resolve(__dirname, '../../calendars'), missingYear: 'weekdays' });
    const stats = new StatisticsService(ds, calendar);
    const page = { page: 1, pageSize: 50 };
    const queries: Array<[string, () => Promise<unknown>]> = [
      ['specialists (state, stage, level, county, project, month)', () => stats.specialists()],
      ['evaluation (pass rate per level and organisation)', () => stats.evaluation()],
      ['durations and deadlines', () => stats.durations()],
      ['subsidy (year × agency, refusal rules)', () => stats.subsidy()],
      ['wage protection', () => stats.wageProtection()],
      ['project incentive', () => stats.incentive()],
      ['GET /statistics (all of the above)', () => stats.figures()],
      ['list: county=371703', () => stats.journeys({ ...page, county: '371703' })],
      ['list: level=3&result=failed', () => stats.journeys({ ...page, level: 3, result: 'failed' })],
      ['list: evaluationOrganisation=eo-2&retake=true', () => stats.journeys({ ...page, evaluationOrganisation: 'eo-2', retake: 'true' })],
      ['list: resultDeadline=missed', () => stats.journeys({ ...page, resultDeadline: 'missed' })],
      ['list: claim=refused&refusalRule=subsidy.once-per-year', () => stats.journeys({ ...page, claim: 'refused', refusalRule: 'subsidy.once-per-year' })],
      ['list: claimYear=2026&agency=agency-1&claim=paid', () => stats.journeys({ ...page, claimYear: 2026, agency: 'agency-1', claim: 'paid' })],
      ['list: violation=open', () => stats.journeys({ ...page, violation: 'open' })],
      ['list: incentive=withdrawn', () => stats.journeys({ ...page, incentive: 'withdrawn' })],
      ['list: month=2026-01, page 20', () => stats.journeys({ page: 20, pageSize: 50, month: '2026-01' })],
    ];
    console.log(`\n| query (${journeys.toLocaleString('en')} journeys, ${runs} runs after 2 warm-ups) | p50 ms | p95 ms |\n|---|---:|---:|`);
    for (const [label, q] of queries) {
      for (let i = 0; i < 2; i++) await q();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        await q();
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      console.log(`| ${label} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`);
    }
  } finally {
    await ds.destroy();
    if (!process.argv.includes('--keep')) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    else console.log(`kept ${url}`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
