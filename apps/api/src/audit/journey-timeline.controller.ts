import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@heze/machines';
import type { JourneyProjection } from '@heze/persistence';
import type { TimelineEntry } from '@heze/audit';
import { subsidyClaimWorkflowIdPrefix } from '@heze/temporal';
import { CurrentCaller, type Caller } from '../auth/caller';
import { Party, PartyOf, readsAll } from '../auth/party.decorator';
import { TimelineDto } from './audit.dto';
import { AuditService } from './audit.service';

/**
 * The entries of a journey's timeline that one reader of it may see (issue 15, the journey page): READ_ALL
 * roles and the journey's employer everything (its leaves, wage protection and claims are its own); the
 * claim's agency the journey and its claims; any other reader (training institution, evaluation
 * organisation) the journey's own transitions. Outside READ_ALL the free-text detail (event payloads:
 * birth dates of a registration, payroll amounts) is left out: the page shows who, when, what and why.
 */
export function timelineFor(caller: Caller, row: Pick<JourneyProjection, 'journeyId' | 'employerId' | 'agencyId'>, entries: TimelineEntry[]): TimelineEntry[] {
  if (readsAll(caller.role)) return entries;
  const org = caller.organisationId;
  const employer = !!org && org === row.employerId;
  const agency = !!org && org === row.agencyId;
  return entries
    .filter((e) => employer || e.workflowId === row.journeyId || (agency && e.workflowId.startsWith(subsidyClaimWorkflowIdPrefix(row.journeyId))))
    .map((e) => ({ ...e, detail: '' }));
}

@ApiTags('journeys')
@Controller('journeys')
export class JourneyTimelineController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get(':journeyId/timeline')
  @Party(ROLES, 'journey.reader')
  @ApiOperation({ summary: "The journey's timeline as one of its parties may see it: when, who (the person's name), role, organisation, event, state before → after, clause ids" })
  @ApiOkResponse({ type: TimelineDto })
  @ApiNotFoundResponse({ description: 'No such journey visible to the caller' })
  async timeline(@CurrentCaller() caller: Caller, @Param('journeyId') journeyId: string, @PartyOf() row: JourneyProjection) {
    const t = await this.audit.timeline(journeyId);
    return { journeyId, entries: timelineFor(caller, row, t.entries) };
  }
}
