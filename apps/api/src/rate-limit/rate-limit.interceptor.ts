import { CallHandler, ExecutionContext, HttpException, HttpStatus, Inject, Injectable, NestInterceptor, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { callerKey, type Caller } from '../auth/caller';
import { isCountedWrite } from '../idempotency/idempotency.interceptor';
import { writesPerMinuteOrExit } from './rate-limit.config';
import { RateLimiter } from './token-bucket';

export const WRITES_PER_MINUTE = Symbol('WRITES_PER_MINUTE');

/** 429; named so that the answer's `error` reads "TooManyRequests". */
export class TooManyRequestsException extends HttpException {
  constructor(message: string) {
    super({ message }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Writes per API key: an in-memory token bucket per key (RATE_LIMIT_WRITES_PER_MINUTE, burst the
 * same). Over the limit: 429 with Retry-After (seconds). Per API process: N replicas allow N times
 * the rate; a shared limit belongs in the load balancer or gateway.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  private readonly limiter: RateLimiter | null;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Optional() @Inject(WRITES_PER_MINUTE) perMinute?: number,
  ) {
    const n = perMinute ?? writesPerMinuteOrExit();
    this.limiter = n > 0 ? new RateLimiter(n) : null;
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.limiter || !isCountedWrite(this.reflector, ctx)) return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & { caller?: Caller }>();
    if (!req.caller) return next.handle();
    const result = this.limiter.take(callerKey(req.caller), Date.now());
    if (!result.ok) {
      const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      ctx.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
      throw new TooManyRequestsException(`too many writes for this ${req.caller.keyId ? 'API key' : 'user'} (limit ${this.limiter.perMinute} a minute); retry after ${seconds} s`);
    }
    return next.handle();
  }
}
