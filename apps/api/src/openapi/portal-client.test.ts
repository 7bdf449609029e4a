import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with the generator script (no types)
import { SCHEMA_FILE, schemaSource } from '../../../portal/scripts/client-source.mjs';
import { offlineOpenApiDocument } from './document';

describe("the portal's typed client", () => {
  it('apps/portal/src/api/schema.d.ts is generated from the OpenAPI document the API builds now (run `npm run portal:client` when this fails)', async () => {
    const document = await offlineOpenApiDocument();
    expect(Object.keys(document.paths)).toContain('/journeys/{journeyId}');
    const expected: string = await schemaSource(document);
    expect(readFileSync(SCHEMA_FILE, 'utf8') === expected, 'schema.d.ts is stale: npm run portal:client').toBe(true);
  }, 60_000);
});
