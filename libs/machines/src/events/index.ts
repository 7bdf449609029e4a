/**
 * `@heze/machines/events`: each event's payload as a zod schema, used by the API's DTOs; the machines'
 * event types are their `z.infer`. Apart from `@heze/machines` so the workflow bundle does not carry zod.
 */
export * from './fields';
export * from './journey';
export * from './study-leave';
export * from './wage-protection';
export * from './subsidy-claim';
export * from './project-incentive';
