/**
 * `@heze/rules/days`: dates, working days and the bundled calendar, the part of the rules that
 * workflow code uses. Apart from `@heze/rules` so the workflow bundle does not carry the profile
 * and calendar-file schemas (zod) that workflows never run.
 */
export * from './dates';
export * from './working-days';
export * from './calendars/china-2025-2026';
