import { describe, expect, it } from 'vitest';
import { writesPerMinute } from './rate-limit.config';
import { RateLimiter, TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst of `capacity`, then refuses with the time until the next token', () => {
    const b = new TokenBucket(5, 5, 0);
    for (let i = 0; i < 5; i++) expect(b.take(0).ok).toBe(true);
    const refused = b.take(0);
    expect(refused).toEqual({ ok: false, retryAfterMs: 12_000 }); // 5 a minute: one token every 12 s
  });

  it('refills continuously and never above capacity', () => {
    const b = new TokenBucket(2, 60, 0); // one token a second
    expect(b.take(0).ok).toBe(true);
    expect(b.take(0).ok).toBe(true);
    expect(b.take(0).ok).toBe(false);
    expect(b.take(500)).toEqual({ ok: false, retryAfterMs: 500 });
    expect(b.take(1000).ok).toBe(true);
    expect(b.isFull(1_000_000)).toBe(true);
    expect(b.take(1_000_000)).toEqual({ ok: true, remaining: 1 });
  });

  it('a clock going backwards does not mint tokens', () => {
    const b = new TokenBucket(1, 1, 10_000);
    expect(b.take(10_000).ok).toBe(true);
    expect(b.take(5_000).ok).toBe(false);
  });

  it('over any window of t ms it admits at most capacity + rate·t requests', () => {
    const b = new TokenBucket(10, 600, 0); // 10 a second
    let admitted = 0;
    for (let t = 0; t <= 3000; t += 7) if (b.take(t).ok) admitted++;
    expect(admitted).toBeLessThanOrEqual(10 + 30 + 1);
    expect(admitted).toBeGreaterThanOrEqual(30);
  });
});

describe('RateLimiter', () => {
  it('keeps one bucket per caller and forgets idle full ones', () => {
    const l = new RateLimiter(1);
    expect(l.take('a', 0).ok).toBe(true);
    expect(l.take('a', 0).ok).toBe(false);
    expect(l.take('b', 0).ok).toBe(true);
    expect(l.size).toBe(2);
    l.prune(120_000);
    expect(l.size).toBe(0);
  });
});

describe('RATE_LIMIT_WRITES_PER_MINUTE', () => {
  it('defaults to 600, accepts 0 (off), refuses junk naming the variable', () => {
    expect(writesPerMinute({})).toBe(600);
    expect(writesPerMinute({ RATE_LIMIT_WRITES_PER_MINUTE: '0' })).toBe(0);
    expect(writesPerMinute({ RATE_LIMIT_WRITES_PER_MINUTE: ' 30 ' })).toBe(30);
    expect(() => writesPerMinute({ RATE_LIMIT_WRITES_PER_MINUTE: 'many' })).toThrow(/^RATE_LIMIT_WRITES_PER_MINUTE: must be a whole number/);
    expect(() => writesPerMinute({ RATE_LIMIT_WRITES_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_WRITES_PER_MINUTE/);
  });
});
