import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, parseIdempotencyKey, redact, requestHash } from './request-hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('is the same for any key order, and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const shuffled = JSON.parse(JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x)));
        expect(canonicalJson(shuffled)).toBe(canonicalJson(v));
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v) ?? 'null'));
      }),
    );
  });
});

describe('requestHash', () => {
  it('is 64 hex characters and ignores key order', () => {
    const h = requestHash('post', '/journeys', { a: 1, b: 2 });
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(requestHash('POST', '/journeys', { b: 2, a: 1 })).toBe(h);
  });

  it('differs for another method, path, query or body', () => {
    const h = requestHash('POST', '/journeys/j1/results', { passed: true });
    expect(requestHash('PUT', '/journeys/j1/results', { passed: true })).not.toBe(h);
    expect(requestHash('POST', '/journeys/j2/results', { passed: true })).not.toBe(h);
    expect(requestHash('POST', '/journeys/j1/results?x=1', { passed: true })).not.toBe(h);
    expect(requestHash('POST', '/journeys/j1/results', { passed: false })).not.toBe(h);
    expect(requestHash('POST', '/journeys/j1/results', [true])).not.toBe(h);
  });

  it('treats no body and an empty body alike only when both are absent', () => {
    expect(requestHash('POST', '/x', undefined)).toBe(requestHash('POST', '/x', null));
    expect(requestHash('POST', '/x', {})).not.toBe(requestHash('POST', '/x', undefined));
  });
});

describe('parseIdempotencyKey', () => {
  it('accepts 1-200 visible ASCII characters, refuses the rest naming the header', () => {
    expect(parseIdempotencyKey(undefined)).toEqual({ key: null });
    expect(parseIdempotencyKey(' 3f6c-uuid ')).toEqual({ key: '3f6c-uuid' });
    expect(parseIdempotencyKey('x'.repeat(200))).toEqual({ key: 'x'.repeat(200) });
    for (const bad of ['', 'x'.repeat(201), 'has space', 'ключ']) {
      expect(parseIdempotencyKey(bad)).toEqual({ error: expect.stringMatching(/^Idempotency-Key: /) });
    }
    expect(parseIdempotencyKey(['a', 'b'])).toEqual({ error: expect.stringMatching(/^Idempotency-Key: /) });
  });
});

describe('redact', () => {
  it('nulls the named top-level fields of a copy', () => {
    const body = { keyId: 'k', apiKey: 'secret' };
    expect(redact(body, ['apiKey'])).toEqual({ keyId: 'k', apiKey: null });
    expect(body.apiKey).toBe('secret');
    expect(redact([1], ['apiKey'])).toEqual([1]);
    expect(redact(null, ['apiKey'])).toBeNull();
  });
});
