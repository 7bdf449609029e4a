// The portal's typed client types from the API's OpenAPI document (openapi-typescript): one function,
// used by generate-client.mjs to write src/api/schema.d.ts and by the test that fails when it is stale.
import openapiTS, { astToString } from 'openapi-typescript';

export const SCHEMA_FILE = new URL('../src/api/schema.d.ts', import.meta.url);

export async function schemaSource(document) {
  const ast = await openapiTS(document, { alphabetize: true });
  return (
    '// Generated from the API\'s OpenAPI document by `npm run portal:client` (apps/portal/scripts/generate-client.mjs).\n' +
    '// Do not edit: apps/api/src/openapi/portal-client.test.ts fails when this file and the API differ.\n' +
    astToString(ast)
  );
}
