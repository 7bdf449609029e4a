import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/party.decorator';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../../libs/config/src/config';
import { describeDatabase } from '../../../../libs/persistence/src/data-source';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';

async function probe(check: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 3s')), 3000))]);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and dependencies: Temporal and the database (no API key needed)' })
  @ApiServiceUnavailableResponse({ description: 'Temporal or the database is unreachable' })
  @ApiOkResponse({ description: 'Status of the API and of its two dependencies; 503 when one is down.' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [temporal, database] = await Promise.all([
      probe(() => this.client.workflowService.getSystemInfo({})),
      probe(() => this.ds.query('SELECT 1')),
    ]);
    const ok = temporal.ok && database.ok;
    res.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'degraded',
      temporal: { ...temporal, address: this.config.temporal.address, namespace: this.config.temporal.namespace },
      database: { ...database, kind: describeDatabase(this.config.database).split(' ')[0] },
    };
  }
}
