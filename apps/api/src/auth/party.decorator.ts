import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '../../../../libs/machines/src/actor';

export const ROLES_KEY = 'heze:roles';
export const PUBLIC_KEY = 'heze:public';

/** Only these roles may call the route (403 otherwise); the route is documented as needing an API key. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiSecurity('api-key'),
    ApiUnauthorizedResponse({ description: 'No API key, or an unknown or revoked one' }),
    ApiForbiddenResponse({ description: `Caller's role is not one of: ${roles.join(', ')}; or the resource belongs to another organisation` }),
  );

/** No API key needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
