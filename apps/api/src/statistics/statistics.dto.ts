import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { journeyStates } from '@heze/machines';
import { queryParams } from '../infrastructure/query-params';
import { orNull } from '../openapi/or-null';

/** `none`: the journeys without the value (no project, no county code, not yet registered). */
const idOrNone = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'is an organisation or project id (or none)');

export const JOURNEY_STAGES = ['applied', 'enrolled', 'trained', 'registered', 'result', 'certified', 'closed', 'withdrawn'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

/** The filters of the drill-down list: each figure's `journeys` link is this route with some of them. */
export const StatisticsJourneyFilterShape = {
  state: z.enum(journeyStates).optional().describe('current state'),
  stage: z.enum(JOURNEY_STAGES).optional().describe('reached this stage (its date is recorded)'),
  level: z.coerce.number().int().min(1).max(5).optional(),
  county: z.union([z.string().regex(/^\d{6}$/, 'is a 6-digit area code'), z.literal('none')]).optional().describe('the resident ID area code (6 digits) or none'),
  project: idOrNone.optional(),
  contractor: idOrNone.optional().describe('the general contractor employing the specialist'),
  month: z.string().regex(/^\d{4}-\d{2}$/, 'is YYYY-MM').optional().describe('month of application'),
  certifiedMonth: z.string().regex(/^\d{4}-\d{2}$/, 'is YYYY-MM').optional(),
  evaluationOrganisation: idOrNone.optional(),
  result: z.enum(['passed', 'failed', 'any']).optional().describe('the latest result'),
  retake: z.enum(['true']).optional().describe('sat more than once'),
  durations: z.enum(['certificate', 'result']).optional().describe('journeys in the duration figure'),
  resultDeadline: z.enum(['met', 'missed', 'unknown']).optional(),
  leaveDeadline: z.enum(['met', 'missed']).optional(),
  claim: z.enum(['claimed', 'approved', 'refused', 'paid']).optional(),
  claimYear: z.coerce.number().int().min(2000).max(2100).optional(),
  agency: idOrNone.optional(),
  refusalRule: z.string().regex(/^[a-z0-9.-]{1,80}$/, 'is a rule id such as subsidy.once-per-year').optional(),
  violation: z.enum(['opened', 'open', 'closed']).optional(),
  wageProtection: z.enum(['opened', 'closed']).optional(),
  incentive: z.enum(['granted', 'blocked', 'withdrawn']).optional().describe("the journey's project's incentive"),
};

export const StatisticsJourneysQuerySchema = queryParams({
  ...StatisticsJourneyFilterShape,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export class StatisticsJourneysQueryDto extends createZodDto(StatisticsJourneysQuerySchema) {}
export type StatisticsJourneyFilters = z.infer<z.ZodObject<typeof StatisticsJourneyFilterShape>>;


// ---- answers -------------------------------------------------------------------------------------

const link = z.string().describe('the list of journeys behind the figure: GET this path (a /statistics/journeys query)');
const group = z.object({ key: z.string(), count: z.number().int(), journeys: link });
const duration = z.object({
  count: z.number().int(),
  medianDays: orNull(z.number(), 'no journey yet'),
  p90Days: orNull(z.number(), 'no journey yet'),
  journeys: link,
});
const passRow = z.object({
  key: z.string(),
  candidates: z.number().int().describe('journeys with a result'),
  passed: z.number().int(),
  failed: z.number().int().describe('latest result failed'),
  passRate: orNull(z.number(), 'no candidate yet').describe('passed / candidates, 0..1'),
  sittings: z.number().int(),
  retakes: z.number().int().describe('journeys that sat more than once'),
  journeys: z.object({ candidates: link, passed: link, failed: link, retakes: link }),
});

export const StatisticsSchema = z.object({
  generatedAt: z.string(),
  database: z.enum(['postgres', 'sqlite']),
  specialists: z.object({
    total: z.number().int(),
    byState: z.array(group),
    reached: z.array(group).describe('journeys that reached each stage (applied … certified, closed, withdrawn)'),
    byLevel: z.array(group),
    byCounty: z.array(group),
    byProject: z.array(z.object({ projectId: orNull(z.string(), 'no project'), contractorId: z.string(), count: z.number().int(), certified: z.number().int(), journeys: link })),
    byMonth: z.array(z.object({ month: z.string(), applied: z.number().int(), certified: z.number().int(), journeys: z.object({ applied: link, certified: link }) })),
  }),
  evaluation: z.object({ byLevel: z.array(passRow), byOrganisation: z.array(passRow) }),
  durations: z.object({
    applicationToCertificate: duration,
    sittingToResult: duration,
    deadlines: z.array(
      z.object({
        id: z.string(),
        rule: z.string(),
        workingDays: z.number().int(),
        met: z.number().int(),
        missed: z.number().int(),
        unknown: z.number().int().describe('the calendar has no file for the year'),
        journeys: z.object({ met: link, missed: link }),
      }),
    ),
  }),
  subsidy: z.object({
    totals: z.object({ claims: z.number().int(), approved: z.number().int(), refused: z.number().int(), paid: z.number().int(), approvedAmount: z.number(), paidAmount: z.number() }),
    byYearAgency: z.array(
      z.object({
        year: z.number().int(),
        agencyId: z.string(),
        claims: z.number().int(),
        approved: z.number().int(),
        refused: z.number().int(),
        paid: z.number().int(),
        approvedAmount: z.number().describe('CNY'),
        paidAmount: z.number().describe('CNY'),
        journeys: z.object({ claims: link, approved: link, refused: link, paid: link }),
      }),
    ),
    refusedByRule: z.array(z.object({ rule: z.string(), count: z.number().int(), journeys: link })),
  }),
  wageProtection: z.object({
    processes: z.object({ opened: z.number().int(), closed: z.number().int(), journeys: z.object({ opened: link, closed: link }) }),
    violations: z.object({
      opened: z.number().int(),
      closed: z.number().int(),
      open: z.number().int(),
      owedAmount: z.number().describe('CNY'),
      backPaidAmount: z.number().describe('CNY'),
      outstandingAmount: z.number().describe('CNY, of open violations'),
      daysOpen: duration,
      journeys: z.object({ opened: link, closed: link, open: link }),
    }),
  }),
  incentive: z.object({
    granted: z.number().int(),
    blocked: z.number().int(),
    withdrawn: z.number().int(),
    byState: z.array(group),
    journeys: z.object({ granted: link, blocked: link, withdrawn: link }),
  }),
});
export class StatisticsDto extends createZodDto(StatisticsSchema) {}
export type Statistics = z.infer<typeof StatisticsSchema>;

export const StatisticsJourneySchema = z.object({
  journeyId: z.string(),
  person: z.string().describe('resident ID, masked'),
  targetLevel: z.number().int(),
  state: z.string(),
  employerId: z.string(),
  projectId: orNull(z.string(), 'no project'),
  evaluationOrganisationId: orNull(z.string(), 'not registered yet'),
  countyCode: orNull(z.string(), 'not known (journeys projected before issue 17 until their next transition)'),
  attempts: z.number().int(),
  openedAt: z.string(),
  resultAt: orNull(z.string(), 'no result yet'),
  lastSittingOn: orNull(z.string(), 'no result yet'),
  resultPassed: orNull(z.boolean(), 'no result yet'),
  certifiedAt: orNull(z.string(), 'not certified'),
  updatedAt: z.string(),
});
export const StatisticsJourneyPageSchema = z.object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(StatisticsJourneySchema) });
export class StatisticsJourneyPageDto extends createZodDto(StatisticsJourneyPageSchema) {}
