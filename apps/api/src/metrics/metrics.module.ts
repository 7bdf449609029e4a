import { Inject, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Module({ controllers: [MetricsController], providers: [MetricsService] })
export class MetricsModule implements NestModule {
  constructor(@Inject(MetricsService) private readonly metrics: MetricsService) {}

  /** Every request, including those a guard refuses (401/403) or no route matches (404). */
  configure(consumer: MiddlewareConsumer) {
    consumer
      .apply((req: Request, res: Response, next: NextFunction) => {
        const started = process.hrtime.bigint();
        res.on('finish', () => {
          const route = req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'unmatched';
          if (route === '/metrics') return;
          this.metrics.observe(req.method, route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
        });
        next();
      })
      .forRoutes('*');
  }
}
