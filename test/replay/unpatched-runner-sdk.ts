// Used only by test/replay/replay-fixtures.test.ts, through a bundler alias for '@temporalio/workflow':
// the SDK with the runner's issue-14 patches always on, i.e. the changes made WITHOUT patched():
// - 'runner-projects-every-transition': histories recorded before it that took a transition staying in
//   its state (recordBackPay, backpay.insufficient, …) must then fail replay;
// - 'runner-initial-actions-first': histories recorded before it whose first task brought an Update
//   (the project incentive, started with update-with-start) must then fail replay.
// This is why workflows/machine-runner.ts asks them.
import { patched as sdkPatched } from '@temporalio/workflow/lib/index';

export * from '@temporalio/workflow/lib/index';

const FORCED = ['runner-projects-every-transition', 'runner-initial-actions-first'];

export function patched(patchId: string): boolean {
  // The SDK's answer first: a history that has the marker still finds its command.
  return sdkPatched(patchId) || FORCED.includes(patchId);
}
