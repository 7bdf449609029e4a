import { decodeFirst, rawEvents, type AuditExport, type ExportedWorkflow, type RawEvent } from './history';

/** Who did it: the actor recorded in the event (Temporal itself records no "who"). */
export interface AuditActor {
  role: string;
  organisationId: string | null;
  keyId: string | null;
  /** The person, when a signed-in user acted (issue 15): the history keeps the id only. */
  userId?: string;
  /** The person's name, filled in from a directory when the timeline is shown (never from the history). */
  userName?: string;
}

/** User id → display name, for showing who acted (the API reads it from the users table). */
export type UserDirectory = ReadonlyMap<string, string>;

export type EntryKind =
  | 'started' // the workflow started (with who opened it, when known)
  | 'event' // an external event accepted as a Workflow Update (who, state before → after)
  | 'transition' // a state change not caused by an Update: timer, signal, child result
  | 'decision' // a rule decision (eligibility, subsidy, wage check): clause ids
  | 'notification' // an outbox notification (labour inspection, agency, credit rating)
  | 'activity' // another side effect (payment instruction, forwarding, ...)
  | 'timer' // a timer fired or was cancelled
  | 'signal' // a signal received from / sent to another workflow of the journey
  | 'child' // a child workflow started / finished
  | 'ended'; // the workflow completed / failed / was terminated

export interface TimelineEntry {
  at: string;
  workflowId: string;
  workflowType: string;
  /** Event id in this workflow's history (the event that makes the entry true: an Update's completion). */
  eventId: number;
  /** For an Update: the event id at which it was accepted (`at` is that time). */
  acceptedEventId?: number;
  kind: EntryKind;
  /** Machine event type, activity name, timer, ... */
  what: string;
  actor: AuditActor | null;
  before: string | null;
  after: string | null;
  /** States passed through while an Update ran (e.g. registering on the way to registered). */
  via?: string[];
  /** Clause / rule ids behind a decision (RULES.md). */
  clauses: string[];
  /** One line for people. */
  detail: string;
}

/** A point where the machine's state (and, from an Update result, its whole view) is known. */
export interface Checkpoint {
  eventId: number;
  at: string;
  state: string;
  /** The MachineView returned by an Update (or the workflow result); null when only the state is known. */
  view: MachineViewLike | null;
}

export interface MachineViewLike {
  workflowType: string;
  state: string;
  allowedEvents: string[];
  context: Record<string, unknown>;
  version: number;
  done: boolean;
}

export interface WorkflowAnalysis {
  workflowId: string;
  runId: string;
  workflowType: string;
  firstEventId: number;
  lastEventId: number;
  startedAt: string | null;
  lastEventAt: string | null;
  entries: TimelineEntry[];
  checkpoints: Checkpoint[];
}


const isView = (v: unknown): v is MachineViewLike =>
  !!v && typeof v === 'object' && typeof (v as MachineViewLike).state === 'string' && 'context' in (v as object) && typeof (v as MachineViewLike).version === 'number';

function actorOf(v: unknown): AuditActor | null {
  if (!v || typeof v !== 'object') return null;
  const a = v as Record<string, unknown>;
  if (typeof a.role !== 'string') return null;
  const actor: AuditActor = { role: a.role, organisationId: (a.organisationId as string | null) ?? null, keyId: (a.keyId as string | null) ?? null };
  if (typeof a.userId === 'string' && a.userId) actor.userId = a.userId;
  return actor;
}

const failureMessage = (f: any): string => (f ? [f.message, f.cause?.message].filter(Boolean).join(': ') : 'failed');

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Rule decisions carried by activity results: which clauses decided, in words. */
function describeDecision(activity: string, input: any, result: any): { what: string; detail: string; clauses: string[] } | null {
  if (!result || typeof result !== 'object') return null;
  switch (activity) {
    case 'evaluateEligibility': {
      const failing: Array<{ clause: string; reason?: string }> = result.failingClauses ?? [];
      if (result.eligible) {
        return { what: 'eligibility', detail: `eligible for level ${input?.targetLevel ?? '?'} (rule set ${result.ruleSet ?? '?'})`, clauses: result.satisfiedClauses ?? [] };
      }
      return {
        what: 'eligibility',
        detail: `refused: ${failing.map((c) => `${c.clause}${c.reason ? ` (${c.reason})` : ''}`).join('; ')}`,
        clauses: failing.map((c) => c.clause),
      };
    }
    case 'requestLedgerDecision':
    case 'decideSubsidyClaim':
      return result.approved
        ? { what: 'subsidy', detail: `approved: ${result.amount} CNY for ${result.year}`, clauses: result.clauses ?? [] }
        : { what: 'subsidy', detail: `refused: ${(result.reasons ?? result.failingRules ?? []).join('; ')}`, clauses: result.failingRules ?? [] };
    case 'checkPayroll':
      return result.outstandingFen > 0
        ? {
            what: 'wage check',
            detail: `payroll ${input?.record?.id ?? ''} short by ${yuan(result.outstandingFen)} CNY (${Object.entries(result.byComponent ?? {})
              .map(([k, v]) => `${k} ${yuan(v as number)}`)
              .join(', ')})`,
            clauses: result.clauses ?? [],
          }
        : { what: 'wage check', detail: `payroll ${input?.record?.id ?? ''} meets the baseline`, clauses: result.clauses ?? [] };
    case 'checkBackPay':
      return result.outstandingFen > 0
        ? { what: 'back pay check', detail: `still outstanding: ${yuan(result.outstandingFen)} CNY`, clauses: result.clauses ?? [] }
        : { what: 'back pay check', detail: 'shortfall covered', clauses: result.clauses ?? [] };
    default:
      return null;
  }
}

function summariseInput(type: string, input: any): { actor: AuditActor | null; detail: string } {
  if (!input || typeof input !== 'object') return { actor: null, detail: '' };
  switch (type) {
    case 'journeyWorkflow':
      return {
        actor: actorOf(input.openedBy),
        detail: `journey to level ${input.targetLevel} for ${input.personMasked ?? 'a specialist'}, employer ${input.employerId}${input.projectId ? `, project ${input.projectId}` : ''}`,
      };
    case 'subsidyClaimWorkflow':
      return { actor: actorOf(input.claimedBy), detail: `claim ${input.claimId} at agency ${input.agencyId} for certificate ${input.certificate?.number}` };
    case 'studyLeaveWorkflow':
      return { actor: null, detail: `study leave ${input.from}..${input.to} (${input.purpose}), employer ${input.employerId}` };
    case 'wageProtectionWorkflow':
      return { actor: null, detail: `wage protection ${input.period?.from}..${input.period?.to}, employer ${input.employerId}` };
    case 'projectIncentiveWorkflow':
      return { actor: null, detail: `project ${input.projectId}, contractor ${input.contractorId}` };
    default:
      return { actor: null, detail: '' };
  }
}

interface OpenUpdate {
  updateId: string;
  entry: TimelineEntry;
}

/** Reads one workflow's history into timeline entries and state checkpoints. */
export function analyseWorkflow(wf: Pick<ExportedWorkflow, 'workflowId' | 'runId' | 'history'> & { workflowType?: string }): WorkflowAnalysis {
  const events = rawEvents(wf.history);
  const workflowType = wf.workflowType ?? events[0]?.attributes?.workflowType?.name ?? 'unknown';
  const entries: TimelineEntry[] = [];
  const checkpoints: Checkpoint[] = [];
  let current: string | null = null;
  const open: OpenUpdate[] = [];
  const scheduled = new Map<number, { name: string; input: any; eventId: number }>();
  const timers = new Map<string, { ms: number }>();

  const entry = (e: RawEvent, kind: EntryKind, what: string, more: Partial<TimelineEntry> = {}): TimelineEntry => {
    const t: TimelineEntry = { at: e.time, workflowId: wf.workflowId, workflowType, eventId: e.eventId, kind, what, actor: null, before: null, after: null, clauses: [], detail: '', ...more };
    entries.push(t);
    return t;
  };
  const enter = (e: RawEvent, state: string, view: MachineViewLike | null) => {
    checkpoints.push({ eventId: e.eventId, at: e.time, state, view });
    current = state;
  };

  for (const e of events) {
    const a = e.attributes ?? {};
    switch (e.type) {
      case 'WorkflowExecutionStarted': {
        const { actor, detail } = summariseInput(workflowType, decodeFirst(a.input));
        const parent = a.parentWorkflowExecution?.workflowId;
        entry(e, 'started', workflowType, { actor, detail: parent ? `${detail} (started by ${parent})` : detail });
        break;
      }
      case 'WorkflowExecutionUpdateAccepted': {
        const req: any = decodeFirst(a.acceptedRequest?.input?.args);
        const name: string = a.acceptedRequest?.input?.name ?? 'update';
        const event = req?.event;
        const t = entry(e, 'event', event?.type ?? name, {
          actor: actorOf(event?.actor),
          before: open.length ? null : current,
          acceptedEventId: e.eventId,
          detail: name === 'transition' ? summarisePayload(event) : `${name} ${req?.claimId ?? ''}`.trim(),
        });
        t.via = [];
        open.push({ updateId: a.acceptedRequest?.meta?.updateId ?? a.protocolInstanceId ?? String(e.eventId), entry: t });
        break;
      }
      case 'WorkflowExecutionUpdateCompleted': {
        const updateId = a.meta?.updateId;
        const idx = open.findIndex((u) => u.updateId === updateId);
        const u = idx >= 0 ? open.splice(idx, 1)[0] : open.shift();
        if (!u) break;
        const t = u.entry;
        t.eventId = e.eventId;
        const path = t.via ?? [];
        delete t.via;
        if (a.outcome?.failure) {
          t.after = current;
          t.detail = `failed: ${failureMessage(a.outcome.failure)}`;
        } else {
          const result: any = decodeFirst(a.outcome?.success);
          if (isView(result)) {
            if (t.before === null) t.before = path.length ? path.shift()! : current;
            if (path[path.length - 1] === result.state) path.pop();
            if (path.length) t.via = path;
            t.after = result.state;
            enter(e, result.state, result);
          } else if (result && typeof result === 'object' && 'approved' in result) {
            t.detail = `${t.detail}: ${result.approved ? `approved ${result.amount} CNY for ${result.year}` : `refused (${(result.failingRules ?? []).join(', ')})`}`;
          }
        }
        // The next queued Update starts from this one's result.
        if (open[0] && open[0].entry.before === null) open[0].entry.before = t.after;
        break;
      }
      case 'ActivityTaskScheduled': {
        const name: string = a.activityType?.name ?? 'activity';
        const input: any = decodeFirst(a.input);
        scheduled.set(e.eventId, { name, input, eventId: e.eventId });
        if (/^project[A-Z]/.test(name) && typeof input?.state === 'string') {
          // Every transition writes the projection (state entries only, before issue 14): the state is this.
          const cause: string = input.cause ?? input.detail?.cause ?? '';
          const actor = actorOf(input.actor ?? input.detail?.actor);
          if (cause === 'xstate.init' && current !== null) {
            // The initial state's projection written after an Update that arrived with the start
            // (update-with-start) was applied: the machine is already past it; it is the "before".
            if (open.length && open[0].entry.before === null) open[0].entry.before = input.state;
            break;
          }
          if (open.length) {
            // A transition that stays in its state projects too (issue 14): only a new state is passed through.
            if (input.state !== current) open[0].entry.via?.push(input.state);
          } else if (current !== null && input.state !== current) {
            entry(e, 'transition', cause || 'transition', { actor, before: current, after: input.state, detail: describeCause(cause) });
          }
          enter(e, input.state, null);
        } else if (name === 'notify') {
          const clauses: string[] = Array.isArray(input?.payload?.clauses) ? input.payload.clauses : [];
          entry(e, 'notification', input?.kind ?? 'notification', {
            clauses,
            detail: `to ${input?.recipientRole ?? '?'}${input?.recipientId ? ` ${input.recipientId}` : ''} (${input?.id ?? ''})`,
          });
        }
        break;
      }
      case 'ActivityTaskCompleted': {
        const s = scheduled.get(Number(a.scheduledEventId?.toString?.() ?? a.scheduledEventId));
        if (!s || /^project[A-Z]/.test(s.name) || s.name === 'notify') break;
        const result: any = decodeFirst(a.result);
        const d = describeDecision(s.name, s.input, result);
        if (d) entry(e, 'decision', d.what, { detail: d.detail, clauses: d.clauses });
        else entry(e, 'activity', s.name, { detail: describeActivity(s.name, s.input, result) });
        break;
      }
      case 'ActivityTaskFailed':
      case 'ActivityTaskTimedOut': {
        const s = scheduled.get(Number(a.scheduledEventId?.toString?.() ?? a.scheduledEventId));
        entry(e, 'activity', s?.name ?? 'activity', { detail: `failed: ${failureMessage(a.failure)}` });
        break;
      }
      case 'TimerStarted': {
        const d = a.startToFireTimeout;
        timers.set(String(a.timerId), { ms: d ? Number(d.seconds?.toString?.() ?? d.seconds ?? 0) * 1000 + Math.floor(Number(d.nanos ?? 0) / 1e6) : 0 });
        break;
      }
      case 'TimerFired':
        entry(e, 'timer', 'timer fired', { detail: `timer ${a.timerId} (${humanMs(timers.get(String(a.timerId))?.ms ?? 0)})` });
        break;
      case 'TimerCanceled':
        entry(e, 'timer', 'timer cancelled', { detail: `timer ${a.timerId} (${humanMs(timers.get(String(a.timerId))?.ms ?? 0)})` });
        break;
      case 'WorkflowExecutionSignaled': {
        const ev: any = decodeFirst(a.input);
        entry(e, 'signal', ev?.type ?? a.signalName, { actor: actorOf(ev?.actor), detail: `signal ${a.signalName} received` });
        break;
      }
      case 'SignalExternalWorkflowExecutionInitiated': {
        const ev: any = decodeFirst(a.input);
        entry(e, 'signal', ev?.type ?? a.signalName, { actor: actorOf(ev?.actor), detail: `sent to ${a.workflowExecution?.workflowId}` });
        break;
      }
      case 'StartChildWorkflowExecutionInitiated':
        entry(e, 'child', `start ${a.workflowType?.name}`, { detail: a.workflowId });
        break;
      case 'ChildWorkflowExecutionCompleted': {
        const r: any = decodeFirst(a.result);
        entry(e, 'child', `${a.workflowType?.name} completed`, {
          detail: `${a.workflowExecution?.workflowId}${r?.outcome ? `: ${r.outcome}` : r?.state ? `: ${r.state}` : ''}`,
          clauses: Array.isArray(r?.failingRules) ? r.failingRules : [],
        });
        break;
      }
      case 'ChildWorkflowExecutionFailed':
        entry(e, 'child', `${a.workflowType?.name} failed`, { detail: `${a.workflowExecution?.workflowId}: ${failureMessage(a.failure)}` });
        break;
      case 'WorkflowExecutionCompleted': {
        const r: any = decodeFirst(a.result);
        if (isView(r)) enter(e, r.state, r);
        else if (r && typeof r === 'object' && typeof r.outcome === 'string' && current) checkpoints.push({ eventId: e.eventId, at: e.time, state: current, view: null });
        entry(e, 'ended', 'completed', {
          after: current,
          clauses: Array.isArray(r?.failingRules) ? r.failingRules : [],
          detail: r?.outcome ? `outcome ${r.outcome}${r.amount ? `, ${r.amount} CNY` : ''}` : r?.context?.closedReason ? `closed: ${r.context.closedReason}` : '',
        });
        break;
      }
      case 'WorkflowExecutionFailed':
        entry(e, 'ended', 'failed', { after: current, detail: failureMessage(a.failure) });
        break;
      case 'WorkflowExecutionTerminated':
        entry(e, 'ended', 'terminated', { after: current, detail: a.reason ?? '' });
        break;
      case 'WorkflowExecutionCanceled':
        entry(e, 'ended', 'cancelled', { after: current });
        break;
      case 'WorkflowExecutionTimedOut':
        entry(e, 'ended', 'timed out', { after: current });
        break;
      case 'WorkflowExecutionContinuedAsNew':
        entry(e, 'ended', 'continued as new', { after: current, detail: a.newExecutionRunId ?? '' });
        break;
      default:
        break;
    }
  }
  // Updates still running when the history was read.
  for (const u of open) u.entry.detail = u.entry.detail || 'accepted, not completed yet';
  return {
    workflowId: wf.workflowId,
    runId: wf.runId,
    workflowType,
    firstEventId: events[0]?.eventId ?? 0,
    lastEventId: events[events.length - 1]?.eventId ?? 0,
    startedAt: events[0]?.time ?? null,
    lastEventAt: events[events.length - 1]?.time ?? null,
    entries,
    checkpoints,
  };
}

/** The event's own fields in one short line (not the actor; a profile or payroll record by its size / id only). */
function summarisePayload(event: any): string {
  if (!event || typeof event !== 'object') return '';
  return Object.entries(event)
    .filter(([k]) => k !== 'type' && k !== 'actor')
    .map(([k, v]) => {
      if (k === 'profile') return 'profile given';
      if (k === 'record' && v && typeof v === 'object') return `record ${(v as { id?: string }).id ?? ''}`.trim();
      if (k === 'amount' && event.type === 'recordBackPay' && typeof v === 'number') return `amount ${yuan(v)} CNY`;
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      return `${k} ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
    })
    .join(', ');
}

function describeCause(cause: string): string {
  const m = /^xstate\.after\.([^.]+)\./.exec(cause);
  if (m) return `delay '${m[1]}' elapsed`;
  if (cause.includes('.')) return `internal event ${cause}`;
  return cause ? `event ${cause}` : '';
}

function describeActivity(name: string, input: any, result: any): string {
  switch (name) {
    case 'instructPayment':
      return `payment of ${input?.amount ?? '?'} CNY instructed${result?.paymentReference ? ` (${result.paymentReference})` : ''}`;
    case 'forwardSittingDates':
      return `sitting dates ${(input?.sittingDates ?? []).join(', ')} forwarded to ${result ?? 0} study leave(s)`;
    case 'reportCertification':
      return `certification reported to project ${input?.projectId}`;
    case 'recordViolation':
      return `violation ${input?.violationId} recorded (${yuan(input?.shortfallFen ?? 0)} CNY)`;
    case 'closeViolation':
      return `violation ${input?.violationId} closed`;
    case 'snapshotWageBaseline':
      return 'wage baseline read';
    default:
      return '';
  }
}

export function humanMs(ms: number): string {
  if (ms % 86_400_000 === 0 && ms >= 86_400_000) return `${ms / 86_400_000} d`;
  if (ms % 3_600_000 === 0 && ms >= 3_600_000) return `${ms / 3_600_000} h`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s`;
  return `${ms} ms`;
}

/** The user ids of the people who acted in these entries (to look their names up). */
export const actingUserIds = (entries: readonly TimelineEntry[]): string[] => [...new Set(entries.flatMap((e) => (e.actor?.userId ? [e.actor.userId] : [])))];

/** Names the people who acted, from the directory; an id it does not know stays an id. */
export function withUserNames(entries: TimelineEntry[], directory: UserDirectory): TimelineEntry[] {
  for (const e of entries) {
    const name = e.actor?.userId ? directory.get(e.actor.userId) : undefined;
    if (name !== undefined) e.actor = { ...e.actor!, userName: name };
  }
  return entries;
}

/**
 * The timeline of a whole export (journey + its processes), in time order. With a directory, each
 * person who acted is shown by name (the histories hold user ids only).
 */
export function buildTimeline(doc: AuditExport, directory?: UserDirectory): TimelineEntry[] {
  const all = doc.workflows.flatMap((wf) => analyseWorkflow(wf).entries);
  if (directory) withUserNames(all, directory);
  const rank = new Map(doc.workflows.map((w, i) => [w.workflowId, i]));
  return all.sort((x, y) => x.at.localeCompare(y.at) || (rank.get(x.workflowId)! - rank.get(y.workflowId)!) || x.eventId - y.eventId);
}
