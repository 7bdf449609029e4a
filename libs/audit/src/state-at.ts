import { isValidIsoDate } from '@heze/rules';
import { rawEvents, type AuditExport } from './history';
import { analyseWorkflow, type Checkpoint, type WorkflowAnalysis } from './timeline';

/** A point in a history: an event id (of the root workflow unless `workflowId` names another) or an instant. */
export type AtPoint = { eventId: number; workflowId?: string } | { time: string };

export class AtPointError extends Error {}

/** `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` or `±HH[:MM]`. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Parses `12` / `#12` as an event id, an ISO 8601 timestamp as an instant; anything else is an error. */
export function parseAt(raw: unknown): AtPoint {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') throw new AtPointError("'at' must be given once, as an event id or an ISO 8601 timestamp");
  const s = (raw ?? '').trim();
  if (!s) throw new AtPointError("'at' is required: an event id (e.g. 12) or an ISO 8601 timestamp (e.g. 2026-11-25T16:00:00Z)");
  if (/^#?\d+$/.test(s)) {
    const eventId = Number(s.replace('#', ''));
    if (eventId < 1 || !Number.isSafeInteger(eventId)) throw new AtPointError(`'at': event id ${s} is not a positive event id`);
    return { eventId };
  }
  const m = ISO_INSTANT.exec(s);
  if (m) {
    // Date would read 2025-02-30 as 2 March: every part must exist on the calendar and the clock.
    const [, day, hh, mm, ss, offH, offM] = m;
    if (!isValidIsoDate(day)) throw new AtPointError(`'at': ${day} is not a real calendar date`);
    if (Number(hh ?? 0) > 23 || Number(mm ?? 0) > 59 || Number(ss ?? 0) > 59 || Number(offH ?? 0) > 14 || Number(offM ?? 0) > 59) {
      throw new AtPointError(`'at': ${s} is not a real time of day or UTC offset`);
    }
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return { time: d.toISOString() };
  }
  throw new AtPointError(`'at' must be an event id (e.g. 12) or an ISO 8601 timestamp (e.g. 2026-11-25T16:00:00Z); got '${s}'`);
}

export interface WorkflowStateAt {
  workflowId: string;
  workflowType: string;
  /** The machine state at that point (null: the workflow had not entered a state yet). */
  state: string | null;
  /** The machine context as the last Update (or the result) at or before that point reported it. */
  context: Record<string, unknown> | null;
  allowedEvents: string[] | null;
  version: number | null;
  done: boolean;
  /** Event that last set the state, and the one whose MachineView gave the context. */
  stateFromEventId: number | null;
  contextFromEventId: number | null;
  /** False when an internal transition (timer, signal, activity result) moved the state after the context was recorded. */
  contextIsCurrent: boolean;
}

export interface StateAt {
  rootId: string;
  at: AtPoint;
  /** The resolved instant: the event's time for an event id. */
  asOf: string;
  /** The root workflow (the journey). */
  root: WorkflowStateAt;
  /** The journey's other workflows that had started by then. */
  processes: WorkflowStateAt[];
}

function stateOf(a: WorkflowAnalysis, upTo: (c: Checkpoint) => boolean): WorkflowStateAt {
  const reached = a.checkpoints.filter(upTo);
  const last = reached[reached.length - 1];
  const withView = [...reached].reverse().find((c) => c.view);
  const v = withView?.view ?? null;
  return {
    workflowId: a.workflowId,
    workflowType: a.workflowType,
    state: last?.state ?? null,
    context: v ? v.context : null,
    allowedEvents: v && withView === last ? v.allowedEvents : null,
    version: v ? v.version : null,
    done: v ? v.done && withView === last : false,
    stateFromEventId: last?.eventId ?? null,
    contextFromEventId: withView?.eventId ?? null,
    contextIsCurrent: !!withView && !!last && (withView === last || withView.state === last.state),
  };
}

/**
 * The machine state and context at a point, from the recorded transitions: each Update result is
 * the MachineView right after its transition, and each state entry wrote its projection through an
 * activity whose input names the new state. Nothing is re-executed.
 */
export function stateAt(doc: AuditExport, at: AtPoint): StateAt {
  const analyses = doc.workflows.map((w) => analyseWorkflow(w));
  const rootId = doc.rootId;
  const root = analyses.find((a) => a.workflowId === rootId) ?? analyses[0];
  if (!root) throw new AtPointError(`no history for '${rootId}'`);
  let asOf: string;
  let rootFilter: (c: Checkpoint) => boolean;
  if ('eventId' in at) {
    const target = analyses.find((a) => a.workflowId === (at.workflowId ?? root.workflowId));
    if (!target) throw new AtPointError(`'${at.workflowId}' is not one of the journey's workflows`);
    if (at.eventId > target.lastEventId) throw new AtPointError(`'at': ${target.workflowId} has ${target.lastEventId} events; there is no event ${at.eventId}`);
    const event = target.checkpoints.find((c) => c.eventId === at.eventId);
    asOf = event?.at ?? eventTime(doc, target.workflowId, at.eventId);
    rootFilter = target === root ? (c) => c.eventId <= at.eventId : (c) => c.at <= asOf;
  } else {
    asOf = at.time;
    if (root.startedAt && asOf < root.startedAt) throw new AtPointError(`'at': ${asOf} is before ${root.workflowId} started (${root.startedAt})`);
    rootFilter = (c) => c.at <= asOf;
  }
  const byTime = (c: Checkpoint) => c.at <= asOf;
  return {
    rootId,
    at,
    asOf,
    root: stateOf(root, rootFilter),
    processes: analyses
      .filter((a) => a !== root && a.startedAt !== null && a.startedAt <= asOf)
      .map((a) => {
        if ('eventId' in at && at.workflowId === a.workflowId) return stateOf(a, (c) => c.eventId <= at.eventId);
        return stateOf(a, byTime);
      }),
  };
}

function eventTime(doc: AuditExport, workflowId: string, eventId: number): string {
  const wf = doc.workflows.find((w) => w.workflowId === workflowId)!;
  return rawEvents(wf.history).find((x) => x.eventId === eventId)?.time ?? new Date(0).toISOString();
}
