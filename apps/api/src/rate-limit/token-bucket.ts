/**
 * Token bucket: holds up to `capacity` tokens, refilled continuously at `perMinute` tokens a minute.
 * Pure (the clock is an argument), so it is tested without waiting.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly capacity: number,
    readonly perMinute: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  private refill(now: number) {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) * this.perMinute) / 60_000);
      this.last = now;
    }
  }

  /** Take one token; when none is left, how long until one is (ms, ≥ 1). */
  take(now: number): { ok: true; remaining: number } | { ok: false; retryAfterMs: number } {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true, remaining: Math.floor(this.tokens) };
    }
    return { ok: false, retryAfterMs: Math.max(1, Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute)) };
  }

  /** Full again (nothing taken for long enough): the bucket may be forgotten. */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity;
  }
}

/** One bucket per caller (API key id); idle full buckets are dropped so memory stays bounded by active callers. */
export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private lastPrune = 0;

  constructor(readonly perMinute: number) {}

  take(caller: string, now: number) {
    let bucket = this.buckets.get(caller);
    if (!bucket) {
      bucket = new TokenBucket(this.perMinute, this.perMinute, now);
      this.buckets.set(caller, bucket);
    }
    const result = bucket.take(now);
    if (now - this.lastPrune > 60_000) this.prune(now);
    return result;
  }

  get size(): number {
    return this.buckets.size;
  }

  prune(now: number) {
    this.lastPrune = now;
    for (const [k, b] of this.buckets) if (b.isFull(now)) this.buckets.delete(k);
  }
}
