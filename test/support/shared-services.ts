import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { openDatabase } from '@heze/persistence';
import { startTestPostgres, type TestPostgres } from './postgres';
import { startTestTemporal } from './temporal';

interface Services {
  users: number;
  temporal?: Promise<TestWorkflowEnvironment>;
  postgres?: Promise<TestPostgres>;
}

// Every vitest project's globalSetup runs in the one main process, each with its own module instances:
// the services live on globalThis so that all projects share one dev server and one database.
const KEY = Symbol.for('heze.test.services');
const services = (): Services => ((globalThis as Record<symbol, Services>)[KEY] ??= { users: 0 });

/** A reference to the shared services; the last `release()` stops them. */
export function acquireServices() {
  const s = services();
  s.users++;
  return {
    temporal: (): Promise<TestWorkflowEnvironment> => (s.temporal ??= startTestTemporal()),
    /** PostgreSQL (DATABASE_URL or a throw-away cluster), migrated once. */
    postgres: (): Promise<TestPostgres> =>
      (s.postgres ??= startTestPostgres().then(async (pg) => {
        const ds = await openDatabase({ type: 'postgres', url: pg.url });
        await ds.destroy();
        return pg;
      })),
    async release() {
      if (--s.users > 0) return;
      const [temporal, postgres] = [s.temporal, s.postgres];
      s.temporal = s.postgres = undefined;
      if (temporal) await (await temporal).teardown();
      if (postgres) (await postgres).stop();
    },
  };
}
