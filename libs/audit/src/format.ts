import type { TimelineEntry } from './timeline';

/** A short name for a workflow relative to its journey: `journey`, `claim-C1`, `leave-2026-03-01-wages`. */
export function shortWorkflow(rootId: string, workflowId: string): string {
  if (workflowId === rootId) return 'journey';
  if (workflowId.startsWith(`${rootId}-`)) return workflowId.slice(rootId.length + 1);
  return workflowId;
}

export function who(e: TimelineEntry): string {
  if (!e.actor) return '';
  if (e.actor.role === 'system') return 'system';
  return [e.actor.role, e.actor.organisationId, e.actor.keyId ? `key ${e.actor.keyId.slice(0, 8)}` : null].filter(Boolean).join(' / ');
}

export function stateChange(e: TimelineEntry): string {
  if (e.before === null && e.after === null) return '';
  if (e.before === e.after || e.before === null) return e.after ?? '';
  return `${e.before ?? '?'} → ${[...(e.via ?? []), e.after ?? '?'].join(' → ')}`;
}

/** One line per entry. */
export function formatTimelineText(rootId: string, entries: TimelineEntry[]): string {
  return entries
    .map((e) => {
      const parts = [
        e.at.replace('T', ' ').replace('Z', ''),
        `[${shortWorkflow(rootId, e.workflowId)} #${e.eventId}]`,
        `${e.kind}: ${e.what}`,
        who(e) && `by ${who(e)}`,
        stateChange(e) && `(${stateChange(e)})`,
        e.clauses.length ? `clauses ${e.clauses.join(', ')}` : '',
        e.detail && `— ${e.detail}`,
      ];
      return parts.filter(Boolean).join(' ');
    })
    .join('\n');
}

/** A fixed-width table (for `--format table`). */
export function formatTimelineTable(rootId: string, entries: TimelineEntry[], maxDetail = 70): string {
  const header = ['time (UTC)', 'workflow', '#', 'kind', 'event', 'who', 'state', 'clauses', 'detail'];
  const rows = entries.map((e) => [
    e.at.replace('T', ' ').replace('Z', '').slice(0, 23),
    shortWorkflow(rootId, e.workflowId),
    String(e.eventId),
    e.kind,
    e.what,
    who(e),
    stateChange(e),
    e.clauses.join(', '),
    e.detail.length > maxDetail ? `${e.detail.slice(0, maxDetail - 1)}…` : e.detail,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}
