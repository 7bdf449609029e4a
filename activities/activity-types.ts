import type { createActivities } from './index';

/** The activity interface workflows proxy (type only: workflow code never imports activity code). */
export type Activities = ReturnType<typeof createActivities>;
