import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '../../activities';
import { loadConfig } from '@heze/config';
import { openDatabase } from '@heze/persistence';
import type { DataSource } from 'typeorm';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

/**
 * Where the eligibility step waits. The Query can say `registering` before the worker has started the
 * activity, so a release waits for a step to arrive rather than resolving nothing.
 */
class Gate {
  private waiting: Array<() => void> = [];
  private arrived: () => void = () => undefined;
  private opened = false;

  pass(): Promise<void> {
    if (this.opened) return Promise.resolve();
    return new Promise<void>((r) => {
      this.waiting.push(r);
      this.arrived();
    });
  }

  /** Lets the waiting step (and its retries, if a timeout started one) answer, once one has arrived. */
  async release(): Promise<void> {
    while (this.waiting.length === 0) await new Promise<void>((r) => (this.arrived = r));
    for (const r of this.waiting.splice(0)) r();
  }

  open(): void {
    this.opened = true;
    for (const r of this.waiting.splice(0)) r();
  }
}

/**
 * issue 13.5: a step in progress is said to be in progress. The real API and the real workflows on
 * the real dev server and PostgreSQL; the worker runs in this process with the real activities,
 * except that the eligibility rules wait until the test lets them answer, so the journey can be
 * seen in `registering` (after a crash it would sit there until the activity's timeout).
 */
describe('a step in progress: 409 that says so, with Retry-After; activity timeouts sized to the work (issue 13.5)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let ds: DataSource;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const gate = new Gate();

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    const config = loadConfig(system.env);
    ds = await openDatabase(config.database, { migrate: false });
    client = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
    const real = createActivities({ ds, client, config });
    worker = await Worker.create({
      connection: await NativeConnection.connect({ address: inject('temporalAddress') }),
      taskQueue: system.taskQueue,
      workflowBundle: { codePath: path.resolve('dist/workflow-bundle.js') },
      activities: {
        ...real,
        evaluateEligibility: async (p: Parameters<typeof real.evaluateEligibility>[0]) => {
          await gate.pass();
          return real.evaluateEligibility(p);
        },
      },
    });
    running = worker.run();
    await system.startApi();
    drive = new JourneyDriver(system, parties);
  });
  afterAll(async () => {
    gate.open();
    await system.stop();
    worker?.shutdown();
    await running;
    await ds?.destroy();
    await client?.connection.close();
  });

  it("an event sent while the eligibility step runs: 409 'in progress' with Retry-After; the step then completes", async () => {
    const journeyId = await drive.open({ projectId: null });
    await drive.trainingCompleted(journeyId);
    const first = system.http('POST', `/journeys/${journeyId}/evaluation-registration`, { key: parties['evaluation-organisation'].key, body: { profile: eligibleProfile() } });
    await waitFor(() => drive.journey(journeyId), (j) => j.workflow?.state === 'registering', 'registering (as the workflow answers)');

    const again = await system.http('POST', `/journeys/${journeyId}/evaluation-registration`, { key: parties['evaluation-organisation'].key, body: { profile: eligibleProfile() } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ state: 'registering', inProgress: true });
    expect(again.body.message).toMatch(/step in progress; retry in a moment/);
    expect(again.headers['retry-after']).toBe('1');

    await gate.release();
    const done = await first;
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.state).toBe('registered');
    // A refusal that is not about a step in progress carries no Retry-After.
    const notNow = await system.http('POST', `/journeys/${journeyId}/subsidy-claim`, { key: parties.employer.key, body: {} });
    expect(notNow.status).toBe(409);
    expect(notNow.body.inProgress).toBeUndefined();
    expect(notNow.headers['retry-after']).toBeUndefined();
  });

  it('the eligibility step is scheduled with a start-to-close timeout of at most 5 s (a crash is retried within seconds, not 30)', async () => {
    const journeyId = await drive.open({ projectId: null });
    await drive.trainingCompleted(journeyId);
    const registering = drive.register(journeyId);
    await waitFor(() => drive.journey(journeyId), (j) => j.workflow?.state === 'registering', 'registering (as the workflow answers)');
    await gate.release();
    await registering;
    const history = await client.workflow.getHandle(journeyId).fetchHistory();
    const scheduled = (history.events ?? [])
      .map((e) => e.activityTaskScheduledEventAttributes)
      .filter((a) => a?.activityType?.name === 'evaluateEligibility');
    expect(scheduled).toHaveLength(1);
    const seconds = Number(scheduled[0]!.startToCloseTimeout?.seconds ?? 0);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(5);
  });
});

