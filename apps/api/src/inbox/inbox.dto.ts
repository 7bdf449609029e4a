import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, OrganisationRefSchema as orgId } from '@heze/machines/events';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';

// The sections and their roles: one definition with the portal's (libs/temporal/src/inbox-sections.ts).
import { INBOX_SECTIONS, type InboxSection } from '@heze/temporal/inbox';
export { INBOX_SECTIONS, type InboxSection };

export const INBOX_SORTS = ['since', 'level', 'state', 'amount'] as const;

/** One query for every section: what a section has no column for is a 400 naming the parameter. */
export const InboxQuerySchema = queryParams({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  sort: z.enum(INBOX_SORTS).default('since').describe('since: how long it has waited (oldest first with order=asc, the default)'),
  order: z.enum(['asc', 'desc']).default('asc'),
  state: z.string().regex(/^[A-Za-z.-]{1,60}$/, 'must be a state name').optional().describe("only items in this state (the section's states)"),
  level: z.coerce.number().int().min(1).max(5).optional(),
  organisation: orgId.optional().describe('search, violations, notifications (auditors, inspection): one organisation\'s items'),
  project: orgId.optional().describe('search, violations: one project'),
  from: IsoDateSchema.optional().describe('search: opened on or after this day (YYYY-MM-DD)'),
  to: IsoDateSchema.optional().describe('search: opened on or before this day (YYYY-MM-DD)'),
});
export class InboxQueryDto extends createZodDto(InboxQuerySchema) {}
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

export const InboxItemSchema = z.object({
  id: z.string().describe('the journey, study leave, claim, violation case, project or notification id'),
  journeyId: orNull(z.string(), 'the journey it belongs to'),
  person: orNull(z.string(), 'resident ID, masked'),
  level: orNull(z.number().int(), 'target skill level'),
  state: z.string(),
  organisationId: orNull(z.string(), 'the other organisation: the employer (for institutions), the agency (claims), the employer (inspection)'),
  organisationName: orNull(z.string(), 'its name'),
  since: z.string().describe('since when it waits: the last transition of the journey or process, the opening of the violation, the notification'),
  dueOn: orNull(IsoDateSchema, 'when the rules want it done (YYYY-MM-DD): the leave decision (wage.leave-escalation), the payment confirmation'),
  workingDaysLeft: orNull(z.number().int(), 'working days from today until dueOn (the working-day calendar): 0 on the day, negative after'),
  overdue: z.boolean().describe('the rules\' time is up (the leave escalated, the payment flagged overdue)'),
  amount: orNull(z.number(), 'CNY: the subsidy of a claim, the amount still owed of a violation'),
  detail: z.record(z.string(), z.unknown()).describe("the section's own facts (study-leave dates, the wage case's state, the claim's failing rules, …)"),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

export const InboxPageSchema = z.object({
  section: z.enum(INBOX_SECTIONS),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(InboxItemSchema),
});
export class InboxPageDto extends createZodDto(InboxPageSchema) {}
export type InboxPage = z.infer<typeof InboxPageSchema>;

export const InboxCountsSchema = z.object({
  role: z.string(),
  sections: z.array(z.object({ section: z.enum(INBOX_SECTIONS), count: z.number().int(), overdue: z.number().int().describe('items whose time is up') })),
  journeysByState: z.record(z.string(), z.number().int()).describe("the caller's journeys (GET /journeys' scope) by state; states without one are absent"),
});
export class InboxCountsDto extends createZodDto(InboxCountsSchema) {}
export type InboxCounts = z.infer<typeof InboxCountsSchema>;
