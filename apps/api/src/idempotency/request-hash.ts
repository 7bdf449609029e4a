import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so `{a:1,b:2}` and `{b:2,a:1}` are the same request.
 * Array order is kept (it is meaningful). `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * What "the same request" means for an Idempotency-Key: the same method, the same URL (path and
 * query) and the same JSON body up to key order. SHA-256 hex (64 characters).
 */
export function requestHash(method: string, url: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method.toUpperCase()} ${url}\n`)
    .update(canonicalJson(body ?? null))
    .digest('hex');
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_KEY_LENGTH = 200;

/** The header's value, or an error message naming the header. 1..200 visible ASCII characters. */
export function parseIdempotencyKey(raw: string | string[] | undefined): { key: string | null } | { error: string } {
  if (raw === undefined) return { key: null };
  if (Array.isArray(raw)) return { error: `${IDEMPOTENCY_HEADER}: send the header once` };
  const key = raw.trim();
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    return { error: `${IDEMPOTENCY_HEADER}: must be 1 to ${MAX_KEY_LENGTH} visible ASCII characters (e.g. a UUID)` };
  }
  return { key };
}

/** Copy of a response body with the named top-level fields replaced by null (secrets are never stored). */
export function redact(body: unknown, fields: readonly string[]): unknown {
  if (!fields.length || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const f of fields) if (f in copy) copy[f] = null;
  return copy;
}
