/**
 * The command line, run as a real process: the sources are transpiled (no type check, that is
 * tsc's job) into a temporary folder the way tsconfig.build.json compiles them, then node runs
 * eligibility-cli.js on the RULES.md example profile.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(__dirname, '../../..');
const src = join(repo, 'libs/rules/src');
const example = join(repo, 'libs/rules/examples/profile.example.json');
let out: string;
let cli: string;

function transpileTree(dir: string): void {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) transpileTree(file);
    else if (name.endsWith('.ts')) {
      const js = ts.transpileModule(readFileSync(file, 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      }).outputText;
      const target = join(out, relative(repo, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, js);
    }
  }
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'rules-cli-'));
  transpileTree(src);
  cli = join(out, 'libs/rules/src/cli/eligibility-cli.js');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(repo, 'node_modules') },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('eligibility-cli', () => {
  it('prints the answer JSON for the example profile, exit 0', () => {
    const r = run([example]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.ruleSet).toBe('heze-2025-07-18');
    expect(answer.evaluationDate).toBe('2026-11-24');
    expect(answer.levels.map((l: { level: number }) => l.level)).toEqual([5, 4, 3, 2, 1]);
    expect(answer.levels[2].satisfiedClauses).toContain('L3-2'); // level-4 certificate of 2019-06-30, 7 years on
  });

  it('reads the profile from stdin with "-"', () => {
    const r = run(['-'], readFileSync(example, 'utf8'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).levels).toHaveLength(5);
  });

  it('--format table prints a readable table per level', () => {
    const r = run(['--format', 'table', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Level 5: ELIGIBLE (not offered by this programme)');
    expect(r.stdout).toContain('Level 2: not eligible');
    // only the failing part of L2-2 is given as its reason (the junior-title service holds)
    expect(r.stdout).toMatch(/L2-2 +time alone: never +no level-3 certificate in this or a related occupation$/m);
    expect(run([`--format=table`, example]).stdout).toBe(r.stdout);
  });

  it('exit 2 with one line naming the field for a validation error', () => {
    const p = JSON.parse(readFileSync(example, 'utf8'));
    p.workPeriods[1].end = '2025-02-30';
    expectOneLineError(run(['-'], JSON.stringify(p)), /^invalid profile: workPeriods\[1\]\.end: not a real calendar date/);
    p.workPeriods[1].end = undefined;
    p.hobby = 'chess';
    expectOneLineError(run(['-'], JSON.stringify(p)), /^invalid profile: hobby: unknown field/);
  });

  it('exit 2 for an unreadable file, bad JSON and an unknown flag', () => {
    expectOneLineError(run([join(out, 'missing.json')]), /^cannot read .*missing\.json \(ENOENT\)/);
    expectOneLineError(run(['-'], '{"evaluationDate": '), /^stdin: not valid JSON/);
    expectOneLineError(run(['--verbose', example]), /^unknown option --verbose/);
    expectOneLineError(run(['--format', 'xml', example]), /^--format must be json or table/);
    expectOneLineError(run([]), /^no profile given/);
  });
});
