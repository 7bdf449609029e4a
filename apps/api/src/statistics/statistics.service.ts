import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, addWorkingDays, MissingCalendarYearError, workingDaysBetween, type WorkingDayCalendar } from '@heze/rules';
import { WORKING_DAY_CALENDAR } from '../infrastructure/tokens';
import type { Statistics, StatisticsJourneyFilters, JourneyStage } from './statistics.dto';
import { num, StatisticsSql } from './statistics.sql';

/**
 * A result is due within this many working days after the last day sat ([decision], docs/statistics.md:
 * the notice sets no deadline; the programme office's target).
 */
export const RESULT_DEADLINE_WORKING_DAYS = 10;
/** wage.leave-escalation: a leave request answered within this many working days (its default). */
export const LEAVE_DEADLINE_WORKING_DAYS = 5;

const STAGE_COLUMN: Record<JourneyStage, string> = {
  applied: 'openedAt',
  enrolled: 'enrolledAt',
  trained: 'trainedAt',
  registered: 'registeredAt',
  result: 'resultAt',
  certified: 'certifiedAt',
  closed: 'closedAt',
  withdrawn: 'withdrawnAt',
};

const fenToCny = (fen: unknown) => num(fen) / 100;

/** A drill-down link: the journey list with these filters (the same names the list route takes). */
export function journeysLink(filters: Partial<Record<keyof StatisticsJourneyFilters, string | number | null | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined) q.set(k, v === null ? 'none' : String(v));
  const s = q.toString();
  return s ? `/statistics/journeys?${s}` : '/statistics/journeys';
}

/** One pair (last day sat, day of the result) and how many journeys have it. */
interface SittingPair {
  sat: string;
  resulted: string;
  n: number;
}

@Injectable()
export class StatisticsService {
  private readonly sql: StatisticsSql;

  constructor(
    @Inject(DataSource) ds: DataSource,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {
    this.sql = new StatisticsSql(ds);
  }

  /** Every figure of the statistics page; each names the journey list behind it. */
  async figures(): Promise<Statistics> {
    // Side by side on the connection pool (PostgreSQL); SQLite's one connection takes them in turn.
    const [specialists, evaluation, durations, subsidy, wageProtection, incentive] = await Promise.all([
      this.specialists(),
      this.evaluation(),
      this.durations(),
      this.subsidy(),
      this.wageProtection(),
      this.incentive(),
    ]);
    return { generatedAt: new Date().toISOString(), database: this.sql.postgres ? 'postgres' : 'sqlite', specialists, evaluation, durations, subsidy, wageProtection, incentive };
  }

  // Null groups (no county code, no project) come last in both databases (SQLite sorts NULL first).

  // ---- specialists ------------------------------------------------------------------------------

  async specialists(): Promise<Statistics['specialists']> {
    const sql = this.sql;
    const reachedCols = Object.entries(STAGE_COLUMN).map(([stage, col]) => `SUM(CASE WHEN "${col}" IS NOT NULL THEN 1 ELSE 0 END) AS "${stage}"`);
    const [byState, [reached], byLevel, byCounty, byProject, applied, certified] = await Promise.all([
      sql.rows<{ k: string; n: unknown }>(`SELECT "state" AS k, COUNT(*) AS n FROM journey_projections GROUP BY "state" ORDER BY "state"`),
      sql.rows<Record<string, unknown>>(`SELECT ${reachedCols.join(', ')} FROM journey_projections`),
      sql.rows<{ k: number; n: unknown }>(`SELECT "targetLevel" AS k, COUNT(*) AS n FROM journey_projections GROUP BY "targetLevel" ORDER BY "targetLevel" DESC`),
      sql.rows<{ k: string | null; n: unknown }>(`SELECT "countyCode" AS k, COUNT(*) AS n FROM journey_projections GROUP BY "countyCode" ORDER BY COUNT(*) DESC, "countyCode" IS NULL, "countyCode"`),
      sql.rows<{ p: string | null; c: string; n: unknown; certified: unknown }>(
        `SELECT "projectId" AS p, "employerId" AS c, COUNT(*) AS n, SUM(CASE WHEN "certifiedAt" IS NOT NULL THEN 1 ELSE 0 END) AS certified
         FROM journey_projections GROUP BY "projectId", "employerId" ORDER BY COUNT(*) DESC, "projectId" IS NULL, "projectId", "employerId" LIMIT 200`,
      ),
      sql.rows<{ m: string; n: unknown }>(`SELECT substr("openedAt", 1, 7) AS m, COUNT(*) AS n FROM journey_projections GROUP BY substr("openedAt", 1, 7)`),
      sql.rows<{ m: string; n: unknown }>(
        `SELECT substr("certifiedAt", 1, 7) AS m, COUNT(*) AS n FROM journey_projections WHERE "certifiedAt" IS NOT NULL GROUP BY substr("certifiedAt", 1, 7)`,
      ),
    ]);
    const months = [...new Set([...applied.map((r) => r.m), ...certified.map((r) => r.m)])].sort();
    const total = byState.reduce((s, r) => s + num(r.n), 0);
    return {
      total,
      byState: byState.map((r) => ({ key: r.k, count: num(r.n), journeys: journeysLink({ state: r.k }) })),
      reached: Object.keys(STAGE_COLUMN).map((stage) => ({ key: stage, count: num(reached?.[stage]), journeys: journeysLink({ stage }) })),
      byLevel: byLevel.map((r) => ({ key: String(r.k), count: num(r.n), journeys: journeysLink({ level: Number(r.k) }) })),
      byCounty: byCounty.map((r) => ({ key: r.k ?? 'none', count: num(r.n), journeys: journeysLink({ county: r.k }) })),
      byProject: byProject.map((r) => ({ projectId: r.p, contractorId: r.c, count: num(r.n), certified: num(r.certified), journeys: journeysLink({ project: r.p, contractor: r.c }) })),
      byMonth: months.map((m) => ({
        month: m,
        applied: num(applied.find((r) => r.m === m)?.n),
        certified: num(certified.find((r) => r.m === m)?.n),
        journeys: { applied: journeysLink({ month: m }), certified: journeysLink({ certifiedMonth: m }) },
      })),
    };
  }

  // ---- evaluation -------------------------------------------------------------------------------

  async evaluation(): Promise<Statistics['evaluation']> {
    const rows = (by: string) =>
      this.sql.rows<{ k: string | number | null; candidates: unknown; passed: unknown; sittings: unknown; retakes: unknown }>(
        `SELECT ${by} AS k, COUNT(*) AS candidates, SUM(CASE WHEN "resultPassed" THEN 1 ELSE 0 END) AS passed,
                SUM("attempts") AS sittings, SUM(CASE WHEN "attempts" > 1 THEN 1 ELSE 0 END) AS retakes
         FROM journey_projections WHERE "resultAt" IS NOT NULL GROUP BY ${by} ORDER BY ${by} IS NULL, ${by}`,
      );
    const present = (r: { k: string | number | null; candidates: unknown; passed: unknown; sittings: unknown; retakes: unknown }, key: 'level' | 'evaluationOrganisation') => {
      const candidates = num(r.candidates);
      const passed = num(r.passed);
      const k = key === 'level' ? Number(r.k) : (r.k as string | null);
      return {
        key: r.k === null ? 'none' : String(r.k),
        candidates,
        passed,
        failed: candidates - passed,
        passRate: candidates ? Math.round((passed / candidates) * 1000) / 1000 : null,
        sittings: num(r.sittings),
        retakes: num(r.retakes),
        journeys: {
          candidates: journeysLink({ [key]: k, result: 'any' }),
          passed: journeysLink({ [key]: k, result: 'passed' }),
          failed: journeysLink({ [key]: k, result: 'failed' }),
          retakes: journeysLink({ [key]: k, retake: 'true' }),
        },
      };
    };
    return {
      byLevel: (await rows('"targetLevel"')).map((r) => present(r, 'level')).sort((a, b) => Number(b.key) - Number(a.key)),
      byOrganisation: (await rows('"evaluationOrganisationId"')).map((r) => present(r, 'evaluationOrganisation')),
    };
  }

  // ---- durations and deadlines ------------------------------------------------------------------

  async durations(): Promise<Statistics['durations']> {
    const sql = this.sql;
    const [toCertificate, toResult, pairs, [leave]] = await Promise.all([
      sql.percentiles(sql.days('"openedAt"', '"certifiedAt"'), `FROM journey_projections WHERE "certifiedAt" IS NOT NULL`),
      sql.percentiles(sql.days('"lastSittingOn"', 'substr("resultAt", 1, 10)'), `FROM journey_projections WHERE "resultAt" IS NOT NULL AND "lastSittingOn" IS NOT NULL`),
      this.sittingPairs(),
      sql.rows<{ met: unknown; missed: unknown }>(
        `SELECT SUM(CASE WHEN "escalatedAt" IS NULL AND "state" NOT IN ('requested', 'cancelled') THEN 1 ELSE 0 END) AS met,
                SUM(CASE WHEN "escalatedAt" IS NOT NULL THEN 1 ELSE 0 END) AS missed
         FROM process_projections WHERE "kind" = 'study-leave'`,
      ),
    ]);
    const result = this.classify(pairs);
    return {
      applicationToCertificate: { count: toCertificate.count, medianDays: toCertificate.median, p90Days: toCertificate.p90, journeys: journeysLink({ durations: 'certificate' }) },
      sittingToResult: { count: toResult.count, medianDays: toResult.median, p90Days: toResult.p90, journeys: journeysLink({ durations: 'result' }) },
      deadlines: [
        {
          id: 'result-within-working-days',
          rule: `result posted within ${RESULT_DEADLINE_WORKING_DAYS} working days after the last day sat [decision]`,
          workingDays: RESULT_DEADLINE_WORKING_DAYS,
          met: result.met.reduce((s, p) => s + p.n, 0),
          missed: result.missed.reduce((s, p) => s + p.n, 0),
          unknown: result.unknown.reduce((s, p) => s + p.n, 0),
          journeys: { met: journeysLink({ resultDeadline: 'met' }), missed: journeysLink({ resultDeadline: 'missed' }) },
        },
        {
          id: 'wage.leave-escalation',
          rule: `study-leave request answered within ${LEAVE_DEADLINE_WORKING_DAYS} working days (else escalated)`,
          workingDays: LEAVE_DEADLINE_WORKING_DAYS,
          met: num(leave?.met),
          missed: num(leave?.missed),
          unknown: 0,
          journeys: { met: journeysLink({ leaveDeadline: 'met' }), missed: journeysLink({ leaveDeadline: 'missed' }) },
        },
      ],
    };
  }

  /** Grouped by the two dates, so working days are counted once per pair, not once per journey. */
  private sittingPairs(): Promise<SittingPair[]> {
    return this.sql
      .rows<{ sat: string; resulted: string; n: unknown }>(
        `SELECT "lastSittingOn" AS sat, substr("resultAt", 1, 10) AS resulted, COUNT(*) AS n FROM journey_projections
         WHERE "resultAt" IS NOT NULL AND "lastSittingOn" IS NOT NULL GROUP BY "lastSittingOn", substr("resultAt", 1, 10)`,
      )
      .then((rows) => rows.map((r) => ({ sat: r.sat, resulted: r.resulted, n: num(r.n) })));
  }

  /** Working days after the last day sat up to and including the result's day, against the deadline. */
  private classify(pairs: SittingPair[]) {
    const out = { met: [] as SittingPair[], missed: [] as SittingPair[], unknown: [] as SittingPair[] };
    for (const p of pairs) {
      try {
        const days = p.resulted <= p.sat ? 0 : workingDaysBetween(addDays(p.sat, 1), addDays(p.resulted, 1), this.calendar);
        (days <= RESULT_DEADLINE_WORKING_DAYS ? out.met : out.missed).push(p);
      } catch (err) {
        if (!(err instanceof MissingCalendarYearError)) throw err;
        out.unknown.push(p);
      }
    }
    return out;
  }

  // ---- subsidy ----------------------------------------------------------------------------------

  async subsidy(): Promise<Statistics['subsidy']> {
    const rows = await this.sql.rows<{ y: unknown; a: string; claims: unknown; approved: unknown; refused: unknown; paid: unknown; approvedFen: unknown; paidFen: unknown }>(
      `SELECT "year" AS y, "ownerId" AS a, COUNT(*) AS claims,
              SUM(CASE WHEN "amountFen" IS NOT NULL THEN 1 ELSE 0 END) AS approved,
              SUM(CASE WHEN "state" = 'refused' THEN 1 ELSE 0 END) AS refused,
              SUM(CASE WHEN "state" = 'paid' THEN 1 ELSE 0 END) AS paid,
              SUM(COALESCE("amountFen", 0)) AS "approvedFen", SUM(COALESCE("paidFen", 0)) AS "paidFen"
       FROM process_projections WHERE "kind" = 'subsidy-claim' GROUP BY "year", "ownerId" ORDER BY "year" DESC, "ownerId"`,
    );
    const rules = await this.sql.rows<{ r: string; n: unknown }>(
      `SELECT "refusalRules" AS r, COUNT(*) AS n FROM process_projections WHERE "kind" = 'subsidy-claim' AND "refusalRules" IS NOT NULL GROUP BY "refusalRules"`,
    );
    const perRule = new Map<string, number>();
    for (const r of rules) for (const rule of r.r.split(',').filter(Boolean)) perRule.set(rule, (perRule.get(rule) ?? 0) + num(r.n));
    const byYearAgency = rows.map((r) => {
      const base = { claimYear: r.y == null ? undefined : Number(r.y), agency: r.a };
      return {
        year: num(r.y),
        agencyId: r.a,
        claims: num(r.claims),
        approved: num(r.approved),
        refused: num(r.refused),
        paid: num(r.paid),
        approvedAmount: fenToCny(r.approvedFen),
        paidAmount: fenToCny(r.paidFen),
        journeys: {
          claims: journeysLink({ ...base, claim: 'claimed' }),
          approved: journeysLink({ ...base, claim: 'approved' }),
          refused: journeysLink({ ...base, claim: 'refused' }),
          paid: journeysLink({ ...base, claim: 'paid' }),
        },
      };
    });
    const sum = (k: 'claims' | 'approved' | 'refused' | 'paid' | 'approvedAmount' | 'paidAmount') => byYearAgency.reduce((s, r) => s + r[k], 0);
    return {
      totals: { claims: sum('claims'), approved: sum('approved'), refused: sum('refused'), paid: sum('paid'), approvedAmount: Math.round(sum('approvedAmount') * 100) / 100, paidAmount: Math.round(sum('paidAmount') * 100) / 100 },
      byYearAgency,
      refusedByRule: [...perRule.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => ({ rule, count, journeys: journeysLink({ claim: 'refused', refusalRule: rule }) })),
    };
  }

  // ---- wage protection --------------------------------------------------------------------------

  async wageProtection(): Promise<Statistics['wageProtection']> {
    const sql = this.sql;
    const [processes] = await sql.rows<{ opened: unknown; closed: unknown }>(
      `SELECT COUNT(*) AS opened, SUM(CASE WHEN "state" = 'closed' THEN 1 ELSE 0 END) AS closed FROM process_projections WHERE "kind" = 'wage-protection'`,
    );
    const [v] = await sql.rows<{ opened: unknown; closed: unknown; owed: unknown; back: unknown; outstanding: unknown }>(
      `SELECT COUNT(*) AS opened, SUM(CASE WHEN "status" = 'closed' THEN 1 ELSE 0 END) AS closed,
              SUM("owedFen") AS owed, SUM("backPaidFen") AS back, SUM(CASE WHEN "status" = 'open' THEN "shortfallFen" ELSE 0 END) AS outstanding
       FROM violation_cases`,
    );
    // An open violation's days so far count up to now.
    const daysOpen = await sql.percentiles(sql.days('"openedAt"', `COALESCE("closedAt", ${sql.now})`), 'FROM violation_cases');
    const opened = num(v?.opened);
    const closed = num(v?.closed);
    return {
      processes: { opened: num(processes?.opened), closed: num(processes?.closed), journeys: { opened: journeysLink({ wageProtection: 'opened' }), closed: journeysLink({ wageProtection: 'closed' }) } },
      violations: {
        opened,
        closed,
        open: opened - closed,
        owedAmount: fenToCny(v?.owed),
        backPaidAmount: fenToCny(v?.back),
        outstandingAmount: fenToCny(v?.outstanding),
        daysOpen: { count: daysOpen.count, medianDays: daysOpen.median, p90Days: daysOpen.p90, journeys: journeysLink({ violation: 'opened' }) },
        journeys: { opened: journeysLink({ violation: 'opened' }), closed: journeysLink({ violation: 'closed' }), open: journeysLink({ violation: 'open' }) },
      },
    };
  }

  // ---- project incentive ------------------------------------------------------------------------

  async incentive(): Promise<Statistics['incentive']> {
    const [r] = await this.sql.rows<{ granted: unknown; blocked: unknown; withdrawn: unknown }>(
      `SELECT SUM(CASE WHEN "grantedAt" IS NOT NULL THEN 1 ELSE 0 END) AS granted, SUM(CASE WHEN "blockedAt" IS NOT NULL THEN 1 ELSE 0 END) AS blocked,
              SUM(CASE WHEN "withdrawnAt" IS NOT NULL THEN 1 ELSE 0 END) AS withdrawn
       FROM process_projections WHERE "kind" = 'project-incentive'`,
    );
    const byState = await this.sql.rows<{ k: string; n: unknown }>(`SELECT "state" AS k, COUNT(*) AS n FROM process_projections WHERE "kind" = 'project-incentive' GROUP BY "state" ORDER BY "state"`);
    const drill = (k: string) => (['granted', 'blocked', 'withdrawn'].includes(k) ? journeysLink({ incentive: k }) : journeysLink({}));
    return {
      granted: num(r?.granted),
      blocked: num(r?.blocked),
      withdrawn: num(r?.withdrawn),
      byState: byState.map((s) => ({ key: s.k, count: num(s.n), journeys: drill(s.k) })),
      journeys: { granted: journeysLink({ incentive: 'granted' }), blocked: journeysLink({ incentive: 'blocked' }), withdrawn: journeysLink({ incentive: 'withdrawn' }) },
    };
  }

  // ---- the journeys behind a figure -------------------------------------------------------------

  async journeys(f: StatisticsJourneyFilters & { page: number; pageSize: number }) {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const eqOrNone = (col: string, v: string | undefined) => {
      if (v === undefined) return;
      where.push(v === 'none' ? `j."${col}" IS NULL` : `j."${col}" = ${p(v)}`);
    };
    if (f.state) where.push(`j."state" = ${p(f.state)}`);
    if (f.stage) where.push(`j."${STAGE_COLUMN[f.stage]}" IS NOT NULL`);
    if (f.level) where.push(`j."targetLevel" = ${p(f.level)}`);
    eqOrNone('countyCode', f.county);
    eqOrNone('projectId', f.project);
    eqOrNone('employerId', f.contractor);
    eqOrNone('evaluationOrganisationId', f.evaluationOrganisation);
    if (f.month) where.push(`substr(j."openedAt", 1, 7) = ${p(f.month)}`);
    if (f.certifiedMonth) where.push(`substr(j."certifiedAt", 1, 7) = ${p(f.certifiedMonth)}`);
    if (f.result) where.push(f.result === 'any' ? `j."resultAt" IS NOT NULL` : `j."resultAt" IS NOT NULL AND j."resultPassed" = ${p(f.result === 'passed')}`);
    if (f.retake) where.push(`j."resultAt" IS NOT NULL AND j."attempts" > 1`);
    if (f.durations === 'certificate') where.push(`j."certifiedAt" IS NOT NULL`);
    if (f.durations === 'result') where.push(`j."resultAt" IS NOT NULL AND j."lastSittingOn" IS NOT NULL`);
    if (f.resultDeadline) {
      // Per day sat, the first result day past the deadline: the (N+1)-th working day after it (as classify counts).
      const sats = await this.sql.rows<{ sat: string }>(`SELECT DISTINCT "lastSittingOn" AS sat FROM journey_projections WHERE "resultAt" IS NOT NULL AND "lastSittingOn" IS NOT NULL`);
      const due: Array<{ sat: string; miss: string }> = [];
      const unknown: string[] = [];
      for (const { sat } of sats) {
        try {
          due.push({ sat, miss: addWorkingDays(sat, RESULT_DEADLINE_WORKING_DAYS + 1, this.calendar) });
        } catch (err) {
          if (!(err instanceof MissingCalendarYearError)) throw err;
          unknown.push(sat);
        }
      }
      if (f.resultDeadline === 'unknown') where.push(unknown.length ? `j."lastSittingOn" IN (${unknown.map((d) => p(d)).join(', ')})` : '1 = 0');
      else if (!due.length) where.push('1 = 0');
      else {
        const table = this.sql.pairsTable(p(JSON.stringify(due.map((d) => [d.sat, d.miss]))));
        where.push(`EXISTS (SELECT 1 FROM (${table}) dl WHERE dl.sat = j."lastSittingOn" AND substr(j."resultAt", 1, 10) ${f.resultDeadline === 'missed' ? '>=' : '<'} dl.miss)`);
      }
    }
    if (f.leaveDeadline) {
      const cond = f.leaveDeadline === 'missed' ? `l."escalatedAt" IS NOT NULL` : `l."escalatedAt" IS NULL AND l."state" NOT IN ('requested', 'cancelled')`;
      where.push(`EXISTS (SELECT 1 FROM process_projections l WHERE l."kind" = 'study-leave' AND l."journeyId" = j."journeyId" AND ${cond})`);
    }
    if (f.claim || f.claimYear !== undefined || f.agency || f.refusalRule) {
      const c: string[] = [];
      if (f.claim === 'approved') c.push(`c."amountFen" IS NOT NULL`);
      if (f.claim === 'refused') c.push(`c."state" = 'refused'`);
      if (f.claim === 'paid') c.push(`c."state" = 'paid'`);
      if (f.claimYear !== undefined) c.push(`c."year" = ${p(f.claimYear)}`);
      if (f.agency) c.push(`c."ownerId" = ${p(f.agency)}`);
      if (f.refusalRule) c.push(`c."refusalRules" LIKE ${p(`%,${f.refusalRule},%`)}`);
      where.push(`EXISTS (SELECT 1 FROM process_projections c WHERE c."kind" = 'subsidy-claim' AND c."journeyId" = j."journeyId"${c.map((x) => ` AND ${x}`).join('')})`);
    }
    if (f.wageProtection) {
      where.push(`EXISTS (SELECT 1 FROM process_projections w WHERE w."kind" = 'wage-protection' AND w."journeyId" = j."journeyId"${f.wageProtection === 'closed' ? ` AND w."state" = 'closed'` : ''})`);
    }
    if (f.violation) {
      const cond = f.violation === 'opened' ? '' : ` AND v."status" = ${p(f.violation)}`;
      where.push(`EXISTS (SELECT 1 FROM violation_cases v WHERE v."journeyId" = j."journeyId"${cond})`);
    }
    if (f.incentive) {
      const col = { granted: 'grantedAt', blocked: 'blockedAt', withdrawn: 'withdrawnAt' }[f.incentive];
      where.push(`EXISTS (SELECT 1 FROM process_projections i WHERE i."kind" = 'project-incentive' AND i."workflowId" = 'project-' || j."projectId" AND i."${col}" IS NOT NULL)`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = await this.sql.rows<{ n: unknown }>(`SELECT COUNT(*) AS n FROM journey_projections j ${whereSql}`, params);
    const items = await this.sql.rows<Record<string, unknown>>(
      `SELECT j."journeyId", j."personMasked", j."targetLevel", j."state", j."employerId", j."projectId", j."evaluationOrganisationId", j."countyCode",
              j."attempts", j."openedAt", j."resultAt", j."lastSittingOn", j."resultPassed", j."certifiedAt", j."updatedAt"
       FROM journey_projections j ${whereSql} ORDER BY j."updatedAt" DESC, j."journeyId" ASC LIMIT ${Number(f.pageSize)} OFFSET ${(Number(f.page) - 1) * Number(f.pageSize)}`,
      params,
    );
    return {
      total: num(count?.n),
      page: f.page,
      pageSize: f.pageSize,
      items: items.map((r) => ({
        journeyId: String(r.journeyId),
        person: String(r.personMasked),
        targetLevel: Number(r.targetLevel),
        state: String(r.state),
        employerId: String(r.employerId),
        projectId: (r.projectId as string | null) ?? null,
        evaluationOrganisationId: (r.evaluationOrganisationId as string | null) ?? null,
        countyCode: (r.countyCode as string | null) ?? null,
        attempts: Number(r.attempts),
        openedAt: String(r.openedAt),
        resultAt: (r.resultAt as string | null) ?? null,
        lastSittingOn: (r.lastSittingOn as string | null) ?? null,
        resultPassed: r.resultPassed == null ? null : Boolean(r.resultPassed),
        certifiedAt: (r.certifiedAt as string | null) ?? null,
        updatedAt: String(r.updatedAt),
      })),
    };
  }
}

/** The figures as CSV rows: section, figure, key, value, journeys link (same numbers as the JSON). */
export function statisticsCsv(s: Statistics): string {
  const rows: (string | number | null)[][] = [['section', 'figure', 'key', 'value', 'journeys']];
  const add = (section: string, figure: string, key: string | number | null, value: number | null, journeys = '') => rows.push([section, figure, key, value, journeys]);
  add('specialists', 'total', '', s.specialists.total, '/statistics/journeys');
  for (const g of s.specialists.byState) add('specialists', 'by-state', g.key, g.count, g.journeys);
  for (const g of s.specialists.reached) add('specialists', 'reached-stage', g.key, g.count, g.journeys);
  for (const g of s.specialists.byLevel) add('specialists', 'by-level', g.key, g.count, g.journeys);
  for (const g of s.specialists.byCounty) add('specialists', 'by-county', g.key, g.count, g.journeys);
  for (const g of s.specialists.byProject) {
    const key = `${g.projectId ?? 'none'} / ${g.contractorId}`;
    add('specialists', 'by-project', key, g.count, g.journeys);
    add('specialists', 'by-project-certified', key, g.certified, `${g.journeys}&stage=certified`);
  }
  for (const m of s.specialists.byMonth) {
    add('specialists', 'applied-by-month', m.month, m.applied, m.journeys.applied);
    add('specialists', 'certified-by-month', m.month, m.certified, m.journeys.certified);
  }
  for (const [section, list] of [['evaluation-by-level', s.evaluation.byLevel], ['evaluation-by-organisation', s.evaluation.byOrganisation]] as const) {
    for (const r of list) {
      add(section, 'candidates', r.key, r.candidates, r.journeys.candidates);
      add(section, 'passed', r.key, r.passed, r.journeys.passed);
      add(section, 'failed', r.key, r.failed, r.journeys.failed);
      add(section, 'pass-rate', r.key, r.passRate, r.journeys.candidates);
      add(section, 'sittings', r.key, r.sittings, r.journeys.candidates);
      add(section, 'retakes', r.key, r.retakes, r.journeys.retakes);
    }
  }
  for (const [figure, d] of [['application-to-certificate', s.durations.applicationToCertificate], ['sitting-to-result', s.durations.sittingToResult]] as const) {
    add('durations', `${figure}-count`, '', d.count, d.journeys);
    add('durations', `${figure}-median-days`, '', d.medianDays, d.journeys);
    add('durations', `${figure}-p90-days`, '', d.p90Days, d.journeys);
  }
  for (const d of s.durations.deadlines) {
    add('deadlines', 'met', d.id, d.met, d.journeys.met);
    add('deadlines', 'missed', d.id, d.missed, d.journeys.missed);
    add('deadlines', 'unknown', d.id, d.unknown);
  }
  for (const [k, v] of Object.entries(s.subsidy.totals)) add('subsidy', `total-${k}`, '', v);
  for (const r of s.subsidy.byYearAgency) {
    const key = `${r.year} / ${r.agencyId}`;
    add('subsidy', 'claims', key, r.claims, r.journeys.claims);
    add('subsidy', 'approved', key, r.approved, r.journeys.approved);
    add('subsidy', 'refused', key, r.refused, r.journeys.refused);
    add('subsidy', 'paid', key, r.paid, r.journeys.paid);
    add('subsidy', 'approved-amount-cny', key, r.approvedAmount, r.journeys.approved);
    add('subsidy', 'paid-amount-cny', key, r.paidAmount, r.journeys.paid);
  }
  for (const r of s.subsidy.refusedByRule) add('subsidy', 'refused-by-rule', r.rule, r.count, r.journeys);
  const w = s.wageProtection;
  add('wage-protection', 'processes-opened', '', w.processes.opened, w.processes.journeys.opened);
  add('wage-protection', 'processes-closed', '', w.processes.closed, w.processes.journeys.closed);
  add('wage-protection', 'violations-opened', '', w.violations.opened, w.violations.journeys.opened);
  add('wage-protection', 'violations-closed', '', w.violations.closed, w.violations.journeys.closed);
  add('wage-protection', 'violations-open', '', w.violations.open, w.violations.journeys.open);
  add('wage-protection', 'owed-cny', '', w.violations.owedAmount, w.violations.journeys.opened);
  add('wage-protection', 'back-paid-cny', '', w.violations.backPaidAmount, w.violations.journeys.opened);
  add('wage-protection', 'outstanding-cny', '', w.violations.outstandingAmount, w.violations.journeys.open);
  add('wage-protection', 'days-open-median', '', w.violations.daysOpen.medianDays, w.violations.daysOpen.journeys);
  add('wage-protection', 'days-open-p90', '', w.violations.daysOpen.p90Days, w.violations.daysOpen.journeys);
  add('incentive', 'granted', '', s.incentive.granted, s.incentive.journeys.granted);
  add('incentive', 'blocked', '', s.incentive.blocked, s.incentive.journeys.blocked);
  add('incentive', 'withdrawn', '', s.incentive.withdrawn, s.incentive.journeys.withdrawn);
  for (const g of s.incentive.byState) add('incentive', 'by-state', g.key, g.count, g.journeys);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so a spreadsheet does not run it. */
function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
