import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@heze/config';
import { batchActivities } from './batch-activities';
import { coordinationActivities } from './coordination-activities';
import { journeyActivities } from './journey-activities';
import { processActivities } from './process-activities';
import { wageActivities } from './wage-activities';
import { subsidyActivities } from './subsidy-activities';

export interface ActivityDeps {
  ds: DataSource;
  client: Client;
  config: AppConfig;
}

/** Every activity the worker registers; each is idempotent under retry and replay. */
export function createActivities({ ds, client, config }: ActivityDeps) {
  return {
    ...journeyActivities(ds),
    ...processActivities(ds),
    ...wageActivities(ds, client, config.temporal.taskQueue),
    ...subsidyActivities(ds, client),
    ...coordinationActivities(ds, client, config.temporal.taskQueue),
    ...batchActivities(ds, client, config),
  };
}
