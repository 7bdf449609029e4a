import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRunnerWorker } from '../support/runner-worker';

/**
 * The batch workflow (issue 16) with stub activities: rows go out in runs; a run that fails for good is
 * taken row by row, so only the failing row is failed; every row is counted once; the batch finishes.
 */
describe('batch workflow: runs of rows, the fallback to single rows, counts', () => {
  const calls = { runs: [] as Array<[number, number]>, rows: [] as number[], failed: [] as Array<{ seq: number; message: string }>, finished: 0 };
  let w: Awaited<ReturnType<typeof startRunnerWorker>>;

  beforeAll(async () => {
    w = await startRunnerWorker('workflows/batch.workflow.ts', {
      async applyBatchRows({ from, to }: { from: number; to: number }) {
        calls.runs.push([from, to]);
        if (from <= 5 && 5 <= to) throw ApplicationFailure.nonRetryable('a row of this run broke');
        return { done: to - from + 1 };
      },
      async applyBatchRow({ seq }: { seq: number }) {
        calls.rows.push(seq);
        if (seq === 5) throw ApplicationFailure.nonRetryable('row 5 broke');
        return seq === 6 ? 'refused' : 'done';
      },
      async markBatchRowFailed({ seq, message }: { seq: number; message: string }) {
        calls.failed.push({ seq, message });
        return 'failed';
      },
      async finishBatch() {
        calls.finished++;
      },
    });
  });
  afterAll(() => w?.stop());

  it('10 rows, 2 lanes: runs of 2; the run holding row 5 falls back to its rows; row 5 failed with its error', async () => {
    const handle = await w.start('batchWorkflow', [{ batchId: 'b-1', rows: 10, concurrency: 2 }]);
    const result = await handle.result();
    expect(result).toEqual({ rows: 10, finished: 10, counts: { done: 8, alreadyDone: 0, refused: 1, failed: 1 } });
    expect(calls.runs.map(([f, t]) => t - f + 1)).toEqual([2, 2, 2, 2, 2]);
    const covered = calls.runs.flatMap(([f, t]) => Array.from({ length: t - f + 1 }, (_, i) => f + i)).sort((a, b) => a - b);
    expect(covered).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const broken = calls.runs.find(([f, t]) => f <= 5 && 5 <= t)!;
    expect(calls.rows).toEqual(Array.from({ length: broken[1] - broken[0] + 1 }, (_, i) => broken[0] + i));
    expect(calls.failed).toEqual([{ seq: 5, message: 'row 5 broke' }]);
    expect(calls.finished).toBe(1);
  });
});
