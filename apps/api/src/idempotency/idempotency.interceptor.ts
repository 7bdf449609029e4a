import { BadRequestException, CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, mergeMap, Observable, of, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { callerKey, type Caller } from '../auth/caller';
import { IDEMPOTENCY_REDACT_KEY, NO_SIDE_EFFECTS_KEY } from './idempotency.decorators';
import { DEFAULT_TIMINGS, IdempotencyStore, type IdempotencyTimings } from './idempotency.store';
import { parseIdempotencyKey, redact, REPLAYED_HEADER, requestHash } from './request-hash';

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const IDEMPOTENCY_TIMINGS = Symbol('IDEMPOTENCY_TIMINGS');

/** Is this a write that counts (idempotency, rate limit)? POST routes marked @NoSideEffects() are not. */
export function isCountedWrite(reflector: Reflector, ctx: ExecutionContext): boolean {
  if (ctx.getType() !== 'http') return false;
  const req = ctx.switchToHttp().getRequest<Request>();
  if (!WRITE_METHODS.has(req.method)) return false;
  return !reflector.getAllAndOverride<boolean>(NO_SIDE_EFFECTS_KEY, [ctx.getHandler(), ctx.getClass()]);
}

/**
 * `Idempotency-Key` on writes (optional header). Runs after the API-key guard, so the key is scoped
 * to the calling API key. The first request reserves the key and its response (status + body, 2xx
 * and 4xx) is stored; a retry with the same key and the same request gets that response again with
 * `Idempotent-Replayed: true` and changes nothing; the same key for a different request is a 422;
 * a duplicate arriving while the first is still running waits for it (409 if it takes too long).
 * 5xx and 429 answers are not stored: the key is released so that a retry runs again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly log = new Logger('idempotency');
  private readonly store: IdempotencyStore;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(DataSource) ds: DataSource,
    @Optional() @Inject(IDEMPOTENCY_TIMINGS) timings?: IdempotencyTimings,
  ) {
    this.store = new IdempotencyStore(ds, timings ?? DEFAULT_TIMINGS);
  }

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (!isCountedWrite(this.reflector, ctx)) return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const parsed = parseIdempotencyKey(req.headers['idempotency-key']);
    if ('error' in parsed) throw new BadRequestException(parsed.error);
    if (parsed.key === null || !req.caller) return next.handle();

    const id = `${callerKey(req.caller)}:${parsed.key}`;
    const claim = await this.store.claim(id, requestHash(req.method, req.originalUrl, req.body));
    if (claim.kind === 'replay') {
      res.status(claim.status);
      res.setHeader(REPLAYED_HEADER, 'true');
      return of(claim.body);
    }

    const redacted = this.reflector.getAllAndOverride<string[] | undefined>(IDEMPOTENCY_REDACT_KEY, [ctx.getHandler(), ctx.getClass()]) ?? [];
    const { createdAt } = claim;
    const storable = (status: number) => status < 500 && status !== 429;
    return next.handle().pipe(
      mergeMap(async (body) => {
        // Stored before the answer leaves, so that a client that got it and retries gets a replay.
        const status = res.statusCode;
        try {
          if (storable(status)) await this.store.complete(id, createdAt, status, redact(body, redacted));
          else await this.store.release(id, createdAt);
        } catch (err) {
          this.log.warn(`could not store the response for an idempotency key: ${(err as Error).message.split('\n')[0]}`);
        }
        return body;
      }),
      catchError((err: unknown) => {
        // The exception filter writes the error answer; record what it sends.
        const json = res.json.bind(res);
        let sent: { status: number; body: unknown } | null = null;
        res.json = (b: unknown) => {
          sent = { status: res.statusCode, body: b };
          return json(b);
        };
        let done = false;
        const settle = () => {
          if (done) return;
          done = true;
          const s = sent as { status: number; body: unknown } | null;
          const work = s && storable(s.status) ? this.store.complete(id, createdAt, s.status, redact(s.body, redacted)) : this.store.release(id, createdAt);
          work.catch((e: Error) => this.log.warn(`could not settle an idempotency key: ${e.message.split('\n')[0]}`));
        };
        res.once('finish', settle);
        res.once('close', settle);
        return throwError(() => err);
      }),
    );
  }
}
