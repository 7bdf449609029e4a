import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { librarySource } from '../support/libraries';

// `npm run fixtures:record`: drives every scenario of test/replay/scenarios.ts through the real
// system (the e2e harness: Temporal dev server, PostgreSQL, worker and API from dist/) and writes
// test/fixtures/histories/<scenario>_<FIXTURE_VERSION>.json. Not part of `npm test`.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  ...librarySource,
  test: {
    include: ['test/replay/record-fixtures.record.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
