/**
 * Pure XState v5 machines of the Heze specialist programme (docs/architecture.md: "the machine
 * decides"). Drive them with `initialTransition` / `transition` (or `step`); see docs/machines.md.
 * Each event's payload as a zod schema: `@heze/machines/events` (src/events/index.ts).
 */
export * from './actor';
export * from './common';
export * from './step';
export * from './journey';
export * from './study-leave';
export * from './wage-protection';
export * from './subsidy-claim';
export * from './project-incentive';
