import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const NO_SIDE_EFFECTS_KEY = 'heze:no-side-effects';
export const IDEMPOTENCY_REDACT_KEY = 'heze:idempotency-redact';

/**
 * A POST that changes nothing (e.g. POST /eligibility, a computation): no Idempotency-Key record,
 * not counted by the write rate limit, no Idempotency-Key parameter in OpenAPI.
 */
export const NoSideEffects = () => applyDecorators(SetMetadata(NO_SIDE_EFFECTS_KEY, true), ApiExtension('x-no-side-effects', true));

/**
 * Top-level response fields never stored in the idempotency record (e.g. a newly issued API key's
 * secret): a replay answers them as null.
 */
export const IdempotencyRedact = (...fields: string[]) => SetMetadata(IDEMPOTENCY_REDACT_KEY, fields);
