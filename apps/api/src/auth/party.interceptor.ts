import { CallHandler, ExecutionContext, ForbiddenException, Inject, Injectable, NestInterceptor, NotFoundException } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { Reflector } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import type { Observable } from 'rxjs';
import type { JourneyProjection } from '@heze/persistence';
import { projectWorkflowId, wageProtectionWorkflowId } from '@heze/temporal';
import type { Caller } from './caller';
import { PARTY_KEY, PARTY_RESOURCES, readsAll, type PartyDeclaration, type PartyRelation, type PartyResource } from './party.decorator';
import { PartyLookup, type JourneyParties } from './party-lookup';

/** A reader of a journey: its parties, READ_ALL roles, and those who find journeys to take on. */
function readsJourney(caller: Caller, row: JourneyProjection): boolean {
  if (readsAll(caller.role)) return true;
  const parties = [row.employerId, row.trainingInstitutionId, row.evaluationOrganisationId, row.agencyId];
  if (caller.organisationId && parties.includes(caller.organisationId)) return true;
  // An institution finds the journeys it may enrol, an evaluation organisation those it may register.
  if (caller.role === 'training-institution' && row.state === 'applied') return true;
  if (caller.role === 'evaluation-organisation' && row.state === 'trainingCompleted') return true;
  return false;
}

const is = (caller: Caller, organisationId: string | null | undefined) => !!caller.organisationId && caller.organisationId === organisationId;

/**
 * Checks the route's @Party relation against the resource its path names (see party.decorator.ts) and
 * hands the resolved parties to the handler (@PartyOf()). An interceptor, registered last, so that it
 * runs where the handlers' own checks ran before: after the rate limit and the Idempotency-Key record
 * (a 403 or 404 counts and replays as it did). Those checks also ran after validation (a malformed body
 * is a 400 whoever sends it), and pipes run after every interceptor: so a refusal first validates the
 * body and query as the pipe will, and a malformed request stays the 400 it was.
 */
@Injectable()
export class PartyInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(PartyLookup) private readonly lookup: PartyLookup,
  ) {}

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const declaration = this.reflector.getAllAndOverride<PartyDeclaration | undefined>(PARTY_KEY, [ctx.getHandler(), ctx.getClass()]);
    const req = ctx.switchToHttp().getRequest<{ caller?: Caller; params: Record<string, string>; party?: unknown }>();
    if (declaration && req.caller) {
      req.party = await this.resolve(declaration.relation, req.caller, req.params).catch((refusal: unknown) => {
        this.validateInput(ctx);
        throw refusal;
      });
    }
    return next.handle();
  }

  private readonly pipe = new ZodValidationPipe();

  /** Throws the 400 the validation pipe would throw for the route's @Body and @Query DTOs. */
  private validateInput(ctx: ExecutionContext): void {
    const req = ctx.switchToHttp().getRequest<{ body?: Record<string, unknown>; query?: Record<string, unknown> }>();
    const [controller, method] = [ctx.getClass(), ctx.getHandler().name];
    const args: Record<string, { index: number; data?: string }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
    const types: unknown[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
    for (const [key, { index, data }] of Object.entries(args)) {
      const paramtype = Number(key.split(':')[0]);
      if (paramtype !== RouteParamtypes.BODY && paramtype !== RouteParamtypes.QUERY) continue;
      const source = paramtype === RouteParamtypes.BODY ? req.body : req.query;
      this.pipe.transform(data ? source?.[data] : source, { type: paramtype === RouteParamtypes.BODY ? 'body' : 'query', metatype: types[index] as never, data });
    }
  }

  private async resolve(relation: PartyRelation, caller: Caller, params: Record<string, string>): Promise<unknown> {
    if (relation === 'any' || relation === 'self') return undefined;
    const [resource, field] = relation.split('.') as [PartyResource, string];
    const id = params[PARTY_RESOURCES[resource]];
    if (!id) throw new Error(`@Party('${relation}') on a route without :${PARTY_RESOURCES[resource]}`);
    switch (resource) {
      case 'journey': {
        if (field === 'reader') {
          const row = await this.lookup.journeyRow(id);
          if (!readsJourney(caller, row)) throw new NotFoundException(`no journey '${id}'`);
          return row;
        }
        const parties = await this.lookup.journey(id);
        if (field !== 'any' && !is(caller, parties[field as keyof JourneyParties])) {
          throw new ForbiddenException(`journey '${id}' is not one of your organisation's (${field})`);
        }
        return parties;
      }
      case 'claim': {
        const claim = await this.lookup.claim(id);
        if (field === 'reader') {
          if (readsAll(caller.role) || is(caller, claim.agencyId) || is(caller, claim.employerId)) return claim;
          throw new NotFoundException('no such process visible to you');
        }
        if (!is(caller, claim.agencyId)) throw new ForbiddenException(`claim '${id}' is not one of your organisation's`);
        return claim;
      }
      default: {
        const [workflowId, what, owner] =
          resource === 'leave'
            ? [id, `leave '${id}'`, 'employerId' as const]
            : resource === 'wageProtection'
              ? [wageProtectionWorkflowId(id), `wage protection of '${id}'`, 'employerId' as const]
              : [projectWorkflowId(id), `project '${id}'`, 'contractorId' as const];
        const process = await this.lookup.process(workflowId, owner);
        if (field === 'reader') {
          if (readsAll(caller.role) || is(caller, process.ownerId)) return process;
          throw new NotFoundException('no such process visible to you');
        }
        if (!is(caller, process.ownerId)) throw new ForbiddenException(`${what} is not one of your organisation's`);
        return process;
      }
    }
  }
}
