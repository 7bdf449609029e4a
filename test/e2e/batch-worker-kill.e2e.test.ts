import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { batchWorkflowId } from '../../workflows/batch.workflow';
import { applied, csv, upload } from '../support/batches';
import { waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

const ROWS = 40;

/**
 * issue 16: a worker killed (SIGKILL) in the middle of a batch loses nothing and does nothing twice:
 * every row ends done, no row is refused because its step had already been taken before the crash
 * (the retried Update has the row key's id, so the journey answers with the Update it applied), each
 * journey holds exactly one enrolment, and the batch's history holds no resident ID.
 */
describe('batch: the worker killed mid-batch (issue 16)', () => {
  const system = new TestSystem({ BATCH_CONCURRENCY: '4' });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let client: Client;
  const ids = Array.from({ length: ROWS }, () => newResidentId());

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'social-insurance-agency']);
    client = new Client({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
    await system.startWorker();
    await system.startApi();
  });
  afterAll(async () => {
    await system.stop();
    await client?.connection.close();
  });

  it('SIGKILL while rows are in flight; a new worker finishes the batch: every row done once, none lost, none twice', async () => {
    const ti = parties['training-institution'].key;
    const file = csv([
      ['姓名', '身份证号', '目标等级', '用人单位', '参保机构', '企业职工'],
      ...ids.map((id, i) => [`学员${i + 1}`, id, 4, parties.employer.organisationId, parties['social-insurance-agency'].organisationId, '是']),
    ]);
    const preview = await upload(system, 'roster', ti, file, 'class.csv');
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    expect(preview.body.accepted).toBe(ROWS);
    const batchId = preview.body.batchId;
    expect((await system.http('POST', `/batches/${batchId}/apply`, { key: ti })).status).toBe(202);

    const before = await waitFor(() => system.http('GET', `/batches/${batchId}`, { key: ti }), (r) => r.body.finished >= 3, 'a few rows done', 60_000);
    await system.killWorker('SIGKILL');
    const atKill = (await system.http('GET', `/batches/${batchId}`, { key: ti })).body;
    // The kill came mid-batch (else this test would show nothing).
    expect(atKill.finished, JSON.stringify(atKill.counts)).toBeLessThan(ROWS);
    expect(atKill.finished).toBeGreaterThanOrEqual(before.body.finished);
    // With no worker, the API still answers progress from the database.
    expect(atKill.status).toBe('applying');

    await system.startWorker();
    const done = await applied(system, batchId, ti, 120_000);
    expect(done.counts).toEqual({ done: ROWS, alreadyDone: 0, refused: 0, failed: 0, pending: 0 });

    const list = await system.http('GET', '/journeys?pageSize=200', { key: parties.employer.key });
    expect(list.body.total).toBe(ROWS);
    expect(list.body.items.every((j: { state: string }) => j.state === 'enrolled')).toBe(true);
    for (const j of list.body.items as Array<{ journeyId: string }>) {
      const history = await client.workflow.getHandle(j.journeyId).fetchHistory();
      const updates = (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
      expect(updates, j.journeyId).toHaveLength(1);
    }
    // Payloads decoded to text, so that an ID inside any input or result would be found.
    const batchHistory = JSON.stringify(await client.workflow.getHandle(batchWorkflowId(batchId)).fetchHistory(), (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v));
    expect(batchHistory).toContain(batchId); // the one reference it carries
    for (const id of ids) expect(batchHistory).not.toContain(id);
    expect(batchHistory).not.toContain('学员');
  });
});
