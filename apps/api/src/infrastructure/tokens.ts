/** Injection tokens for the process-wide resources the API modules share. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
/** The working-day calendar loaded at start from the calendar files (libs/config/src/calendar.ts). */
export const WORKING_DAY_CALENDAR = Symbol('WORKING_DAY_CALENDAR');
