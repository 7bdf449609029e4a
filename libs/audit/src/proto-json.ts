import * as path from 'node:path';
import * as protoModule from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';

/**
 * `historyToJSON` / `historyFromJSON` of @temporalio/common/lib/proto-utils, using the protobufjs copy
 * that @temporalio/proto itself loads.
 *
 * Why not the SDK's own: in this install @temporalio/common and @temporalio/proto each carry their own
 * protobufjs 8.8.1 (the top-level protobufjs is 7.x for grpc), and protojson's `instanceof Type`
 * check fails across the two copies ("TypeError: type must be a Type"). Same algorithm, same output
 * (Temporal's standard JSON history form, which `temporal workflow show --output json` also writes).
 */
type ProtoJson = { toJson(type: unknown, message: unknown): unknown; fromJson(type: unknown, json: unknown, opts?: unknown): unknown };

function protojson(): ProtoJson {
  const base = path.dirname(require.resolve('@temporalio/proto/package.json'));
  return require(require.resolve('protobufjs/ext/protojson', { paths: [base] })) as ProtoJson;
}

const pj = protojson();
// Under an ESM loader (vitest) the CommonJS module arrives as `default`.
export const proto: typeof protoModule = ((protoModule as { default?: typeof protoModule }).default ?? protoModule) as typeof protoModule;
const patched = patchProtobufRoot(proto) as unknown as { lookupType(name: string): unknown };
const historyType = patched.lookupType('temporal.api.history.v1.History');

export type ProtoHistory = protoModule.temporal.api.history.v1.History;

export function historyToJSON(history: protoModule.temporal.api.history.v1.IHistory): string {
  return JSON.stringify(pj.toJson(historyType, proto.temporal.api.history.v1.History.fromObject(history)), null, 2);
}

function pascalCaseToConstantCase(s: string) {
  return s.replace(/[^\b][A-Z]/g, (m) => `${m[0]}_${m[1]}`).toUpperCase();
}
function fixEnumValue(obj: any, attr: string, prefix: string) {
  return obj[attr] && { [attr]: String(obj[attr]).startsWith(prefix) ? obj[attr] : `${prefix}_${pascalCaseToConstantCase(obj[attr])}` };
}
function fixHistoryEvent(e: any) {
  const type = Object.keys(e).find((k) => k.endsWith('EventAttributes'));
  if (!type) throw new TypeError(`Missing attributes in history event: ${JSON.stringify(e).slice(0, 200)}`);
  const a = e[type];
  return {
    ...e,
    ...fixEnumValue(e, 'eventType', 'EVENT_TYPE'),
    [type]: {
      ...a,
      ...(a.taskQueue && { taskQueue: { ...a.taskQueue, ...fixEnumValue(a.taskQueue, 'kind', 'TASK_QUEUE_KIND') } }),
      ...fixEnumValue(a, 'parentClosePolicy', 'PARENT_CLOSE_POLICY'),
      ...fixEnumValue(a, 'workflowIdReusePolicy', 'WORKFLOW_ID_REUSE_POLICY'),
      ...fixEnumValue(a, 'initiator', 'CONTINUE_AS_NEW_INITIATOR'),
      ...fixEnumValue(a, 'retryState', 'RETRY_STATE'),
      ...(a.childWorkflowExecutionFailureInfo && {
        childWorkflowExecutionFailureInfo: { ...a.childWorkflowExecutionFailureInfo, ...fixEnumValue(a.childWorkflowExecutionFailureInfo, 'retryState', 'RETRY_STATE') },
      }),
    },
  };
}

export function historyFromJSON(history: unknown): ProtoHistory {
  if (typeof history !== 'object' || history == null || !Array.isArray((history as { events?: unknown }).events)) {
    throw new TypeError('Invalid history, expected an object with an array of events');
  }
  const loaded = pj.fromJson(historyType, { events: (history as { events: unknown[] }).events.map(fixHistoryEvent) }, { ignoreUnknownFields: true });
  if (loaded === null) throw new TypeError('Invalid history');
  return loaded as ProtoHistory;
}
