import type { Connection } from '@temporalio/client';
import { NativeConnection, NativeConnectionOptions, Runtime, Worker, DefaultLogger } from '@temporalio/worker';
import { loadConfigOrExit, loadWorkingDayCalendarOrExit, withBackoff, type AppConfig } from '@heze/config';
import { openDatabase } from '@heze/persistence';
import { connectClient, connectionOptions, registerSearchAttributes, workflowBundleOptions } from '@heze/temporal/node';
import { createActivities } from '../../../activities';

const log = (line: string) => process.stderr.write(`[worker] ${line}\n`);

/** The workflow bundle: prebuilt by `npm run build` when present, else bundled from source at start. */
function workflowSource(): { workflowBundle: { codePath: string } } | { workflowsPath: string; bundlerOptions?: Pick<ReturnType<typeof workflowBundleOptions>, 'webpackConfigHook'> } {
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const bundle = path.resolve(__dirname, '../../../workflow-bundle.js');
  if (fs.existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  const { workflowsPath, webpackConfigHook } = workflowBundleOptions(require.resolve('../../../workflows'));
  return { workflowsPath, bundlerOptions: { webpackConfigHook } };
}

export async function runWorker(config: AppConfig): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // The workflows take their deadlines from the API; the worker checks the same files so that a bad one
  // or a missing year is seen in its log too.
  loadWorkingDayCalendarOrExit(config.calendar, log);
  const ds = await withBackoff(`database (${config.database.type})`, () => openDatabase(config.database, { migrate: process.env.DB_MIGRATE !== 'false' }), { log });
  const client = await connectClient(config.temporal, log);
  await registerSearchAttributes(client.connection as Connection, config.temporal.namespace);
  const connection = await withBackoff(`Temporal at ${config.temporal.address}`, () => NativeConnection.connect(connectionOptions(config.temporal) as NativeConnectionOptions), { log });
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    ...workflowSource(),
    maxCachedWorkflows: config.worker.maxCachedWorkflows,
    activities: createActivities({ ds, client, config }),
  });
  const stop = () => {
    log('shutting down');
    worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  log(`polling task queue '${config.temporal.taskQueue}' on ${config.temporal.address}`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await client.connection.close();
    await ds.destroy();
  }
}

if (require.main === module) {
  runWorker(loadConfigOrExit()).then(
    () => process.exit(0),
    (err) => {
      log(err instanceof Error ? err.message.split('\n')[0] : String(err));
      process.exit(1);
    },
  );
}
