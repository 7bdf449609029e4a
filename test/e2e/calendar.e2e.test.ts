/**
 * The working-day calendar as data (issue 13.4): a missing current or next year is said at start by
 * the launcher, the worker and the API; a bad file stops the start with one line; a study-leave
 * request whose escalation deadline needs a missing year is refused (503 naming the year) and starts
 * nothing, unless CALENDAR_MISSING_YEAR=weekdays.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { http, launch, stopProc, type Proc } from '../../bench/support';
import { openDatabase, ProcessProjection } from '@heze/persistence';
import { addDays, addWorkingDays, buildCalendar } from '@heze/rules';
import { studyLeaveWorkflowId } from '@heze/temporal';
import { JourneyDriver, waitFor } from '../support/journey-driver';
import { createParties } from '../support/parties';
import { freePort } from '../support/postgres';
import { repoRoot } from '../support/temporal';
import { TestSystem } from '../support/system';

const today = new Date().toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

/** A valid file for `y` with 元旦 only: enough for the checks, and independent of the clock's year. */
const yearFile = (y: number) =>
  JSON.stringify({
    year: y,
    source: { title: `test arrangement ${y}`, issuer: 'test', published: `${y - 1}-11-01` },
    holidays: [{ name: '元旦', from: `${y}-01-01`, to: `${y}-01-01` }],
    makeUpWorkingDays: [],
  });

const temps: string[] = [];
function calendarDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-cal-e2e-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

const node = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(repoRoot, script)], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8', timeout: 60_000 });

describe('start-up: the calendar directory is read and checked before anything connects', () => {
  it.each(['dist/apps/api/src/main.js', 'dist/apps/worker/src/main.js', 'dist/apps/launcher/main.js'])('%s: a bad calendar file stops the start with one line naming it (exit 78)', (script) => {
    const bad = JSON.parse(yearFile(year));
    bad.makeUpWorkingDays = [`${year}-01-01`];
    const dir = calendarDir({ [`cn-${year}.json`]: JSON.stringify(bad) });
    const r = node(script, { DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: inject('temporalAddress'), CALENDAR_DIR: dir, HEZE_DATA_DIR: dir });
    expect(r.status).toBe(78);
    expect(r.stderr.trim()).toBe(`calendar error: ${path.join(dir, `cn-${year}.json`)}: ${year}-01-01 is both a holiday (元旦) and a make-up working day`);
  });

  it('an unreadable CALENDAR_DIR is a configuration error naming the variable', () => {
    const r = node('dist/apps/api/src/main.js', { DATABASE_URL: inject('databaseUrl'), CALENDAR_DIR: '/nonexistent/heze-calendars' });
    expect(r.status).toBe(78);
    expect(r.stderr.trim()).toBe('configuration error: CALENDAR_DIR: cannot read the calendar directory /nonexistent/heze-calendars (ENOENT)');
  });

  it('the launcher prints the warning when the next year is missing (before it starts anything)', async () => {
    const dir = calendarDir({ [`cn-${year}.json`]: yearFile(year) });
    // A busy API port makes the launcher stop right after its checks, so nothing is started here.
    const srv = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    try {
      const port = (srv.address() as net.AddressInfo).port;
      const r = node('dist/apps/launcher/main.js', { DATABASE_URL: inject('databaseUrl'), TEMPORAL_ADDRESS: inject('temporalAddress'), CALENDAR_DIR: dir, HEZE_DATA_DIR: dir, API_PORT: String(port) });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`[start] warning: the working-day calendar has no ${year + 1} (loaded: ${year}, from ${dir})`);
      expect(r.stdout).toContain(`add cn-${year + 1}.json from the State Council's holiday notice and restart`);
    } finally {
      srv.close();
    }
  });
});

describe('study leave when the calendar lacks a year (wage.leave-escalation)', () => {
  // The worker and the first API hold only the current year: they start, and warn about the next one.
  const system = new TestSystem({ CALENDAR_DIR: calendarDir({ [`cn-${year}.json`]: yearFile(year) }) });
  // A second and third API hold only the year before: every deadline from today needs a missing year.
  const onlyLastYear = calendarDir({ [`cn-${year - 1}.json`]: yearFile(year - 1) });
  const extra: Proc[] = [];
  let parties: Awaited<ReturnType<typeof createParties>>;
  let drive: JourneyDriver;
  let refusing = '';
  let fallingBack = '';

  const startApi = async (env: Record<string, string>) => {
    const port = await freePort();
    extra.push(await launch('dist/apps/api/src/main.js', { ...system.env, ...env, API_PORT: String(port) }, /listening on/, 'api'));
    return `http://127.0.0.1:${port}`;
  };

  beforeAll(async () => {
    parties = await createParties(['employer', 'training-institution', 'evaluation-organisation', 'social-insurance-agency', 'labour-inspection']);
    await Promise.all([system.startWorker(), system.startApi()]);
    [refusing, fallingBack] = await Promise.all([startApi({ CALENDAR_DIR: onlyLastYear }), startApi({ CALENDAR_DIR: onlyLastYear, CALENDAR_MISSING_YEAR: 'weekdays' })]);
    drive = new JourneyDriver(system, parties);
  });
  afterAll(async () => {
    for (const p of extra) await stopProc(p);
    await system.stop();
  });

  it('the worker and the API log the warning when the next year is missing', () => {
    for (const p of [system.worker!, system.api!]) {
      expect(p.output()).toMatch(new RegExp(`\\[(worker|api)\\] warning: the working-day calendar has no ${year + 1} \\(loaded: ${year}, from `));
      expect(p.output()).toContain(`deadlines that fall in ${year + 1} are refused`);
    }
    expect(extra[0].output()).toContain(`[api] warning: the working-day calendar has no ${year} and ${year + 1} (loaded: ${year - 1},`);
  });

  it('a request whose escalation deadline needs a missing year is refused with a 503 naming it, and nothing is started', async () => {
    const journeyId = await drive.open({ projectId: null });
    const from = addDays(today, 7);
    const res = await http(refusing, 'POST', `/journeys/${journeyId}/study-leave`, { key: parties.employer.key, body: { from, to: addDays(from, 4), purpose: 'training' } });
    expect(res.status, JSON.stringify(res.body)).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, rule: 'wage.leave-escalation', missingCalendarYear: year });
    expect(res.body.message).toContain(`falls in ${year}, which the working-day calendar does not hold; nothing was started`);
    expect(res.body.message).toContain(`add cn-${year}.json`);
    expect(res.body.message).toContain('CALENDAR_MISSING_YEAR=weekdays');
    // No workflow was started: the leave does not exist.
    const leave = await drive.step('GET', `/study-leaves/${studyLeaveWorkflowId(journeyId, from)}`, 'employer', undefined, 404);
    expect(leave.statusCode).toBe(404);
  });

  it('with CALENDAR_MISSING_YEAR=weekdays the same request is accepted and its deadline counts Monday to Friday', async () => {
    const journeyId = await drive.open({ projectId: null });
    const res = await http(fallingBack, 'POST', `/journeys/${journeyId}/study-leave`, { key: parties.employer.key, body: { from: addDays(today, 7), to: addDays(today, 11), purpose: 'training' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.view.state).toBe('requested');
    // The deadline the workflow uses is the one the API computed (it enters the process projection).
    const expected = addWorkingDays(today, 5, buildCalendar([], 'weekdays'));
    const ds = await openDatabase({ type: 'postgres', url: inject('databaseUrl') }, { migrate: false });
    try {
      const row = await waitFor(
        () => ds.getRepository(ProcessProjection).findOne({ where: { workflowId: res.body.leaveId } }),
        (r) => r !== null,
        'the study-leave projection',
        30_000,
      );
      expect(JSON.parse(row!.detail).escalationDeadline).toBe(expected);
    } finally {
      await ds.destroy();
    }
  });
});
