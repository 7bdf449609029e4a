import { PARTY_EXTENSION } from '../auth/party.decorator';
import { IDEMPOTENCY_HEADER, MAX_KEY_LENGTH, REPLAYED_HEADER } from '../idempotency/request-hash';

type Json = Record<string, any>;

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

const addResponse = (op: Json, status: string, description: string, extra: Json = {}) => {
  op.responses ??= {};
  op.responses[status] ??= { description, ...extra };
};

const RESIDENT_ID_422 =
  "a body field holds a resident ID where the route takes none, or the resident ID names another person than the journey's (RULES.md §1; `field` names it)";

/** Issue 13.8, docs/dates.md: well-formed, but contradicts what the journey or process recorded. */
const FACT_422 = 'a date contradicts what the journey or process has recorded, e.g. `issuedOn` before the last sitting (`field` and `rule` name it; nothing changed)';

const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string', description: 'one line; for 400 it names the field' },
    field: { type: 'string', description: '400 and 422: the path of the offending field, e.g. `workPeriods[1].end`' },
    rule: { type: 'string', description: 'the rule refused, where one is named, e.g. `date.not-future`' },
  },
  required: ['statusCode', 'error', 'message'],
};

/**
 * Completes the generated document with what every route shares, so that no route can forget it:
 * the API-key security and its 401/403, 400 where a route takes input, 404 where it names a
 * resource, 503 when a dependency is down, and on writes the optional `Idempotency-Key` header with its 409/422, the 429 of the
 * rate limit and the 413 of the body limit. What a route documents itself is kept.
 */
export function completeOpenApiDocument<T extends object>(document: T, opts: { bodyLimit?: string; writesPerMinute?: number } = {}): T {
  const doc = document as Json;
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.Error ??= ERROR_SCHEMA;
  doc.components.parameters ??= {};
  doc.components.parameters.IdempotencyKey = {
    name: IDEMPOTENCY_HEADER,
    in: 'header',
    required: false,
    description:
      `Optional, recommended on every write. 1-${MAX_KEY_LENGTH} visible ASCII characters (e.g. a UUID), scoped to the API key, kept 24 hours. ` +
      `A retry with the same key and the same request returns the first response (2xx or 4xx) with \`${REPLAYED_HEADER}: true\` and changes nothing; ` +
      'the same key with a different method, path or body is a 422; while the first request is still running a duplicate waits for it (409 if it takes more than a few seconds). ' +
      '5xx and 429 answers are not stored.',
    schema: { type: 'string', minLength: 1, maxLength: MAX_KEY_LENGTH },
  };
  const errorContent = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  for (const item of Object.values<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method) || typeof op !== 'object') continue;
      // @Public() routes say so in their `x-heze-party` declaration (auth/party.decorator.ts).
      const isPublic = op[PARTY_EXTENSION]?.public === true;
      if (!isPublic) {
        if (!op.security?.length) op.security = [{ 'api-key': [] }];
        addResponse(op, '401', 'No API key, or an unknown or revoked one', errorContent);
        addResponse(op, '403', "The caller's role may not call this route, or the resource belongs to another organisation", errorContent);
      }
      // Any route may meet a dependency that is down or overloaded: a 503 the client retries (a 500 is always a bug).
      addResponse(op, '503', 'Temporal or the database is unavailable or timed out; retry later', errorContent);
      const params: Json[] = op.parameters ?? [];
      if (op.requestBody || params.some((p) => p.in === 'query' || p.in === 'path')) {
        addResponse(op, '400', 'A field is missing or malformed; the message names it', errorContent);
      }
      if (params.some((p) => p.in === 'path')) addResponse(op, '404', 'No such resource visible to the caller', errorContent);
      if (WRITE_METHODS.includes(method) && !isPublic) {
        if (op.requestBody) addResponse(op, '413', `Request body larger than ${opts.bodyLimit ?? 'the limit'}`, errorContent);
        // RULES.md §1: a body string holding a resident ID where the route takes none is refused (422, naming the field).
        if (op['x-no-side-effects']) {
          if (op.requestBody) addResponse(op, '422', RESIDENT_ID_422, errorContent);
          continue;
        }
        if (!params.some((p) => p.$ref === '#/components/parameters/IdempotencyKey')) {
          op.parameters = [...params, { $ref: '#/components/parameters/IdempotencyKey' }];
        }
        // A malformed Idempotency-Key header is a 400 naming it, on writes without any other input too.
        addResponse(op, '400', 'A field or the Idempotency-Key header is malformed; the message names it', errorContent);
        addResponse(op, '409', 'The current state does not take this event (the message names the state and the allowed events), or a request with the same Idempotency-Key is still in progress', errorContent);
        addResponse(op, '422', `The Idempotency-Key was already used for a different request; or: ${RESIDENT_ID_422}; or: ${FACT_422}`, errorContent);
        addResponse(op, '429', `Too many writes for this API key${opts.writesPerMinute ? ` (${opts.writesPerMinute} a minute)` : ''}`, {
          ...errorContent,
          headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } },
        });
      }
    }
  }
  return document;
}
