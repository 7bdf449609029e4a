import { createPublicKey, type KeyObject } from 'node:crypto';
import {
  BUNDLE_FORMAT,
  chainEvents,
  checkpointWorkflows,
  envelopeOf,
  projectionDigests,
  ruleSetDigest,
  type AuditBundle,
  type BundleCheckpoint,
  type ChainEntry,
  type ChainedEvent,
  type RuleSetRef,
} from './bundle';
import { canonicalJson, sha256Hex } from './canonical';
import { diffFields, type FieldChange } from './diff';
import { shortWorkflow } from './format';
import { keyIdOf, verifyBytes } from './signing-key';

/**
 * What `verify` can find (docs/audit-bundles.md says what each means):
 * - `changed`, `removed`, `added`, `reordered`: one event of one workflow differs from the signed chain;
 * - `tail-cut`: a workflow's last signed events (or the last workflows) are missing;
 * - `workflow-removed`, `workflow-added`, `workflow-changed`: a whole workflow, or its status and times;
 * - `chain-altered`: the chain list itself differs from the signed one;
 * - `chain-rewritten`: the events and the chain were rewritten together: the head is not the signed one;
 * - `projection-changed` / `-removed` / `-added`, `rule-set-changed`, `field-changed`: the other signed content;
 * - `signature`, `key`: the checkpoint's signature does not match the key;
 * - `unreadable`, `format`: not a bundle at all.
 */
export type FindingKind =
  | 'unreadable'
  | 'format'
  | 'key'
  | 'signature'
  | 'chain-altered'
  | 'chain-rewritten'
  | 'changed'
  | 'removed'
  | 'added'
  | 'reordered'
  | 'tail-cut'
  | 'workflow-removed'
  | 'workflow-added'
  | 'workflow-changed'
  | 'projection-changed'
  | 'projection-removed'
  | 'projection-added'
  | 'rule-set-changed'
  | 'field-changed';

export interface Finding {
  kind: FindingKind;
  workflowId?: string;
  runId?: string;
  eventId?: number;
  /** One line for people. */
  message: string;
}

export interface VerifyResult {
  intact: boolean;
  journeyId: string | null;
  /** The key the signature was checked with, and where it came from. */
  key: { keyId: string; source: 'given' | 'installation' | 'bundle' } | null;
  eventCount: number | null;
  signedAt: string | null;
  findings: Finding[];
  /** Facts that are not findings (which key was used; the rule set in the current code). */
  notes: string[];
}

const TAIL_PREVIEW = 5;

const shown = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v).length > 80 ? `${JSON.stringify(v).slice(0, 79)}…` : JSON.stringify(v));
const describeChange = (c: FieldChange) => `${c.field} ${shown(c.before)} → ${shown(c.after)}`;

/** Event ids as a short list: `41–45` for a run. */
function idList(ids: number[]): string {
  if (ids.length === 0) return '';
  const sorted = [...ids].sort((a, b) => a - b);
  const contiguous = sorted.every((id, i) => i === 0 || id === sorted[i - 1] + 1);
  if (contiguous && sorted.length > 2) return `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.length > TAIL_PREVIEW * 2 ? `${sorted.slice(0, TAIL_PREVIEW).join(', ')}, … ${sorted[sorted.length - 1]}` : sorted.join(', ');
}

/** Indices (into `seq`) of a longest strictly increasing subsequence: the events still in their signed order. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

const wfKey = (w: { workflowId: string; runId: string }) => `${w.workflowId}\u0000${w.runId}`;

/** Compares one workflow's events with its signed chain entries: which event changed, went, came or moved. */
function compareWorkflow(name: string, signed: ChainEntry[], present: ChainedEvent[], signedCount: number): Omit<Finding, 'workflowId' | 'runId'>[] {
  const out: Omit<Finding, 'workflowId' | 'runId'>[] = [];
  const byDigest = new Map(signed.map((e, j) => [e.digest, j]));
  const matchedSigned = new Set<number>();
  const matched: Array<{ i: number; j: number }> = [];
  const unmatched: number[] = [];
  present.forEach((e, i) => {
    const j = byDigest.get(e.digest);
    if (j !== undefined && !matchedSigned.has(j)) {
      matchedSigned.add(j);
      matched.push({ i, j });
    } else unmatched.push(i);
  });
  // A present event that is not the signed one, at the id of a signed event that is gone: changed.
  const missing = signed.map((_, j) => j).filter((j) => !matchedSigned.has(j));
  const missingById = new Map(missing.map((j) => [signed[j].eventId, j]));
  const changedSigned = new Set<number>();
  const added: number[] = [];
  for (const i of unmatched) {
    const j = missingById.get(present[i].eventId);
    if (j !== undefined && !changedSigned.has(j)) {
      changedSigned.add(j);
      const e = signed[j];
      out.push({ kind: 'changed', eventId: e.eventId, message: `${name}: event ${e.eventId} (${e.eventType}) was changed after signing${present[i].eventType !== e.eventType ? ` (now ${present[i].eventType})` : ''}` });
    } else added.push(i);
  }
  for (const i of added) {
    const e = present[i];
    const twin = signed.some((s) => s.eventId === e.eventId);
    out.push({ kind: 'added', eventId: e.eventId, message: `${name}: event ${e.eventId} (${e.eventType}) at position ${e.position + 1} was added after signing${twin ? ' (a second event with that id)' : ''}` });
  }
  const gone = missing.filter((j) => !changedSigned.has(j));
  // Signed events missing from the end of the history (nothing present after them): the tail was cut.
  const lastPresent = Math.max(-1, ...matched.map((m) => m.j), ...[...changedSigned]);
  const tail = gone.filter((j) => j > lastPresent);
  for (const j of gone.filter((x) => x <= lastPresent)) {
    out.push({ kind: 'removed', eventId: signed[j].eventId, message: `${name}: event ${signed[j].eventId} (${signed[j].eventType}) was removed after signing` });
  }
  if (tail.length) {
    const ids = tail.map((j) => signed[j].eventId);
    const last = lastPresent >= 0 ? `ends at event ${signed[lastPresent].eventId}` : 'has no events left';
    out.push({ kind: 'tail-cut', eventId: ids[0], message: `${name}: the tail was cut off: the history ${last}; signed event${ids.length > 1 ? 's' : ''} ${idList(ids)} (${ids.length} of ${signedCount}) missing` });
  } else if (signed.length < signedCount && present.length < signedCount) {
    // The chain list was cut as well: the signed count still tells.
    out.push({ kind: 'tail-cut', message: `${name}: the tail was cut off: ${present.length} of ${signedCount} signed events present` });
  }
  // Among the events still as signed, those not in their signed order.
  const inOrder = longestIncreasing(matched.map((m) => m.j));
  matched.forEach((m, k) => {
    if (inOrder.has(k)) return;
    const e = signed[m.j];
    const nowAfter = m.i > 0 ? `event ${present[m.i - 1].eventId}` : 'the start';
    const signedAfter = m.j > 0 ? `event ${signed[m.j - 1].eventId}` : 'the start';
    out.push({ kind: 'reordered', eventId: e.eventId, message: `${name}: event ${e.eventId} (${e.eventType}) was moved: it now comes after ${nowAfter}, signed after ${signedAfter}` });
  });
  return out.sort((a, b) => (a.eventId ?? Infinity) - (b.eventId ?? Infinity));
}

export interface VerifyOptions {
  /** The installation's public key (GET /audit/signing-key); without it the key inside the bundle is used and said so. */
  publicKey?: KeyObject;
  /** Where `publicKey` came from: given by the auditor (default), or the installation's own key file. */
  publicKeySource?: 'given' | 'installation';
}

/**
 * Checks a bundle offline: the signature over the checkpoint, the chain list against the signed
 * digest, every event against its chain entry (naming each one changed, removed, added or moved,
 * and a cut tail), and the projections and rule set against their signed digests.
 */
export function verifyBundle(input: string | unknown, opts: VerifyOptions = {}): VerifyResult {
  const result: VerifyResult = { intact: false, journeyId: null, key: null, eventCount: null, signedAt: null, findings: [], notes: [] };
  const find = (f: Finding) => result.findings.push(f);
  let bundle: AuditBundle;
  if (typeof input === 'string') {
    try {
      bundle = JSON.parse(input);
    } catch (err) {
      const msg = (err as Error).message;
      find({ kind: 'unreadable', message: /end of JSON input|Unterminated|Expected/i.test(msg) && !input.trimEnd().endsWith('}') ? `the file is not whole JSON: it ends early after ${Buffer.byteLength(input)} bytes (cut off?)` : `the file is not JSON: ${msg}` });
      return result;
    }
  } else bundle = input as AuditBundle;
  const cp = bundle?.checkpoint as BundleCheckpoint | undefined;
  if (!bundle || typeof bundle !== 'object' || bundle.format !== BUNDLE_FORMAT || !cp || typeof cp !== 'object' || !Array.isArray(bundle.chain?.entries) || !Array.isArray(bundle.export?.workflows)) {
    find({ kind: 'format', message: `not an audit bundle (format ${BUNDLE_FORMAT} with checkpoint, chain and export)` });
    return result;
  }
  const journeyId = cp.journeyId;
  result.journeyId = journeyId ?? null;
  result.eventCount = cp.eventCount ?? null;
  result.signedAt = cp.signedAt ?? null;

  // 1. The signature: with the given key, or the bundle's own (which proves only that the file is consistent).
  let key = opts.publicKey;
  if (key) result.key = { keyId: keyIdOf(key), source: opts.publicKeySource ?? 'given' };
  else {
    try {
      key = createPublicKey(bundle.signature?.publicKeyPem ?? '');
      result.key = { keyId: keyIdOf(key), source: 'bundle' };
      result.notes.push(`signature checked with the public key inside the bundle (key id ${result.key.keyId}); give --public-key (GET /audit/signing-key) to tie it to the installation`);
    } catch {
      find({ kind: 'key', message: 'the bundle carries no readable public key; give --public-key (GET /audit/signing-key)' });
    }
  }
  if (key && result.key) {
    const value = String(bundle.signature?.value ?? '');
    // Base64 decoders skip what they cannot read and ignore padding bits: only the exact encoding counts.
    const exact = Buffer.from(value, 'base64').toString('base64') === value;
    const ok = exact && bundle.signature?.algorithm === 'Ed25519' && verifyBytes(key, canonicalJson(cp), value);
    if (!ok) {
      const signedBy = cp.keyId && cp.keyId !== result.key.keyId ? `; the checkpoint names key ${cp.keyId}` : '';
      find({
        kind: 'signature',
        message: `the signature does not match the ${{ given: 'given', installation: "installation's", bundle: "bundle's" }[result.key.source]} key ${result.key.keyId}${signedBy}: signed with another key, or the checkpoint was altered`,
      });
    } else if (cp.keyId !== result.key.keyId) {
      find({ kind: 'key', message: `the checkpoint names key ${cp.keyId}, but it verifies with key ${result.key.keyId}` });
    }
    if (ok && result.key.source !== 'bundle') {
      // The copy of the public key in the file is a convenience; one that is not the signing key was put there.
      let inFile: string | null = null;
      try {
        inFile = keyIdOf(createPublicKey(bundle.signature?.publicKeyPem ?? ''));
      } catch {
        /* none or unreadable */
      }
      if (inFile !== result.key.keyId || bundle.signature?.keyId !== result.key.keyId) {
        find({ kind: 'key', message: `the public key named in the bundle (key id ${inFile ?? bundle.signature?.keyId ?? 'none'}) is not the ${result.key.source} key ${result.key.keyId}` });
      }
    }
  }

  // 2. The chain list as signed.
  const entries = bundle.chain.entries;
  if (sha256Hex(canonicalJson(entries)) !== cp.entriesSha256) {
    const cut = entries.length < cp.eventCount ? `: it lists ${entries.length} of ${cp.eventCount} signed events` : '';
    find({ kind: 'chain-altered', message: `the chain list in the bundle is not the signed one${cut}; events are compared with the signed checkpoint's counts` });
  }

  // 3. Every event against its chain entry, workflow by workflow.
  const present = chainEvents(journeyId, bundle.export.workflows);
  const signedWorkflows = new Map((cp.workflows ?? []).map((w) => [wfKey(w), w]));
  const presentWorkflows = new Map(checkpointWorkflows(journeyId, bundle.export).map((w) => [wfKey(w), w]));
  const name = (w: { workflowId: string }) => shortWorkflow(journeyId, w.workflowId);
  const beforeEvents = result.findings.length;
  for (const [k, sw] of signedWorkflows) {
    const pw = presentWorkflows.get(k);
    if (!pw) {
      find({ kind: 'workflow-removed', workflowId: sw.workflowId, runId: sw.runId, message: `${name(sw)}: the whole ${sw.workflowType} (run ${sw.runId}, ${sw.eventCount} events) was removed after signing` });
      continue;
    }
    const signedEntries = entries.filter((e) => wfKey(e) === k);
    const events = present.events.filter((e) => wfKey(e) === k);
    for (const f of compareWorkflow(name(sw), signedEntries, events, sw.eventCount)) find({ ...f, workflowId: sw.workflowId, runId: sw.runId });
  }
  for (const [k, pw] of presentWorkflows) {
    if (!signedWorkflows.has(k)) find({ kind: 'workflow-added', workflowId: pw.workflowId, runId: pw.runId, message: `${name(pw)}: ${pw.workflowType} (run ${pw.runId}, ${pw.eventCount} events) was added after signing` });
  }
  const eventFindings = result.findings.length - beforeEvents;
  if (present.head !== cp.head && eventFindings === 0) {
    // Nothing differs from the chain list, yet the head is not the signed one: both were rewritten.
    find({ kind: 'chain-rewritten', message: 'the events hash to another head than the signed one: the histories and the chain list were rewritten together (which event cannot be told)' });
  }

  // 4. Projections and rule set.
  const signedRows = new Map((cp.projections ?? []).map((p) => [`${p.table}/${p.key}`, p.sha256]));
  const rows = projectionDigests({ journey_projections: bundle.projections?.journey_projections ?? [], process_projections: bundle.projections?.process_projections ?? [] });
  for (const r of rows) {
    const id = `${r.table}/${r.key}`;
    const signed = signedRows.get(id);
    if (signed === undefined) find({ kind: 'projection-added', message: `projection ${id} was added after signing` });
    else if (signed !== r.sha256) find({ kind: 'projection-changed', message: `projection ${id} was changed after signing` });
    signedRows.delete(id);
  }
  for (const id of signedRows.keys()) find({ kind: 'projection-removed', message: `projection ${id} was removed after signing` });

  // 5. Everything else (the export's own fields, each workflow's status and times, the rule set), field by field.
  const signedEnv = (cp.envelope ?? {}) as { export?: { workflows?: Record<string, unknown> }; ruleSet?: RuleSetRef };
  let presentEnv: typeof signedEnv;
  try {
    presentEnv = JSON.parse(canonicalJson(envelopeOf(bundle)));
  } catch {
    presentEnv = {};
  }
  const signedWfs = signedEnv.export?.workflows ?? {};
  const presentWfs = presentEnv.export?.workflows ?? {};
  for (const k of Object.keys(signedWfs)) {
    if (!(k in presentWfs)) continue; // the whole workflow: told above
    const w = signedWfs[k] as { workflowId: string; runId: string };
    const changes = diffFields(signedWfs[k], presentWfs[k]);
    if (changes.length) find({ kind: 'workflow-changed', workflowId: w.workflowId, runId: w.runId, message: `${name(w)}: ${changes.map(describeChange).join(', ')} (changed after signing)` });
  }
  const strip = (e: typeof signedEnv) => ({ ...e, export: { ...(e.export ?? {}), workflows: undefined } });
  const rest = diffFields(JSON.parse(canonicalJson(strip(signedEnv))), JSON.parse(canonicalJson(strip(presentEnv))));
  const ruleSetChanges = rest.filter((c) => c.field === 'ruleSet' || c.field.startsWith('ruleSet.'));
  if (ruleSetChanges.length) {
    find({ kind: 'rule-set-changed', message: `the rule set reference was changed after signing: ${ruleSetChanges.map(describeChange).join(', ')}` });
  }
  for (const c of rest.filter((x) => !ruleSetChanges.includes(x))) find({ kind: 'field-changed', message: `${describeChange(c)} (changed after signing)` });
  const signedRuleSet = signedEnv.ruleSet;
  if (signedRuleSet?.sha256) {
    const now = ruleSetDigest(signedRuleSet.id);
    result.notes.push(
      now === null
        ? `rule set ${signedRuleSet.id} is not in the current code`
        : now === signedRuleSet.sha256
          ? `rule set ${signedRuleSet.id} (issued ${signedRuleSet.issued}) is the same in the current code`
          : `rule set ${signedRuleSet.id} in the current code differs from the one the bundle recorded`,
    );
  }
  result.intact = result.findings.length === 0;
  return result;
}
