import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { historyToJSON } from '@heze/audit';
import { openDatabase } from '@heze/persistence';
import { maskIdentifier } from '@heze/rules';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { repoRoot } from '../support/temporal';
import { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);

/** A made-up resident ID whose check character is X (so that lowercase x can be tried). */
function residentIdWithX(): string {
  for (;;) {
    const id = newResidentId();
    if (id.endsWith('X')) return id;
  }
}

/** Every text a value holds: its strings, and what base64 strings decode to (payload data), walked again when that is JSON. */
function texts(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    out.push(value);
    if (depth < 4 && value.length >= 8 && value.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      out.push(decoded);
      try {
        texts(JSON.parse(decoded), out, depth + 1);
      } catch {
        /* not JSON */
      }
    }
  } else if (Array.isArray(value)) {
    for (const v of value) texts(v, out, depth);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      texts(v, out, depth);
    }
  }
  return out;
}

/**
 * RULES.md §1: no whole resident ID in any workflow history (inputs, Updates, signals, activity
 * arguments and results, memo, search attributes, failures), audit export, API answer or log line.
 * Every kind of journey and process is driven with IDs, then everything is searched for each ID:
 * whole, with a lowercase x, and without its check character.
 */
describe('no whole resident ID in histories, exports or logs (RULES.md §1, issue 13.6)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  // A: paid subsidy on a project (registered with a lowercase-x idNumber); B: eligibility refused;
  // C: study leave with wage protection; D: claim refused; E: withdrawn.
  const ids = { A: residentIdWithX(), B: newResidentId(), C: newResidentId(), D: newResidentId(), E: newResidentId() };
  const journeys: Record<string, string> = {};
  const answers: Array<{ what: string; body: unknown }> = [];
  let certificateA = '';

  const as = async (role: string, method: string, url: string, body?: unknown, headers?: Record<string, string>) => {
    const res = await system.http(method, url, { key: parties[role].key, body, headers });
    answers.push({ what: `${method} ${url} → ${res.status}`, body: res.body });
    return res;
  };
  const expectStatus = async (status: number, role: string, method: string, url: string, body?: unknown, headers?: Record<string, string>) => {
    const res = await as(role, method, url, body, headers);
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.body;
  };
  const registration = (id: string, over: Record<string, unknown> = {}) => ({
    profile: { evaluationDate: today(), idNumber: id, workPeriods: [{ start: '2012-01-01', occupation: 'this' }], ...over },
  });

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor', 'labour-inspection']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(() => system.stop());

  it('drives every kind of journey and process with resident IDs', async () => {
    // The same computation as registration, answered and stored nowhere.
    expect((await expectStatus(200, 'employer', 'POST', '/eligibility', registration(ids.A).profile)).levels).toBeDefined();

    // A: to a paid subsidy, on a project (the project incentive), with Idempotency-Keys (the idempotency store).
    journeys.A = await drive.open({ residentId: ids.A, agreedPay: { monthlyWage: 6000, benefits: { meal: 300 } } });
    await drive.trainingCompleted(journeys.A);
    const registered = await expectStatus(200, 'evaluation-organisation', 'POST', `/journeys/${journeys.A}/evaluation-registration`, registration(ids.A.toLowerCase()), { 'Idempotency-Key': randomUUID() });
    expect(registered.state).toBe('registered');
    await drive.result(journeys.A, true);
    certificateA = `NR-${randomUUID().slice(0, 8)}`;
    await drive.certify(journeys.A, certificateA);
    await expectStatus(200, 'employer', 'POST', `/journeys/${journeys.A}/subsidy-claim`, {}, { 'Idempotency-Key': randomUUID() });
    const claimA = drive.claimId(journeys.A, certificateA);
    expect((await drive.claimView(claimA)).state).toBe('paymentInstructed');
    await expectStatus(200, 'social-insurance-agency', 'POST', `/claims/${claimA}/payment-confirmation`, { paidOn: today(), paymentReference: 'BANK-2026-0001' });
    await waitFor(() => drive.journey(journeys.A), (j) => j.state === 'closed', 'journey A closed');
    await waitFor(() => as('auditor', 'GET', `/projects/${parties.projectId}/incentive`), (r) => r.status === 200 && r.body.state === 'granted', 'project incentive granted');

    // B: the rules refuse eligibility (L4: 5 years of service needed); the journey waits for a new registration.
    journeys.B = await drive.open({ residentId: ids.B, projectId: null });
    await drive.trainingCompleted(journeys.B);
    const refused = await expectStatus(200, 'evaluation-organisation', 'POST', `/journeys/${journeys.B}/evaluation-registration`, registration(ids.B, { workPeriods: [{ start: '2025-01-01', occupation: 'this' }] }));
    expect(refused.state).toBe('trainingCompleted');

    // C: study leave with wage protection: a payroll shortfall, back pay, the leave runs and ends.
    journeys.C = await drive.open({ residentId: ids.C, projectId: null, agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
    await drive.trainingCompleted(journeys.C);
    await expectStatus(200, 'evaluation-organisation', 'POST', `/journeys/${journeys.C}/evaluation-registration`, registration(ids.C));
    await expectStatus(200, 'employer', 'PUT', `/journeys/${journeys.C}/agreed-pay`, { monthlyWage: 6200, benefits: { meal: 310 } });
    const { leaveId } = await expectStatus(201, 'employer', 'POST', `/journeys/${journeys.C}/study-leave`, { from: '2026-12-01', to: '2026-12-31', purpose: 'both' });
    journeys.leaveC = leaveId;
    await expectStatus(200, 'employer', 'POST', `/study-leaves/${leaveId}/decision`, { approved: true, reason: 'approved for the course' });
    await waitFor(() => as('employer', 'GET', `/study-leaves/${leaveId}/wage-protection`), (r) => r.status === 200, 'wage protection started');
    const short = await expectStatus(200, 'employer', 'POST', `/study-leaves/${leaveId}/payroll`, { id: 'pay-2026-12', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } });
    expect(short.state).toBe('violation');
    expect((await expectStatus(200, 'employer', 'POST', `/study-leaves/${leaveId}/back-pay`, { component: 'meal', amount: 310 })).state).toBe('monitoring');
    await expectStatus(200, 'employer', 'POST', `/study-leaves/${leaveId}/start`);
    await expectStatus(200, 'employer', 'POST', `/study-leaves/${leaveId}/end`);

    // D: certified, but the claim is refused (subsidy.enterprise-employee).
    journeys.D = await drive.open({ residentId: ids.D, projectId: null, enterpriseEmployee: false });
    await drive.trainingCompleted(journeys.D);
    await expectStatus(200, 'evaluation-organisation', 'POST', `/journeys/${journeys.D}/evaluation-registration`, registration(ids.D));
    await drive.result(journeys.D, true);
    const certificateD = `NR-${randomUUID().slice(0, 8)}`;
    await drive.certify(journeys.D, certificateD);
    await drive.claim(journeys.D);
    expect((await drive.claimView(drive.claimId(journeys.D, certificateD))).state).toBe('refused');

    // E: withdrawn before training.
    journeys.E = await drive.open({ residentId: ids.E, projectId: null });
    await expectStatus(200, 'employer', 'POST', `/journeys/${journeys.E}/withdrawal`, { reason: 'changed employer' });

    for (const [name, id] of Object.entries(journeys)) {
      if (name.startsWith('leave')) continue;
      await as('auditor', 'GET', `/journeys/${id}`);
    }
    await as('labour-inspection', 'GET', `/notifications?journeyId=${journeys.C}`);
    await as('labour-inspection', 'GET', '/violations');
    await as('employer', 'GET', `/study-leaves/${leaveId}`);
    await as('social-insurance-agency', 'GET', `/claims/${claimA}`);
  });

  it("refuses a resident ID wherever a route takes none, and another person's idNumber (422 naming the field); nothing is sent", async () => {
    const { A, B, C, E } = journeys;
    const bad = `${ids.B.slice(0, 17)}${ids.B[17] === '0' ? '1' : '0'}`;
    const refusals: Array<[number, string, string, string, unknown, string]> = [
      [422, 'evaluation-organisation', 'POST', `/journeys/${B}/evaluation-registration`, registration(ids.C), 'profile.idNumber'],
      [400, 'evaluation-organisation', 'POST', `/journeys/${B}/evaluation-registration`, registration(bad), 'profile.idNumber'],
      [400, 'evaluation-organisation', 'POST', `/journeys/${B}/evaluation-registration`, registration(ids.B.slice(0, 17)), 'profile.idNumber'],
      [422, 'evaluation-organisation', 'POST', `/journeys/${B}/evaluation-registration`, registration(ids.B, { note: ids.B }), 'profile.note'],
      [422, 'employer', 'POST', '/journeys', { residentId: ids.E, name: `Wang ${ids.E}`, targetLevel: 3, insuredWithAgencyId: parties['social-insurance-agency'].organisationId, enterpriseEmployee: true, unemploymentInsuredSince: null }, 'name'],
      [422, 'employer', 'POST', `/journeys/${E}/withdrawal`, { reason: `duplicate of ${ids.E.toLowerCase()}` }, 'reason'],
      [422, 'employer', 'PUT', `/journeys/${C}/agreed-pay`, { monthlyWage: 6200, benefits: { [ids.C]: 1 } }, 'benefits'],
      [422, 'employer', 'POST', `/journeys/${C}/study-leave`, { from: ids.C, to: '2027-01-05', purpose: 'training' }, 'from'],
      [422, 'employer', 'POST', `/study-leaves/${journeys.leaveC}/payroll`, { id: ids.C, periodStart: '2027-01-01', periodEnd: '2027-02-01', wage: 6200, benefits: { meal: 310 } }, 'id'],
      [422, 'employer', 'POST', `/study-leaves/${journeys.leaveC}/back-pay`, { component: ids.C.slice(0, 17), amount: 1 }, 'component'],
      [422, 'social-insurance-agency', 'POST', `/claims/${drive.claimId(A, certificateA)}/payment-confirmation`, { paidOn: today(), paymentReference: `for ${ids.A}` }, 'paymentReference'],
      [422, 'employer', 'POST', '/projects', { id: `p-${randomUUID().slice(0, 8)}`, name: `site of ${ids.A}`, wageGuaranteeSystemsImplemented: true }, 'name'],
      [422, 'employer', 'POST', '/eligibility', { ...registration(ids.A).profile, workPeriods: [{ start: ids.A, occupation: 'this' }] }, 'workPeriods[0].start'],
    ];
    for (const [status, role, method, url, body, field] of refusals) {
      const res = await as(role, method, url, body);
      expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.field, `${method} ${url}`).toBe(field);
    }
    // Nothing was registered for B: still waiting for a registration, after the one refused by the rules.
    const b = await drive.journey(B);
    expect(b.state).toBe('trainingCompleted');
  });

  it('finds none of them in any workflow history, memo, search attribute, audit export, answer or log line', async () => {
    const needles = Object.entries(ids).flatMap(([who, id]) => [
      { who, form: 'whole', text: id },
      { who, form: 'lowercase x', text: id.toLowerCase() },
      { who, form: 'without check character', text: id.slice(0, 17) },
    ]);
    const places: Array<{ where: string; texts: string[] }> = [];

    // Every workflow of this file's task queue: journeys, claims, the ledger, study leave, wage protection, project incentive.
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    const types = new Set<string>();
    try {
      const client = new Client({ connection });
      const list = async () => {
        const runs: Array<{ workflowId: string; runId: string; type: string }> = [];
        for await (const wf of client.workflow.list({ query: `TaskQueue = '${system.taskQueue}'` })) runs.push({ workflowId: wf.workflowId, runId: wf.runId, type: wf.type });
        return runs;
      };
      const runs = await waitFor(list, (r) => new Set(r.map((x) => x.type)).size >= 6, 'every kind of workflow listed');
      for (const run of runs) {
        types.add(run.type);
        const handle = client.workflow.getHandle(run.workflowId, run.runId);
        const history = JSON.parse(historyToJSON(await handle.fetchHistory())) as { events: Array<{ eventId: string; eventType: string }> };
        for (const event of history.events) places.push({ where: `history ${run.workflowId} event ${event.eventId} ${event.eventType}`, texts: texts(event) });
        const described = await handle.describe();
        const asBase64 = (_k: string, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v); // payload bytes, decoded by texts()
        const seen = JSON.parse(JSON.stringify({ memo: described.memo, sa: described.typedSearchAttributes, raw: described.raw }, asBase64));
        places.push({ where: `describe ${run.workflowId} (memo, search attributes)`, texts: texts(seen) });
      }
    } finally {
      await connection.close();
    }
    expect([...types].sort()).toEqual(expect.arrayContaining(['journeyWorkflow', 'subsidyClaimWorkflow', 'studyLeaveWorkflow', 'wageProtectionWorkflow', 'projectIncentiveWorkflow']));

    // Every audit export, over HTTP and from the audit CLI.
    for (const journeyId of [journeys.A, journeys.B, journeys.C, journeys.D, journeys.E]) {
      for (const [method, url] of [['GET', 'history'], ['GET', 'timeline'], ['GET', 'timeline?format=table'], ['GET', 'state?at=3'], ['POST', 'replay']]) {
        const res = await as('auditor', method, `/audit/journeys/${journeyId}/${url}`);
        expect(res.status, `${url} ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
      }
    }
    // After the HTTP reads: spawnSync blocks this process, and a kept-alive socket would go stale meanwhile.
    for (const journeyId of [journeys.A, journeys.B, journeys.C, journeys.D, journeys.E]) {
      for (const command of ['export', 'timeline']) {
        const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/apps/audit-cli/src/main.js'), command, journeyId], {
          env: { PATH: process.env.PATH, HOME: process.env.HOME, TEMPORAL_ADDRESS: inject('temporalAddress') },
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        expect(r.status, r.stderr).toBe(0);
        places.push({ where: `audit CLI ${command} ${journeyId}`, texts: [r.stdout, r.stderr, ...texts(JSON.parse(command === 'export' ? r.stdout : '{}'))] });
      }
    }
    for (const a of answers) places.push({ where: `answer ${a.what}`, texts: texts(a.body) });

    // Stores that answer parties later (not the people table, which keeps the ID by design).
    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    try {
      const tables = (await ds.query(
        `SELECT table_name FROM information_schema.tables t WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'people'
           AND NOT EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_name = t.table_name AND c.column_name = 'residentId')`,
      )) as Array<{ table_name: string }>;
      expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['idempotency_records', 'notifications', 'journey_projections']));
      for (const { table_name } of tables) {
        const rows = (await ds.query(`SELECT row_to_json(t)::text AS j FROM "${table_name}" t`)) as Array<{ j: string }>;
        places.push({ where: `table ${table_name}`, texts: rows.flatMap((r) => texts(JSON.parse(r.j))) });
      }
    } finally {
      await ds.destroy();
    }

    // Log output of the API and the worker, start to now.
    places.push({ where: 'API log', texts: [system.api!.output()] });
    places.push({ where: 'worker log', texts: [system.worker!.output()] });

    // The search sees inside payloads: the registration Updates' profiles are decoded.
    const updates = places.filter((p) => p.where.includes('WORKFLOW_EXECUTION_UPDATE_ACCEPTED'));
    expect(updates.some((p) => p.texts.some((t) => t.includes('"registerForEvaluation"') && t.includes('"workPeriods"')))).toBe(true);
    expect(places.some((p) => p.texts.some((t) => t.includes(maskIdentifier(ids.A))))).toBe(true);

    const found: string[] = [];
    for (const place of places) {
      for (const n of needles) if (place.texts.some((t) => t.includes(n.text))) found.push(`${n.who}'s ID (${n.form}) in ${place.where}`);
    }
    expect(found).toEqual([]);
    // What the rules need went on instead: the birth date read from A's ID.
    const birthA = `${ids.A.slice(6, 10)}-${ids.A.slice(10, 12)}-${ids.A.slice(12, 14)}`;
    expect(updates.some((p) => p.texts.some((t) => t.includes(`"birthDate":"${birthA}"`)))).toBe(true);
  });
});
