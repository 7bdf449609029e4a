/**
 * Issue 17 statistics over HTTP on the real servers, in a database of this file's own (the figures count
 * every row): six journeys through several stages (certified and paid; a retake, certified, claim refused
 * by subsidy.enterprise-employee; a failed level-3 sitting 40 days before its result; enrolled with a
 * study leave whose wage shortfall is back-paid; applied; withdrawn), then every figure asserted exactly,
 * the journeys behind figures, the roles (an employer and an evaluation organisation: 403), the CSV.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResidentId } from '@heze/rules';
import { eligibleProfile, JourneyDriver, waitFor } from '../support/journey-driver';
import { dropOwnDatabase, ownDatabase, partiesIn } from '../support/own-database';
import { TestSystem } from '../support/system';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const idIn = (area: string) => makeResidentId(`${area}19850301${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`);

describe('statistics (issue 17): figures from the projections, each drillable to its journeys', () => {
  let url: string;
  let system: TestSystem;
  let parties: Awaited<ReturnType<typeof partiesIn>>;
  let drive: JourneyDriver;
  const j: Record<string, string> = {};
  let figures: any;

  beforeAll(async () => {
    url = await ownDatabase('heze_statistics');
    system = new TestSystem({ DATABASE_URL: url });
    parties = await partiesIn(url, [
      'employer',
      'training-institution',
      'evaluation-organisation',
      'evaluation-organisation',
      'social-insurance-agency',
      'auditor',
      'auditor',
      'labour-inspection',
      'admin',
    ]);
    // The worker migrates nothing new (ownDatabase did); started one after the other all the same.
    await system.startWorker();
    await system.startApi();
    drive = new JourneyDriver(system, parties);

    // A: level 4, certified (sat today), claim approved and paid → closed.
    j.A = await drive.open({ residentId: idIn('371702') });
    const certA = `S-A-${randomUUID().slice(0, 6)}`;
    await drive.certified(j.A, certA);
    await drive.claim(j.A);
    const claimA = drive.claimId(j.A, certA);
    expect((await drive.claimView(claimA)).state).toBe('paymentInstructed');
    await drive.step('POST', `/claims/${claimA}/payment-confirmation`, 'social-insurance-agency', { paidOn: today() });

    // B: level 4, failed then passed (a retake), certified; not an enterprise employee → claim refused, closed.
    j.B = await drive.open({ residentId: idIn('371702'), enterpriseEmployee: false });
    await drive.trainingCompleted(j.B);
    await drive.register(j.B);
    expect((await drive.result(j.B, false)).state).toBe('failed');
    expect((await drive.register(j.B)).state).toBe('registered');
    expect((await drive.result(j.B, true)).state).toBe('passed');
    const certB = `S-B-${randomUUID().slice(0, 6)}`;
    await drive.certify(j.B, certB);
    await drive.claim(j.B);
    expect((await drive.claimView(drive.claimId(j.B, certB))).state).toBe('refused');

    // C: level 3, no project, registered with the second evaluation organisation, sat 40 days ago, failed today.
    j.C = await drive.open({ residentId: idIn('371721'), targetLevel: 3, projectId: null });
    await drive.trainingCompleted(j.C, daysAgo(50));
    await drive.step('POST', `/journeys/${j.C}/evaluation-registration`, 'evaluation-organisation-2', { profile: eligibleProfile() });
    expect((await drive.step('POST', `/journeys/${j.C}/results`, 'evaluation-organisation-2', { passed: false, score: 40, sittingDates: [daysAgo(40)] })).state).toBe('failed');

    // D: enrolled; a study leave answered at once; a wage shortfall of ¥310 back-paid in two parts.
    j.D = await drive.open({ residentId: idIn('371702'), agreedPay: { monthlyWage: 6200, benefits: { meal: 310 } } });
    await drive.step('POST', `/journeys/${j.D}/enrolment`, 'training-institution');
    const { leaveId } = await drive.step('POST', `/journeys/${j.D}/study-leave`, 'employer', { from: '2026-12-01', to: '2026-12-31', purpose: 'both' }, 201);
    await drive.step('POST', `/study-leaves/${leaveId}/decision`, 'employer', { approved: true });
    await waitFor(() => system.http('GET', `/study-leaves/${leaveId}/wage-protection`, { key: parties.employer.key }), (r) => r.status === 200, 'wage protection started');
    const short = await drive.step('POST', `/study-leaves/${leaveId}/payroll`, 'employer', { id: 'pay-dec', periodStart: '2026-12-01', periodEnd: '2027-01-01', wage: 6200, benefits: { meal: 0 } });
    expect(short.state).toBe('violation');
    await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 100 });
    expect((await drive.step('POST', `/study-leaves/${leaveId}/back-pay`, 'employer', { component: 'meal', amount: 210 })).state).toBe('monitoring');

    // E: applied only. F: enrolled, then withdrawn.
    j.E = await drive.open({ residentId: idIn('371728') });
    j.F = await drive.open({ residentId: idIn('371723') });
    await drive.step('POST', `/journeys/${j.F}/enrolment`, 'training-institution');
    await drive.step('POST', `/journeys/${j.F}/withdrawal`, 'employer', { reason: 'changed employer' });

    // The projections settle after the answers: wait for the last writes (journeys closed, the incentive withdrawn).
    for (const id of [j.A, j.B]) await waitFor(() => drive.journey(id), (v) => v.state === 'closed', `journey ${id} closed`);
    await waitFor(
      () => system.http('GET', `/projects/${parties.projectId}/incentive`, { key: parties.auditor.key }),
      (r) => r.status === 200 && r.body.state === 'withdrawn',
      'incentive withdrawn',
    );
    figures = (
      await waitFor(
        () => system.http('GET', '/statistics', { key: parties.auditor.key }),
        (r) => r.status === 200 && r.body.incentive.withdrawn === 1 && r.body.wageProtection.violations.closed === 1 && r.body.subsidy.totals.paid === 1,
        'figures settled',
      )
    ).body;
  }, 240_000);

  afterAll(async () => {
    if (process.env.STATISTICS_DEBUG) console.log(system?.api?.output().slice(-6000), system?.worker?.output().slice(-6000));
    await system?.stop();
    if (url) await dropOwnDatabase(url);
  });

  /** The journey ids behind a figure's link. */
  const behind = async (link: string, role = 'labour-inspection') => {
    const res = await system.http('GET', link, { key: parties[role].key });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.total).toBe(res.body.items.length);
    return res.body.items.map((i: { journeyId: string }) => i.journeyId).sort();
  };
  const ids = (...names: string[]) => names.map((n) => j[n]).sort();
  const month = today().slice(0, 7);
  const year = Number(today().slice(0, 4));

  it('specialists by state, stage reached, level, county (the resident ID area code), project and contractor, month', async () => {
    const s = figures.specialists;
    expect(s.total).toBe(6);
    const counts = (groups: Array<{ key: string; count: number }>) => Object.fromEntries(groups.map((g) => [g.key, g.count]));
    expect(counts(s.byState)).toEqual({ applied: 1, closed: 2, enrolled: 1, failed: 1, withdrawn: 1 });
    expect(counts(s.reached)).toEqual({ applied: 6, enrolled: 5, trained: 3, registered: 3, result: 3, certified: 2, closed: 2, withdrawn: 1 });
    expect(counts(s.byLevel)).toEqual({ '4': 5, '3': 1 });
    expect(counts(s.byCounty)).toEqual({ '371702': 3, '371721': 1, '371728': 1, '371723': 1 });
    const employer = parties.employer.organisationId;
    expect(s.byProject.map((p: any) => [p.projectId, p.contractorId, p.count, p.certified])).toEqual([
      [parties.projectId, employer, 5, 2],
      [null, employer, 1, 0],
    ]);
    expect(s.byMonth).toEqual([{ month, applied: 6, certified: 2, journeys: { applied: `/statistics/journeys?month=${month}`, certified: `/statistics/journeys?certifiedMonth=${month}` } }]);
    // Drill-down: the journeys behind a figure are exactly those it counts.
    expect(await behind(s.byCounty.find((g: any) => g.key === '371702').journeys)).toEqual(ids('A', 'B', 'D'));
    expect(await behind(s.reached.find((g: any) => g.key === 'trained').journeys)).toEqual(ids('A', 'B', 'C'));
    expect(await behind(s.byState.find((g: any) => g.key === 'withdrawn').journeys)).toEqual(ids('F'));
    expect(await behind(s.byProject[1].journeys)).toEqual(ids('C'));
    expect(await behind(s.byMonth[0].journeys.certified)).toEqual(ids('A', 'B'));
    // Only the area code is kept, never the ID; the list shows the masked ID.
    const list = await system.http('GET', '/statistics/journeys?county=371721', { key: parties.admin.key });
    expect(list.body.items).toEqual([expect.objectContaining({ journeyId: j.C, countyCode: '371721', person: expect.stringMatching(/^3717\*{10}\w{4}$/), targetLevel: 3, state: 'failed', resultPassed: false, lastSittingOn: daysAgo(40) })]);
  });

  it('pass rate per level and per evaluation organisation, sittings and retakes', async () => {
    const e = figures.evaluation;
    const row = (r: any) => [r.key, r.candidates, r.passed, r.failed, r.passRate, r.sittings, r.retakes];
    expect(e.byLevel.map(row)).toEqual([
      ['4', 2, 2, 0, 1, 3, 1],
      ['3', 1, 0, 1, 0, 1, 0],
    ]);
    expect(e.byOrganisation.map(row).sort()).toEqual(
      [
        [parties['evaluation-organisation'].organisationId, 2, 2, 0, 1, 3, 1],
        [parties['evaluation-organisation-2'].organisationId, 1, 0, 1, 0, 1, 0],
      ].sort(),
    );
    expect(await behind(e.byLevel[0].journeys.retakes)).toEqual(ids('B'));
    expect(await behind(e.byLevel[1].journeys.failed)).toEqual(ids('C'));
    expect(await behind(e.byOrganisation.find((r: any) => r.key === parties['evaluation-organisation'].organisationId).journeys.passed)).toEqual(ids('A', 'B'));
  });

  it('time to certificate and sitting to result (median, p90 by nearest rank), working-day deadlines met and missed', async () => {
    const d = figures.durations;
    expect(d.applicationToCertificate).toMatchObject({ count: 2 });
    // Both certified within this run: well under a day.
    expect(d.applicationToCertificate.medianDays).toBeGreaterThanOrEqual(0);
    expect(d.applicationToCertificate.p90Days).toBeLessThan(0.1);
    // Sat today, today, 40 days ago: the median is 0 days, the 90th percentile 40.
    expect(d.sittingToResult).toEqual({ count: 3, medianDays: 0, p90Days: 40, journeys: '/statistics/journeys?durations=result' });
    const [result, leave] = d.deadlines;
    expect(result).toMatchObject({ id: 'result-within-working-days', workingDays: 10, met: 2, missed: 1, unknown: 0 });
    expect(leave).toMatchObject({ id: 'wage.leave-escalation', workingDays: 5, met: 1, missed: 0 });
    expect(await behind(result.journeys.missed)).toEqual(ids('C'));
    expect(await behind(result.journeys.met)).toEqual(ids('A', 'B'));
    expect(await behind(leave.journeys.met)).toEqual(ids('D'));
    expect(await behind(d.applicationToCertificate.journeys)).toEqual(ids('A', 'B'));
  });

  it('subsidy claims, approved, refused by rule id, paid amounts per year and agency', async () => {
    const s = figures.subsidy;
    expect(s.totals).toEqual({ claims: 2, approved: 1, refused: 1, paid: 1, approvedAmount: 1500, paidAmount: 1500 });
    const agency = parties['social-insurance-agency'].organisationId;
    expect(s.byYearAgency).toEqual([
      expect.objectContaining({ year, agencyId: agency, claims: 2, approved: 1, refused: 1, paid: 1, approvedAmount: 1500, paidAmount: 1500 }),
    ]);
    expect(s.refusedByRule).toEqual([{ rule: 'subsidy.enterprise-employee', count: 1, journeys: '/statistics/journeys?claim=refused&refusalRule=subsidy.enterprise-employee' }]);
    expect(await behind(s.refusedByRule[0].journeys)).toEqual(ids('B'));
    expect(await behind(s.byYearAgency[0].journeys.paid)).toEqual(ids('A'));
    expect(await behind(s.byYearAgency[0].journeys.claims)).toEqual(ids('A', 'B'));
  });

  it('wage protection opened and closed, owed and back-paid, days open; incentive granted and withdrawn', async () => {
    const w = figures.wageProtection;
    expect(w.processes).toMatchObject({ opened: 1, closed: 0 });
    expect(w.violations).toMatchObject({ opened: 1, closed: 1, open: 0, owedAmount: 310, backPaidAmount: 310, outstandingAmount: 0 });
    expect(w.violations.daysOpen.count).toBe(1);
    expect(w.violations.daysOpen.medianDays).toBeLessThan(0.1);
    expect(await behind(w.violations.journeys.closed)).toEqual(ids('D'));
    expect(await behind(w.processes.journeys.opened)).toEqual(ids('D'));
    expect(figures.incentive).toMatchObject({ granted: 1, blocked: 0, withdrawn: 1, byState: [{ key: 'withdrawn', count: 1, journeys: '/statistics/journeys?incentive=withdrawn' }] });
    // The incentive is the project's: the journeys behind it are the project's (C has none).
    expect(await behind(figures.incentive.journeys.withdrawn)).toEqual(ids('A', 'B', 'D', 'E', 'F'));
  });

  it('the programme office, auditors (a second one sees the same) and labour inspection only; anyone else 403; bad filters 400', async () => {
    for (const role of ['admin', 'auditor-2', 'labour-inspection']) {
      const res = await system.http('GET', '/statistics', { key: parties[role].key });
      expect(res.status, role).toBe(200);
      expect({ ...res.body, generatedAt: null }).toEqual({ ...figures, generatedAt: null });
    }
    for (const role of ['employer', 'evaluation-organisation', 'social-insurance-agency']) {
      for (const path of ['/statistics', '/statistics/figures.csv', `/statistics/journeys?county=371702`]) {
        expect((await system.http('GET', path, { key: parties[role].key })).status, `${role} ${path}`).toBe(403);
      }
    }
    expect((await system.http('GET', '/statistics')).status).toBe(401);
    const bad = await system.http('GET', '/statistics/journeys?county=3717', { key: parties.auditor.key });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('county');
    expect((await system.http('GET', '/statistics/journeys?colour=red', { key: parties.auditor.key })).status).toBe(400);
  });

  it('CSV: the same figures, one row each, with the link to their journeys', async () => {
    const res = await system.http('GET', '/statistics/figures.csv', { key: parties['labour-inspection'].key });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain('heze-statistics.csv');
    const lines = String(res.body).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,figure,key,value,journeys');
    expect(lines).toContain('specialists,total,,6,/statistics/journeys');
    expect(lines).toContain('specialists,by-county,371702,3,/statistics/journeys?county=371702');
    expect(lines).toContain('evaluation-by-level,retakes,4,1,/statistics/journeys?level=4&retake=true');
    expect(lines).toContain('durations,sitting-to-result-p90-days,,40,/statistics/journeys?durations=result');
    expect(lines).toContain('subsidy,refused-by-rule,subsidy.enterprise-employee,1,/statistics/journeys?claim=refused&refusalRule=subsidy.enterprise-employee');
    expect(lines).toContain(`subsidy,paid-amount-cny,${year} / ${parties['social-insurance-agency'].organisationId},1500,/statistics/journeys?claimYear=${year}&agency=${parties['social-insurance-agency'].organisationId}&claim=paid`);
    expect(lines).toContain('wage-protection,back-paid-cny,,310,/statistics/journeys?violation=opened');
    expect(lines).toContain('incentive,withdrawn,,1,/statistics/journeys?incentive=withdrawn');
  });
});
