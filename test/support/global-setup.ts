import type { TestProject } from 'vitest/node';
import { acquireServices } from './shared-services';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
  }
}

/**
 * One real PostgreSQL and one real Temporal dev server for the whole run, shared by every project that
 * uses this setup. Missing either is a failure with instructions, never a silent skip.
 */
export default async function setup(project: TestProject) {
  const services = acquireServices();
  const pg = await services.postgres();
  const env = await services.temporal();
  project.provide('databaseUrl', pg.url);
  project.provide('temporalAddress', env.address);
  return () => services.release();
}
