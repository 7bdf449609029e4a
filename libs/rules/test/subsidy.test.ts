/** Skill-upgrade subsidy (RULES.md §5): one refusal per rule id, and every failing id listed together. */
import { describe, expect, it } from 'vitest';
import { decideSubsidy, defaultSubsidyConfig, SUBSIDY_RULES, type SubsidyInput } from '../src';

const base: SubsidyInput = {
  certificate: { number: 'HZ-2025-0001', level: 4, occupation: 'this', issued: '2025-08-01', kind: 'skill-level' },
  person: { enterpriseEmployee: true, unemploymentInsuredMonths: 24, insuredWithAgencyId: 'heze-si' },
  earlierClaims: [],
  decisionDate: '2025-09-01',
};
const withCert = (over: Partial<SubsidyInput['certificate']>): SubsidyInput => ({ ...base, certificate: { ...base.certificate, ...over } });
const refusedFor = (input: SubsidyInput) => {
  const d = decideSubsidy(input);
  if (d.approved) throw new Error('approved');
  return d.failingRules;
};

describe('decideSubsidy', () => {
  it('approves level 4 with 1,500 CNY and level 3 with 2,000 CNY (Heze amounts)', () => {
    expect(decideSubsidy(base)).toEqual({ approved: true, amount: 1500, year: 2025, clauses: [...SUBSIDY_RULES] });
    expect(decideSubsidy(withCert({ level: 3 }))).toMatchObject({ approved: true, amount: 2000 });
  });

  it('subsidy.level: other levels, other occupations and qualification certificates get nothing', () => {
    expect(refusedFor(withCert({ level: 2 }))).toEqual(['subsidy.level']);
    expect(refusedFor(withCert({ level: 5 }))).toEqual(['subsidy.level']);
    expect(refusedFor(withCert({ occupation: 'related' }))).toEqual(['subsidy.level']);
    expect(refusedFor(withCert({ kind: 'qualification' }))).toEqual(['subsidy.level']);
  });

  it('subsidy.enterprise-employee', () => {
    expect(refusedFor({ ...base, person: { ...base.person, enterpriseEmployee: false } })).toEqual(['subsidy.enterprise-employee']);
  });

  it('subsidy.insured-12-months: 11 months refused, 12 approved', () => {
    expect(refusedFor({ ...base, person: { ...base.person, unemploymentInsuredMonths: 11 } })).toEqual(['subsidy.insured-12-months']);
    expect(decideSubsidy({ ...base, person: { ...base.person, unemploymentInsuredMonths: 12 } }).approved).toBe(true);
  });

  it('subsidy.claim-window: [issued, issued + 12 months): the day before the anniversary is in, the anniversary is out', () => {
    const c = withCert({ issued: '2024-08-01' });
    expect(decideSubsidy({ ...c, decisionDate: '2025-07-31' }).approved).toBe(true);
    expect(refusedFor({ ...c, decisionDate: '2025-08-01' })).toEqual(['subsidy.claim-window']);
    // the claim date, not the agency's decision date, is what the window looks at
    expect(decideSubsidy({ ...c, claimedOn: '2025-07-31', decisionDate: '2025-08-20' }).approved).toBe(true);
    expect(refusedFor({ ...base, claimedOn: '2025-07-31' })).toEqual(['subsidy.claim-window']); // before issue
  });

  it('subsidy.once-per-year: one approval per calendar year of approval, across certificates', () => {
    const other = { certificateNumber: 'HZ-2025-0999', status: 'paid' };
    expect(refusedFor({ ...base, earlierClaims: [{ ...other, approvedOn: '2025-05-01' }] })).toEqual(['subsidy.once-per-year']);
    expect(decideSubsidy({ ...base, earlierClaims: [{ ...other, approvedOn: '2024-12-31' }] }).approved).toBe(true);
    // refused or pending claims do not count; approvals before 2025-04-16 predate the rule
    expect(decideSubsidy({ ...base, earlierClaims: [{ ...other, approvedOn: '2025-05-01', status: 'refused' }] }).approved).toBe(true);
    expect(decideSubsidy({ ...base, earlierClaims: [{ ...other, approvedOn: '2025-04-15' }] }).approved).toBe(true);
  });

  it('subsidy.once-per-year with a rolling 12-month year basis (configurable)', () => {
    const rolling = { ...defaultSubsidyConfig, yearBasis: 'rolling-12-months' as const };
    const input = { ...withCert({ issued: '2026-01-01' }), earlierClaims: [{ certificateNumber: 'X', status: 'approved', approvedOn: '2025-05-01' }] };
    // a new calendar year is enough by default, not with a rolling year
    expect(decideSubsidy({ ...input, decisionDate: '2026-03-01' }).approved).toBe(true);
    expect(decideSubsidy({ ...input, decisionDate: '2026-03-01' }, rolling)).toMatchObject({ approved: false, failingRules: ['subsidy.once-per-year'] });
    expect(decideSubsidy({ ...input, decisionDate: '2026-05-01' }, rolling).approved).toBe(true);
  });

  it('subsidy.certificate-once: the same certificate never pays twice', () => {
    const claims = [{ certificateNumber: 'HZ-2025-0001', status: 'paid', approvedOn: '2024-12-01' }];
    expect(refusedFor({ ...withCert({ issued: '2024-11-01' }), earlierClaims: claims, decisionDate: '2025-06-01' })).toEqual([
      'subsidy.certificate-once',
    ]);
  });

  it('subsidy.since-2025-04-16: decisions before the start date are refused', () => {
    const c = withCert({ issued: '2025-01-10' });
    expect(refusedFor({ ...c, decisionDate: '2025-04-15' })).toEqual(['subsidy.since-2025-04-16']);
    expect(decideSubsidy({ ...c, decisionDate: '2025-04-16' }).approved).toBe(true);
  });

  it('lists every failing rule id together, each with a reason (each rule is checked on its own)', () => {
    const d = decideSubsidy({
      certificate: { number: 'HZ-2024-0001', level: 5, occupation: 'this', issued: '2024-01-10' },
      person: { enterpriseEmployee: false, unemploymentInsuredMonths: 0 },
      // an approval recorded for the same certificate, dated on/after 2025-04-16 in the same year
      earlierClaims: [{ certificateNumber: 'HZ-2024-0001', status: 'approved', approvedOn: '2025-04-16' }],
      decisionDate: '2025-04-15',
    });
    expect(d.approved).toBe(false);
    if (d.approved) return;
    expect(d.failingRules).toEqual([...SUBSIDY_RULES]);
    expect(d.reasons.map((r) => r.rule)).toEqual(d.failingRules);
    expect(d.reasons.find((r) => r.rule === 'subsidy.insured-12-months')?.reason).toBe(
      '0 months of unemployment-insurance contributions; 12 needed',
    );
  });

  it('amounts, minimum months and window are configuration', () => {
    const config = { ...defaultSubsidyConfig, amounts: { 4: 1000 }, minimumInsuredMonths: 6, claimWindowMonths: 24 };
    expect(decideSubsidy({ ...base, person: { ...base.person, unemploymentInsuredMonths: 6 } }, config)).toMatchObject({ approved: true, amount: 1000 });
    expect(decideSubsidy(withCert({ level: 3 }), config)).toMatchObject({ approved: false, failingRules: ['subsidy.level'] });
    expect(decideSubsidy({ ...withCert({ issued: '2024-01-01' }), decisionDate: '2025-09-01' }, config).approved).toBe(true);
  });
});
