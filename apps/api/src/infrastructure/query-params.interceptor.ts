import { BadRequestException, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/**
 * Query parameters are validated like bodies (issue 13.8): a route that takes some validates them with
 * its query DTO (`queryParams()` in query-params.ts); a route that takes none refuses any, with a 400
 * naming it, instead of ignoring it (a client that thinks it filtered would read everything).
 */
@Injectable()
export class QueryParamsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) ?? {}) as Record<string, unknown>;
      const takesQuery = Object.keys(args).some((k) => k.split(':')[0] === String(RouteParamtypes.QUERY));
      const given = Object.keys(context.switchToHttp().getRequest<Request>().query ?? {});
      if (!takesQuery && given.length > 0) {
        throw new BadRequestException({ field: given[0], message: `${given[0]}: is not a query parameter of this route (it takes none)` });
      }
    }
    return next.handle();
  }
}
