import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { historyFromJSON, proto } from './proto-json';
import type { temporal } from '@temporalio/proto';

/**
 * The export format of a journey: every workflow of the journey (the journey itself, its subsidy
 * claims, study leaves and their wage protection), each history in Temporal's standard JSON form
 * (`historyToJSON`, which replays; a plain JSON.stringify of a fetched history does not:
 * sdk-typescript#1362). A fixture in test/fixtures/histories is the same document.
 */
export interface AuditExport {
  format: 'heze-audit-export/1';
  /** The journey id (or any workflow id) the export was asked for. */
  rootId: string;
  exportedAt: string;
  workflows: ExportedWorkflow[];
}

export interface ExportedWorkflow {
  workflowId: string;
  runId: string;
  workflowType: string;
  status: string;
  startTime: string | null;
  closeTime: string | null;
  /** `JSON.parse(historyToJSON(history))`: load with `historyFromJSON`. */
  history: unknown;
}

export type History = temporal.api.history.v1.IHistory;
type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

const EventType = proto.temporal.api.enums.v1.EventType;

/** One history event, flattened: id, time, short type name and its (proto) attributes. */
export interface RawEvent {
  eventId: number;
  time: string;
  /** e.g. `WorkflowExecutionUpdateAccepted` (from EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED). */
  type: string;
  attributes: any;
}

function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return Number(v);
  return Number((v as { toString(): string }).toString());
}

function isoTime(ts: temporal.api.history.v1.IHistoryEvent['eventTime']): string {
  if (!ts) return new Date(0).toISOString();
  const ms = num(ts.seconds) * 1000 + Math.floor(num(ts.nanos) / 1e6);
  return new Date(ms).toISOString();
}

function pascal(enumName: string): string {
  return enumName
    .replace(/^EVENT_TYPE_/, '')
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A history in any accepted form (proto object, standard JSON object or JSON string) as a proto object. */
export function toHistory(history: unknown): History {
  if (typeof history === 'string') return historyFromJSON(JSON.parse(history));
  if (history && typeof history === 'object' && Array.isArray((history as History).events)) {
    const first = (history as History).events![0] as HistoryEvent | undefined;
    // Proto objects carry numeric enums; JSON carries strings.
    if (!first || typeof first.eventType === 'number') return history as History;
  }
  return historyFromJSON(history);
}

export function rawEvents(history: unknown): RawEvent[] {
  const h = toHistory(history);
  return (h.events ?? []).map((e) => {
    const enumName = EventType[(e.eventType ?? 0) as number] ?? 'EVENT_TYPE_UNSPECIFIED';
    const attrKey = Object.keys(e).find((k) => k.endsWith('EventAttributes') && (e as Record<string, unknown>)[k] != null);
    return {
      eventId: num(e.eventId),
      time: isoTime(e.eventTime),
      type: pascal(enumName),
      attributes: attrKey ? (e as Record<string, unknown>)[attrKey] : {},
    };
  });
}

/** Payloads decoded with the default payload converter (JSON / binary / null); undecodable ones as null. */
export function decodePayloads(payloads: { payloads?: Payload[] | null } | null | undefined): unknown[] {
  return (payloads?.payloads ?? []).map((p) => {
    try {
      return defaultPayloadConverter.fromPayload(p);
    } catch {
      return null;
    }
  });
}

export function decodeFirst(payloads: { payloads?: Payload[] | null } | null | undefined): unknown {
  return decodePayloads(payloads)[0];
}

export function isAuditExport(doc: unknown): doc is AuditExport {
  return !!doc && typeof doc === 'object' && (doc as AuditExport).format === 'heze-audit-export/1' && Array.isArray((doc as AuditExport).workflows);
}
