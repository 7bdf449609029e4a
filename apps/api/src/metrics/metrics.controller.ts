import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/party.decorator';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrape endpoint. Public like /health (the API listens on 127.0.0.1 by default); in
 * production let only the scraper reach it (README, Production). Not part of the API's OpenAPI document.
 */
@Public()
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  @Get()
  async scrape(@Res() res: Response) {
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
