/**
 * Skill-upgrade subsidy (技能提升补贴), RULES.md §5. Every rule has an id; a refusal lists EVERY
 * failing id, not only the first.
 *
 * - subsidy.level               a 劳动关系协调员 skill-level certificate of level 4 or 3 (amounts by level)
 * - subsidy.enterprise-employee an enterprise employee (企业职工)
 * - subsidy.insured-12-months   at least 12 months of unemployment-insurance contributions [decision, configurable]
 * - subsidy.claim-window        claimed within 12 months of the certificate's issue date [decision, configurable]
 * - subsidy.once-per-year       at most once per person per year, from 2025-04-16 (year of approval [decision])
 * - subsidy.certificate-once    one certificate pays at most once, ever [decision]
 * - subsidy.since-2025-04-16    the claim is decided under the rule in force from 2025-04-16
 */
import { addMonths, compareDates, isValidIsoDate, yearOf, type IsoDate } from './dates';
import type { CertificateKind, OccupationRelation, SkillLevel } from './profile';

export const SUBSIDY_RULES = [
  'subsidy.level',
  'subsidy.enterprise-employee',
  'subsidy.insured-12-months',
  'subsidy.claim-window',
  'subsidy.once-per-year',
  'subsidy.certificate-once',
  'subsidy.since-2025-04-16',
] as const;
export type SubsidyRule = (typeof SUBSIDY_RULES)[number];

export interface SubsidyConfig {
  /** CNY per certificate level; levels absent get nothing under this notice (subsidy.level) */
  amounts: Partial<Record<SkillLevel, number>>;
  minimumInsuredMonths: number;
  /** the claim must be made before issue date + this many months (half-open window) */
  claimWindowMonths: number;
  /** 'calendar-year': one per calendar year of approval; 'rolling-12-months': none approved in the 12 months before */
  yearBasis: 'calendar-year' | 'rolling-12-months';
  /** the once-per-year rule applies from this date (自 2025 年 4 月 16 日起) */
  startDate: IsoDate;
  /** earlier claims in these statuses count as granted */
  countingStatuses: readonly string[];
}

export const defaultSubsidyConfig: SubsidyConfig = {
  amounts: { 4: 1500, 3: 2000 }, // Heze: level 4 1,500 CNY; level 3 2,000 CNY
  minimumInsuredMonths: 12,
  claimWindowMonths: 12,
  yearBasis: 'calendar-year',
  startDate: '2025-04-16',
  countingStatuses: ['approved', 'paid'],
};

export interface SubsidyCertificate {
  number: string;
  level: SkillLevel;
  /** 'this' = 劳动关系协调员/协调师 */
  occupation: OccupationRelation;
  issued: IsoDate;
  /** must be a skill-level (职业技能等级) certificate when given */
  kind?: CertificateKind;
}

export interface EarlierClaim {
  certificateNumber: string;
  approvedOn: IsoDate | null;
  /** e.g. approved | paid | pending | refused; only config.countingStatuses count */
  status: string;
}

export interface SubsidyInput {
  certificate: SubsidyCertificate;
  person: { enterpriseEmployee: boolean; unemploymentInsuredMonths: number; insuredWithAgencyId?: string };
  /** every earlier claim of the person, across journeys and certificates */
  earlierClaims: EarlierClaim[];
  /** the day the agency decides (and would approve) */
  decisionDate: IsoDate;
  /** the day the claim was made (for the claim window); defaults to decisionDate */
  claimedOn?: IsoDate;
}

export type SubsidyDecision =
  | { approved: true; amount: number; year: number; clauses: SubsidyRule[] }
  | { approved: false; failingRules: SubsidyRule[]; reasons: Array<{ rule: SubsidyRule; reason: string }> };

function sameYearBasis(config: SubsidyConfig, approvedOn: IsoDate, decisionDate: IsoDate): boolean {
  if (config.yearBasis === 'calendar-year') return yearOf(approvedOn) === yearOf(decisionDate);
  // rolling: approved on a day in (decisionDate - 12 months, decisionDate]
  return approvedOn > addMonths(decisionDate, -12) && approvedOn <= decisionDate;
}

export function decideSubsidy(input: SubsidyInput, config: SubsidyConfig = defaultSubsidyConfig): SubsidyDecision {
  const { certificate, person, earlierClaims, decisionDate } = input;
  const claimedOn = input.claimedOn ?? decisionDate;
  for (const [what, d] of [['decisionDate', decisionDate], ['claimedOn', claimedOn], ['certificate.issued', certificate.issued]] as const) {
    if (!isValidIsoDate(d)) throw new RangeError(`${what} must be a date YYYY-MM-DD, got ${String(d)}`);
  }
  const reasons: Array<{ rule: SubsidyRule; reason: string }> = [];
  const fail = (rule: SubsidyRule, reason: string) => reasons.push({ rule, reason });

  const amount = config.amounts[certificate.level];
  if (certificate.occupation !== 'this' || (certificate.kind !== undefined && certificate.kind !== 'skill-level')) {
    fail('subsidy.level', 'only a 劳动关系协调员 skill-level (职业技能等级) certificate qualifies');
  } else if (amount === undefined) {
    const levels = Object.keys(config.amounts).sort().reverse().join(' or ');
    fail('subsidy.level', `a level-${certificate.level} certificate gets no subsidy under this notice (level ${levels} only)`);
  }
  if (!person.enterpriseEmployee) fail('subsidy.enterprise-employee', 'only enterprise employees (企业职工) may claim');
  if (!(person.unemploymentInsuredMonths >= config.minimumInsuredMonths)) {
    fail(
      'subsidy.insured-12-months',
      `${person.unemploymentInsuredMonths} months of unemployment-insurance contributions; ${config.minimumInsuredMonths} needed`,
    );
  }
  const windowEnd = addMonths(certificate.issued, config.claimWindowMonths);
  if (compareDates(claimedOn, certificate.issued) < 0 || compareDates(claimedOn, windowEnd) >= 0) {
    fail(
      'subsidy.claim-window',
      `claimed on ${claimedOn}; the window for a certificate issued ${certificate.issued} is [${certificate.issued}, ${windowEnd})`,
    );
  }
  const counting = earlierClaims.filter((c) => config.countingStatuses.includes(c.status));
  const sameYear = counting.find(
    (c) => c.approvedOn != null && c.approvedOn >= config.startDate && sameYearBasis(config, c.approvedOn, decisionDate),
  );
  if (sameYear) {
    fail(
      'subsidy.once-per-year',
      config.yearBasis === 'calendar-year'
        ? `a subsidy was already approved on ${sameYear.approvedOn} in ${yearOf(decisionDate)}; at most once per person per year`
        : `a subsidy was already approved on ${sameYear.approvedOn}, within 12 months; at most once per person per year`,
    );
  }
  const sameCertificate = counting.find((c) => c.certificateNumber === certificate.number);
  if (sameCertificate) {
    fail('subsidy.certificate-once', `certificate ${certificate.number} was already paid for (approved ${sameCertificate.approvedOn ?? 'earlier'})`);
  }
  if (compareDates(decisionDate, config.startDate) < 0) {
    fail('subsidy.since-2025-04-16', `decided on ${decisionDate}; this rule applies from ${config.startDate}`);
  }

  if (reasons.length > 0) return { approved: false, failingRules: reasons.map((r) => r.rule), reasons };
  return { approved: true, amount: amount!, year: yearOf(decisionDate), clauses: [...SUBSIDY_RULES] };
}
