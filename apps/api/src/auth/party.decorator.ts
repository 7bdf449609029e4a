import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { KeyRole } from '@heze/machines';

/**
 * The one place that says who may act (issue 14): every route carries @Party(roles, relation) or
 * @Public(). The key guard checks the role (403, before anything is counted or recorded); the party
 * interceptor resolves the resource named by the route's path parameter from the read model and checks
 * the relation (a write to another organisation's case: 403; a read of it: 404, so its existence is not
 * told). The declaration is in the OpenAPI document as `x-heze-party`, and the role × endpoint e2e test
 * holds every operation to one.
 */

export const PARTY_KEY = 'heze:party';
export const PUBLIC_KEY = 'heze:public';
export const PARTY_EXTENSION = 'x-heze-party';

/** Roles that read every organisation's data (ARCHITECTURE.md: auditors and labour inspection; admin). */
export const READ_ALL_ROLES = ['auditor', 'labour-inspection', 'admin'] as const satisfies readonly KeyRole[];
export const readsAll = (role: string): boolean => (READ_ALL_ROLES as readonly string[]).includes(role);

/** The resources a route can name, each by its path parameter. */
export const PARTY_RESOURCES = {
  journey: 'journeyId',
  leave: 'leaveId',
  /** The wage protection of a study leave, named by the leave (its case key is derived from it). */
  wageProtection: 'leaveId',
  claim: 'claimId',
  project: 'projectId',
} as const;
export type PartyResource = keyof typeof PARTY_RESOURCES;

/** For each resource, the organisations it names: a write names the one the caller must be. */
export const PARTY_FIELDS = {
  journey: ['employerId', 'trainingInstitutionId', 'evaluationOrganisationId'],
  leave: ['employerId'],
  wageProtection: ['employerId'],
  claim: ['agencyId'],
  project: ['contractorId'],
} as const satisfies Record<PartyResource, readonly string[]>;

type FieldRelation = { [R in PartyResource]: `${R}.${(typeof PARTY_FIELDS)[R][number]}` }[PartyResource];

/**
 * - `<resource>.<field>`: a write to that resource by the organisation the resource names in `field`
 *   (403 for another organisation; 404 when there is no such resource);
 * - `<resource>.reader`: a read by a party of the resource or a READ_ALL role (404 for anyone else);
 * - `journey.any`: any organisation of the role, on an existing journey (404 otherwise); the journey
 *   records the one that acts (the institution that enrols, the organisation that registers);
 * - `self`: the caller acts for its own organisation only: it creates with itself as the owner, or lists
 *   what it is a party to (READ_ALL roles: every organisation's);
 * - `any`: any caller of the role; the route names no organisation's resource (admin, audit, eligibility).
 */
export type PartyRelation = FieldRelation | `${PartyResource}.reader` | 'journey.any' | 'self' | 'any';

export interface PartyDeclaration {
  roles: KeyRole[];
  relation: PartyRelation;
}

const RELATION_WORDS = (relation: PartyRelation): string => {
  if (relation === 'any') return 'any organisation of these roles';
  if (relation === 'self') return "the caller's own organisation only (READ_ALL roles: every organisation's)";
  if (relation === 'journey.any') return 'any organisation of these roles, on an existing journey (the journey records which one acted)';
  const [resource, field] = relation.split('.');
  if (field === 'reader') return `a party of the ${resource}, or ${READ_ALL_ROLES.join(', ')}; anyone else gets 404`;
  return `the organisation that is the ${resource}'s ${field}; another gets 403`;
};

/** Who may call the route: these roles, in this relation to the resource the path names. */
export const Party = (roles: KeyRole | readonly KeyRole[], relation: PartyRelation) => {
  const declaration: PartyDeclaration = { roles: typeof roles === 'string' ? [roles] : [...roles], relation };
  return applyDecorators(
    SetMetadata(PARTY_KEY, declaration),
    ApiExtension(PARTY_EXTENSION, { ...declaration, description: RELATION_WORDS(relation) }),
    ApiSecurity('api-key'),
    // Or a person's session cookie (issue 15; writes then carry X-CSRF-Token).
    ApiSecurity('session'),
    ApiUnauthorizedResponse({ description: 'No API key and no session, an unknown or revoked key, or a session that has ended' }),
    ApiForbiddenResponse({
      description: `Caller's role is not one of: ${declaration.roles.join(', ')}${relation.includes('.') && !relation.endsWith('.reader') && relation !== 'journey.any' ? `; or the caller's organisation is not the ${relation.replace('.', "'s ")}` : ''}`,
    }),
  );
};

/** No API key needed (health). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension(PARTY_EXTENSION, { public: true }));

/** The resource the route's @Party relation resolved (journey parties, a projection row, a process owner). */
export const PartyOf = createParamDecorator((_: unknown, ctx: ExecutionContext): unknown => ctx.switchToHttp().getRequest().party);
