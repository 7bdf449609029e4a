import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditExport } from '@heze/audit';
import { Replayer, resolveModule } from '@heze/audit';
import { journeyWorkflowId, studyLeaveWorkflowId } from '@heze/temporal';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';
import { repoRoot } from '../support/temporal';

const today = () => new Date().toISOString().slice(0, 10);

/** The audit CLI as a user runs it (`npm run audit -- …`), against this file's Temporal server. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/apps/audit-cli/src/main.js'), ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TEMPORAL_ADDRESS: inject('temporalAddress') },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('audit and replay (issue 7)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let journeyId: string;
  let claimId: string;
  /** What the API answered at each step, and when (after the answer arrived). */
  const reported: Array<{ step: string; state: string; at: string; workflowId: string }> = [];

  const as = (role: string) => ({ key: parties[role].key });
  const get = (url: string, role = 'auditor') => system.http('GET', url, as(role));

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'auditor', 'labour-inspection']);
    await Promise.all([system.startWorker(), system.startApi()]);
    drive = new JourneyDriver(system, parties);

    // A fresh full journey over HTTP, recording what the API reported after every step.
    const note = (step: string, state: string, workflowId = journeyId) => reported.push({ step, state, at: new Date().toISOString(), workflowId });
    journeyId = await drive.open({ targetLevel: 4 });
    note('open', 'applied');
    note('enrol', (await drive.step('POST', `/journeys/${journeyId}/enrolment`, 'training-institution')).state);
    note('completeTraining', (await drive.step('POST', `/journeys/${journeyId}/training-completion`, 'training-institution', { completedOn: today() })).state);
    note('register', (await drive.register(journeyId)).state);
    note('result', (await drive.result(journeyId, true)).state);
    const cert = `CERT-${randomUUID().slice(0, 8)}`;
    note('certificate', (await drive.certify(journeyId, cert)).state);
    note('claim', (await drive.claim(journeyId)).state);
    claimId = drive.claimId(journeyId, cert);
    await drive.claimView(claimId);
    const paid = await drive.step('POST', `/claims/${claimId}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() });
    note('payment', paid.state, claimId);
    await waitFor(() => drive.journey(journeyId), (j) => j.state === 'closed', 'journey closed');
  });
  afterAll(() => system.stop());

  it('exports the journey and its subsidy claim as replayable JSON, and replays it deterministically (HTTP and CLI)', async () => {
    const res = await get(`/audit/journeys/${journeyId}/history`);
    expect(res.status).toBe(200);
    const doc = res.body as AuditExport;
    expect(doc).toMatchObject({ format: 'heze-audit-export/1', rootId: journeyId });
    expect(doc.workflows.map((w) => [w.workflowType, w.status])).toEqual([
      ['journeyWorkflow', 'COMPLETED'],
      ['subsidyClaimWorkflow', 'COMPLETED'],
    ]);
    expect((doc.workflows[0].history as { events: Array<{ eventType: string }> }).events[0].eventType).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_STARTED');

    const replay = await system.http('POST', `/audit/journeys/${journeyId}/replay`, as('labour-inspection'));
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ rootId: journeyId, deterministic: true, verdict: 'deterministic' });
    expect(replay.body.workflows).toHaveLength(2);

    const r = cli('replay', journeyId);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toBe('deterministic');
  });

  it('the exported history of the fresh journey is caught by replay against a non-deterministic variant of the workflow', async () => {
    const doc = (await get(`/audit/journeys/${journeyId}/history`)).body as AuditExport;
    const report = await new Replayer({ workflowsPath: resolveModule(path.join(repoRoot, 'test/replay/nondeterministic-workflows')) }).replay(doc);
    expect(report.deterministic).toBe(false);
    expect(report.workflows.find((w) => w.workflowId === journeyId)).toMatchObject({ deterministic: false, errorType: 'DeterminismViolationError' });
    expect(report.verdict).toMatch(new RegExp(`^${journeyId}: (at event \\d+ |the recorded history passed patched)`));
  }, 120_000);

  it('the timeline names who did what (role, organisation, key id), state before → after, and the clause ids behind decisions', async () => {
    const res = await get(`/audit/journeys/${journeyId}/timeline`, 'labour-inspection');
    expect(res.status).toBe(200);
    const entries: any[] = res.body.entries;
    const events = entries.filter((e) => e.kind === 'event');
    expect(events.map((e) => `${e.what}: ${e.before} → ${e.after}`)).toEqual([
      'enrol: applied → enrolled',
      'completeTraining: enrolled → trainingCompleted',
      'registerForEvaluation: trainingCompleted → registered',
      'postResult: registered → passed',
      'issueCertificate: passed → certified',
      'claimSubsidy: certified → subsidyClaimed',
      'confirmPayment: paymentInstructed → paid',
    ]);
    const byRole = (role: string) => ({ role, organisationId: parties[role].organisationId, keyId: parties[role].keyId });
    expect(events[0].actor).toEqual(byRole('training-institution'));
    expect(events[2].actor).toEqual(byRole('evaluation-organisation'));
    expect(events[5].actor).toEqual(byRole('employer'));
    expect(events[6].actor).toEqual(byRole('social-insurance-agency'));
    expect(entries[0]).toMatchObject({ kind: 'started', workflowId: journeyId, actor: byRole('employer') });
    expect(entries.find((e) => e.kind === 'decision' && e.what === 'eligibility').clauses).toEqual(['L4-1']);
    expect(entries.find((e) => e.kind === 'decision' && e.what === 'subsidy').clauses).toContain('subsidy.level');
    expect(entries.find((e) => e.kind === 'transition' && e.workflowId === journeyId)).toMatchObject({ what: 'subsidy.settled', before: 'subsidyClaimed', after: 'closed' });

    const table = await system.http('GET', `/audit/journeys/${journeyId}/timeline?format=table`, as('auditor'));
    expect(table.status).toBe(200);
    expect(table.body).toContain('confirmPayment');

    const printed = cli('timeline', journeyId, '--format', 'table');
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toContain(`training-institution / ${parties['training-institution'].organisationId}`);
    console.log(`npm run audit -- timeline ${journeyId} --format table\n${printed.stdout}`);
  });

  it('state-at matches what the API reported at each step, by timestamp and by event id', async () => {
    for (const r of reported) {
      const res = await get(`/audit/journeys/${journeyId}/state?at=${encodeURIComponent(r.at)}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const got = r.workflowId === journeyId ? res.body.root : res.body.processes.find((p: any) => p.workflowId === r.workflowId);
      expect(got?.state, `${r.step} at ${r.at}`).toBe(r.state);
    }
    const timeline = (await get(`/audit/journeys/${journeyId}/timeline`)).body.entries.filter((e: any) => e.kind === 'event' && e.workflowId === journeyId);
    for (const e of timeline) {
      const res = await get(`/audit/journeys/${journeyId}/state?at=${e.eventId}`);
      expect(res.body.root).toMatchObject({ state: e.after, contextFromEventId: e.eventId, contextIsCurrent: true });
    }
    const certified = timeline.find((e: any) => e.what === 'issueCertificate');
    const s = await get(`/audit/journeys/${journeyId}/state?at=${certified.eventId}`);
    expect(s.body.root).toMatchObject({ state: 'certified', allowedEvents: ['claimSubsidy', 'recordAgreedPay'], context: { certificate: { level: 4 }, attempts: 1 } });

    const cliState = cli('state-at', journeyId, String(certified.eventId));
    expect(cliState.code, cliState.stderr).toBe(0);
    expect(JSON.parse(cliState.stdout).root.state).toBe('certified');
  });

  it('answers every bad request with a clear 4xx, never 500', async () => {
    const unknown = journeyWorkflowId(randomUUID().replace(/-/g, ''), 4);
    for (const url of [`/audit/journeys/${unknown}/history`, `/audit/journeys/${unknown}/timeline`, `/audit/journeys/${unknown}/state?at=3`]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.body.message).toContain(unknown);
    }
    expect((await system.http('POST', `/audit/journeys/${unknown}/replay`, as('auditor'))).status).toBe(404);
    // A workflow of the journey that is not a journey itself.
    expect((await get(`/audit/journeys/${claimId}/history`)).status).toBe(404);
    for (const at of ['yesterday', '', '0', '2026-02-30T00:00:00Z', '99999', '2001-01-01T00:00:00Z']) {
      const res = await get(`/audit/journeys/${journeyId}/state?at=${encodeURIComponent(at)}`);
      expect(res.status, `at=${at}`).toBe(400);
      expect(res.body.message).toMatch(/at/);
    }
    expect((await get(`/audit/journeys/${journeyId}/state`)).status).toBe(400);
    expect((await get(`/audit/journeys/${journeyId}/state?at=1&at=2`)).status).toBe(400);
    expect((await get(`/audit/journeys/${encodeURIComponent("x' OR 1=1")}/history`)).status).toBe(400);
    // Parties are not auditors; no key is 401.
    expect((await get(`/audit/journeys/${journeyId}/history`, 'employer')).status).toBe(403);
    expect((await system.http('GET', `/audit/journeys/${journeyId}/history`)).status).toBe(401);
    // CLI: not found and usage errors have their own exit codes.
    expect(cli('timeline', unknown).code).toBe(3);
    expect(cli('state-at', journeyId, 'yesterday').code).toBe(2);
  });

  it('auditor and labour-inspection keys read every organisation’s journeys but get 403 on every write', async () => {
    const other = await createParties(['employer', 'social-insurance-agency']);
    const otherDrive = new JourneyDriver(system, other);
    const foreign = await otherDrive.open({ projectId: null });
    for (const role of ['auditor', 'labour-inspection']) {
      expect((await get(`/journeys/${foreign}`, role)).status, role).toBe(200);
      expect((await get(`/audit/journeys/${foreign}/timeline`, role)).status, role).toBe(200);
      const writes: Array<[string, string, unknown]> = [
        ['POST', '/journeys', { residentId: '110101199003070011', name: 'x', targetLevel: 4, insuredWithAgencyId: 'a', enterpriseEmployee: true, unemploymentInsuredSince: null }],
        ['POST', `/journeys/${foreign}/enrolment`, undefined],
        ['POST', `/journeys/${foreign}/training-completion`, { completedOn: today() }],
        ['POST', `/journeys/${foreign}/evaluation-registration`, { profile: {} }],
        ['POST', `/journeys/${foreign}/withdrawal`, { reason: 'x' }],
        ['POST', `/journeys/${foreign}/subsidy-claim`, {}],
        ['POST', `/journeys/${foreign}/study-leave`, { from: '2026-12-01', to: '2026-12-02', purpose: 'training' }],
        ['PUT', `/journeys/${foreign}/agreed-pay`, { monthlyWage: 1, benefits: {} }],
        ['POST', `/claims/${claimId}/payment-confirmation`, { paidOn: today() }],
        ['POST', `/study-leaves/${studyLeaveWorkflowId(foreign, '2026-12-01')}/decision`, { approved: true }],
        ['POST', '/projects', { id: `p-${randomUUID().slice(0, 8)}`, name: 'x', wageGuaranteeSystemsImplemented: true }],
      ];
      for (const [method, url, body] of writes) {
        const res = await system.http(method, url, { key: parties[role].key, body });
        expect(res.status, `${role} ${method} ${url}: ${JSON.stringify(res.body)}`).toBe(403);
      }
    }
    // Nothing changed.
    expect((await get(`/journeys/${foreign}`)).body.state).toBe('applied');
  });

  it('bulk replay: replay-all with filters shows progress on stderr and a summary', async () => {
    const r = cli('replay-all', '--state', 'closed', '--level', '4', '--since', today(), '--limit', '20');
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stderr).toMatch(/replaying \d+ journey\(s\) matching: WorkflowType = 'journeyWorkflow' AND HezeState = 'closed' AND HezeLevel = 4/);
    expect(r.stderr).toMatch(/replayed \d+\/\d+/);
    expect(r.stdout).toMatch(/replayed [1-9]\d* journey\(s\) in [\d.]+ s: [1-9]\d* deterministic, 0 not deterministic/);
    expect(cli('replay-all', '--level', 'nine').code).toBe(2);
  }, 180_000);
});
