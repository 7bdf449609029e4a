/**
 * Pure XState v5 machines of the Heze specialist programme (ARCHITECTURE.md: "the machine
 * decides"). Drive them with `initialTransition` / `transition` (or `step`); see docs/machines.md.
 */
export * from './actor';
export * from './common';
export * from './step';
export * from './journey';
export * from './study-leave';
export * from './wage-protection';
export * from './subsidy-claim';
export * from './project-incentive';
