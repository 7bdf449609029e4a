import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, JourneyProjection, SubsidyLedgerEntry } from '@heze/persistence';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { raceClaims } from '../support/claim-race';
import { TestSystem } from '../support/system';

const cert = () => `C-${randomUUID().slice(0, 10)}`;

/** Issue 8, concurrency: races that must leave exactly one effect. */
describe('concurrency: one subsidy per person and year, one effect per Idempotency-Key', () => {
  // The write rate limit is per API key; 100+ writes in a burst from one key are what this file tests, not the limit.
  const system = new TestSystem({ RATE_LIMIT_WRITES_PER_MINUTE: '0' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('50 concurrent HTTP subsidy claims for one person and year (both open journeys, 25 each) → one approved, the other refused subsidy.once-per-year', async () => {
    // One person may hold at most one open journey per level; levels 4 and 3 are the subsidised ones.
    const residentId = newResidentId('19880808');
    const a = await drive.open({ residentId, targetLevel: 4, projectId: null });
    const b = await drive.open({ residentId, targetLevel: 3, projectId: null });
    const [na, nb] = [cert(), cert()];
    await Promise.all([drive.certified(a, na), drive.certified(b, nb)]);

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => system.http('POST', `/journeys/${i % 2 ? b : a}/subsidy-claim`, { key: drive.key('employer'), body: {} })),
    );
    // Per journey the first claim is taken and later ones are refused by the machine (409) while it runs, never a 500.
    expect(answers.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);

    const outcomes = await Promise.all([drive.claimView(drive.claimId(a, na)), drive.claimView(drive.claimId(b, nb))]);
    expect(outcomes.map((o) => o.state).sort()).toEqual(['paymentInstructed', 'refused']);
    expect(outcomes.find((o) => o.state === 'refused')!.context.failingRules).toEqual(['subsidy.once-per-year']);
    // The paid journey took exactly one claim. subsidy.once-per-year is a refusal time cures (claimRefused,
    // issue 13.3): a claim that arrives after it may be taken again on the other journey, and is refused the same way.
    const [paid, other] = outcomes[0]!.state === 'paymentInstructed' ? [a, b] : [b, a];
    const taken = (journeyId: string) => answers.filter((r, i) => r.status === 200 && (i % 2 ? b : a) === journeyId).length;
    expect(taken(paid)).toBe(1);
    expect(taken(other)).toBeGreaterThanOrEqual(1);

    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    try {
      const personKey = (await ds.getRepository(JourneyProjection).findOneByOrFail({ journeyId: a })).personKey;
      expect(await ds.getRepository(SubsidyLedgerEntry).countBy({ personKey })).toBe(1);
    } finally {
      await ds.destroy();
    }
  });

  it('50 concurrent subsidy claims of one person and year through the Temporal client → exactly one approved, 49 subsidy.once-per-year, one ledger row', async () => {
    const { decided, ledgerRows } = await raceClaims(system, parties, 50);
    expect(decided.filter((v) => v.state === 'paymentInstructed')).toHaveLength(1);
    const refused = decided.filter((v) => v.state === 'refused');
    expect(refused).toHaveLength(49);
    expect(refused.every((v) => (v.context.failingRules as string[]).join() === 'subsidy.once-per-year')).toBe(true);
    expect(ledgerRows).toBe(1);
  });

  it('50 concurrent identical POST /journeys with one Idempotency-Key → all answered 201 with the same journey, one workflow, one projection', async () => {
    const key = `open-${randomUUID()}`;
    const body = {
      residentId: newResidentId('19930303'), name: 'Zhao Liu', targetLevel: 4, projectId: null,
      insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: '2020-01-01',
    };
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => system.http('POST', '/journeys', { key: drive.key('employer'), body, headers: { 'idempotency-key': key } })),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(50).fill(201));
    const ids = new Set(answers.map((r) => r.body.journeyId));
    expect(ids.size).toBe(1);
    const [journeyId] = [...ids];
    expect(answers.filter((r) => r.body.view.version === answers[0].body.view.version)).toHaveLength(50);

    const connection = await Connection.connect({ address: inject('temporalAddress') });
    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    try {
      const client = new Client({ connection });
      const runs: string[] = [];
      for await (const wf of client.workflow.list({ query: `WorkflowId = '${journeyId}'` })) runs.push(wf.runId);
      expect(runs).toHaveLength(1);
      expect(await ds.getRepository(JourneyProjection).countBy({ journeyId })).toBe(1);
    } finally {
      await connection.close();
      await ds.destroy();
    }

    // The same for a transition: 50 identical enrolments with one key → one transition (version + 1), 50 × the same 200.
    const enrolKey = `enrol-${randomUUID()}`;
    const before = await drive.journey(journeyId);
    const enrolled = await Promise.all(
      Array.from({ length: 50 }, () => system.http('POST', `/journeys/${journeyId}/enrolment`, { key: drive.key('training-institution'), headers: { 'idempotency-key': enrolKey } })),
    );
    expect(enrolled.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(enrolled.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const after = await drive.journey(journeyId);
    expect(after.state).toBe('enrolled');
    expect(after.workflow.version).toBe(before.workflow.version + 1);
  });
});
