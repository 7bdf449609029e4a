import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { KeyRole } from '@heze/machines';
import { Party } from '../auth/party.decorator';
import { type StatisticsJourneyFilters, StatisticsDto, StatisticsJourneyPageDto, StatisticsJourneysQueryDto } from './statistics.dto';
import { statisticsCsv, StatisticsService } from './statistics.service';

/** The programme office (admin), auditors and labour inspection; every other role: 403 (issue 17). */
export const STATISTICS_ROLES: KeyRole[] = ['admin', 'auditor', 'labour-inspection'];

/** Figures over the projections (docs/statistics.md), each with the list of journeys behind it. */
@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(@Inject(StatisticsService) private readonly statistics: StatisticsService) {}

  @Get()
  @Party(STATISTICS_ROLES, 'any')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every statistics figure (specialists, pass rates, durations and deadlines, subsidy, wage protection, incentive), each with its journey list link' })
  @ApiOkResponse({ type: StatisticsDto })
  figures() {
    return this.statistics.figures();
  }

  @Get('figures.csv')
  @Party(STATISTICS_ROLES, 'any')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The same figures as CSV: section, figure, key, value, journeys' })
  @ApiOkResponse({ description: 'CSV (UTF-8, with a byte-order mark for spreadsheets)', content: { 'text/csv': { schema: { type: 'string' } } } })
  async csv(@Res() res: Response) {
    const body = statisticsCsv(await this.statistics.figures());
    res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', 'attachment; filename="heze-statistics.csv"');
    res.send(`\uFEFF${body}`);
  }

  @Get('journeys')
  @Party(STATISTICS_ROLES, 'any')
  @ApiOperation({ summary: "The journeys behind a figure (the figure's `journeys` link); each links to its journey page" })
  @ApiOkResponse({ type: StatisticsJourneyPageDto })
  journeys(@Query() q: StatisticsJourneysQueryDto) {
    return this.statistics.journeys(q as StatisticsJourneyFilters & { page: number; pageSize: number });
  }
}
