// Used only by test/replay/replay-fixtures.test.ts, through a bundler alias for '@temporalio/workflow':
// the SDK with patched('runner-projects-every-transition') always true, i.e. the runner projecting at
// every transition (issue 14) WITHOUT patched(). Histories recorded before the change that took a
// transition staying in its state (recordBackPay, backpay.insufficient, …) must then fail replay: this
// is why workflows/machine-runner.ts asks it.
import { patched as sdkPatched } from '@temporalio/workflow/lib/index';

export * from '@temporalio/workflow/lib/index';

export function patched(patchId: string): boolean {
  // The SDK's answer first: a history that has the marker still finds its command.
  return sdkPatched(patchId) || patchId === 'runner-projects-every-transition';
}
