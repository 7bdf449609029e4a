import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle, chainEvents, genesisOf, type AuditBundle, type BundleProjections } from '../src/bundle';
import { canonicalJson } from '../src/canonical';
import { diffCase, formatDiffText } from '../src/diff';
import type { AuditExport } from '../src/history';
import { createSigningKeyFile, keyIdOf, loadSigningKey, parsePublicKey, SigningKeyError } from '../src/signing-key';
import { AtPointError } from '../src/state-at';
import { analyseWorkflow } from '../src/timeline';
import { verifyBundle, type Finding, type FindingKind } from '../src/verify';

// Audit bundles (issue 17) built from the committed replay fixtures: no server needed.
const DIR = path.resolve(__dirname, '../../../test/fixtures/histories');
const LATEST = [...new Set(fs.readdirSync(DIR).map((f) => /_(v\d+)\.json$/.exec(f)?.[1]).filter((v): v is string => !!v))].sort().pop()!;
const fixture = (scenario: string): AuditExport => JSON.parse(fs.readFileSync(path.join(DIR, `${scenario}_${LATEST}.json`), 'utf8'));

const installation = generateKeyPairSync('ed25519');
const intruder = generateKeyPairSync('ed25519');

const doc = fixture('full-journey-paid');
const journeyId = doc.rootId;
const claim = doc.workflows.find((w) => w.workflowType === 'subsidyClaimWorkflow')!;
// The claim as the findings name it (relative to the journey), from whichever fixture version is the latest.
const shortClaim = claim.workflowId.slice(journeyId.length + 1);
const claimEvents = (claim.history as { events: unknown[] }).events.length;
const projections: BundleProjections = {
  journey_projections: [{ journeyId, personKey: 'b7fa206c9ee0dccf4ce0f5dd63a66c7d', personMasked: '3758**********1926', targetLevel: 4, state: 'closed', version: 9, summary: '{}' }],
  process_projections: [{ workflowId: claim.workflowId, kind: 'subsidy-claim', journeyId, state: 'paid', ownerId: 'social-insurance-agency-3d4ef94f', version: 4, detail: '{}' }],
};
const signed: AuditBundle = buildBundle({ export: doc, projections, privateKey: installation.privateKey, publicKey: installation.publicKey, at: new Date('2026-12-04T09:00:00Z') });
const text = JSON.stringify(signed, null, 1);

/** A fresh, mutable copy of the signed bundle. */
const copy = (): AuditBundle => JSON.parse(text);
const verify = (b: AuditBundle | string, publicKey: KeyObject = installation.publicKey) => verifyBundle(typeof b === 'string' ? b : JSON.stringify(b), { publicKey });
const kinds = (findings: Finding[]) => findings.map((f) => f.kind);
const eventsOf = (b: AuditBundle, workflowId: string) => (b.export.workflows.find((w) => w.workflowId === workflowId)!.history as { events: any[] }).events;
const only = (b: AuditBundle | string, kind: FindingKind) => {
  const r = verify(b);
  expect(r.intact).toBe(false);
  expect(kinds(r.findings)).toEqual([kind]);
  return r.findings[0];
};

describe('audit bundle: hash chain and signed checkpoint', () => {
  it('chains every event of every workflow, the journey first, and signs head, count, time and key id', () => {
    const total = doc.workflows.reduce((n, w) => n + (w.history as { events: unknown[] }).events.length, 0);
    expect(signed.checkpoint).toMatchObject({ journeyId, eventCount: total, signedAt: '2026-12-04T09:00:00.000Z', keyId: keyIdOf(installation.publicKey) });
    expect(signed.chain.entries).toHaveLength(total);
    expect(signed.checkpoint.head).toBe(signed.chain.entries[total - 1].link);
    expect(signed.chain.entries[0]).toMatchObject({ seq: 0, workflowId: journeyId, eventId: 1, eventType: 'WorkflowExecutionStarted' });
    expect(signed.chain.genesis).toBe(genesisOf(journeyId));
    // The workflows' order is fixed by what is chained, not by the file: shuffled, the head is the same.
    expect(chainEvents(journeyId, [...doc.workflows].reverse()).head).toBe(signed.checkpoint.head);
    expect(signed.checkpoint.workflows.map((w) => w.workflowType)).toEqual(['journeyWorkflow', 'projectIncentiveWorkflow', 'subsidyClaimWorkflow', 'subsidyLedgerWorkflow']);
    expect(signed.ruleSet).toMatchObject({ id: 'heze-2025-07-18', issued: '2025-07-18', recorded: ['heze-2025-07-18'], sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(signed.checkpoint.projections.map((p) => `${p.table}/${p.key}`)).toEqual([`journey_projections/${journeyId}`, `process_projections/${claim.workflowId}`]);
  });

  it('an untouched bundle is intact, also re-indented with its keys in another order (canonical JSON)', () => {
    expect(verify(text)).toMatchObject({ intact: true, findings: [], journeyId, key: { source: 'given' } });
    const reordered = JSON.stringify(JSON.parse(text, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    expect(verify(reordered).intact).toBe(true);
    expect(canonicalJson({ b: [1, 'x', null], a: { d: true, c: 1.5 } })).toBe('{"a":{"c":1.5,"d":true},"b":[1,"x",null]}');
  });

  it('every scenario of the fixtures bundles and verifies intact', () => {
    for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith(`_${LATEST}.json`))) {
      const d = JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as AuditExport;
      const b = buildBundle({ export: d, projections: { journey_projections: [], process_projections: [] }, privateKey: installation.privateKey, publicKey: installation.publicKey });
      expect(verify(b), f).toMatchObject({ intact: true, findings: [] });
    }
  }, 60_000);
});

describe('verify names what was done to a bundle after signing', () => {
  it('one byte changed inside an event: that event, changed', () => {
    const target = eventsOf(signed, claim.workflowId)[9];
    const needle = `"eventTime": "${target.eventTime}"`;
    const at = text.indexOf(needle) + needle.length - 3; // a digit of the fraction of a second
    expect(text.indexOf(needle)).toBeGreaterThan(0);
    const digit = text[at];
    const tampered = text.slice(0, at) + (digit === '9' ? '0' : String(Number(digit) + 1)) + text.slice(at + 1);
    expect(Buffer.byteLength(tampered)).toBe(Buffer.byteLength(text));
    const f = only(tampered, 'changed');
    expect(f).toMatchObject({ workflowId: claim.workflowId, eventId: 10 });
    expect(f.message).toBe(`${shortClaim}: event 10 (${signed.chain.entries.find((e) => e.workflowId === claim.workflowId && e.eventId === 10)!.eventType}) was changed after signing`);
  });

  it('any one letter or digit changed anywhere in the file is caught (a spread of 60 of them, signature and key included)', () => {
    const positions = [...text.matchAll(/[A-Za-z0-9]/g)].map((m) => m.index!);
    const step = Math.floor(positions.length / 60);
    const sample = [...positions.filter((_, i) => i % step === 0).slice(0, 59), positions[positions.length - 1]];
    // Always a part the histories cannot be told apart without: the last digit of the signature, the key.
    for (const field of ['"value": "', '"publicKeyPem": "', '"format": "heze-audit-export']) sample.push(text.indexOf(field) + field.length + 3);
    for (const at of sample) {
      const tampered = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
      expect(verify(tampered).intact, `byte ${at}: '${text.slice(Math.max(0, at - 30), at)}[${text[at]}]${text.slice(at + 1, at + 30)}'`).toBe(false);
    }
    const sig = text.indexOf('"value": "') + '"value": "'.length + 85; // the last base64 digit before '=='
    expect(text.slice(sig + 1, sig + 3)).toBe('==');
    const flipped = text.slice(0, sig) + (text[sig] === 'A' ? 'B' : 'A') + text.slice(sig + 1);
    expect(kinds(verify(flipped).findings)).toEqual(['signature']);
  }, 60_000);

  it('one event removed from the middle: that event, removed', () => {
    const b = copy();
    const removed = eventsOf(b, journeyId).splice(40, 1)[0];
    const f = only(b, 'removed');
    expect(f).toMatchObject({ workflowId: journeyId, eventId: Number(removed.eventId) });
    expect(f.message).toMatch(new RegExp(`^journey: event ${removed.eventId} \\(\\w+\\) was removed after signing$`));
  });

  it('two events swapped: the one out of its signed place, reordered', () => {
    const b = copy();
    const events = eventsOf(b, claim.workflowId);
    [events[20], events[21]] = [events[21], events[20]];
    const f = only(b, 'reordered');
    expect([21, 22]).toContain(f.eventId);
    expect(f.message).toMatch(new RegExp(`^${shortClaim}: event 2[12] \\(\\w+\\) was moved: it now comes after event \\d+, signed after event \\d+$`));
  });

  it('an event added (a copy given a new id, inserted in the middle): that event, added', () => {
    const b = copy();
    const events = eventsOf(b, journeyId);
    events.splice(30, 0, { ...events[29], eventId: '9999' });
    const f = only(b, 'added');
    expect(f).toMatchObject({ workflowId: journeyId, eventId: 9999 });
    expect(f.message).toMatch(/^journey: event 9999 \(\w+\) at position 31 was added after signing$/);
  });

  it('the last events cut: the tail, with the missing ids', () => {
    const b = copy();
    const events = eventsOf(b, claim.workflowId);
    const n = events.length;
    events.splice(-4);
    const f = only(b, 'tail-cut');
    expect(f.message).toBe(`${shortClaim}: the tail was cut off: the history ends at event ${n - 4}; signed events ${n - 3}–${n} (4 of ${n}) missing`);
  });

  it('the last events cut from the histories and the chain list alike: still told by the signed counts', () => {
    const b = copy();
    const ledger = b.export.workflows[b.export.workflows.length - 1];
    const events = (ledger.history as { events: unknown[] }).events;
    events.splice(-2);
    b.chain.entries = b.chain.entries.filter((e) => !(e.workflowId === ledger.workflowId && e.eventId > events.length));
    const r = verify(b);
    expect(kinds(r.findings)).toEqual(['chain-altered', 'tail-cut']);
    expect(r.findings[1].message).toMatch(new RegExp(`: the tail was cut off: ${events.length} of ${events.length + 2} signed events present$`));
  });

  it('a whole workflow dropped, or one slipped in, is named', () => {
    const b = copy();
    b.export.workflows = b.export.workflows.filter((w) => w.workflowId !== claim.workflowId);
    expect(only(b, 'workflow-removed').message).toMatch(new RegExp(`^${shortClaim}: the whole subsidyClaimWorkflow \\(run .*, ${claimEvents} events\\) was removed after signing$`));
    const c = copy();
    c.export.workflows.push({ ...c.export.workflows[1], runId: 'another-run' });
    expect(only(c, 'workflow-added').message).toMatch(new RegExp(`^${c.export.workflows[1].workflowId}: projectIncentiveWorkflow \\(run another-run, \\d+ events\\) was added after signing$`));
  });

  it('a wrong key: the signature does not match it', () => {
    const r = verify(text, intruder.publicKey);
    expect(kinds(r.findings)).toEqual(['signature']);
    expect(r.findings[0].message).toBe(
      `the signature does not match the given key ${keyIdOf(intruder.publicKey)}; the checkpoint names key ${keyIdOf(installation.publicKey)}: signed with another key, or the checkpoint was altered`,
    );
  });

  it("a bundle rewritten and signed again with another key (its public key put in the file) fails against the installation's key", () => {
    const b = copy();
    eventsOf(b, journeyId)[50].eventTime = '2026-12-03T08:05:17.000Z';
    const forged = buildBundle({ export: b.export, projections: b.projections, privateKey: intruder.privateKey, publicKey: intruder.publicKey });
    // Consistent in itself (the key inside it says so) ...
    const self = verifyBundle(JSON.stringify(forged));
    expect(self).toMatchObject({ intact: true, key: { source: 'bundle' } });
    expect(self.notes[0]).toMatch(/^signature checked with the public key inside the bundle/);
    // ... but not the installation's.
    expect(kinds(verify(forged).findings)).toEqual(['signature']);
    // Only the copy of the public key in the file swapped: the signature holds, the copy is named.
    const swapped = copy();
    swapped.signature.publicKeyPem = forged.signature.publicKeyPem;
    expect(kinds(verify(swapped).findings)).toEqual(['key']);
  });

  it('the checkpoint edited (a smaller event count): the signature no longer matches', () => {
    const b = copy();
    b.checkpoint.eventCount -= 1;
    expect(kinds(verify(b).findings)).toEqual(['signature']);
  });

  it('histories and chain list rewritten together: the head is not the signed one', () => {
    const b = copy();
    eventsOf(b, journeyId)[60].eventTime = '2026-12-03T08:05:17.000Z';
    b.chain.entries = buildBundle({ export: b.export, projections: b.projections, privateKey: intruder.privateKey, publicKey: intruder.publicKey }).chain.entries;
    expect(kinds(verify(b).findings)).toEqual(['chain-altered', 'chain-rewritten']);
  });

  it('a projection row changed, and the rule set reference changed', () => {
    const b = copy();
    b.projections.process_projections[0].state = 'approved';
    expect(only(b, 'projection-changed').message).toBe(`projection process_projections/${claim.workflowId} was changed after signing`);
    const c = copy();
    c.ruleSet.id = 'heze-2099-01-01';
    expect(only(c, 'rule-set-changed').message).toBe('the rule set reference was changed after signing: ruleSet.id "heze-2025-07-18" → "heze-2099-01-01"');
  });

  it("a workflow's status or an export field changed: the field, before and after", () => {
    const b = copy();
    b.export.workflows[2].status = 'RUNNING';
    expect(only(b, 'workflow-changed').message).toBe(`${shortClaim}: status "COMPLETED" → "RUNNING" (changed after signing)`);
    const c = copy();
    c.export.exportedAt = '2027-01-01T00:00:00.000Z';
    expect(only(c, 'field-changed').message).toBe(`export.exportedAt ${JSON.stringify(doc.exportedAt)} → "2027-01-01T00:00:00.000Z" (changed after signing)`);
  });

  it('a file cut off in the middle is not a bundle at all', () => {
    const r = verify(text.slice(0, Math.floor(text.length / 2)));
    expect(kinds(r.findings)).toEqual(['unreadable']);
    expect(r.findings[0].message).toMatch(/ends early after \d+ bytes/);
  });

  it('several changes at once: each named, in order', () => {
    const b = copy();
    eventsOf(b, journeyId).splice(10, 1);
    eventsOf(b, journeyId)[20].eventTime = '2026-12-03T08:05:17.999Z';
    eventsOf(b, b.export.workflows[1].workflowId).splice(-3);
    expect(kinds(verify(b).findings)).toEqual(['removed', 'changed', 'tail-cut']);
  });
});

describe('the installation signing key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-audit-key-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is made on first use in the embedded mode (mode 0600), then read back the same', () => {
    const file = path.join(dir, 'data', 'audit-signing-key.pem');
    const first = loadSigningKey({ signingKeyFile: file, generateSigningKey: true });
    expect(first.created).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = loadSigningKey({ signingKeyFile: file, generateSigningKey: true });
    expect(again).toMatchObject({ created: false, keyId: first.keyId, publicKeyPem: first.publicKeyPem });
    expect(createSigningKeyFile(file)).toBe(false); // never replaced
    expect(keyIdOf(parsePublicKey(JSON.stringify({ algorithm: 'Ed25519', keyId: first.keyId, publicKeyPem: first.publicKeyPem })))).toBe(first.keyId);
  });

  it('is never made outside the embedded mode, and a missing, open or non-Ed25519 file is refused naming the variable', () => {
    expect(() => loadSigningKey({ signingKeyFile: null, generateSigningKey: false })).toThrow(/^AUDIT_SIGNING_KEY_FILE: no audit signing key configured/);
    expect(() => loadSigningKey({ signingKeyFile: path.join(dir, 'missing.pem'), generateSigningKey: false })).toThrow(/^AUDIT_SIGNING_KEY_FILE: .*missing.pem does not exist/);
    if (process.platform !== 'win32') {
      const open = path.join(dir, 'open.pem');
      fs.copyFileSync(path.join(dir, 'data', 'audit-signing-key.pem'), open);
      fs.chmodSync(open, 0o644);
      expect(() => loadSigningKey({ signingKeyFile: open, generateSigningKey: false })).toThrow(/readable by others \(mode 0644\); chmod 600 it/);
    }
    const rsa = path.join(dir, 'rsa.pem');
    fs.writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    expect(() => loadSigningKey({ signingKeyFile: rsa, generateSigningKey: false })).toThrow(SigningKeyError);
    expect(() => loadSigningKey({ signingKeyFile: rsa, generateSigningKey: false })).toThrow(/holds a rsa key; an Ed25519 key is needed/);
  });
});

describe('diff: what changed in the case between two points', () => {
  const journey = analyseWorkflow(doc.workflows[0]);
  const update = (type: string) => journey.entries.find((e) => e.kind === 'event' && e.what === type)!;

  it('from enrolled to certified: the state, the context fields and who sent each step', () => {
    const from = update('enrol').eventId;
    const to = update('issueCertificate').eventId;
    const d = diffCase(doc, { eventId: from }, { eventId: to });
    const root = d.changes.find((c) => c.workflowId === journeyId)!;
    expect(root).toMatchObject({ stateBefore: 'enrolled', stateAfter: 'certified', existedBefore: true });
    const fields = Object.fromEntries(root.fields.map((f) => [f.field, f]));
    expect(fields.attempts).toEqual({ field: 'attempts', before: 0, after: 1 });
    expect(fields.certificate.before).toBeNull();
    expect(fields.certificate.after).toMatchObject({ number: expect.stringMatching(/^CERT-/) });
    expect(fields.trainingCompletedOn).toMatchObject({ before: null, after: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(d.steps.filter((s) => s.kind === 'event' && s.workflowId === journeyId).map((s) => [s.what, s.by?.role])).toEqual([
      ['completeTraining', 'training-institution'],
      ['registerForEvaluation', 'evaluation-organisation'],
      ['postResult', 'evaluation-organisation'],
      ['issueCertificate', 'evaluation-organisation'],
    ]);
    const words = formatDiffText(d);
    expect(words).toContain('journey (journeyWorkflow): state enrolled → certified');
    expect(words).toContain('  attempts: 0 → 1');
    expect(words).toMatch(/completeTraining by training-institution \/ training-institution-\w+ \/ key \w+ \(enrolled → trainingCompleted\)/);
    expect(words).toContain('what happened in between, and who did it:');
  });

  it('a process that started in between is said to have started; the same point twice: nothing changed', () => {
    const d = diffCase(doc, { eventId: update('issueCertificate').eventId }, { eventId: journey.lastEventId });
    const started = d.changes.find((c) => c.workflowId === claim.workflowId)!;
    expect(started).toMatchObject({ existedBefore: false, stateAfter: 'paid', workflowType: 'subsidyClaimWorkflow' });
    expect(formatDiffText(d)).toContain(`${shortClaim} (subsidyClaimWorkflow): started, now paid`);
    const same = diffCase(doc, { eventId: 40 }, { eventId: 40 });
    expect(same.changes).toEqual([]);
    expect(formatDiffText(same)).toContain('nothing changed in the case');
  });

  it('instants work like event ids; the points given the wrong way round are refused', () => {
    const at = (e: { at: string }) => ({ time: e.at });
    // An Update's time is when it was accepted: at that instant the state is still the one before it.
    const d = diffCase(doc, at(update('completeTraining')), at(update('issueCertificate')));
    expect(d.changes[0]).toMatchObject({ stateBefore: 'enrolled', stateAfter: 'passed' });
    expect(d.steps.filter((s) => s.kind === 'event').map((s) => s.what)).toEqual(['completeTraining', 'registerForEvaluation', 'postResult']);
    expect(() => diffCase(doc, { eventId: 60 }, { eventId: 30 })).toThrow(AtPointError);
    expect(() => diffCase(doc, { eventId: 60 }, { eventId: 30 })).toThrow(/is before the first/);
  });
});
