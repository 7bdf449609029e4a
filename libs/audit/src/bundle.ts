import type { KeyObject } from 'node:crypto';
import { defaultRuleSetId, ruleSets } from '@heze/rules';
import { canonicalJson, sha256, sha256Hex } from './canonical';
import { decodeFirst, rawEvents, type AuditExport, type ExportedWorkflow } from './history';
import { keyIdOf, publicKeyPemOf, signBytes } from './signing-key';

/**
 * An audit bundle (issue 17): a journey's and its processes' histories (the export), its projection
 * rows and the rule set, with a hash chain over every event and a checkpoint signed with the
 * installation's Ed25519 key. `verify` checks it with nothing but the file and the public key
 * (docs/audit-bundles.md).
 */
export const BUNDLE_FORMAT = 'heze-audit-bundle/1';
export const CHAIN_FORMAT = 'heze-audit-chain/1';

/** The projection tables a bundle holds rows of, each row by its primary key. */
export const PROJECTION_TABLES = { journey_projections: 'journeyId', process_projections: 'workflowId' } as const;
export type ProjectionTable = keyof typeof PROJECTION_TABLES;
export type ProjectionRow = Record<string, unknown>;
export type BundleProjections = Record<ProjectionTable, ProjectionRow[]>;

export interface RuleSetRef {
  /** The rule set the journey's eligibility decisions name (the default one when none was made yet). */
  id: string;
  /** Its issue date, the version a rule set id stands for (rule sets are never edited in place). */
  issued: string | null;
  /** SHA-256 of the rule set's canonical JSON in the code that made the bundle (null: not in that code). */
  sha256: string | null;
  /** Every rule set id the histories' eligibility decisions recorded. */
  recorded: string[];
}

/** One link of the chain: which event, the SHA-256 of its canonical form, and the link value. */
export interface ChainEntry {
  seq: number;
  workflowId: string;
  runId: string;
  eventId: number;
  eventType: string;
  /** SHA-256 (hex) of the event's canonical serialisation. */
  digest: string;
  /** SHA-256 (hex) over the previous link's 32 bytes followed by the event's canonical serialisation. */
  link: string;
}

export interface CheckpointWorkflow {
  workflowId: string;
  runId: string;
  workflowType: string;
  eventCount: number;
}

/** What is signed: its canonical JSON is the message of the Ed25519 signature. */
export interface BundleCheckpoint {
  format: typeof CHAIN_FORMAT;
  journeyId: string;
  /** The last link (the genesis value when there are no events). */
  head: string;
  eventCount: number;
  signedAt: string;
  keyId: string;
  workflows: CheckpointWorkflow[];
  /** SHA-256 of the canonical JSON of `chain.entries`. */
  entriesSha256: string;
  projections: Array<{ table: ProjectionTable; key: string; sha256: string }>;
  /** Everything else in the bundle, as it was signed (`envelopeOf`): the export's fields, each workflow's status and times, the rule set. */
  envelope: Envelope;
}

/**
 * The bundle without what the checkpoint covers otherwise (events: the chain; chain entries: their
 * digest; projection rows: theirs; the signature), workflows keyed `workflowId/runId` in chain order.
 */
export type Envelope = Record<string, unknown>;

export interface AuditBundle {
  format: typeof BUNDLE_FORMAT;
  journeyId: string;
  createdAt: string;
  ruleSet: RuleSetRef;
  export: AuditExport;
  projections: BundleProjections;
  chain: { algorithm: 'sha256'; canonicalisation: 'RFC 8785 (JCS)'; genesis: string; entries: ChainEntry[] };
  checkpoint: BundleCheckpoint;
  signature: { algorithm: 'Ed25519'; keyId: string; publicKeyPem: string; value: string };
}

/** The value before the first link: binds the chain to its journey (a chain cannot be moved to another). */
export const genesisOf = (journeyId: string): string => sha256Hex(`${CHAIN_FORMAT}\n${journeyId}`);

/** An event's canonical serialisation: its workflow and run with the event as the history holds it. */
export const canonicalEvent = (workflowId: string, runId: string, event: unknown): string => canonicalJson({ workflowId, runId, event });

export const nextLink = (previousHex: string, canonical: string): string => sha256(Buffer.concat([Buffer.from(previousHex, 'hex'), Buffer.from(canonical, 'utf8')])).toString('hex');

/** Protobuf JSON times carry 0-9 fractional digits; to the nanosecond so that they sort as text. */
function sortableTime(t: unknown): string {
  if (typeof t !== 'string') return '';
  const m = /^(.*?T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/.exec(t);
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}Z` : t;
}

export const historyEvents = (w: Pick<ExportedWorkflow, 'history'>): unknown[] => {
  const events = (w.history as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events : [];
};

/**
 * The chain's order across workflows: the journey's own runs first, then the others by the time of
 * their first event (to the nanosecond), then workflow id, then run id; within a workflow, the events
 * in the order of its history. Everything it sorts by is itself chained.
 */
export function chainOrder<W extends Pick<ExportedWorkflow, 'workflowId' | 'runId' | 'history'>>(journeyId: string, workflows: W[]): W[] {
  const key = (w: W) => [w.workflowId === journeyId ? '0' : '1', sortableTime((historyEvents(w)[0] as { eventTime?: unknown } | undefined)?.eventTime), w.workflowId, w.runId];
  return [...workflows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return 0;
  });
}

export interface ChainedEvent {
  workflowId: string;
  runId: string;
  /** Position in its workflow's history (0-based). */
  position: number;
  eventId: number;
  eventType: string;
  digest: string;
  link: string;
}

const shortType = (t: unknown): string =>
  typeof t === 'string'
    ? t
        .replace(/^EVENT_TYPE_/, '')
        .toLowerCase()
        .replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase())
    : 'Unknown';

/** Chains the events of `workflows` in chain order, starting from the journey's genesis value. */
export function chainEvents(journeyId: string, workflows: Array<Pick<ExportedWorkflow, 'workflowId' | 'runId' | 'history'>>): { head: string; events: ChainedEvent[] } {
  let link = genesisOf(journeyId);
  const events: ChainedEvent[] = [];
  for (const w of chainOrder(journeyId, workflows)) {
    historyEvents(w).forEach((event, position) => {
      const canonical = canonicalEvent(w.workflowId, w.runId, event);
      link = nextLink(link, canonical);
      const e = (event ?? {}) as { eventId?: unknown; eventType?: unknown };
      events.push({ workflowId: w.workflowId, runId: w.runId, position, eventId: Number(e.eventId), eventType: shortType(e.eventType), digest: sha256Hex(canonical), link });
    });
  }
  return { head: link, events };
}

/** The rule set ids the histories' eligibility decisions recorded (an invalid profile records none). */
export function recordedRuleSets(doc: AuditExport): string[] {
  const ids = new Set<string>();
  for (const w of doc.workflows) {
    const scheduled = new Map<number, string>();
    for (const e of rawEvents(w.history)) {
      if (e.type === 'ActivityTaskScheduled') scheduled.set(e.eventId, e.attributes?.activityType?.name ?? '');
      if (e.type === 'ActivityTaskCompleted' && scheduled.get(Number(String(e.attributes?.scheduledEventId ?? 0))) === 'evaluateEligibility') {
        const id = (decodeFirst(e.attributes?.result) as { ruleSet?: unknown } | null)?.ruleSet;
        if (typeof id === 'string' && ruleSetLike(id)) ids.add(id);
      }
    }
  }
  return [...ids].sort();
}

// 'profile' marks a profile the rules could not read, not a rule set.
const ruleSetLike = (id: string) => id !== 'profile';

export function ruleSetRef(doc: AuditExport): RuleSetRef {
  const recorded = recordedRuleSets(doc);
  const id = recorded[recorded.length - 1] ?? defaultRuleSetId;
  const ruleSet = ruleSets[id];
  return { id, issued: ruleSet?.issued ?? null, sha256: ruleSet ? ruleSetDigest(id) : null, recorded };
}

export const ruleSetDigest = (id: string): string | null => (ruleSets[id] ? sha256Hex(canonicalJson(ruleSets[id])) : null);

export const projectionDigests = (p: BundleProjections): BundleCheckpoint['projections'] =>
  (Object.keys(PROJECTION_TABLES) as ProjectionTable[]).flatMap((table) =>
    (p[table] ?? []).map((row) => ({ table, key: String(row[PROJECTION_TABLES[table]]), sha256: sha256Hex(canonicalJson(row)) })),
  );

export const checkpointWorkflows = (journeyId: string, doc: AuditExport): CheckpointWorkflow[] =>
  chainOrder(journeyId, doc.workflows).map((w) => ({ workflowId: w.workflowId, runId: w.runId, workflowType: w.workflowType, eventCount: historyEvents(w).length }));

export function envelopeOf(b: Omit<AuditBundle, 'checkpoint' | 'signature'> & Partial<AuditBundle>): Envelope {
  const { checkpoint: _c, signature: _s, chain, projections, export: exp, ...top } = b;
  const { workflows, ...exportFields } = exp;
  const { entries: _e, ...chainFields } = chain;
  return {
    ...top,
    chain: chainFields,
    projectionTables: Object.keys(projections ?? {}).sort(),
    export: {
      ...exportFields,
      workflows: Object.fromEntries(
        chainOrder(b.journeyId, workflows).map((w) => {
          const { events: _ev, ...historyFields } = (w.history ?? {}) as Record<string, unknown>;
          return [`${w.workflowId}/${w.runId}`, { ...w, history: historyFields }];
        }),
      ),
    },
  };
}

export interface BundleInput {
  export: AuditExport;
  projections: BundleProjections;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Default: now. */
  at?: Date;
}

/** Builds and signs a bundle. Pure apart from the clock: the export and the rows are read by the caller. */
export function buildBundle(input: BundleInput): AuditBundle {
  const doc = input.export;
  const journeyId = doc.rootId;
  const createdAt = (input.at ?? new Date()).toISOString();
  const { head, events } = chainEvents(journeyId, doc.workflows);
  const entries: ChainEntry[] = events.map((e, seq) => ({ seq, workflowId: e.workflowId, runId: e.runId, eventId: e.eventId, eventType: e.eventType, digest: e.digest, link: e.link }));
  const ruleSet = ruleSetRef(doc);
  const projections: BundleProjections = { journey_projections: input.projections.journey_projections ?? [], process_projections: input.projections.process_projections ?? [] };
  const keyId = keyIdOf(input.publicKey);
  const unsigned: Omit<AuditBundle, 'checkpoint' | 'signature'> = {
    format: BUNDLE_FORMAT,
    journeyId,
    createdAt,
    ruleSet,
    export: doc,
    projections,
    chain: { algorithm: 'sha256', canonicalisation: 'RFC 8785 (JCS)', genesis: genesisOf(journeyId), entries },
  };
  const checkpoint: BundleCheckpoint = {
    format: CHAIN_FORMAT,
    journeyId,
    head,
    eventCount: entries.length,
    signedAt: createdAt,
    keyId,
    workflows: checkpointWorkflows(journeyId, doc),
    entriesSha256: sha256Hex(canonicalJson(entries)),
    projections: projectionDigests(projections),
    envelope: JSON.parse(canonicalJson(envelopeOf(unsigned))),
  };
  return {
    ...unsigned,
    checkpoint,
    signature: { algorithm: 'Ed25519', keyId, publicKeyPem: publicKeyPemOf(input.publicKey), value: signBytes(input.privateKey, canonicalJson(checkpoint)) },
  };
}

export const isAuditBundle = (doc: unknown): doc is AuditBundle => !!doc && typeof doc === 'object' && (doc as AuditBundle).format === BUNDLE_FORMAT;
