import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditBundle } from '@heze/audit';
import { createSigningKeyFile } from '@heze/audit';
import { JourneyDriver } from '../support/journey-driver';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';
import { repoRoot } from '../support/temporal';

/**
 * Audit bundles (issue 17) against the real system: the CLI bundles a journey from the Temporal dev
 * server and PostgreSQL, signed with the installation's key, and verifies it offline with the public
 * key the API publishes.
 */
describe('audit bundle: bundled from the real system, verified with the published key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-bundle-'));
  const keyFile = path.join(dir, 'audit-signing-key.pem');
  createSigningKeyFile(keyFile);
  const system = new TestSystem({ AUDIT_SIGNING_KEY_FILE: keyFile });
  let parties: Awaited<ReturnType<typeof createParties>>;
  let journeyId: string;
  let claimId: string;
  const residentId = newResidentId();
  let enrolledAt: string;
  let certifiedAt: string;

  /** The audit CLI as a user runs it, with the installation's configuration. */
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/apps/audit-cli/src/main.js'), ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TEMPORAL_ADDRESS: inject('temporalAddress'), DATABASE_URL: inject('databaseUrl'), AUDIT_SIGNING_KEY_FILE: keyFile },
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  /** Verify as an outside auditor would: no configuration at all, only the file and the published key. */
  const verifyOffline = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/apps/audit-cli/src/main.js'), 'verify', ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, HEZE_DATA_DIR: path.join(dir, 'auditor'), TEMPORAL_ADDRESS: '127.0.0.1:1' },
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency']);
    await Promise.all([system.startWorker(), system.startApi()]);
    const drive = new JourneyDriver(system, parties);
    journeyId = await drive.open({ residentId });
    await drive.step('POST', `/journeys/${journeyId}/enrolment`, 'training-institution');
    enrolledAt = new Date().toISOString();
    const cert = `CERT-${randomUUID().slice(0, 8)}`;
    const today = new Date().toISOString().slice(0, 10);
    await drive.step('POST', `/journeys/${journeyId}/training-completion`, 'training-institution', { completedOn: today });
    await drive.register(journeyId);
    await drive.result(journeyId, true, [today]);
    await drive.certify(journeyId, cert, today);
    certifiedAt = new Date().toISOString();
    await drive.claim(journeyId);
    claimId = drive.claimId(journeyId, cert);
    await drive.claimView(claimId);
  });
  afterAll(async () => {
    await system.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('GET /audit/signing-key needs no API key and gives the Ed25519 public key and its id', async () => {
    const res = await system.http('GET', '/audit/signing-key');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ algorithm: 'Ed25519', keyId: expect.stringMatching(/^[0-9a-f]{16}$/), publicKeyPem: expect.stringMatching(/^-----BEGIN PUBLIC KEY-----\n/) });
    expect(res.body.publicKeyPem).not.toMatch(/PRIVATE/);
  });

  it('bundle → verify with the published key: intact, and replays against the current code; one event changed: named', async () => {
    const published = (await system.http('GET', '/audit/signing-key')).body;
    const keyJson = path.join(dir, 'signing-key.json');
    fs.writeFileSync(keyJson, JSON.stringify(published));
    const out = path.join(dir, 'bundle.json');

    // File names relative to the working directory, as a user types them (the output is quoted in the README).
    const made = cli('bundle', journeyId, '--out', 'bundle.json');
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toMatch(new RegExp(`^wrote bundle\\.json: \\d+ events in 2 workflow\\(s\\), 2 projection row\\(s\\), rule set heze-2025-07-18; head [0-9a-f]{16}…, signed by key ${published.keyId}$`, 'm'));
    console.log(`npm run audit -- bundle ${journeyId} --out bundle.json\n${made.stderr}`);
    const text = fs.readFileSync(out, 'utf8');
    const bundle = JSON.parse(text) as AuditBundle;
    expect(bundle.checkpoint.keyId).toBe(published.keyId);
    expect(bundle.projections.journey_projections).toEqual([expect.objectContaining({ journeyId, state: 'subsidyClaimed' })]);
    expect(bundle.projections.process_projections).toEqual([expect.objectContaining({ workflowId: claimId, kind: 'subsidy-claim', journeyId })]);
    expect(bundle.checkpoint.workflows.map((w) => w.workflowType)).toEqual(['journeyWorkflow', 'subsidyClaimWorkflow']);
    // Histories and projections carry masked IDs and person keys only.
    expect(text).not.toContain(residentId);

    const ok = verifyOffline('bundle.json', '--public-key', 'signing-key.json');
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`checked with key ${published.keyId} (given)`);
    expect(ok.stdout.split('\n')).toEqual(expect.arrayContaining(['intact', 'replay: deterministic']));
    console.log(`npm run audit -- verify bundle.json --public-key signing-key.json\n${ok.stdout}`);

    // One event of the claim changed after the fact (its time moved by a second).
    const tampered = JSON.parse(text) as AuditBundle;
    const claimEvents = (tampered.export.workflows.find((w) => w.workflowId === claimId)!.history as { events: Array<{ eventId: string; eventTime: string }> }).events;
    const victim = claimEvents[4];
    victim.eventTime = new Date(Date.parse(victim.eventTime) - 1000).toISOString();
    fs.writeFileSync(path.join(dir, 'tampered.json'), JSON.stringify(tampered, null, 1));
    const caught = verifyOffline('tampered.json', '--public-key', 'signing-key.json', '--no-replay');
    expect(caught.code).toBe(5);
    const claimName = claimId.slice(journeyId.length + 1);
    expect(caught.stdout).toMatch(new RegExp(`^changed: ${claimName}: event ${victim.eventId} \\(\\w+\\) was changed after signing$`, 'm'));
    expect(caught.stdout).toContain('NOT intact: 1 finding(s)');
    console.log(`npm run audit -- verify tampered.json --public-key signing-key.json --no-replay\n${caught.stdout}`);
  });

  it('diff between two instants of the real journey: enrolled → certified, and who did each step', () => {
    const d = cli('diff', journeyId, enrolledAt, certifiedAt);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toContain('journey (journeyWorkflow): state enrolled → certified');
    expect(d.stdout).toContain(`postResult by evaluation-organisation / ${parties['evaluation-organisation'].organisationId}`);
    const json = cli('diff', journeyId, enrolledAt, certifiedAt, '--json');
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.changes[0]).toMatchObject({ workflowId: journeyId, stateBefore: 'enrolled', stateAfter: 'certified' });
    expect(parsed.steps.filter((s: { kind: string }) => s.kind === 'event').map((s: { what: string }) => s.what)).toEqual(['completeTraining', 'registerForEvaluation', 'postResult', 'issueCertificate']);
  });
});
