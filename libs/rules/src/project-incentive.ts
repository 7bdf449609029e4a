/**
 * Project incentive (项目激励), RULES.md §6: a project earns once +10 points in the annual
 * law-abiding and credit rating and the provincial 标准化安薪项目 application, and low-frequency
 * inspection, when all hold:
 * - incentive.certified-specialist      at least one specialist organised by the general contractor got a certificate
 * - incentive.wage-guarantee            the farm-worker wage-payment guarantee systems are strictly implemented
 * - incentive.no-arrears                no wage-arrears violation found during construction
 * - incentive.withdrawn-after-violation a violation found after the grant withdraws the standing for the
 *                                       years after the violation's year [decision]; points granted stay in history
 */
import { isValidIsoDate, maxDate, yearOf, type IsoDate } from './dates';

export const INCENTIVE_POINTS = 10;

export type IncentiveRule =
  | 'incentive.certified-specialist'
  | 'incentive.wage-guarantee'
  | 'incentive.no-arrears'
  | 'incentive.withdrawn-after-violation';

export interface ProjectIncentiveInput {
  certifiedSpecialists: number;
  wageGuaranteeSystemsImplemented: boolean;
  violations: Array<{ foundOn: IsoDate }>;
  /** when the incentive was granted earlier (once only), if it was */
  grantedOn?: IsoDate | null;
  asOf: IsoDate;
}

export interface ProjectIncentive {
  standing: 'none' | 'granted' | 'withdrawn';
  /** the grant date: the earlier one, or asOf when granted now */
  grantedOn?: IsoDate;
  /** first rating year without the standing */
  withdrawnFromYear?: number;
  /** points in the history (granted points stay even when withdrawn) */
  points: number;
  failing: IncentiveRule[];
}

export function evaluateProjectIncentive(input: ProjectIncentiveInput): ProjectIncentive {
  if (!isValidIsoDate(input.asOf)) throw new RangeError(`asOf must be a date YYYY-MM-DD, got ${String(input.asOf)}`);
  // violations found after asOf are not known yet
  const found = input.violations
    .map((v) => v.foundOn)
    .filter((d) => d <= input.asOf)
    .sort();

  if (input.grantedOn) {
    // granted once: never granted again; a violation found withdraws it for the years after it
    if (found.length === 0) return { standing: 'granted', grantedOn: input.grantedOn, points: INCENTIVE_POINTS, failing: [] };
    // the first violation withdraws; one recorded before the grant counts as found on the grant date
    const effective = maxDate(found[0]!, input.grantedOn);
    return {
      standing: 'withdrawn',
      grantedOn: input.grantedOn,
      withdrawnFromYear: yearOf(effective) + 1,
      points: INCENTIVE_POINTS,
      failing: ['incentive.no-arrears', 'incentive.withdrawn-after-violation'],
    };
  }

  const failing: IncentiveRule[] = [];
  if (!(input.certifiedSpecialists >= 1)) failing.push('incentive.certified-specialist');
  if (!input.wageGuaranteeSystemsImplemented) failing.push('incentive.wage-guarantee');
  if (found.length > 0) failing.push('incentive.no-arrears');
  if (failing.length > 0) return { standing: 'none', points: 0, failing };
  return { standing: 'granted', grantedOn: input.asOf, points: INCENTIVE_POINTS, failing: [] };
}
