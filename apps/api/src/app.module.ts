import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { Client } from '@temporalio/client';
import { ZodValidationPipe } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import type { WorkingDayCalendar } from '@heze/rules';
import { AccountsModule } from './accounts/accounts.module';
import { ApiKeyGuard } from './auth/api-key.guard';
import { AuthModule } from './auth/auth.module';
import { PartyInterceptor } from './auth/party.interceptor';
import { AuditModule } from './audit/audit.module';
import { BatchesModule } from './batches/batches.module';
import { CertificatesModule } from './certificates/certificates.module';
import { EligibilityModule } from './eligibility/eligibility.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { QueryParamsInterceptor } from './infrastructure/query-params.interceptor';
import { ClaimsModule } from './claims/claims.module';
import { JourneysModule } from './journeys/journeys.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { ProjectsModule } from './projects/projects.module';
import { RateLimitInterceptor } from './rate-limit/rate-limit.interceptor';
import { ResidentIdInterceptor } from './privacy/resident-ids';
import { StudyLeavesModule } from './study-leaves/study-leaves.module';
import { InboxModule } from './inbox/inbox.module';
import { StatisticsModule } from './statistics/statistics.module';

@Module({})
export class AppModule {
  static with(config: AppConfig, ds: DataSource, client: Client, calendar: WorkingDayCalendar) {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.with(config, ds, client, calendar),
        AuthModule,
        AccountsModule,
        HealthModule,
        MetricsModule,
        JourneysModule,
        CertificatesModule,
        EligibilityModule,
        OrganisationsModule,
        StudyLeavesModule,
        ClaimsModule,
        ProjectsModule,
        AuditModule,
        BatchesModule,
        InboxModule,
        StatisticsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        // After the guard: a query parameter the route does not take is a 400 before anything is counted or recorded.
        { provide: APP_INTERCEPTOR, useClass: QueryParamsInterceptor },
        // After the guard (the caller is known), in this order: rate limit, then Idempotency-Key.
        { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor },
        // Before the Idempotency-Key record and validation: a body holding a resident ID is refused untouched.
        { provide: APP_INTERCEPTOR, useClass: ResidentIdInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        // Last: the @Party relation is checked where the handlers checked it before (a 403 or 404 is counted
        // by the rate limit and replayed under its Idempotency-Key), before the body is validated.
        { provide: APP_INTERCEPTOR, useClass: PartyInterceptor },
      ],
    };
  }
}
