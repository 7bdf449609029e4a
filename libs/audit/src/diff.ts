import type { AuditExport } from './history';
import { formatTimelineText, shortWorkflow, who } from './format';
import { AtPointError, stateAt, type AtPoint, type StateAt, type WorkflowStateAt } from './state-at';
import { buildTimeline, type TimelineEntry } from './timeline';

/** One context field that differs; `before`/`after` undefined: the field was not there. */
export interface FieldChange {
  /** Dotted path in the machine context, e.g. `certificate.number`. */
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface WorkflowChange {
  workflowId: string;
  workflowType: string;
  /** False when the workflow had not started at the first point. */
  existedBefore: boolean;
  stateBefore: string | null;
  stateAfter: string | null;
  fields: FieldChange[];
  /** The event whose reported view gave the second point's context, and whether the state has moved on since (state-at). */
  contextFromEventId: number | null;
  contextIsCurrent: boolean;
}

/** Who sent what between the two points (the timeline entries after the first point, up to the second). */
export interface DiffStep {
  at: string;
  workflowId: string;
  eventId: number;
  kind: TimelineEntry['kind'];
  what: string;
  by: TimelineEntry['actor'];
  before: string | null;
  after: string | null;
  clauses: string[];
  detail: string;
}

export interface CaseDiff {
  journeyId: string;
  from: { at: AtPoint; asOf: string };
  to: { at: AtPoint; asOf: string };
  /** Only the workflows whose state or context changed (or that started) between the points. */
  changes: WorkflowChange[];
  steps: DiffStep[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field-level differences of two contexts; nested objects by field, arrays and scalars as whole values. */
export function diffFields(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => {
      const path = prefix ? `${prefix}.${k}` : k;
      if (!(k in after)) return [{ field: path, before: before[k] }];
      if (!(k in before)) return [{ field: path, after: after[k] }];
      return diffFields(before[k], after[k], path);
    });
  }
  if (same(before, after)) return [];
  // A field that went from null to an object (a certificate issued) is shown whole.
  return [{ field: prefix || '(context)', before, after }];
}

function changeOf(before: WorkflowStateAt | undefined, after: WorkflowStateAt): WorkflowChange | null {
  const fields = diffFields(before?.context ?? {}, after.context ?? {});
  const stateBefore = before?.state ?? null;
  if (before && stateBefore === after.state && fields.length === 0) return null;
  return {
    workflowId: after.workflowId,
    workflowType: after.workflowType,
    existedBefore: !!before,
    stateBefore,
    stateAfter: after.state,
    fields,
    contextFromEventId: after.contextFromEventId,
    contextIsCurrent: after.contextIsCurrent,
  };
}

const atLabel = (s: StateAt) => pointLabel(s);

/**
 * What changed in the case between two points (event ids of the journey's history or instants):
 * the state and the context fields of the journey and of each of its processes, and the steps in
 * between with who took them. Reconstructed from the recorded history (state-at), nothing re-run.
 */
export function diffCase(doc: AuditExport, at1: AtPoint, at2: AtPoint): CaseDiff {
  const a = stateAt(doc, at1);
  const b = stateAt(doc, at2);
  const byEvent = 'eventId' in at1 && 'eventId' in at2 && (at1.workflowId ?? doc.rootId) === (at2.workflowId ?? doc.rootId);
  const backwards = byEvent ? (at1 as { eventId: number }).eventId > (at2 as { eventId: number }).eventId : a.asOf > b.asOf;
  if (backwards) throw new AtPointError(`the second point (${atLabel(b)}) is before the first (${atLabel(a)}); give the earlier one first`);
  const beforeById = new Map([a.root, ...a.processes].map((w) => [w.workflowId, w]));
  const changes = [b.root, ...b.processes].map((w) => changeOf(beforeById.get(w.workflowId), w)).filter((c): c is WorkflowChange => c !== null);
  const pointWorkflow = byEvent ? ((at1 as { workflowId?: string }).workflowId ?? doc.rootId) : null;
  const inRange = (e: TimelineEntry) => {
    // An Update is in range when it was accepted at or after the first point and before the second: at its
    // acceptance nothing of it has happened yet (state-at counts its transitions from then on).
    const isUpdate = e.acceptedEventId !== undefined;
    const within = <T>(x: T, lo: T, hi: T) => (isUpdate ? x >= lo && x < hi : x > lo && x <= hi);
    // Event ids count within one workflow: between two event ids of it, its own entries go by id.
    if (pointWorkflow && e.workflowId === pointWorkflow) return within(e.acceptedEventId ?? e.eventId, (at1 as { eventId: number }).eventId, (at2 as { eventId: number }).eventId);
    return within(e.at, a.asOf, b.asOf);
  };
  const steps = buildTimeline(doc)
    .filter(inRange)
    .map((e) => ({ at: e.at, workflowId: e.workflowId, eventId: e.eventId, kind: e.kind, what: e.what, by: e.actor, before: e.before, after: e.after, clauses: e.clauses, detail: e.detail }));
  return { journeyId: doc.rootId, from: { at: a.at, asOf: a.asOf }, to: { at: b.at, asOf: b.asOf }, changes, steps };
}

const show = (v: unknown): string => {
  if (v === undefined) return '(none)';
  const text = typeof v === 'string' ? `'${v}'` : JSON.stringify(v);
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
};

const pointLabel = (p: CaseDiff['from']) => ('eventId' in p.at ? `event ${p.at.eventId}${p.at.workflowId ? ` of ${p.at.workflowId}` : ''} (${p.asOf})` : p.asOf);

/** The diff in words: per workflow its state and fields, then who did what in between. */
export function formatDiffText(d: CaseDiff): string {
  const lines = [`${d.journeyId}: from ${pointLabel(d.from)} to ${pointLabel(d.to)}`];
  if (d.changes.length === 0) lines.push('nothing changed in the case');
  for (const c of d.changes) {
    const name = `${shortWorkflow(d.journeyId, c.workflowId)} (${c.workflowType})`;
    if (!c.existedBefore) lines.push(`${name}: started, now ${c.stateAfter ?? 'not in a state yet'}`);
    else if (c.stateBefore !== c.stateAfter) lines.push(`${name}: state ${c.stateBefore ?? '(none)'} → ${c.stateAfter ?? '(none)'}`);
    else lines.push(`${name}: still ${c.stateAfter}, context changed`);
    if (c.existedBefore) {
      for (const f of c.fields) {
        if (!('before' in f)) lines.push(`  ${f.field}: added ${show(f.after)}`);
        else if (!('after' in f)) lines.push(`  ${f.field}: removed (was ${show(f.before)})`);
        else lines.push(`  ${f.field}: ${show(f.before)} → ${show(f.after)}`);
      }
    }
    if (!c.contextIsCurrent && c.contextFromEventId !== null) lines.push(`  (context as last reported at event ${c.contextFromEventId}; the state moved on since)`);
  }
  const acted = d.steps.filter((s) => s.kind !== 'activity' && s.kind !== 'notification');
  if (acted.length) {
    lines.push('', 'what happened in between, and who did it:');
    lines.push(
      formatTimelineText(
        d.journeyId,
        acted.map((s) => ({ at: s.at, workflowId: s.workflowId, workflowType: '', eventId: s.eventId, kind: s.kind, what: s.what, actor: s.by, before: s.before, after: s.after, clauses: s.clauses, detail: s.detail })),
      )
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
  }
  const people = [...new Set(acted.map((s) => (s.by ? who({ actor: s.by } as TimelineEntry) : '')).filter(Boolean))];
  if (people.length) lines.push('', `by: ${people.join('; ')}`);
  return lines.join('\n');
}
