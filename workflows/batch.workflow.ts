import { ActivityFailure, defineQuery, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../activities/activity-types';

/** Input of a batch: references only (issue 16). Rows (names, resident IDs, scores) stay in the database. */
export interface BatchWorkflowInput {
  batchId: string;
  /** Rows 1..rows of `batch_rows` are applied. */
  rows: number;
  /** At most this many rows in flight at once. */
  concurrency: number;
}

export type BatchRowResult = 'done' | 'alreadyDone' | 'refused' | 'failed';
export interface BatchProgress {
  rows: number;
  finished: number;
  counts: Record<BatchRowResult, number>;
}

export const batchProgressQuery = defineQuery<BatchProgress>('batchProgress');

export const batchWorkflowId = (batchId: string) => `batch-${batchId}`;

// A row's step is one Update (a few seconds with the rules' answer); the heartbeat lets a row whose worker
// died be retried within seconds, not after the whole timeout. Transient failures are retried with backoff.
const rows = proxyActivities<Activities>({
  startToCloseTimeout: '60 seconds',
  heartbeatTimeout: '5 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', maximumAttempts: 5 },
});
const book = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '10 seconds' } });

/**
 * A batch (issue 16): fans its rows out with bounded concurrency; each row's activity sends the same
 * Update a single request sends, as the person who applied the batch, and records the row's outcome.
 * The activity is idempotent (a row with an outcome is not done again; the Update's id is the row key's,
 * so a retried Update is the one the journey already applied): a worker killed mid-batch loses nothing
 * and does nothing twice.
 */
export async function batchWorkflow(input: BatchWorkflowInput): Promise<BatchProgress> {
  const progress: BatchProgress = { rows: input.rows, finished: 0, counts: { done: 0, alreadyDone: 0, refused: 0, failed: 0 } };
  setHandler(batchProgressQuery, () => progress);

  let next = 1;
  const lane = async () => {
    while (next <= input.rows) {
      const seq = next++;
      let result: BatchRowResult;
      try {
        result = await rows.applyBatchRow({ batchId: input.batchId, seq });
      } catch (err) {
        // Retries used up: the row is failed, with the last error, and the batch goes on.
        const message = err instanceof ActivityFailure && err.cause ? err.cause.message : err instanceof Error ? err.message : String(err);
        result = await book.markBatchRowFailed({ batchId: input.batchId, seq, message });
      }
      progress.counts[result]++;
      progress.finished++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(input.concurrency, input.rows)) }, lane));
  await book.finishBatch({ batchId: input.batchId });
  return progress;
}
