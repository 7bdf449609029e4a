import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv } from '../support/batches';
import { createParties, newResidentId } from '../support/parties';
import { TestSystem } from '../support/system';

/** issue 16: `npm run batch -- …` against the real API: progress on stderr, the summary on stdout, errors as one line and an exit code. */
describe('batch CLI (issue 16)', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-batch-cli-'));
  const run = (args: string[], key: string | undefined = parties['training-institution'].key) =>
    spawnSync(process.execPath, ['dist/apps/batch-cli/src/main.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HEZE_API_URL: system.baseUrl, ...(key ? { HEZE_API_KEY: key } : {}) } });

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'social-insurance-agency']);
    await system.startWorker();
    await system.startApi();
  });
  afterAll(async () => {
    await system.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const roster = (...ids: string[]) =>
    csv([['姓名', '身份证号', '目标等级', '用人单位', '参保机构', '企业职工'], ...ids.map((id) => ['王', id, 4, parties.employer.organisationId, parties['social-insurance-agency'].organisationId, '是'])]);

  it('template, then apply: progress on stderr, the counts on stdout; a file with refused rows is not applied without --allow-refused', () => {
    const t = run(['template', 'roster', '--out', path.join(dir, 't.csv')]);
    expect(t.status, t.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 't.csv'), 'utf8')).toMatch(/^\uFEFF姓名,身份证号,目标等级/);

    fs.writeFileSync(path.join(dir, 'ok.csv'), roster(newResidentId(), newResidentId()));
    const ok = run(['apply', 'roster', path.join(dir, 'ok.csv')]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/progress 2\/2 \(done 2/);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'done', counts: { done: 2, refused: 0, failed: 0 } });

    const bad = newResidentId().slice(0, 17) + 'Z';
    fs.writeFileSync(path.join(dir, 'bad.csv'), roster(newResidentId(), bad));
    const refused = run(['apply', 'roster', path.join(dir, 'bad.csv')]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(/row 3 身份证号: resident id must be 17 digits/);
    expect(refused.stderr).not.toContain(bad);
    expect(refused.stdout).toBe('');
  });

  it('errors: one line on stderr and a non-zero exit', () => {
    const unknown = run(['status', '00000000-0000-0000-0000-000000000000']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toEqual([expect.stringMatching(/404 no such batch of yours/)]);
    const noKey = run(['kinds'], '');
    expect(noKey.status).toBe(2);
    expect(noKey.stderr.trim().split('\n')).toHaveLength(1);
    const notFile = run(['preview', 'roster', path.join(dir, 'missing.csv')]);
    expect(notFile.status).toBe(2);
    const wrongKind = run(['preview', 'results', path.join(dir, 'ok.csv')]);
    expect(wrongKind.status).toBe(1);
    expect(wrongKind.stderr.trim().split('\n')).toEqual([expect.stringMatching(/403 a training-institution cannot upload a results batch/)]);
  });
});
