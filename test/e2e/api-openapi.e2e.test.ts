import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EligibilityProfileSchema } from '@heze/rules';
import { TestSystem } from '../support/system';

type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const WRITES = ['post', 'put', 'patch', 'delete'];

describe('OpenAPI at /docs-json is complete', () => {
  const system = new TestSystem();
  let doc: Json;
  const ops: Array<{ path: string; method: string; op: Json }> = [];

  beforeAll(async () => {
    await system.startApi();
    const res = await system.http('GET', '/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) if (METHODS.includes(method)) ops.push({ path, method, op });
    }
  });
  afterAll(() => system.stop());

  const resolve = (schema: Json): Json => (schema.$ref ? resolve(doc.components.schemas[schema.$ref.split('/').pop()]) : schema);

  it('documents the routes of every module', () => {
    const paths = Object.keys(doc.paths);
    for (const p of ['/health', '/journeys', '/eligibility', '/organisations', '/organisations/{organisationId}/keys', '/keys/{keyId}']) expect(paths).toContain(p);
    expect(ops.length).toBeGreaterThan(15);
    expect(doc.components.securitySchemes['api-key']).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
  });

  it('every route but the public ones (health, sign-in, readiness, the audit signing key, certificate verification) needs the API key and documents 401 and 403', () => {
    const publicPaths = ops.filter(({ op }) => op['x-heze-party']?.public).map(({ path }) => path).sort();
    expect(publicPaths).toEqual(['/audit/signing-key', '/auth/login', '/certificates/verify', '/health', '/ready', '/verify']);
    for (const { path, method, op } of ops) {
      if (op['x-heze-party']?.public) continue;
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.security, where).toEqual(expect.arrayContaining([expect.objectContaining({ 'api-key': [] })]));
      expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['401', '403']));
    }
  });

  it('every route has a summary; every route with a body has its schema and a 400', () => {
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.summary, where).toEqual(expect.any(String));
      if (op.requestBody) {
        // JSON bodies; a file upload (POST /batches/{kind}, issue 16) is multipart/form-data with its object schema.
        const schema = op.requestBody.content?.['application/json']?.schema ?? op.requestBody.content?.['multipart/form-data']?.schema;
        expect(schema, where).toBeTruthy();
        expect(resolve(schema).type, where).toBe('object');
        expect(op.responses['400'], where).toBeTruthy();
      }
      if (op.parameters?.some((p: Json) => p.in === 'path')) expect(op.responses['404'], where).toBeTruthy();
    }
  });

  it('every write takes the Idempotency-Key header and documents 409, 422 and 429 (with Retry-After)', () => {
    const header = doc.components.parameters.IdempotencyKey;
    expect(header).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: false });
    let writes = 0;
    for (const { path, method, op } of ops) {
      if (!WRITES.includes(method) || op['x-no-side-effects']) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (op['x-heze-party']?.public) {
        // Sign-in (issue 15): no caller, so no Idempotency-Key scope; its lock-out is a 429 with Retry-After.
        expect(op.responses['429']?.headers?.['Retry-After'], where).toBeTruthy();
        continue;
      }
      writes++;
      expect(op.parameters, where).toEqual(expect.arrayContaining([{ $ref: '#/components/parameters/IdempotencyKey' }]));
      expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(['409', '422', '429']));
      expect(op.responses['429'].headers?.['Retry-After'], where).toBeTruthy();
      if (op.requestBody) expect(op.responses['413'], where).toBeTruthy();
    }
    expect(writes).toBeGreaterThan(8);
  });

  it('every route documents its success answer with a JSON schema, and 503 for a dependency that is down (Schemathesis checks answers against them)', () => {
    for (const { path, method, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      const success = Object.keys(op.responses).filter((c) => c.startsWith('2'));
      expect(success, where).toHaveLength(1);
      if (path === '/health') continue;
      // Pages for people (certificate verification, the printable summary) answer HTML; the statistics CSV (issue 17) text/csv.
      const html = op.responses[success[0]].content?.['text/html']?.schema ?? op.responses[success[0]].content?.['text/csv']?.schema;
      if (html) {
        expect(html.type, where).toBe('string');
        expect(op.responses['503'], where).toBeTruthy();
        continue;
      }
      const schema = op.responses[success[0]].content?.['application/json']?.schema;
      expect(schema, where).toBeTruthy();
      expect(['object', 'array'], where).toContain(resolve(schema).type);
      expect(op.responses['503'], where).toBeTruthy();
    }
  });

  it('nullable fields are OpenAPI 3.0 nullable, not type lists or arrays', () => {
    const key = resolve({ $ref: '#/components/schemas/KeyViewDto' });
    expect(key.properties.revokedAt).toMatchObject({ type: 'string', nullable: true });
    expect(key.properties.organisationId).toMatchObject({ type: 'string', nullable: true });
    expect(JSON.stringify(doc)).not.toMatch(/"type":\[/);
  });

  it("the eligibility body is the rules library's profile schema, with all its properties", () => {
    const op = doc.paths['/eligibility'].post;
    const schema = resolve(op.requestBody.content['application/json'].schema);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(EligibilityProfileSchema.shape).sort());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['evaluationDate']);
    expect(resolve(schema.properties.workPeriods.items).properties.occupation.enum).toEqual(['this', 'related', 'other']);
    const answer = resolve(op.responses['200'].content['application/json'].schema);
    expect(Object.keys(answer.properties).sort()).toEqual(['evaluationDate', 'levels', 'ruleSet']);
  });
});
