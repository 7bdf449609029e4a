import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { Client } from '@temporalio/client';
import { TestSystem } from '../support/system';
import { connectTestClient, scenarios } from './scenarios';

/**
 * Records the replay fixtures (see docs/replay.md). FIXTURE_VERSION (default below) names the
 * workflow-code generation; files of other versions are kept so old histories keep being replayed.
 * FIXTURE_ONLY=name1,name2 records a subset.
 */
const VERSION = process.env.FIXTURE_VERSION ?? 'v1';
const ONLY = (process.env.FIXTURE_ONLY ?? '').split(',').filter(Boolean);
const OUT = path.resolve(__dirname, '../fixtures/histories');

describe(`record replay fixtures (${VERSION})`, () => {
  // One "day" is 400 ms: escalation after 5 working days and the payroll grace period pass in seconds.
  // An instructed payment is overdue after 2 "days" (issue 13.3's deadline, payment-overdue scenario).
  const system = new TestSystem({ HEZE_DAY_MS: '400', PAYROLL_GRACE_DAYS: '2', PAYMENT_CONFIRMATION_DAYS: '2' });
  let client: Client;

  beforeAll(async () => {
    await Promise.all([system.startWorker(), system.startApi()]);
    client = await connectTestClient(inject('temporalAddress'));
    fs.mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await client?.connection.close();
    await system.stop();
  });

  for (const s of scenarios.filter((x) => !ONLY.length || ONLY.includes(x.name))) {
    it(`${s.name}: ${s.covers}`, async () => {
      const doc = await s.run({ system, client });
      expect(doc.workflows.length).toBeGreaterThan(0);
      const file = path.join(OUT, `${s.name}_${VERSION}.json`);
      fs.writeFileSync(file, `${JSON.stringify({ ...doc, scenario: s.name, version: VERSION, covers: s.covers }, null, 1)}\n`);
      console.log(`${path.relative(process.cwd(), file)}: ${doc.workflows.map((w) => `${w.workflowType}(${w.status})`).join(', ')}`);
    });
  }
});
