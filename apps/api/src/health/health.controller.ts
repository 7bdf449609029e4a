import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/party.decorator';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import { describeDatabase } from '@heze/persistence';
import { APP_CONFIG, TEMPORAL_CLIENT } from '../infrastructure/tokens';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const Probe = z.object({ ok: z.boolean(), error: z.string().optional() });
const ReadySchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  temporal: Probe.extend({ address: z.string(), namespace: z.string() }),
  database: Probe.extend({ kind: z.string() }),
  migrations: Probe,
});
class ReadyDto extends createZodDto(ReadySchema) {}

async function probe(check: () => Promise<unknown>): Promise<{ ok: boolean; error?: string }> {
  try {
    await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 3s')), 3000))]);
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

/**
 * Liveness (`/health`): the process answers; dependencies are reported, but a dependency that is down
 * does not make the API "dead" (a restart would not help). Readiness (`/ready`): Temporal, the database
 * and the migrations; 503 while any is not ready, so a load balancer sends no traffic (issue 18).
 */
@Public()
@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  private async dependencies() {
    const [temporal, database] = await Promise.all([
      probe(() => this.client.workflowService.getSystemInfo({})),
      probe(() => this.ds.query('SELECT 1')),
    ]);
    return {
      temporal: { ...temporal, address: this.config.temporal.address, namespace: this.config.temporal.namespace },
      database: { ...database, kind: describeDatabase(this.config.database).split(' ')[0] },
    };
  }

  @Get('health')
  @ApiOperation({ summary: 'Liveness: the API process answers (200 while it runs); the dependencies are reported as seen (no API key needed)' })
  @ApiOkResponse({ description: "`status: 'ok'` while the process runs; `dependencies` says whether Temporal and the database answer." })
  async health() {
    const deps = await this.dependencies();
    return { status: 'ok', ready: deps.temporal.ok && deps.database.ok, ...deps };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: Temporal, the database and the migrations (no API key needed); 503 until all are ready' })
  @ApiServiceUnavailableResponse({ description: 'Temporal or the database is unreachable, or migrations are pending' })
  @ApiOkResponse({ type: ReadyDto, description: 'Ready: Temporal and the database answer and no migration is pending.' })
  async ready(@Res({ passthrough: true }) res: Response) {
    const deps = await this.dependencies();
    const migrations = deps.database.ok ? await probe(async () => {
      if (await this.ds.showMigrations()) throw new Error('migrations are pending: run npm run migrate');
    }) : { ok: false, error: 'database unreachable' };
    const ok = deps.temporal.ok && deps.database.ok && migrations.ok;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not-ready', ...deps, migrations };
  }
}
