import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { hezeSearchAttributes } from '@heze/temporal';

export const repoRoot = path.resolve(__dirname, '../..');

/** Path of the Temporal CLI (built with Go by scripts/temporal-cli.sh when missing). */
export function temporalExecutable(): string {
  const r = spawnSync('bash', [path.join(repoRoot, 'scripts/temporal-cli.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0 || !r.stdout.trim()) {
    throw new Error(
      'end-to-end tests need the Temporal CLI: put `temporal` on PATH, set TEMPORAL_CLI=/path/to/temporal, or install Go so scripts/temporal-cli.sh can build it',
    );
  }
  return r.stdout.trim();
}

/** The real Temporal dev server binary, started through @temporalio/testing. */
export async function startTestTemporal(): Promise<TestWorkflowEnvironment> {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalExecutable() },
      ip: '127.0.0.1',
      searchAttributes: hezeSearchAttributes,
      log: { format: 'pretty', level: 'error' },
    },
  });
}
