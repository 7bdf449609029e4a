import { z } from 'zod';

/**
 * A value or null, for schemas that appear in the OpenAPI document. zod writes a bare
 * `z.string().nullable()` as `type: ['string', 'null']`, which is not OpenAPI 3.0 and which
 * @nestjs/swagger turns into `type: 'array'` on a DTO's own properties (a nullable string documented
 * as an array of strings: Schemathesis found it). A described inner schema makes zod write
 * `anyOf: [inner, {type: 'null'}]`, which nestjs-zod turns into `nullable: true`.
 */
export function orNull<T extends z.ZodType>(inner: T, description: string) {
  return inner.describe(description).nullable();
}

type Json = Record<string, any>;

/**
 * Refuses a generated document that still holds a JSON-Schema type list or a nullable property
 * that @nestjs/swagger mistook for an array: run on the raw document, before nestjs-zod's cleanup
 * removes the marker that tells the two apart. A programming error, caught by any test that starts the API.
 */
export function assertNoTypeLists(raw: unknown): void {
  const bad: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    if (Array.isArray(o.type) || (o['x-nestjs_zod-empty-type'] && o.type === 'array')) bad.push(path);
    for (const [k, v] of Object.entries(o)) walk(v, `${path}/${k}`);
  };
  walk(raw, '#');
  if (bad.length) throw new Error(`OpenAPI: nullable schema written as a type list at ${bad.join(', ')}; declare it with orNull() (apps/api/src/openapi/or-null.ts)`);
}
