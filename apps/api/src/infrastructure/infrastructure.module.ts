import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import type { WorkingDayCalendar } from '@heze/rules';
import { APP_CONFIG, TEMPORAL_CLIENT, WORKING_DAY_CALENDAR } from './tokens';

/** Hands the already-opened database and Temporal client and the loaded calendar (see main.ts) to every module. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
  ) {}

  static with(config: AppConfig, ds: DataSource, client: Client, calendar: WorkingDayCalendar) {
    const providers = [
      { provide: APP_CONFIG, useValue: config },
      { provide: DataSource, useValue: ds },
      { provide: TEMPORAL_CLIENT, useValue: client },
      { provide: WORKING_DAY_CALENDAR, useValue: calendar },
    ];
    return { module: InfrastructureModule, providers, exports: providers };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close().catch(() => undefined);
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
