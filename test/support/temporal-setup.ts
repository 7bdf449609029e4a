import type { TestProject } from 'vitest/node';
import { startTestTemporal } from './temporal';

/**
 * The real Temporal dev server alone, for the `workflows` project (in-process workers with stub
 * activities need no PostgreSQL). Missing the CLI is a failure with instructions, never a skip.
 */
export default async function setup(project: TestProject) {
  const env = await startTestTemporal();
  project.provide('temporalAddress', env.address);
  return () => env.teardown();
}
