import { loadConfigOrExit } from '@heze/config';
import { describeDatabase, openDatabase } from './data-source';

/** `npm run migrate`: applies pending migrations (production runs this once per release). */
async function main() {
  const config = loadConfigOrExit();
  const ds = await openDatabase(config.database, { migrate: false });
  const applied = await ds.runMigrations({ transaction: 'each' });
  process.stdout.write(`${describeDatabase(config.database)}: ${applied.length} migration(s) applied${applied.length ? ': ' + applied.map((m) => m.name).join(', ') : ''}\n`);
  await ds.destroy();
}

main().catch((err) => {
  process.stderr.write(`migrate: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
  process.exit(1);
});
