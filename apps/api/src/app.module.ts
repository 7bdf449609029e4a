import { Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { Client } from '@temporalio/client';
import { ZodValidationPipe } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../libs/config/src/config';
import { ApiKeyGuard } from './auth/api-key.guard';
import { HealthModule } from './health/health.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { JourneysModule } from './journeys/journeys.module';
import { ProcessesModule } from './processes/processes.module';

@Module({})
export class AppModule {
  static with(config: AppConfig, ds: DataSource, client: Client) {
    return {
      module: AppModule,
      imports: [InfrastructureModule.with(config, ds, client), HealthModule, JourneysModule, ProcessesModule],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
    };
  }
}
