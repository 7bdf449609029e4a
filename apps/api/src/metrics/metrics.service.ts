import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/**
 * What an operator watches (issue 18), in Prometheus format: the API's request rate, errors and
 * latency per route, and domain gauges read from the projections at scrape time (one GROUP BY each,
 * on indexed columns).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'heze_http_requests_total', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'], registers: [this.registry] });
  readonly latency = new Histogram({
    name: 'heze_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(@Inject(DataSource) private readonly ds: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'heze_api_' });
    const ds_ = this.ds;
    new Gauge({
      name: 'heze_journeys',
      help: 'Journeys by state (journey projections)',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ state: string; n: string | number }> = await ds_.query('SELECT state, COUNT(*) AS n FROM journey_projections GROUP BY state');
        for (const r of rows) this.set({ state: r.state }, Number(r.n));
      },
    });
    new Gauge({
      name: 'heze_open_violations',
      help: 'Wage-protection violation cases still open (RULES.md §4)',
      registers: [this.registry],
      async collect() {
        const [r] = await ds_.query(`SELECT COUNT(*) AS n FROM violation_cases WHERE status = 'open'`);
        this.set(Number(r?.n ?? 0));
      },
    });
    new Gauge({
      name: 'heze_claims_awaiting_payment',
      help: 'Approved subsidy claims whose payment the agency has not confirmed yet (RULES.md §5)',
      registers: [this.registry],
      async collect() {
        const [r] = await ds_.query(`SELECT COUNT(*) AS n FROM subsidy_ledger WHERE status IN ('approved', 'payment-instructed')`);
        this.set(Number(r?.n ?? 0));
      },
    });
    new Gauge({
      name: 'heze_overdue_notices',
      help: 'Overdue tasks notified so far, by kind (unanswered leave requests, overdue subsidy payments)',
      labelNames: ['kind'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ kind: string; n: string | number }> = await ds_.query(
          `SELECT kind, COUNT(*) AS n FROM notifications WHERE kind IN ('leave-unanswered', 'subsidy-payment-overdue') GROUP BY kind`,
        );
        for (const r of rows) this.set({ kind: r.kind }, Number(r.n));
      },
    });
  }

  /** Records one finished request; the route is the pattern ("/journeys/:journeyId"), never the id itself. */
  observe(method: string, route: string, status: number, seconds: number) {
    this.requests.inc({ method, route, status: String(status) });
    this.latency.observe({ method, route }, seconds);
  }
}
