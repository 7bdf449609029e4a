/**
 * Query parameters are validated like bodies (issue 13.8). The field schemas of bodies (dates not after
 * today, printable names, money) are the events' own: libs/machines/src/events/fields.ts.
 * Only zod here (no Nest), so the admin CLI can use the same schemas.
 */
import { z } from 'zod';

/**
 * Query parameters, validated like bodies: each declared one by its schema, and any other is a 400
 * naming it (a strict object would name no field). Express gives a repeated parameter as an array,
 * which a string schema refuses.
 */
export function queryParams<S extends z.ZodRawShape>(shape: S) {
  const names = Object.keys(shape);
  return z.looseObject(shape).superRefine((q, ctx) => {
    for (const key of Object.keys(q)) {
      if (names.includes(key)) continue;
      ctx.addIssue({ code: 'custom', path: [key], message: `is not a query parameter of this route (it takes ${names.length ? names.join(', ') : 'none'})` });
    }
  });
}
