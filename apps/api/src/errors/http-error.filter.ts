import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import {
  ServiceError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { TRANSITION_REFUSED } from '@heze/temporal';

function zodMessage(err: ZodValidationException): { message: string; field: string } {
  const issues = (err.getZodError() as { issues?: Array<{ path: PropertyKey[]; message: string }> })?.issues ?? [];
  const first = issues[0];
  const field = first ? first.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') : '';
  return { field, message: first ? `${field || 'body'}: ${first.message}` : 'invalid request' };
}

/** gRPC codes of a Temporal call that failed for now but may succeed on retry: CANCELLED, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, UNAVAILABLE. */
const TRANSIENT_GRPC_CODES = new Set([1, 4, 8, 10, 14]);

/** A Temporal call that failed because the server or the workers could not serve it right now (a query or an Update under load, or during a restart). */
function transientTemporalError(err: unknown): boolean {
  if (err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
  if (!(err instanceof ServiceError)) return false;
  const code = (err.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' && TRANSIENT_GRPC_CODES.has(code);
}

/**
 * One place that turns every failure into a client-readable answer: 400 naming the field, 404, 409 for
 * a transition the state does not allow, 503 when a dependency is down. Never a stack trace.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly log = new Logger('http');

  catch(err: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.describe(err);
    if (status >= 500) {
      const cause = err instanceof Error ? (err.cause as { code?: unknown; details?: unknown } | undefined) : undefined;
      const why = cause && (cause.code !== undefined || cause.details) ? ` (grpc ${String(cause.code)}: ${String(cause.details ?? '').split('\n')[0].slice(0, 200)})` : '';
      this.log.error(`${status}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}${why}`);
    }
    // issue 13.5: refused only because a step is in progress: tell the client when to try again.
    if (status === 409 && body.inProgress === true) res.setHeader('Retry-After', '1');
    res.status(status).json({ statusCode: status, ...body });
  }

  private describe(err: unknown): [number, Record<string, unknown>] {
    if (err instanceof ZodValidationException) return [400, { error: 'Bad Request', ...zodMessage(err) }];
    if (err instanceof HttpException) {
      const r = err.getResponse();
      const { message = err.message, statusCode: _s, error: _e, ...extra } = typeof r === 'string' ? { message: r } : (r as Record<string, unknown>);
      return [err.getStatus(), { error: err.name.replace(/Exception$/, ''), message: Array.isArray(message) ? message.join('; ') : message, ...extra }];
    }
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && err.cause.type === TRANSITION_REFUSED) {
      const details = (err.cause.details?.[0] ?? {}) as Record<string, unknown>;
      return [409, { error: 'Conflict', message: err.cause.message, ...details }];
    }
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
      return [422, { error: 'Unprocessable Entity', message: err.cause.message }];
    }
    if (err instanceof WorkflowNotFoundError) return [404, { error: 'Not Found', message: 'no such journey or process' }];
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      return [409, { error: 'Conflict', message: 'an open process already exists for this business key' }];
    }
    if (transientTemporalError(err)) {
      return [503, { error: 'Service Unavailable', message: 'Temporal could not serve the request right now; retry later' }];
    }
    const text = err instanceof Error ? err.message : String(err);
    if (/UNAVAILABLE|ECONNREFUSED|Connection terminated|timed out|DEADLINE_EXCEEDED/i.test(text)) {
      return [503, { error: 'Service Unavailable', message: 'a dependency (Temporal or the database) is unavailable; retry later' }];
    }
    return [500, { error: 'Internal Server Error', message: 'unexpected error; it has been logged' }];
  }
}
