/**
 * Rules benchmark: our eligibility engine against json-rules-engine 7 doing the same clause
 * evaluation. json-rules-engine gets the same clauses, generated from the same rule-set data, as
 * rules whose conditions read dynamic facts (age, service months since X, certificate held…)
 * that it computes per profile inside its own run — nothing is precomputed for it.
 * Both must agree on every profile's satisfied clauses and eligible levels before anything is timed.
 *
 *   npm run bench:rules            (builds, then node dist/bench/rules-bench.js [--profiles N])
 */
import { performance } from 'node:perf_hooks';
import { Engine, type Almanac, type NestedCondition, type RuleProperties } from 'json-rules-engine';
import {
  addDays,
  evaluateEligibility,
  fromDayNumber,
  hezeRuleSet20250718,
  mergePeriods,
  monthsHeld,
  satisfiedClauseIds,
  toDayNumber,
  totalMonthsOfMerged,
  type ClausePart,
  type EligibilityProfile,
  type RuleSet,
  type ServiceSince,
} from '@heze/rules';

export interface RulesBenchOptions {
  profiles?: number;
  seed?: number;
  /** minimum time to spend timing our engine (repeats the set), ms */
  minMillis?: number;
  log?: (line: string) => void;
}

export interface RulesBenchResult {
  /** profiles/s of evaluateEligibility (full answer: reasons and holdsOn included) */
  ours: number;
  /** profiles/s of satisfiedClauseIds (same output as json-rules-engine: the clauses that hold) */
  oursClausesOnly: number;
  /** profiles/s of json-rules-engine */
  jsonRulesEngine: number;
  /** ours / jsonRulesEngine */
  ratio: number;
  profiles: number;
}

/** mulberry32: small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateProfiles(n: number, seed = 20250718): EligibilityProfile[] {
  const r = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const occ = ['this', 'related', 'related', 'other'] as const;
  const e0 = toDayNumber('2025-01-01');
  const out: EligibilityProfile[] = [];
  for (let i = 0; i < n; i++) {
    const e = e0 + int(0, 3 * 365);
    const before = (maxBack: number) => fromDayNumber(e - int(0, maxBack));
    const workPeriods: EligibilityProfile['workPeriods'] = [];
    let start = e - int(200, 9000);
    for (let k = int(0, 4); k > 0 && start < e; k--) {
      const end = start + int(30, 3000);
      if (end >= e || r() < 0.25) {
        workPeriods.push({ start: fromDayNumber(start), occupation: pick(occ) });
        break;
      }
      workPeriods.push({ start: fromDayNumber(start), end: fromDayNumber(end), occupation: pick(occ) });
      start = end + int(0, 400);
    }
    out.push({
      evaluationDate: fromDayNumber(e),
      birthDate: addDays(before(45 * 365), -15 * 365),
      intendsToWorkInOccupation: r() < 0.3,
      workPeriods,
      certificates: Array.from({ length: int(0, 3) }, () => ({
        level: pick([5, 4, 3, 2, 1] as const),
        issued: before(5000),
        occupation: pick(occ),
      })),
      diplomas: Array.from({ length: int(0, 2) }, () => {
        const status = pick(['graduated', 'graduated', 'graduating', 'enrolled'] as const);
        return {
          institution: pick(['technical-school', 'senior-technical-school', 'technician-college', 'secondary-vocational', 'higher-vocational', 'university'] as const),
          class: pick(['ordinary', 'senior-worker', 'pre-technician', 'technician'] as const),
          major: pick(['this', 'related', 'other'] as const),
          status,
          assessed: r() < 0.3,
          ...(status === 'graduated' ? { date: before(7000) } : {}),
        };
      }),
      titles: Array.from({ length: int(0, 2) }, () => ({
        grade: pick(['junior', 'intermediate', 'senior'] as const),
        majorCorresponds: r() < 0.7,
        obtained: before(5000),
      })),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The same clauses for json-rules-engine: facts computed inside the engine run, conditions from
// the rule-set data.

type Diploma = NonNullable<EligibilityProfile['diplomas']>[number];

async function profileOf(almanac: Almanac): Promise<EligibilityProfile> {
  return almanac.factValue<EligibilityProfile>('profile');
}

function heldSinceDate(p: EligibilityProfile, ruleSet: RuleSet, since: ServiceSince): string | undefined {
  let best: string | undefined;
  if ('certificateLevel' in since) {
    for (const c of p.certificates ?? [])
      if (c.level === since.certificateLevel && ruleSet.occupation.counts.includes(c.occupation) && c.issued <= p.evaluationDate)
        if (best === undefined || c.issued < best) best = c.issued;
  } else {
    for (const t of p.titles ?? [])
      if (t.grade === since.title && t.majorCorresponds && t.obtained <= p.evaluationDate) if (best === undefined || t.obtained < best) best = t.obtained;
  }
  return best;
}

function buildJsonRulesEngine(ruleSet: RuleSet): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const counts = (o: string) => (ruleSet.occupation.counts as readonly string[]).includes(o);

  engine.addFact('age', async (_params, almanac) => {
    const p = await profileOf(almanac);
    const b = p.birthDate!;
    const e = p.evaluationDate;
    let age = Number(e.slice(0, 4)) - Number(b.slice(0, 4));
    if (e.slice(5) < b.slice(5)) age -= 1;
    return age;
  });
  engine.addFact('intends', async (_params, almanac) => (await profileOf(almanac)).intendsToWorkInOccupation === true);
  engine.addFact('worksInOccupation', async (_params, almanac) => {
    const p = await profileOf(almanac);
    return (p.workPeriods ?? []).some((w) => counts(w.occupation) && w.start <= p.evaluationDate && (w.end === undefined || w.end > p.evaluationDate));
  });
  engine.addFact('serviceMonths', async (params: { since?: ServiceSince }, almanac) => {
    const p = await profileOf(almanac);
    const e = toDayNumber(p.evaluationDate);
    let from = -Infinity;
    if (params.since) {
      const d = heldSinceDate(p, ruleSet, params.since);
      if (d === undefined) return -1;
      from = toDayNumber(d);
    }
    const periods = [];
    for (const w of p.workPeriods ?? []) {
      if (!counts(w.occupation) || w.start > p.evaluationDate) continue;
      const start = Math.max(toDayNumber(w.start), from);
      const end = w.end === undefined || w.end > p.evaluationDate ? e : toDayNumber(w.end);
      if (end > start) periods.push({ start, end });
    }
    return totalMonthsOfMerged(mergePeriods(periods));
  });
  engine.addFact('hasCertificate', async (params: Record<string, any>, almanac) => {
    const p = await profileOf(almanac);
    return heldSinceDate(p, ruleSet, { certificateLevel: params.level as 1 }) !== undefined;
  });
  engine.addFact('certificateHeldMonths', async (params: Record<string, any>, almanac) => {
    const p = await profileOf(almanac);
    const d = heldSinceDate(p, ruleSet, { certificateLevel: params.level as 1 });
    return d === undefined ? -1 : monthsHeld(toDayNumber(d), toDayNumber(p.evaluationDate));
  });
  engine.addFact('hasTitle', async (params: Record<string, any>, almanac) => {
    const p = await profileOf(almanac);
    return heldSinceDate(p, ruleSet, { title: params.grade as 'junior' }) !== undefined;
  });
  engine.addFact('hasDiploma', async (factParams: Record<string, any>, almanac) => {
    const params = factParams as Extract<ClausePart, { kind: 'diploma' }>;
    const p = await profileOf(almanac);
    const majors = ruleSet.majors.counts as readonly string[];
    return (p.diplomas ?? []).some(
      (d: Diploma) =>
        (d.status !== 'graduated' || (d.date !== undefined && d.date <= p.evaluationDate)) &&
        params.institutions.includes(d.institution) &&
        params.statuses.includes(d.status) &&
        (params.classes === undefined || params.classes.includes(d.class ?? 'ordinary')) &&
        (params.major === 'any' || majors.includes(d.major)) &&
        (params.assessed !== true || d.assessed === true),
    );
  });

  const condition = (part: ClausePart): NestedCondition => {
    switch (part.kind) {
      case 'age':
        return { fact: 'age', operator: 'greaterThanInclusive', value: part.atLeast };
      case 'intends':
        return { fact: 'intends', operator: 'equal', value: true };
      case 'worksInOccupation':
        return { fact: 'worksInOccupation', operator: 'equal', value: true };
      case 'service':
        return { fact: 'serviceMonths', params: { since: part.since }, operator: 'greaterThanInclusive', value: 12 * part.years };
      case 'certificate':
        return { fact: 'hasCertificate', params: { level: part.level }, operator: 'equal', value: true };
      case 'certificateHeldYears':
        return { fact: 'certificateHeldMonths', params: { level: part.level }, operator: 'greaterThanInclusive', value: 12 * part.years };
      case 'title':
        if (part.forYears !== undefined) throw new Error('title.forYears is not used by this rule set');
        return { fact: 'hasTitle', params: { grade: part.grade }, operator: 'equal', value: true };
      case 'diploma':
        return { fact: 'hasDiploma', params: part, operator: 'equal', value: true };
    }
  };
  for (const level of ruleSet.levels) {
    for (const clause of level.clauses) {
      const rule: RuleProperties = { name: clause.id, conditions: { all: clause.parts.map(condition) }, event: { type: clause.id } };
      engine.addRule(rule);
    }
  }
  return engine;
}

async function jsonRulesEngineSatisfied(engine: Engine, profile: EligibilityProfile, order: Map<string, number>): Promise<string[]> {
  const { events } = await engine.run({ profile });
  return events.map((e) => e.type).sort((a, b) => order.get(a)! - order.get(b)!);
}

function rate(count: number, millis: number): number {
  return Math.round((count / millis) * 1000);
}

export async function runRulesBench(opts: RulesBenchOptions = {}): Promise<RulesBenchResult> {
  const n = opts.profiles ?? 20_000;
  const log = opts.log ?? ((line: string) => console.log(line));
  const ruleSet = hezeRuleSet20250718;
  const profiles = generateProfiles(n, opts.seed);
  const engine = buildJsonRulesEngine(ruleSet);
  const order = new Map(ruleSet.levels.flatMap((l) => l.clauses).map((c, i) => [c.id, i]));

  // 1. both must give the same answers for every profile
  let satisfiedTotal = 0;
  const perClause = new Map<string, number>();
  for (const p of profiles) {
    const answer = evaluateEligibility(p, ruleSet);
    const ours = answer.levels.flatMap((l) => l.satisfiedClauses);
    const theirs = await jsonRulesEngineSatisfied(engine, p, order);
    if (ours.join() !== theirs.join()) {
      throw new Error(`engines disagree on ${JSON.stringify(p)}: ours [${ours}] json-rules-engine [${theirs}]`);
    }
    for (const level of answer.levels) {
      if (level.eligible !== theirs.some((id) => id.startsWith(`L${level.level}-`))) throw new Error(`eligible differs for level ${level.level}`);
    }
    satisfiedTotal += ours.length;
    for (const id of ours) perClause.set(id, (perClause.get(id) ?? 0) + 1);
  }

  // 2. time, one core (Node runs this on one thread); warm up first
  const minMillis = opts.minMillis ?? 1000;
  let sink = 0;
  const timeOurs = (fn: (p: EligibilityProfile) => number): number => {
    for (let i = 0; i < Math.min(n, 2000); i++) sink += fn(profiles[i]!);
    let count = 0;
    const t0 = performance.now();
    let t = t0;
    do {
      for (const p of profiles) sink += fn(p);
      count += n;
      t = performance.now();
    } while (t - t0 < minMillis);
    return rate(count, t - t0);
  };
  const ours = timeOurs((p) => evaluateEligibility(p, ruleSet).levels.length);
  const oursClausesOnly = timeOurs((p) => satisfiedClauseIds(p, ruleSet).length);

  for (let i = 0; i < Math.min(n, 500); i++) sink += (await engine.run({ profile: profiles[i] })).events.length;
  const t0 = performance.now();
  for (const p of profiles) sink += (await engine.run({ profile: p })).events.length;
  const jsonRulesEngine = rate(n, performance.now() - t0);

  const ratio = Math.round((ours / jsonRulesEngine) * 10) / 10;
  const clausesRatio = Math.round((oursClausesOnly / jsonRulesEngine) * 10) / 10;
  const fmt = (x: number) => x.toLocaleString('en-US').padStart(12);
  log(`rules bench: ${n.toLocaleString('en-US')} generated profiles, rule set ${ruleSet.id}, node ${process.version}, one thread`);
  const unseen = [...order.keys()].filter((id) => !perClause.has(id));
  log(
    `answers agree on all ${n} profiles (${satisfiedTotal} satisfied clauses; ` +
      `${perClause.size} of ${order.size} clause ids hold somewhere${unseen.length ? `, never: ${unseen.join(', ')}` : ''})`,
  );
  log('');
  log('engine                                        profiles/s   vs json-rules-engine');
  log(`ours: evaluateEligibility (reasons, holdsOn)${fmt(ours)}   ${ratio}x`);
  log(`ours: satisfiedClauseIds (clauses only)     ${fmt(oursClausesOnly)}   ${clausesRatio}x`);
  log(`json-rules-engine 7 (clauses only)          ${fmt(jsonRulesEngine)}   1x`);
  if (sink === -1) log(''); // keeps the work observable
  return { ours, oursClausesOnly, jsonRulesEngine, ratio, profiles: n };
}

if (require.main === module) {
  const i = process.argv.indexOf('--profiles');
  const profiles = i > 0 ? Number(process.argv[i + 1]) : undefined;
  runRulesBench({ profiles }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
