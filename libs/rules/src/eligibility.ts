/**
 * Eligibility engine (RULES.md §3): interprets a rule set's declarative clause parts over a profile.
 *
 * "Time alone passes" (for holdsOn): the profile stays as it is and only the evaluation date
 * moves, so holdsOn is a day on which evaluating the same profile gives a holding clause.
 * Certificates, titles and graduated diplomas dated after E are not held and never become held
 * (no new item); work periods starting after E are a new job and ignored; an open period keeps
 * running; a period covering E with a recorded end after E runs until that end and then stops
 * (on E only work up to E counts); enrolled and graduating students stay as they are.
 * Every part is then monotone in the date except worksInOccupation, which holds from E until the
 * last recorded end of the periods covering E (for ever if one is open). So a clause holds on the
 * latest of its parts' first holding days if that day is before that end, and never otherwise.
 */
import {
  dayNumberToYmd,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  toDayNumber,
  ymdToDayNumber,
  type IsoDate,
  type YMD,
} from './dates';
import { birthDateOf, type Diploma, type EligibilityProfile, type SkillLevel, type TitleGrade } from './profile';
import type { Clause, ClausePart, RuleSet, ServiceSince } from './rule-set';
import { hezeRuleSet20250718 } from './rule-sets/heze-2025-07-18';
import { formatMonths, formatYears, monthsHeld, ServiceTotal } from './service';

export interface FailingClause {
  clause: string;
  /** what is missing: the phrases of the parts that fail (only those), in the clause's order */
  reason: string;
  /** first date after evaluationDate on which time alone makes the clause hold; null if never */
  holdsOn: IsoDate | null;
}

export interface LevelAnswer {
  level: SkillLevel;
  eligible: boolean;
  offered: boolean;
  /** ids, in table order */
  satisfiedClauses: string[];
  /** every clause of the level that does not hold, in table order */
  failingClauses: FailingClause[];
}

export interface EligibilityAnswer {
  ruleSet: string;
  evaluationDate: IsoDate;
  /** always all five levels, level 5 first */
  levels: LevelAnswer[];
}

/** Horizon of the holdsOn search: nothing in §3 needs more than 10 years of waiting. */
const HORIZON_DAYS = 61 * 366;

interface FrozenPeriod {
  start: number;
  /** recorded end (half-open; may be after E: the work stops there as time passes), or -1 when open */
  end: number;
}

interface Dated {
  day: number;
  date: IsoDate;
}

/** The profile frozen on the evaluation date, in day numbers. */
interface Facts {
  e: number;
  evaluationDate: IsoDate;
  birth: YMD;
  intends: boolean;
  /** counting occupations only, start <= E, sorted by start */
  periods: FrozenPeriod[];
  /** a period covers E (open, or recorded end after E) */
  hasRunning: boolean;
  /** first day no period covers any more as time passes: Infinity if one is open; E if none covers E */
  worksUntil: number;
  /** earliest held certificate per level (index 1..5), counting occupations */
  certificates: Array<Dated | undefined>;
  /** certificates of a counting occupation dated after E, per level (for explanations) */
  laterCertificates: Array<IsoDate | undefined>;
  titles: Record<TitleGrade, Dated | undefined>;
  diplomas: Diploma[];
  countsMajor: (m: string) => boolean;
  serviceCache: Map<number, number>;
  total: ServiceTotal;
}

function prepareFacts(profile: EligibilityProfile, ruleSet: RuleSet): Facts {
  const evaluationDate = profile.evaluationDate;
  const e = toDayNumber(evaluationDate);
  const counts = ruleSet.occupation.counts;
  const periods: FrozenPeriod[] = [];
  let hasRunning = false;
  let worksUntil = e;
  for (const p of profile.workPeriods ?? []) {
    // 'other' occupation ignored; a period starting after E is a new job (not counted).
    if (!counts.includes(p.occupation) || p.start > evaluationDate) continue;
    const start = toDayNumber(p.start);
    if (p.end === undefined) {
      periods.push({ start, end: -1 });
      hasRunning = true;
      worksUntil = Infinity;
    } else {
      const end = toDayNumber(p.end);
      periods.push({ start, end });
      if (end > e) {
        hasRunning = true;
        if (end > worksUntil) worksUntil = end;
      }
    }
  }
  periods.sort((a, b) => a.start - b.start);

  const certificates: Array<Dated | undefined> = [undefined, undefined, undefined, undefined, undefined, undefined];
  const laterCertificates: Array<IsoDate | undefined> = [];
  for (const c of profile.certificates ?? []) {
    if (!counts.includes(c.occupation)) continue;
    if (c.issued > evaluationDate) {
      // items dated after the evaluation date are not held [decision]
      const later = laterCertificates[c.level];
      if (later === undefined || c.issued < later) laterCertificates[c.level] = c.issued;
      continue;
    }
    const held = certificates[c.level];
    if (held === undefined || c.issued < held.date) certificates[c.level] = { day: toDayNumber(c.issued), date: c.issued };
  }

  const titles: Record<TitleGrade, Dated | undefined> = { junior: undefined, intermediate: undefined, senior: undefined };
  for (const t of profile.titles ?? []) {
    if (!t.majorCorresponds || t.obtained > evaluationDate) continue;
    const held = titles[t.grade];
    if (held === undefined || t.obtained < held.date) titles[t.grade] = { day: toDayNumber(t.obtained), date: t.obtained };
  }

  // A graduated diploma dated after E is not held; graduating / enrolled students stay as they are.
  const diplomas = (profile.diplomas ?? []).filter(
    (d) => d.status !== 'graduated' || (d.date !== undefined && d.date <= evaluationDate),
  );
  const majorCounts = ruleSet.majors.counts;

  return {
    e,
    evaluationDate,
    birth: dayNumberToYmd(toDayNumber(birthDateOf(profile))),
    intends: profile.intendsToWorkInOccupation === true,
    periods,
    hasRunning,
    worksUntil,
    certificates,
    laterCertificates,
    titles,
    diplomas,
    countsMajor: (m) => (majorCounts as readonly string[]).includes(m),
    serviceCache: new Map(),
    total: new ServiceTotal(),
  };
}

/**
 * Service months on `at` (>= E) counted from `since` on (service arithmetic of §3, merged periods):
 * an open period ends at `at`, a recorded end after `at` is cut to `at`. Non-decreasing in `at`.
 */
function serviceMonthsAt(f: Facts, since: number, at: number): number {
  const total = f.total;
  total.months = 0;
  total.leftover = 0;
  let curStart = 0;
  let curEnd = 0;
  let open = false;
  for (const p of f.periods) {
    const start = p.start > since ? p.start : since;
    const end = p.end < 0 || p.end > at ? at : p.end;
    if (end <= start) continue;
    // periods are sorted by start and clipping to `since` keeps that order: merge in one pass
    if (open && start <= curEnd) {
      if (end > curEnd) curEnd = end;
      continue;
    }
    if (open) total.add(curStart, curEnd);
    curStart = start;
    curEnd = end;
    open = true;
  }
  if (open) total.add(curStart, curEnd);
  return total.total();
}

const NO_SINCE = -1e9;

function serviceOnE(f: Facts, since: number): number {
  let v = f.serviceCache.get(since);
  if (v === undefined) {
    v = serviceMonthsAt(f, since, f.e);
    f.serviceCache.set(since, v);
  }
  return v;
}

/** First day in (lo, hi] where the monotone predicate holds, knowing it fails on lo; null if not by hi. */
function firstDayWhere(pred: (day: number) => boolean, lo: number, hi: number): number | null {
  if (!pred(hi)) return null;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Where to search for the first day a growing period makes up `deficit` months (deficit >= 1).
 * Over Δ days one running period gains at most floor(Δ/28) + 2 counted months (a calendar month
 * spans at least 28 days, and the floor(leftover/30) term adds at most one more) and at least
 * floor(Δ/31) - 1. So the day is after E + 28·(deficit - 2) - 1 and at most E + 31·(deficit + 1).
 * If the work stops at a recorded end before that bound, service is constant from the end on: not
 * reached by the bound means never.
 */
function searchWindow(e: number, deficit: number): [number, number] {
  const lo = deficit >= 3 ? e + 28 * (deficit - 2) - 1 : e;
  return [lo, Math.min(e + 31 * (deficit + 1), e + HORIZON_DAYS)];
}

/** The day a person born on `birth` turns `years`; a 29 Feb birthday falls on 1 Mar in common years. */
function birthdayDay(birth: YMD, years: number): number {
  const y = birth.y + years;
  if (birth.m === 2 && birth.d === 29 && !isLeapYear(y)) return ymdToDayNumber({ y, m: 3, d: 1 });
  return ymdToDayNumber({ y, m: birth.m, d: Math.min(birth.d, daysInMonth(y, birth.m)) });
}

function ageOn(birth: YMD, on: YMD): number {
  let age = on.y - birth.y;
  if (on.m < birth.m || (on.m === birth.m && on.d < birth.d)) age -= 1;
  return age;
}

function sinceItem(f: Facts, since: ServiceSince): Dated | undefined {
  return 'certificateLevel' in since ? f.certificates[since.certificateLevel] : f.titles[since.title];
}

function sinceLabel(since: ServiceSince): string {
  return 'certificateLevel' in since ? `the level-${since.certificateLevel} certificate` : `the ${since.title} title`;
}

function missingItem(f: Facts, since: ServiceSince): string {
  if ('certificateLevel' in since) return missingCertificate(f, since.certificateLevel);
  return `no ${since.title} title with corresponding major dated on or before ${f.evaluationDate}`;
}

function missingCertificate(f: Facts, level: SkillLevel): string {
  const later = f.laterCertificates[level];
  const base = `no level-${level} certificate in this or a related occupation`;
  return later === undefined ? base : `${base} (the one of ${later} is dated after the evaluation date)`;
}

function diplomaMatches(f: Facts, d: Diploma, part: Extract<ClausePart, { kind: 'diploma' }>): boolean {
  if (!part.institutions.includes(d.institution)) return false;
  if (!part.statuses.includes(d.status)) return false;
  if (part.classes !== undefined && !part.classes.includes(d.class ?? 'ordinary')) return false;
  if (part.major === 'this-or-related' && !f.countsMajor(d.major)) return false;
  if (part.assessed === true && d.assessed !== true) return false;
  return true;
}

function describeDiploma(d: Diploma): string {
  const cls = d.class && d.class !== 'ordinary' ? ` ${d.class} class` : '';
  const when = d.status === 'graduated' ? `graduated ${d.date}` : d.status;
  return `${d.institution}${cls}, ${d.major} major, ${when}`;
}

/** Does the part hold on E? */
function partHolds(f: Facts, part: ClausePart): boolean {
  switch (part.kind) {
    case 'age':
      return f.e >= birthdayDay(f.birth, part.atLeast);
    case 'intends':
      return f.intends;
    case 'worksInOccupation':
      return f.hasRunning;
    case 'service': {
      if (part.since === undefined) return serviceOnE(f, NO_SINCE) >= 12 * part.years;
      const item = sinceItem(f, part.since);
      return item !== undefined && serviceOnE(f, item.day) >= 12 * part.years;
    }
    case 'certificate':
      return f.certificates[part.level] !== undefined;
    case 'certificateHeldYears': {
      const c = f.certificates[part.level];
      return c !== undefined && monthsHeld(c.day, f.e) >= 12 * part.years;
    }
    case 'title': {
      const t = f.titles[part.grade];
      return t !== undefined && (part.forYears === undefined || monthsHeld(t.day, f.e) >= 12 * part.forYears);
    }
    case 'diploma':
      for (const d of f.diplomas) if (diplomaMatches(f, d, part)) return true;
      return false;
  }
}

/** First day on which time alone makes the part hold (E if it holds already); null if never. */
function partFirstDay(f: Facts, part: ClausePart, holds: boolean): number | null {
  if (holds) return f.e;
  switch (part.kind) {
    case 'age':
      return birthdayDay(f.birth, part.atLeast);
    case 'service': {
      const since = part.since === undefined ? NO_SINCE : sinceItem(f, part.since)?.day;
      if (since === undefined || !f.hasRunning) return null; // nothing held, or no work covering E to add
      const need = 12 * part.years;
      return firstDayWhere((day) => serviceMonthsAt(f, since, day) >= need, ...searchWindow(f.e, need - serviceOnE(f, since)));
    }
    case 'certificateHeldYears': {
      const c = f.certificates[part.level];
      if (c === undefined) return null;
      const need = 12 * part.years;
      return firstDayWhere((day) => monthsHeld(c.day, day) >= need, ...searchWindow(f.e, need - monthsHeld(c.day, f.e)));
    }
    case 'title': {
      const t = f.titles[part.grade];
      if (t === undefined || part.forYears === undefined) return null;
      const need = 12 * part.forYears;
      return firstDayWhere((day) => monthsHeld(t.day, day) >= need, ...searchWindow(f.e, need - monthsHeld(t.day, f.e)));
    }
    default:
      // intends, certificate, diploma: time alone changes nothing; worksInOccupation cannot start
      // (no new job) and its end is applied per clause (failingClause)
      return null;
  }
}

/** One phrase per part: what holds, or what is missing. */
function explainPart(f: Facts, part: ClausePart, holds: boolean): string {
  switch (part.kind) {
    case 'age': {
      const age = ageOn(f.birth, dayNumberToYmd(f.e));
      return holds ? `age ${age} (at least ${part.atLeast})` : `age ${age}; at least ${part.atLeast} needed`;
    }
    case 'intends':
      return f.intends ? 'intends to work in the occupation' : 'no stated intention to work in this or a related occupation';
    case 'worksInOccupation':
      return f.hasRunning
        ? `works in this or a related occupation on ${f.evaluationDate}`
        : `no work period in this or a related occupation covers ${f.evaluationDate}`;
    case 'service': {
      const needed = formatYears(part.years);
      if (part.since === undefined) {
        const m = serviceOnE(f, NO_SINCE);
        return holds
          ? `${formatMonths(m)} of cumulative service in this or a related occupation (${needed} needed)`
          : `${formatMonths(m)} of cumulative service in this or a related occupation; ${needed} needed`;
      }
      const item = sinceItem(f, part.since);
      if (item === undefined) return missingItem(f, part.since);
      const m = serviceOnE(f, item.day);
      const what = `${formatMonths(m)} of service after ${sinceLabel(part.since)} of ${item.date}`;
      return holds ? `${what} (${needed} needed)` : `${what}; ${needed} needed`;
    }
    case 'certificate': {
      const c = f.certificates[part.level];
      return c ? `holds a level-${part.level} certificate of ${c.date}` : missingCertificate(f, part.level);
    }
    case 'certificateHeldYears': {
      const c = f.certificates[part.level];
      if (!c) return missingCertificate(f, part.level);
      const m = monthsHeld(c.day, f.e);
      const what = `level-${part.level} certificate of ${c.date} held for ${formatMonths(m)}`;
      return m >= 12 * part.years ? `${what} (${formatYears(part.years)} needed)` : `${what}; ${formatYears(part.years)} needed`;
    }
    case 'title': {
      const t = f.titles[part.grade];
      if (!t) return `no ${part.grade} title with corresponding major dated on or before ${f.evaluationDate}`;
      if (part.forYears === undefined) return `holds a ${part.grade} title with corresponding major of ${t.date}`;
      const m = monthsHeld(t.day, f.e);
      return `${part.grade} title of ${t.date} held for ${formatMonths(m)}${m >= 12 * part.forYears ? ' (' : '; '}${formatYears(part.forYears)} needed${m >= 12 * part.forYears ? ')' : ''}`;
    }
    case 'diploma': {
      for (const d of f.diplomas) if (diplomaMatches(f, d, part)) return `holds a ${part.label}: ${describeDiploma(d)}`;
      return `no ${part.label}`;
    }
  }
}

function clauseHolds(f: Facts, clause: Clause): boolean {
  for (const part of clause.parts) if (!partHolds(f, part)) return false;
  return true;
}

/**
 * A failing clause: the phrases of the parts that fail (only those), and the first day all parts
 * hold together: the latest of the parts' first holding days, if the work a worksInOccupation part
 * needs has not stopped by then.
 */
function failingClause(f: Facts, clause: Clause): FailingClause {
  let reason = '';
  let latest: number | null = f.e;
  let until = Infinity;
  for (const part of clause.parts) {
    const holds = partHolds(f, part);
    if (!holds) reason = reason === '' ? explainPart(f, part, holds) : `${reason}; ${explainPart(f, part, holds)}`;
    if (part.kind === 'worksInOccupation' && f.worksUntil < until) until = f.worksUntil;
    if (latest !== null) {
      const day = partFirstDay(f, part, holds);
      latest = day === null ? null : day > latest ? day : latest;
    }
  }
  const holdsOn = latest === null || latest >= until ? null : fromDayNumber(latest);
  return { clause: clause.id, reason, holdsOn };
}

/** Answer RULES.md §3 for one profile (validate untrusted input with parseEligibilityProfile first). */
export function evaluateEligibility(profile: EligibilityProfile, ruleSet: RuleSet = hezeRuleSet20250718): EligibilityAnswer {
  const f = prepareFacts(profile, ruleSet);
  const levels: LevelAnswer[] = [];
  for (const level of ruleSet.levels) {
    const satisfiedClauses: string[] = [];
    const failingClauses: FailingClause[] = [];
    for (const clause of level.clauses) {
      if (clauseHolds(f, clause)) satisfiedClauses.push(clause.id);
      else failingClauses.push(failingClause(f, clause));
    }
    levels.push({
      level: level.level,
      eligible: satisfiedClauses.length > 0, // any one clause of a level suffices
      offered: level.offered,
      satisfiedClauses,
      failingClauses,
    });
  }
  return { ruleSet: ruleSet.id, evaluationDate: profile.evaluationDate, levels };
}

/**
 * Clause ids that hold, per level, without explanations or holdsOn (the cheap path, for screening
 * many profiles). Same engine, same answers as evaluateEligibility's satisfiedClauses.
 */
export function satisfiedClauseIds(profile: EligibilityProfile, ruleSet: RuleSet = hezeRuleSet20250718): string[] {
  const f = prepareFacts(profile, ruleSet);
  const ids: string[] = [];
  for (const level of ruleSet.levels) for (const clause of level.clauses) if (clauseHolds(f, clause)) ids.push(clause.id);
  return ids;
}
