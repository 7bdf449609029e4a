import { ConfigError } from '@heze/config';

export const RATE_LIMIT_VARIABLE = 'RATE_LIMIT_WRITES_PER_MINUTE';
export const DEFAULT_WRITES_PER_MINUTE = 600;

/** Writes per minute per API key (burst = the same number); 0 turns the limit off. */
export function writesPerMinute(env: Record<string, string | undefined> = process.env): number {
  const raw = env[RATE_LIMIT_VARIABLE];
  if (raw === undefined || raw.trim() === '') return DEFAULT_WRITES_PER_MINUTE;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(RATE_LIMIT_VARIABLE, `must be a whole number (0 = off), got '${raw}'`);
  const n = Number(raw.trim());
  if (n > 1_000_000) throw new ConfigError(RATE_LIMIT_VARIABLE, `must be between 0 and 1000000, got ${n}`);
  return n;
}

/** As loadConfigOrExit: one line naming the variable, exit 78. */
export function writesPerMinuteOrExit(env: Record<string, string | undefined> = process.env): number {
  try {
    return writesPerMinute(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`configuration error: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
}
