import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../libs/persistence/src/data-source';
import { startTestPostgres } from './postgres';
import { startTestTemporal } from './temporal';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    temporalAddress: string;
  }
}

/**
 * One real PostgreSQL and one real Temporal dev server for the whole e2e run. Missing either is a
 * failure with instructions, never a silent skip.
 */
export default async function setup(project: TestProject) {
  const pg = await startTestPostgres();
  const ds = await openDatabase({ type: 'postgres', url: pg.url });
  await ds.destroy();
  const env = await startTestTemporal();
  project.provide('databaseUrl', pg.url);
  project.provide('temporalAddress', env.address);
  return async () => {
    await env.teardown();
    pg.stop();
  };
}
