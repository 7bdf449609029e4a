/** Project incentive (RULES.md §6): clauses incentive.* (docs/rules.md). */
import { describe, expect, it } from 'vitest';
import { evaluateProjectIncentive } from '../src';

const ok = { certifiedSpecialists: 1, wageGuaranteeSystemsImplemented: true, violations: [], asOf: '2025-12-01' };

describe('evaluateProjectIncentive', () => {
  it('grants +10 once when all three conditions hold', () => {
    expect(evaluateProjectIncentive(ok)).toEqual({ standing: 'granted', grantedOn: '2025-12-01', points: 10, failing: [] });
  });

  it('incentive.certified-specialist, incentive.wage-guarantee, incentive.no-arrears: each failing condition is listed', () => {
    expect(evaluateProjectIncentive({ ...ok, certifiedSpecialists: 0 })).toEqual({ standing: 'none', points: 0, failing: ['incentive.certified-specialist'] });
    expect(evaluateProjectIncentive({ ...ok, wageGuaranteeSystemsImplemented: false }).failing).toEqual(['incentive.wage-guarantee']);
    expect(evaluateProjectIncentive({ ...ok, violations: [{ foundOn: '2025-06-01' }] }).failing).toEqual(['incentive.no-arrears']);
    expect(
      evaluateProjectIncentive({ certifiedSpecialists: 0, wageGuaranteeSystemsImplemented: false, violations: [{ foundOn: '2025-01-01' }], asOf: '2025-12-01' })
        .failing,
    ).toEqual(['incentive.certified-specialist', 'incentive.wage-guarantee', 'incentive.no-arrears']);
  });

  it('a violation found after asOf is not known yet', () => {
    expect(evaluateProjectIncentive({ ...ok, violations: [{ foundOn: '2025-12-02' }] }).standing).toBe('granted');
  });

  it('granted once: an earlier grant is kept, not granted again', () => {
    expect(evaluateProjectIncentive({ ...ok, grantedOn: '2025-03-01', asOf: '2026-03-01' })).toEqual({
      standing: 'granted',
      grantedOn: '2025-03-01',
      points: 10,
      failing: [],
    });
  });

  it('incentive.withdrawn-after-violation: withdrawn for the years after the violation; the granted points stay in history', () => {
    const r = evaluateProjectIncentive({ ...ok, grantedOn: '2025-03-01', violations: [{ foundOn: '2026-05-10' }], asOf: '2026-06-01' });
    expect(r).toEqual({
      standing: 'withdrawn',
      grantedOn: '2025-03-01',
      withdrawnFromYear: 2027,
      points: 10,
      failing: ['incentive.no-arrears', 'incentive.withdrawn-after-violation'],
    });
  });

  it('incentive.withdrawn-after-violation: a violation recorded before the grant counts from the grant year', () => {
    const r = evaluateProjectIncentive({ ...ok, grantedOn: '2025-03-01', violations: [{ foundOn: '2024-11-01' }], asOf: '2026-01-10' });
    expect(r).toMatchObject({ standing: 'withdrawn', withdrawnFromYear: 2026, points: 10 });
  });
});
