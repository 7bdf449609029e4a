import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { librarySource } from './test/support/libraries';

// swc (not esbuild) compiles the tests so that NestJS's decorator metadata is emitted.
// e2e files that must not share the machine: short "days" (HEZE_DAY_MS, a 2-day payment deadline, a
// 30 s claim window) that a busy CPU could outrun, and 50 concurrent claims that load it for the others.
const alone = ['test/e2e/journey-facts.e2e.test.ts', 'test/e2e/study-leave-and-wages.e2e.test.ts', 'test/e2e/concurrency.e2e.test.ts'];

export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  ...librarySource,
  test: {
    // Files run in parallel: every e2e file has its own worker, API and task queue on the one shared
    // Temporal dev server and PostgreSQL, and spends most of its time waiting on them. Vitest's default
    // on 2 cores would be 1 file at a time.
    maxWorkers: 3,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['libs/**/*.test.ts', 'workflows/**/*.test.ts', 'activities/**/*.test.ts', 'apps/**/*.test.ts', 'test/replay/**/*.test.ts'],
          // Some spawn the CLIs (a second or two each): alongside the e2e files that takes longer than 5 s.
          testTimeout: 30_000,
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
          exclude: alone,
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // The portal in Debian's Chromium against the real stack (test/support/browser.ts).
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page answers in a second or two on a loaded 2-core machine (session restore, then its queries).
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          // After everything else, one file at a time, with the machine to themselves.
          name: 'e2e-serial',
          include: alone,
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
