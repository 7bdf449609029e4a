import { ConflictException, UnprocessableEntityException } from '@nestjs/common';
import { DataSource, IsNull, LessThan, QueryFailedError } from 'typeorm';
import { IdempotencyRecord } from '@heze/persistence';
import { IDEMPOTENCY_HEADER } from './request-hash';

export type Claim = { kind: 'owner'; createdAt: string } | { kind: 'replay'; status: number; body: unknown };

export interface IdempotencyTimings {
  /** how long a duplicate waits for the first request to finish before answering 409 "in progress" */
  waitMs: number;
  pollMs: number;
  /** a reservation with no response after this long belongs to a request that died; it is taken over */
  staleMs: number;
  /** records older than this are deleted (the key may then be used again) */
  retentionMs: number;
}

export const DEFAULT_TIMINGS: IdempotencyTimings = { waitMs: 8_000, pollMs: 100, staleMs: 120_000, retentionMs: 24 * 3600_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Unique-key violation on PostgreSQL (23505) or SQLite (SQLITE_CONSTRAINT_*). */
function isDuplicate(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const d = (err as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = d?.code ?? (err as { code?: string }).code ?? '';
  return code === '23505' || String(code).startsWith('SQLITE_CONSTRAINT') || /unique constraint|duplicate key/i.test(err.message);
}

/**
 * Rows of `idempotency_records`, one per (API key, Idempotency-Key). The primary key makes the
 * reservation atomic across API processes: of concurrent first requests exactly one inserts.
 */
export class IdempotencyStore {
  private lastSweep = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly timings: IdempotencyTimings = DEFAULT_TIMINGS,
  ) {}

  private get repo() {
    return this.ds.getRepository(IdempotencyRecord);
  }

  /** Reserve the key (owner), or hand back the stored first response (replay); 422 / 409 otherwise. */
  async claim(id: string, requestHash: string): Promise<Claim> {
    this.sweepSometimes();
    const deadline = Date.now() + this.timings.waitMs;
    for (;;) {
      const createdAt = new Date().toISOString();
      try {
        await this.repo.insert({ id, requestHash, status: null, body: null, createdAt });
        return { kind: 'owner', createdAt };
      } catch (err) {
        if (!isDuplicate(err)) throw err;
      }
      const row = await this.repo.findOneBy({ id });
      if (!row) continue; // the first request failed and released the key meanwhile: try again
      if (row.requestHash !== requestHash) {
        throw new UnprocessableEntityException(
          `${IDEMPOTENCY_HEADER}: this key was already used for a different request (method, path or body); use a new key for a new request`,
        );
      }
      if (row.status !== null) return { kind: 'replay', status: row.status, body: row.body === null ? null : JSON.parse(row.body) };
      if (Date.now() - Date.parse(row.createdAt) > this.timings.staleMs) {
        // The request holding the key died without answering: take the key over.
        await this.repo.delete({ id, createdAt: row.createdAt, status: IsNull() });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new ConflictException(`${IDEMPOTENCY_HEADER}: a request with this key is still in progress; retry in a few seconds`);
      }
      await sleep(this.timings.pollMs);
    }
  }

  /** Store the first response. */
  async complete(id: string, createdAt: string, status: number, body: unknown): Promise<void> {
    await this.repo.update({ id, createdAt }, { status, body: JSON.stringify(body ?? null) });
  }

  /** Give the key back (the request failed in a way a retry may fix: 5xx, 429, no response). */
  async release(id: string, createdAt: string): Promise<void> {
    await this.repo.delete({ id, createdAt, status: IsNull() });
  }

  private sweepSometimes() {
    const now = Date.now();
    if (now - this.lastSweep < 10 * 60_000) return;
    this.lastSweep = now;
    const cutoff = new Date(now - this.timings.retentionMs).toISOString();
    this.repo.delete({ createdAt: LessThan(cutoff) }).catch(() => undefined);
  }
}
