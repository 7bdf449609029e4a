#!/usr/bin/env node
/**
 * eligibility-cli <profile.json | -> [--format json|table] [--rule-set <id>]
 * Prints the RULES.md §3 answer; exit 0. Bad input: exit 2 and ONE line on stderr naming the field.
 */
import { readFileSync } from 'node:fs';
import { formatAnswerTable } from '../answer-table';
import { evaluateEligibility } from '../eligibility';
import { parseEligibilityProfile, ProfileValidationError } from '../profile';
import { defaultRuleSetId, ruleSets } from '../rule-sets';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
  readStdin: () => string;
}

const USAGE = 'usage: eligibility-cli <profile.json | -> [--format json|table] [--rule-set <id>]';

class UsageError extends Error {}

interface Options {
  source: string;
  format: 'json' | 'table';
  ruleSet: string;
}

function parseArgs(argv: readonly string[]): Options | 'help' {
  let source: string | undefined;
  let format: 'json' | 'table' = 'json';
  let ruleSet = defaultRuleSetId;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--format') {
      const v = value();
      if (v !== 'json' && v !== 'table') throw new UsageError(`--format must be json or table, got "${v}"`);
      format = v;
    } else if (flag === '--rule-set') {
      ruleSet = value();
      if (!ruleSets[ruleSet]) throw new UsageError(`--rule-set: unknown rule set "${ruleSet}"; known: ${Object.keys(ruleSets).join(', ')}`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${flag}; ${USAGE}`);
    else if (source !== undefined) throw new UsageError(`only one profile may be given; ${USAGE}`);
    else source = arg;
  }
  if (source === undefined) throw new UsageError(`no profile given; ${USAGE}`);
  return { source, format, ruleSet };
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/** Runs the CLI; returns the exit code (0 answered, 2 bad input). */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    let text: string;
    try {
      text = options.source === '-' ? io.readStdin() : io.readFile(options.source);
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw new UsageError(`cannot read ${options.source === '-' ? 'stdin' : options.source}${code ? ` (${code})` : ''}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new UsageError(`${options.source === '-' ? 'stdin' : options.source}: not valid JSON (${(err as Error).message})`);
    }
    const profile = parseEligibilityProfile(json);
    const answer = evaluateEligibility(profile, ruleSets[options.ruleSet]);
    io.stdout(options.format === 'table' ? `${formatAnswerTable(answer)}\n` : `${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ProfileValidationError) {
      io.stderr(`invalid profile: ${oneLine(err.message)}\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`${oneLine(err.message)}\n`);
      return 2;
    }
    io.stderr(`error: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFileSync(p, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
  });
}
