/** Public entry of the pure rules library (docs/rules.md §3-§6). No I/O, no clock: dates are arguments. */
export * from './dates';
export * from './service';
export * from './identifiers';
export * from './profile';
export * from './rule-set';
export * from './rule-sets';
export * from './eligibility';
export * from './wage-protection';
export * from './subsidy';
export * from './project-incentive';
export * from './working-days';
export * from './calendars/china-2025-2026';
export * from './calendar-file';
export * from './answer-table';
