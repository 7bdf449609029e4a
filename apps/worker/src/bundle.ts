import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '@heze/temporal/node';

/**
 * Part of `npm run build`: bundles the workflow code once into dist/workflow-bundle.js, so every
 * worker start (and every restart after a crash) skips webpack.
 */
async function main() {
  const started = Date.now();
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(require.resolve('../../../workflows')), logger: { log: () => undefined, info: () => undefined, warn: () => undefined, error: (m: string) => process.stderr.write(`${m}\n`), debug: () => undefined, trace: () => undefined } as never });
  const out = path.resolve(__dirname, '../../../workflow-bundle.js');
  fs.writeFileSync(out, code);
  process.stderr.write(`workflow bundle: ${path.relative(process.cwd(), out)} (${Math.round(code.length / 1024)} KiB, ${Date.now() - started} ms)\n`);
}

main().catch((err) => {
  process.stderr.write(`bundle: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
