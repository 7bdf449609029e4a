/** Rule sets are versioned data chosen by id (RULES.md §3, footnote ⑤): a new one needs no engine code. */
import { describe, expect, it } from 'vitest';
import { classifyMajor, classifyOccupation, evaluateEligibility, getRuleSet, hezeRuleSet20250718, ruleSets, type RuleSet } from '../src';
import { clauseIn, profile } from './helpers';

describe('rule sets', () => {
  it('heze-2025-07-18 is registered, has all five levels (5 first) and the 19 clause ids of the table', () => {
    expect(ruleSets['heze-2025-07-18']).toBe(hezeRuleSet20250718);
    expect(getRuleSet('heze-2025-07-18')).toBe(hezeRuleSet20250718);
    expect(() => getRuleSet('nope')).toThrow(/unknown rule set "nope"/);
    expect(hezeRuleSet20250718.levels.map((l) => l.level)).toEqual([5, 4, 3, 2, 1]);
    expect(hezeRuleSet20250718.levels.flatMap((l) => l.clauses.map((c) => c.id))).toEqual([
      'L5-1', 'L5-2', 'L4-1', 'L4-2', 'L4-3', 'L3-1', 'L3-2', 'L3-3', 'L3-4', 'L3-5', 'L3-6',
      'L2-1', 'L2-2', 'L2-3', 'L2-4', 'L2-5', 'L1-1', 'L1-2', 'L1-3',
    ]);
  });

  it('a new rule set is new data: an enterprise variant with 3 years for L4-1 answers under its own id', () => {
    const variant: RuleSet = {
      ...hezeRuleSet20250718,
      id: 'test-enterprise-variant',
      levels: hezeRuleSet20250718.levels.map((l) =>
        l.level !== 4 ? l : { ...l, clauses: l.clauses.map((c) => (c.id === 'L4-1' ? { ...c, parts: [{ kind: 'service', years: 3 }] } : c)) },
      ),
    };
    const p = profile({ evaluationDate: '2023-03-15', workPeriods: [{ start: '2020-03-15', occupation: 'this' }] });
    expect(clauseIn(evaluateEligibility(p), 'L4-1').holds).toBe(false);
    const answer = evaluateEligibility(p, variant);
    expect(answer.ruleSet).toBe('test-enterprise-variant');
    expect(clauseIn(answer, 'L4-1').holds).toBe(true);
  });

  it('related occupations and majors are configuration of the rule set', () => {
    expect(classifyOccupation(hezeRuleSet20250718, '劳动关系协调员')).toBe('this');
    expect(classifyOccupation(hezeRuleSet20250718, '劳资专管员')).toBe('related'); // [decision] RULES.md §3
    expect(classifyOccupation(hezeRuleSet20250718, '焊工')).toBe('other');
    expect(classifyMajor(hezeRuleSet20250718, '人力资源管理')).toBe('related');
    const narrower: RuleSet = { ...hezeRuleSet20250718, id: 'x', occupation: { ...hezeRuleSet20250718.occupation, counts: ['this'] } };
    const p = profile({ evaluationDate: '2026-01-01', workPeriods: [{ start: '2015-01-01', occupation: 'related' }] });
    expect(clauseIn(evaluateEligibility(p), 'L4-1').holds).toBe(true);
    expect(clauseIn(evaluateEligibility(p, narrower), 'L4-1').holds).toBe(false);
  });
});
