import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { librarySource } from '../support/libraries';

// `npm run test:faults`: the fault-injection run (its own Temporal dev server and PostgreSQL, started,
// stopped and restarted by the test). FAULT_JOURNEYS sets the number of journeys (default 100).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  ...librarySource,
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
