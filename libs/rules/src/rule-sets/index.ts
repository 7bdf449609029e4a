import type { RuleSet } from '../rule-set';
import { hezeRuleSet20250718 } from './heze-2025-07-18';

export { hezeRuleSet20250718 };

/** Every rule set by id; rule sets are versioned and never edited in place. */
export const ruleSets: Readonly<Record<string, RuleSet>> = Object.freeze({
  [hezeRuleSet20250718.id]: hezeRuleSet20250718,
});

export const defaultRuleSetId = hezeRuleSet20250718.id;

export function getRuleSet(id: string): RuleSet {
  const ruleSet = ruleSets[id];
  if (!ruleSet) throw new RangeError(`unknown rule set "${id}"; known: ${Object.keys(ruleSets).join(', ')}`);
  return ruleSet;
}
