import { HezeLevel, HezeState } from '@heze/temporal';

/** Filters of a bulk replay, as a Temporal visibility query over the journeys' search attributes. */
export interface ReplayFilter {
  state?: string;
  level?: string | number;
  since?: string;
  until?: string;
}

export class ReplayFilterError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function day(name: string, s: string): Date {
  const d = new Date(`${s}T00:00:00Z`);
  if (!DATE.test(s) || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(s)) throw new ReplayFilterError(`--${name} must be a date YYYY-MM-DD; got '${s}'`);
  return d;
}

/** `WorkflowType = 'journeyWorkflow'` plus HezeState / HezeLevel / StartTime conditions; `until` is inclusive. */
export function replayAllQuery(f: ReplayFilter): string {
  const parts = [`WorkflowType = 'journeyWorkflow'`];
  if (f.state !== undefined) {
    if (!/^[A-Za-z][A-Za-z.]{0,59}$/.test(f.state)) throw new ReplayFilterError(`--state must be a state name (e.g. certified); got '${f.state}'`);
    parts.push(`${HezeState.name} = '${f.state}'`);
  }
  if (f.level !== undefined) {
    const n = Number(f.level);
    if (!Number.isInteger(n) || n < 1 || n > 5) throw new ReplayFilterError(`--level must be 1..5; got '${f.level}'`);
    parts.push(`${HezeLevel.name} = ${n}`);
  }
  let since: Date | null = null;
  if (f.since !== undefined) {
    since = day('since', f.since);
    parts.push(`StartTime >= '${since.toISOString()}'`);
  }
  if (f.until !== undefined) {
    const until = day('until', f.until);
    if (since && until < since) throw new ReplayFilterError('--until must not be before --since');
    parts.push(`StartTime < '${new Date(until.getTime() + 86_400_000).toISOString()}'`);
  }
  return parts.join(' AND ');
}
