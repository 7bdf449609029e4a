import type { TestProject } from 'vitest/node';
import { acquireServices } from './shared-services';

/**
 * The real Temporal dev server alone (the one the e2e projects share), for the `workflows` project:
 * in-process workers with stub activities need no PostgreSQL. Missing the CLI is a failure with
 * instructions, never a skip.
 */
export default async function setup(project: TestProject) {
  const services = acquireServices();
  const env = await services.temporal();
  project.provide('temporalAddress', env.address);
  return () => services.release();
}
