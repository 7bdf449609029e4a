#!/usr/bin/env node
/** Entry of `npm run admin`: same configuration (libs/config) and database as the API. */
import { loadConfigOrExit } from '@heze/config';
import { openDatabase } from '@heze/persistence';
import { runCli } from './cli';

const argv = process.argv.slice(2);
runCli(
  argv,
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    // --password-stdin: e.g. `printf '%s\n' "$PW" | npm run admin -- create-user …`
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  },
  async () => {
    const config = loadConfigOrExit();
    return openDatabase(config.database, { migrate: process.env.DB_MIGRATE !== 'false' });
  },
)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`admin: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    process.exitCode = 1;
  });
