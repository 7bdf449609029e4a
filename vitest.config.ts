import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// swc (not esbuild) compiles the tests so that NestJS's decorator metadata is emitted.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    // e2e files share one Temporal server and database; they run one after another.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['libs/**/*.test.ts', 'workflows/**/*.test.ts', 'activities/**/*.test.ts', 'apps/**/*.test.ts', 'test/replay/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The machine runner with an in-process worker and stub activities on a real dev server.
          name: 'workflows',
          include: ['test/workflows/**/*.test.ts'],
          globalSetup: ['test/support/temporal-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
