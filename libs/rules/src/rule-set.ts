/**
 * A rule set is DATA: an id, the configuration the clauses refer to (related occupations and
 * majors), and per level the clauses, each a list of declarative parts that all must hold.
 * The engine (eligibility.ts) interprets the parts; a new rule set is a new data file under
 * rule-sets/, never new engine code (RULES.md §3, footnote ⑤: versioned, chosen by id).
 */
import type { IsoDate } from './dates';
import type {
  DiplomaClass,
  DiplomaStatus,
  Institution,
  MajorRelation,
  OccupationRelation,
  SkillLevel,
  TitleGrade,
} from './profile';

/** "取得 X 后": service counted only from the date of X on. */
export type ServiceSince = { certificateLevel: SkillLevel } | { title: TitleGrade };

export type ClausePart =
  /** age at the evaluation date, in whole years */
  | { kind: 'age'; atLeast: number }
  /** 拟从事本职业或相关职业工作 */
  | { kind: 'intends' }
  /** a work period in a counting occupation covers the evaluation date */
  | { kind: 'worksInOccupation' }
  /** service of at least `years` (service arithmetic of §3), cumulative or since a certificate / title */
  | { kind: 'service'; years: number; since?: ServiceSince }
  /** holds a certificate of exactly this level in a counting occupation */
  | { kind: 'certificate'; level: SkillLevel }
  /** has held a certificate of exactly this level for `years` (same calendar rule on [issued, date)) */
  | { kind: 'certificateHeldYears'; level: SkillLevel; years: number }
  /** holds a title of exactly this grade with corresponding major, optionally held for `forYears` */
  | { kind: 'title'; grade: TitleGrade; forYears?: number }
  /** holds a diploma matching all given filters */
  | {
      kind: 'diploma';
      /** readable name used in explanations, e.g. "diploma of a technical school's senior-worker class or above" */
      label: string;
      institutions: readonly Institution[];
      /** allowed classes (absent class = 'ordinary'); omitted = any class */
      classes?: readonly DiplomaClass[];
      statuses: readonly DiplomaStatus[];
      major: 'this-or-related' | 'any';
      /** only 经评估论证的 schools */
      assessed?: true;
    };

export interface Clause {
  /** clause id quoted everywhere, e.g. `L3-5` */
  id: string;
  /** source text of the notice's attachment */
  source: string;
  /** all parts must hold */
  parts: readonly ClausePart[];
}

export interface LevelRules {
  level: SkillLevel;
  name: string;
  /** offered by this programme (level 5 is not, yet its `eligible` is still computed) */
  offered: boolean;
  /** any one clause suffices */
  clauses: readonly Clause[];
}

export interface RuleSet {
  id: string;
  title: string;
  /** where the clauses come from */
  source: string;
  /** the day the notice was issued */
  issued: IsoDate;
  occupation: {
    name: string;
    /** configured list of related occupations (names), for classifying work, certificates */
    related: readonly string[];
    /** which relations count as "this or a related occupation" */
    counts: readonly OccupationRelation[];
  };
  majors: {
    this: readonly string[];
    related: readonly string[];
    counts: readonly MajorRelation[];
  };
  /** always all five levels, level 5 first */
  levels: readonly LevelRules[];
}

/** Classify a free-text occupation name against a rule set's configuration. */
export function classifyOccupation(ruleSet: RuleSet, name: string): OccupationRelation {
  const n = name.trim();
  if (ruleSet.occupation.name.split('/').some((x) => x.trim() === n)) return 'this';
  return ruleSet.occupation.related.includes(n) ? 'related' : 'other';
}

/** Classify a free-text major name against a rule set's configuration. */
export function classifyMajor(ruleSet: RuleSet, name: string): MajorRelation {
  const n = name.trim();
  if (ruleSet.majors.this.includes(n)) return 'this';
  return ruleSet.majors.related.includes(n) ? 'related' : 'other';
}
