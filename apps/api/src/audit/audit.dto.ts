import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuditExport, ReplayReport, StateAt, TimelineEntry } from '@heze/audit';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';

// Query parameters, validated like bodies (a repeated one arrives as an array: a 400 naming it).

const single = (what: string) =>
  z.string({ error: (iss) => (iss.input === undefined ? `is required: ${what}` : `must be given once, as a single value: ${what}`) });

export const TimelineQuerySchema = queryParams({ format: z.enum(['json', 'text', 'table']).optional().describe('json (default), or text/plain as text or table') });
export class TimelineQueryDto extends createZodDto(TimelineQuerySchema) {}

export const StateAtQuerySchema = queryParams({
  at: single('an event id (e.g. 12) or an ISO 8601 timestamp (e.g. 2026-11-25T16:00:00Z)').describe(
    'event id (e.g. 42) or ISO 8601 timestamp (e.g. 2026-11-25T16:00:00Z); an impossible date such as 2025-02-30 is refused',
  ),
  workflow: single("the id of one of the journey's workflows")
    .optional()
    .describe("with an event id: the id of one of the journey's other workflows whose history the event id refers to"),
});
export class StateAtQueryDto extends createZodDto(StateAtQuerySchema) {}

// Answers of the audit routes, for the OpenAPI document; each held by the compiler to the audit library's own type.

export const AuditExportSchema = z.object({
  format: z.literal('heze-audit-export/1'),
  rootId: z.string(),
  exportedAt: z.string(),
  workflows: z.array(
    z.object({
      workflowId: z.string(),
      runId: z.string(),
      workflowType: z.string(),
      status: z.string(),
      startTime: orNull(z.string(), 'when the workflow started'),
      closeTime: orNull(z.string(), 'when it closed; null while running'),
      history: z.unknown().describe("Temporal's standard history JSON (historyToJSON): load with historyFromJSON to replay"),
    }),
  ),
}) satisfies z.ZodType<AuditExport>;
export class AuditExportDto extends createZodDto(AuditExportSchema) {}

const ActorSchema = z.object({
  role: z.string(),
  organisationId: orNull(z.string(), 'organisation the key acts for'),
  keyId: orNull(z.string(), 'id of the API key (never the secret); null when a person signed in acted'),
  userId: z.string().optional().describe('the person who acted, when signed in as a user (issue 15)'),
  userName: z.string().optional().describe("that person's display name, from the users table (histories keep the id only)"),
});

const TimelineEntrySchema = z.object({
  at: z.string(),
  workflowId: z.string(),
  workflowType: z.string(),
  eventId: z.number().int(),
  acceptedEventId: z.number().int().optional(),
  kind: z.enum(['started', 'event', 'transition', 'decision', 'notification', 'activity', 'timer', 'signal', 'child', 'ended']),
  what: z.string(),
  actor: orNull(ActorSchema, 'who, as recorded in the event; null for timers and the system'),
  before: orNull(z.string(), 'state before'),
  after: orNull(z.string(), 'state after'),
  via: z.array(z.string()).optional(),
  clauses: z.array(z.string()).describe('RULES.md clause ids behind a decision'),
  detail: z.string(),
}) satisfies z.ZodType<TimelineEntry>;

export const TimelineSchema = z.object({ journeyId: z.string(), entries: z.array(TimelineEntrySchema) });
export class TimelineDto extends createZodDto(TimelineSchema) {}

export const ReplayReportSchema = z.object({
  rootId: z.string(),
  verdict: z.string().describe('"deterministic", or the first divergence in plain words'),
  deterministic: z.boolean(),
  workflows: z.array(
    z.object({
      workflowId: z.string(),
      runId: z.string(),
      workflowType: z.string(),
      deterministic: z.boolean(),
      errorType: z.string().optional(),
      divergence: z.string().optional(),
      message: z.string().optional(),
    }),
  ),
}) satisfies z.ZodType<ReplayReport>;
export class ReplayReportDto extends createZodDto(ReplayReportSchema) {}

const WorkflowStateAtSchema = z.object({
  workflowId: z.string(),
  workflowType: z.string(),
  state: orNull(z.string(), 'null: no state entered yet'),
  context: orNull(z.record(z.string(), z.unknown()), 'machine context as last reported'),
  allowedEvents: orNull(z.array(z.string()), 'known only when the context is current'),
  version: orNull(z.number().int(), 'transitions taken'),
  done: z.boolean(),
  stateFromEventId: orNull(z.number().int(), 'event that last set the state'),
  contextFromEventId: orNull(z.number().int(), 'event whose view gave the context'),
  contextIsCurrent: z.boolean(),
});

export const StateAtSchema = z.object({
  rootId: z.string(),
  at: z.union([z.object({ eventId: z.number().int(), workflowId: z.string().optional() }), z.object({ time: z.string() })]),
  asOf: z.string(),
  root: WorkflowStateAtSchema,
  processes: z.array(WorkflowStateAtSchema),
}) satisfies z.ZodType<StateAt>;
export class StateAtDto extends createZodDto(StateAtSchema) {}
