import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, SetMetadata, UnprocessableEntityException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { isValidIsoDate, validateResidentId } from '@heze/rules';

export const RESIDENT_ID_FIELDS_KEY = 'heze:resident-id-fields';

/**
 * The body fields (dotted paths) of a route that may hold a resident ID: the route itself turns it
 * into the person key, a mask or a birth date before anything is stored in a history.
 */
export const ResidentIdAt = (...fields: string[]) => SetMetadata(RESIDENT_ID_FIELDS_KEY, fields);

const birthDateOk = (digits17: string) => {
  const y = +digits17.slice(6, 10);
  return y >= 1900 && y <= 2100 && isValidIsoDate(`${digits17.slice(6, 10)}-${digits17.slice(10, 12)}-${digits17.slice(12, 14)}`);
};

/**
 * Does `text` hold a resident ID (RULES.md §1): 18 characters whose GB 11643 check verifies, or a
 * run of exactly 17 digits with a real birth date (an ID with its check character cut off).
 */
export function holdsResidentId(text: string): boolean {
  for (const m of text.matchAll(/\d{17,}[xX]?/g)) {
    const run = m[0];
    if (/^\d{17}$/.test(run) && birthDateOk(run)) return true;
    for (let i = 0; i + 18 <= run.length; i++) if (validateResidentId(run.slice(i, i + 18)).ok) return true;
  }
  return false;
}

/** The first path (dotted, `[i]` for arrays) of a key or string value holding a resident ID, outside `allowed`. */
export function residentIdPath(value: unknown, allowed: readonly string[], path = ''): string | null {
  if (typeof value === 'string') return !allowed.includes(path) && holdsResidentId(value) ? path || 'body' : null;
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = residentIdPath(value[i], allowed, `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = path ? `${path}.${k}` : k;
    if (holdsResidentId(k)) return path || 'body'; // the object holding the key: the path would echo it
    const hit = residentIdPath(v, allowed, p);
    if (hit) return hit;
  }
  return null;
}

/**
 * Resident IDs never enter a workflow history, a log line or an error message (RULES.md §1). Every
 * body string that holds one outside the fields the route takes it in (ResidentIdAt) is refused with
 * 422 before validation, so that no message echoes it and nothing reaches Temporal. Free text
 * (reasons, references, payroll ids, benefit names) is where one would otherwise slip through.
 */
@Injectable()
export class ResidentIdInterceptor implements NestInterceptor {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const allowed = this.reflector.getAllAndOverride<string[] | undefined>(RESIDENT_ID_FIELDS_KEY, [ctx.getHandler(), ctx.getClass()]) ?? [];
    const field = residentIdPath(req.body, allowed);
    if (field) {
      throw new UnprocessableEntityException({
        field,
        message: `${field}: holds a resident ID; resident IDs are taken only where a journey is opened (residentId) and never stored in a workflow history (RULES.md §1)`,
      });
    }
    return next.handle();
  }
}
