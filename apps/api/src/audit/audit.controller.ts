import { BadRequestException, Controller, Get, Header, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatTimelineTable, formatTimelineText } from '../../../../libs/audit/src/format';
import { Roles } from '../auth/roles.decorator';
import { AuditExportDto, ReplayReportDto, StateAtDto, TimelineDto } from './audit.dto';
import { AuditService } from './audit.service';

/** Read every organisation's journeys; no route here changes anything (ARCHITECTURE.md: auditors and inspection do not write). */
const AUDIT_READERS = ['auditor', 'labour-inspection', 'admin'] as const;

/** Express turns a repeated query parameter (`?at=1&at=2`) into an array: that is a 400, not a crash. */
function single(name: string, value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new BadRequestException(`'${name}' must be given once, as a single value`);
}

@ApiTags('audit')
@ApiNotFoundResponse({ description: 'No such journey' })
@ApiBadRequestResponse({ description: 'Not a journey id, or a bad `at`' })
@Controller('audit/journeys')
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get(':journeyId/history')
  @Roles(...AUDIT_READERS)
  @ApiOperation({
    summary: "Full Temporal event history of the journey and its processes (subsidy claims, study leaves, wage protection), in Temporal's standard JSON form (historyToJSON); replayable",
  })
  @ApiOkResponse({ type: AuditExportDto })
  history(@Param('journeyId') journeyId: string) {
    return this.audit.history(journeyId);
  }

  @Get(':journeyId/timeline')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: 'What happened, in time order: who (role, organisation, key id), which event, state before → after, clause ids behind decisions, timers, notifications' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'text', 'table'] })
  @ApiProduces('application/json', 'text/plain')
  @ApiOkResponse({ type: TimelineDto, description: 'JSON `{ journeyId, entries }`; text/plain for format=text|table' })
  async timeline(@Param('journeyId') journeyId: string, @Query('format') format: string | undefined, @Res({ passthrough: true }) res: Response) {
    const t = await this.audit.timeline(journeyId);
    if (format === 'text' || format === 'table') {
      res.type('text/plain; charset=utf-8');
      return `${format === 'table' ? formatTimelineTable(journeyId, t.entries, 200) : formatTimelineText(journeyId, t.entries)}\n`;
    }
    return t;
  }

  @Post(':journeyId/replay')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Roles(...AUDIT_READERS)
  @ApiOkResponse({ type: ReplayReportDto })
  @ApiOperation({ summary: 'Replay the recorded histories against the current workflow code: "deterministic", or the first divergence in plain words (reads only)' })
  replay(@Param('journeyId') journeyId: string) {
    return this.audit.replay(journeyId);
  }

  @Get(':journeyId/state')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: "Machine state and context as of an event id of the journey's history, or an ISO 8601 instant, reconstructed from the recorded transitions" })
  @ApiQuery({ name: 'at', required: true, description: 'event id (e.g. 42) or ISO 8601 timestamp (e.g. 2026-11-25T16:00:00Z)' })
  @ApiOkResponse({ type: StateAtDto })
  @ApiQuery({ name: 'workflow', required: false, description: "with an event id: the id of one of the journey's other workflows whose history the event id refers to" })
  state(@Param('journeyId') journeyId: string, @Query('at') at: string | undefined, @Query('workflow') workflow: string | undefined) {
    return this.audit.stateAt(journeyId, single('at', at), single('workflow', workflow));
  }
}
