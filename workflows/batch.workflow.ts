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

// A row's step is one Update (a few seconds with the rules' answer), a run up to 25 of them; the heartbeat
// lets a run whose worker died be retried within seconds, not after the whole timeout. Transient failures
// are retried with backoff.
const rows = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
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
  const lanes = Math.max(1, Math.min(input.concurrency, input.rows));
  // Rows go out in runs of consecutive rows, one activity per run, so that the workflow's own round trip
  // (a workflow task between two activities) is paid per run, not per row; about four runs per lane.
  const runLength = Math.max(1, Math.min(25, Math.ceil(input.rows / (lanes * 4))));
  const count = (result: BatchRowResult, n = 1) => {
    progress.counts[result] += n;
    progress.finished += n;
  };

  let next = 1;
  const lane = async () => {
    while (next <= input.rows) {
      const from = next;
      const to = Math.min(input.rows, from + runLength - 1);
      next = to + 1;
      try {
        const counts = await rows.applyBatchRows({ batchId: input.batchId, from, to });
        for (const [result, n] of Object.entries(counts) as Array<[BatchRowResult, number]>) count(result, n);
      } catch {
        // A run that kept failing: its rows one by one, each with its own retries; rows with an outcome
        // answer at once, so only the failing row is failed and the run goes on.
        for (let seq = from; seq <= to; seq++) count(await oneRow(input.batchId, seq));
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  await book.finishBatch({ batchId: input.batchId });
  return progress;
}

async function oneRow(batchId: string, seq: number): Promise<BatchRowResult> {
  try {
    return await rows.applyBatchRow({ batchId, seq });
  } catch (err) {
    // Retries used up: the row is failed, with the last error, and the batch goes on.
    const message = err instanceof ActivityFailure && err.cause ? err.cause.message : err instanceof Error ? err.message : String(err);
    return book.markBatchRowFailed({ batchId, seq, message });
  }
}
