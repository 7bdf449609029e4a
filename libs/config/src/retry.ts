/** Retries `attempt` with exponential backoff while a dependency (Temporal, the database) is unreachable at start. */
export async function withBackoff<T>(
  what: string,
  attempt: () => Promise<T>,
  opts: { tries?: number; firstDelayMs?: number; maxDelayMs?: number; log?: (line: string) => void } = {},
): Promise<T> {
  const tries = opts.tries ?? 10;
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  let delay = opts.firstDelayMs ?? 500;
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      if (i >= tries) throw new Error(`${what} unreachable after ${tries} attempts: ${reason}`);
      log(`${what} unreachable (${reason}); retry ${i}/${tries - 1} in ${Math.round(delay / 100) / 10}s`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, opts.maxDelayMs ?? 10_000);
    }
  }
}
