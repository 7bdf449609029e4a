/** A readable plain-text table of an eligibility answer (CLI `--format table`). */
import type { EligibilityAnswer } from './eligibility';

export function formatAnswerTable(answer: EligibilityAnswer): string {
  const lines: string[] = [`rule set ${answer.ruleSet}, evaluation date ${answer.evaluationDate}`, ''];
  for (const level of answer.levels) {
    const state = level.eligible ? 'ELIGIBLE' : 'not eligible';
    lines.push(`Level ${level.level}: ${state}${level.offered ? '' : ' (not offered by this programme)'}`);
    lines.push(`  holds: ${level.satisfiedClauses.length > 0 ? level.satisfiedClauses.join(', ') : '-'}`);
    for (const f of level.failingClauses) {
      lines.push(`  ${f.clause.padEnd(5)} ${f.holdsOn ? `holds on ${f.holdsOn}` : 'time alone: never'}  ${f.reason}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
