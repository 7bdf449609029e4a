import { historyFromJSON } from './proto-json';
import { bundleWorkflowCode, DefaultLogger, makeTelemetryFilterString, Runtime, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import type { AuditExport } from './history';
import { workflowBundleOptions } from '@heze/temporal/node';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A module path as a file: `workflows` → `workflows/index.js` (built) or `workflows/index.ts` (source, under vitest). */
export function resolveModule(p: string): string {
  for (const c of [p, `${p}.js`, `${p}.ts`, path.join(p, 'index.js'), path.join(p, 'index.ts')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  throw new Error(`no workflow module at ${p}`);
}

export interface WorkflowReplayResult {
  workflowId: string;
  runId: string;
  workflowType: string;
  deterministic: boolean;
  /** DeterminismViolationError / ReplayError, when not deterministic. */
  errorType?: string;
  /** The first divergence in plain words. */
  divergence?: string;
  /** The SDK's own message. */
  message?: string;
}

export interface ReplayReport {
  rootId: string;
  /** "deterministic", or the first divergence in plain words. */
  verdict: string;
  deterministic: boolean;
  workflows: WorkflowReplayResult[];
}

const EVENT_NAMES: Record<string, string> = {
  ActivityTaskScheduled: 'scheduled an activity',
  TimerStarted: 'started a timer',
  StartChildWorkflowExecutionInitiated: 'started a child workflow',
  SignalExternalWorkflowExecutionInitiated: 'signalled another workflow',
  UpsertWorkflowSearchAttributes: 'upserted search attributes',
  MarkerRecorded: 'recorded a marker (patch or local activity)',
  WorkflowExecutionCompleted: 'completed the workflow',
  WorkflowPropertiesModified: 'modified workflow properties',
  RequestCancelExternalWorkflowExecutionInitiated: 'cancelled another workflow',
};

const COMMAND_NAMES: Record<string, string> = {
  Timer: 'starts a timer',
  Activity: 'schedules an activity',
  LocalActivity: 'runs a local activity',
  ChildWorkflow: 'starts a child workflow',
  SignalExternal: 'signals another workflow',
  CancelExternal: 'cancels another workflow',
  UpsertSearchAttributes: 'upserts search attributes',
  Patch: 'checks a patch marker',
  CompleteWorkflow: 'completes the workflow',
  FailWorkflow: 'fails the workflow',
  ContinueAsNew: 'continues as new',
  ModifyWorkflowProperties: 'modifies workflow properties',
};

/** Turns the SDK's determinism message into a sentence an auditor can read. */
export function explainDivergence(workflowId: string, message: string): string {
  const text = message.replace(/\s+/g, ' ');
  const ev = /HistoryEvent\(id: (\d+), (?:Some\()?(\w+)/.exec(text);
  const activityMismatch = /Activity type of scheduled event '([^']*)' does not match activity type of activity command '([^']*)'/.exec(text);
  if (activityMismatch) {
    return `${workflowId}: the recorded history scheduled activity '${activityMismatch[1]}' where the current code schedules '${activityMismatch[2]}'${ev ? ` (event ${ev[1]})` : ''}`;
  }
  const marker = /patch marker encountered for change ([^,\s]+), but there is no corresponding change command/.exec(text);
  if (marker) {
    return `${workflowId}: the recorded history passed patched('${marker[1]}') at this point, but the current code does not check that patch there (removed too early, or commands before it changed)`;
  }
  const noCommand = /No command scheduled for event HistoryEvent\(id: (\d+), (?:Some\()?(\w+)/.exec(text);
  if (noCommand) {
    return `${workflowId}: at event ${noCommand[1]} the recorded history ${EVENT_NAMES[noCommand[2]] ?? `has ${noCommand[2]}`}, but the current code does not do that at this point`;
  }
  const extraCommands = /Replay ran out of history events|lang SDK produced command\(s\) \[([^\]]*)\]|nondeterministic.*?command/i.exec(text);
  const machine = /(\w+) machine does not handle this event: HistoryEvent\(id: (\d+), (?:Some\()?(\w+)/.exec(text);
  if (machine) {
    const did = COMMAND_NAMES[machine[1]] ?? `issued a different command (${machine[1]})`;
    return `${workflowId}: at event ${machine[2]} the recorded history ${EVENT_NAMES[machine[3]] ?? `has ${machine[3]}`}, but the current code ${did} there`;
  }
  if (ev) return `${workflowId}: the current code diverges from the recorded history at event ${ev[1]} (${EVENT_NAMES[ev[2]] ?? ev[2]})`;
  if (extraCommands) return `${workflowId}: the current code issues commands the recorded history does not have`;
  const core = /Nondeterminism error: ([^"]+)"/.exec(text)?.[1];
  const first = core ?? text.split(/\. |: Failure/)[0];
  return `${workflowId}: replay diverges from the recorded history: ${first.slice(0, 300)}`;
}

export interface ReplayerOptions {
  /** Workflows module path (default: this repository's `workflows/`), bundled once per Replayer. */
  workflowsPath?: string;
}

/** Replays exported histories against the current workflow code; bundles the code once and reuses it. */
export class Replayer {
  private bundle: Promise<WorkflowBundleOption> | null = null;
  constructor(private readonly opts: ReplayerOptions = {}) {}

  get workflowsPath(): string {
    return this.opts.workflowsPath ?? resolveModule(path.resolve(__dirname, '../../../workflows'));
  }

  private workflowBundle(): Promise<WorkflowBundleOption> {
    quietRuntime();
    // Built code (API, CLI): the bundle `npm run build` wrote from the same sources, if there is one.
    const prebuilt = path.resolve(__dirname, '../../../workflow-bundle.js');
    if (!this.opts.workflowsPath && __filename.endsWith('.js') && fs.existsSync(prebuilt)) return Promise.resolve({ codePath: prebuilt });
    this.bundle ??= bundleWorkflowCode({ ...workflowBundleOptions(this.workflowsPath), logger: new DefaultLogger('ERROR') }).catch((err) => {
      this.bundle = null;
      throw err;
    });
    return this.bundle;
  }

  /**
   * Replays many exports through one replay worker (bulk verification): `onResult` gets each
   * workflow's result as soon as it is known, with the export it belongs to.
   */
  async replayMany(docs: AsyncIterable<AuditExport>, onResult: (doc: AuditExport, r: WorkflowReplayResult) => void): Promise<void> {
    const pending = new Map<string, AuditExport[]>();
    async function* histories() {
      for await (const doc of docs) {
        for (const w of doc.workflows) {
          const key = `${w.workflowId}/${w.runId}`;
          pending.set(key, [...(pending.get(key) ?? []), doc]);
          yield { workflowId: w.workflowId, history: historyFromJSON(w.history) };
        }
      }
    }
    const workflowBundle = await this.workflowBundle();
    for await (const r of Worker.runReplayHistories({ workflowBundle, replayName: 'audit-bulk' }, histories())) {
      const key = `${r.workflowId}/${r.runId}`;
      const doc = pending.get(key)?.shift();
      if (!doc) continue;
      const workflowType = doc.workflows.find((w) => w.workflowId === r.workflowId && w.runId === r.runId)?.workflowType ?? 'unknown';
      onResult(doc, toResult(r, workflowType));
    }
  }

  async replay(doc: AuditExport): Promise<ReplayReport> {
    const types = new Map(doc.workflows.map((w) => [`${w.workflowId}/${w.runId}`, w.workflowType]));
    const histories = doc.workflows.map((w) => ({ workflowId: w.workflowId, history: historyFromJSON(w.history) }));
    const results: WorkflowReplayResult[] = [];
    const workflowBundle = await this.workflowBundle();
    for await (const r of Worker.runReplayHistories({ workflowBundle, replayName: `audit-${doc.rootId}` }, histories)) {
      const workflowType = types.get(`${r.workflowId}/${r.runId}`) ?? doc.workflows.find((w) => w.workflowId === r.workflowId)?.workflowType ?? 'unknown';
      results.push(toResult(r, workflowType));
    }
    return verdictOf(doc.rootId, results);
  }
}

function toResult(r: { workflowId: string; runId: string; error?: Error }, workflowType: string): WorkflowReplayResult {
  if (!r.error) return { workflowId: r.workflowId, runId: r.runId, workflowType, deterministic: true };
  return {
    workflowId: r.workflowId,
    runId: r.runId,
    workflowType,
    deterministic: false,
    errorType: r.error.name,
    divergence: explainDivergence(r.workflowId, r.error.message),
    message: r.error.message,
  };
}

/** The verdict of a whole export from its workflows' results. */
export function verdictOf(rootId: string, workflows: WorkflowReplayResult[]): ReplayReport {
  const firstBad = workflows.find((r) => !r.deterministic);
  return { rootId, deterministic: !firstBad, verdict: firstBad ? firstBad.divergence! : 'deterministic', workflows };
}

let runtimeChecked = false;
/** Replay makes the SDK log every worker state change and (expected) failing task; keep errors only, unless a Runtime is already installed. */
function quietRuntime() {
  if (runtimeChecked) return;
  runtimeChecked = true;
  try {
    Runtime.install({ logger: new DefaultLogger('ERROR'), telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } } });
  } catch {
    /* already installed by the host process: keep its settings */
  }
}
