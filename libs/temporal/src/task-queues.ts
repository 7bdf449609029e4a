/** Default task queue; overridable with TEMPORAL_TASK_QUEUE. */
export const DEFAULT_TASK_QUEUE = 'heze-journeys';
