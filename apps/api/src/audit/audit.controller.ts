import { Controller, Get, Header, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatTimelineTable, formatTimelineText } from '@heze/audit';
import { Party, READ_ALL_ROLES } from '../auth/party.decorator';
import { AuditExportDto, ReplayReportDto, StateAtDto, StateAtQueryDto, TimelineDto, TimelineQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

/** READ_ALL roles read every organisation's journeys; no route here changes anything (ARCHITECTURE.md: auditors and inspection do not write). */
@ApiTags('audit')
@ApiNotFoundResponse({ description: 'No such journey' })
@ApiBadRequestResponse({ description: 'Not a journey id, or a bad `at`' })
@Controller('audit/journeys')
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get(':journeyId/history')
  @Party(READ_ALL_ROLES, 'any')
  @ApiOperation({
    summary: "Full Temporal event history of the journey and its processes (subsidy claims, study leaves, wage protection), in Temporal's standard JSON form (historyToJSON); replayable",
  })
  @ApiOkResponse({ type: AuditExportDto })
  history(@Param('journeyId') journeyId: string) {
    return this.audit.history(journeyId);
  }

  @Get(':journeyId/timeline')
  @Party(READ_ALL_ROLES, 'any')
  @ApiOperation({ summary: 'What happened, in time order: who (role, organisation, key id), which event, state before → after, clause ids behind decisions, timers, notifications' })
  @ApiProduces('application/json', 'text/plain')
  @ApiOkResponse({ type: TimelineDto, description: 'JSON `{ journeyId, entries }`; text/plain for format=text|table' })
  async timeline(@Param('journeyId') journeyId: string, @Query() q: TimelineQueryDto, @Res({ passthrough: true }) res: Response) {
    const format = q.format;
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
  @Party(READ_ALL_ROLES, 'any')
  @ApiOkResponse({ type: ReplayReportDto })
  @ApiOperation({ summary: 'Replay the recorded histories against the current workflow code: "deterministic", or the first divergence in plain words (reads only)' })
  replay(@Param('journeyId') journeyId: string) {
    return this.audit.replay(journeyId);
  }

  @Get(':journeyId/state')
  @Party(READ_ALL_ROLES, 'any')
  @ApiOperation({ summary: "Machine state and context as of an event id of the journey's history, or an ISO 8601 instant, reconstructed from the recorded transitions" })
  @ApiOkResponse({ type: StateAtDto })
  state(@Param('journeyId') journeyId: string, @Query() q: StateAtQueryDto) {
    return this.audit.stateAt(journeyId, q.at, q.workflow);
  }
}
