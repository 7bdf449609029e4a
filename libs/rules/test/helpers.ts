import { evaluateEligibility, type EligibilityAnswer, type EligibilityProfile, type FailingClause } from '../src';

/** A minimal valid profile: adult, nothing else; tests add what a clause needs. */
export function profile(over: Partial<EligibilityProfile> & { evaluationDate: string }): EligibilityProfile {
  return { birthDate: '1980-01-01', workPeriods: [], certificates: [], diplomas: [], titles: [], ...over };
}

export function clauseIn(answer: EligibilityAnswer, id: string): { holds: boolean; failing?: FailingClause } {
  const level = answer.levels.find((l) => l.level === Number(id[1]));
  if (!level) throw new Error(`no level for ${id}`);
  if (level.satisfiedClauses.includes(id)) return { holds: true };
  const failing = level.failingClauses.find((f) => f.clause === id);
  if (!failing) throw new Error(`clause ${id} neither satisfied nor failing`);
  return { holds: false, failing };
}

/** Evaluate `p` on `date` and look up clause `id`. */
export function clauseOn(p: EligibilityProfile, date: string, id: string) {
  return clauseIn(evaluateEligibility({ ...p, evaluationDate: date }), id);
}
