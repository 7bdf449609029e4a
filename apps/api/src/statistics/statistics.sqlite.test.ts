import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyActivities } from '../../../../activities/journey-activities';
import { processActivities } from '../../../../activities/process-activities';
import { subsidyActivities } from '../../../../activities/subsidy-activities';
import type { JourneyProjectionRow } from '../../../../activities/journey-activities';
import { JourneyProjection, openDatabase, PersonRecord, ProcessProjection } from '@heze/persistence';
import { buildCalendar } from '@heze/rules';
import { StatisticsService } from './statistics.service';

/**
 * The embedded default (issue 17): the projection activities stamp the stages and the statistics
 * answer on SQLite with the same SQL as on PostgreSQL (the e2e test covers PostgreSQL).
 */
describe('statistics on SQLite: stage stamps written by the activities, figures and drill-down', () => {
  let ds: DataSource;
  let dir: string;
  const base: Omit<JourneyProjectionRow, 'state' | 'cause' | 'version' | 'at'> = {
    journeyId: 'j1',
    personKey: 'pk1',
    personMasked: '3717**********1234',
    targetLevel: 4,
    attempts: 0,
    employerId: 'EMP',
    projectId: 'PRJ',
    trainingInstitutionId: 'TI',
    evaluationOrganisationId: null,
    agencyId: null,
    certificateNumber: null,
    closedReason: null,
    actor: null,
    facts: null,
    agreedPay: null,
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heze-statistics-'));
    ds = await openDatabase({ type: 'sqlite', file: path.join(dir, 'heze.sqlite') });
    await ds.getRepository(PersonRecord).insert({
      personKey: 'pk1',
      residentId: '371702198503011234',
      masked: '3717**********1234',
      name: 'n',
      birthDate: '1985-03-01',
      employerId: 'EMP',
      insuredWithAgencyId: null,
      enterpriseEmployee: true,
      agreedMonthlyWageFen: null,
      agreedBenefits: '{}',
      unemploymentInsuredSince: null,
      createdAt: '2026-11-01T00:00:00Z',
    });
    const journeys = journeyActivities(ds);
    const steps: Array<[string, string, string, Partial<JourneyProjectionRow>]> = [
      ['applied', 'xstate.init', '2026-11-01T08:00:00Z', {}],
      ['enrolled', 'enrol', '2026-11-02T08:00:00Z', {}],
      ['trainingCompleted', 'completeTraining', '2026-11-03T08:00:00Z', {}],
      ['registered', 'eligibility.confirmed', '2026-11-04T08:00:00Z', { evaluationOrganisationId: 'EO' }],
      ['failed', 'postResult', '2026-11-06T08:00:00Z', { evaluationOrganisationId: 'EO', attempts: 1, lastResult: { passed: false, lastSittingOn: '2026-11-05' } }],
      ['registered', 'eligibility.confirmed', '2026-11-09T08:00:00Z', { evaluationOrganisationId: 'EO', attempts: 1 }],
      // Sat on Friday 2026-11-13, result on Monday 2026-11-30: 11 working days after the sitting (deadline 10: missed).
      ['passed', 'postResult', '2026-11-30T08:00:00Z', { evaluationOrganisationId: 'EO', attempts: 2, lastResult: { passed: true, lastSittingOn: '2026-11-13' } }],
      ['certified', 'issueCertificate', '2026-12-01T08:00:00Z', { evaluationOrganisationId: 'EO', attempts: 2, lastResult: { passed: true, lastSittingOn: '2026-11-13' }, certificateIssuedOn: '2026-12-01', certificateNumber: 'C-1' }],
    ];
    let version = 0;
    for (const [state, cause, at, extra] of steps) await journeys.projectJourney({ ...base, ...extra, state: state as never, cause, at, version: ++version });
    // A retried, late write of an old transition changes no stamp.
    await journeys.projectJourney({ ...base, state: 'enrolled', cause: 'enrol', at: '2026-12-02T09:00:00Z', version: 2 });
    const processes = processActivities(ds);
    await processes.projectProcess({ workflowId: 'j1-leave-2026-11-02', kind: 'study-leave', journeyId: 'j1', state: 'requested', ownerId: 'EMP', version: 1, detail: {}, at: '2026-11-02T09:00:00Z' });
    await processes.projectProcess({ workflowId: 'j1-leave-2026-11-02', kind: 'study-leave', journeyId: 'j1', state: 'escalated', ownerId: 'EMP', version: 2, detail: {}, at: '2026-11-10T09:00:00Z' });
    await processes.projectProcess({ workflowId: 'j1-leave-2026-11-02', kind: 'study-leave', journeyId: 'j1', state: 'approved', ownerId: 'EMP', version: 3, detail: {}, at: '2026-11-11T09:00:00Z' });
    await processes.projectProcess({ workflowId: 'project-PRJ', kind: 'project-incentive', journeyId: null, state: 'granted', ownerId: 'EMP', version: 1, detail: { projectId: 'PRJ' }, at: '2026-12-01T09:00:00Z' });
    const claims = subsidyActivities(ds, {} as never);
    const claim = { claimId: 'j1-claim', personKey: 'pk1', journeyId: 'j1', agencyId: 'SIA', certificateNumber: 'C-1', level: 4, cause: 'subsidy.refused', actor: null, employerId: 'EMP', view: {} as never };
    await claims.projectSubsidyClaim({ ...claim, state: 'refused', amount: null, year: null, failingRules: ['subsidy.once-per-year', 'subsidy.insured-12-months'], version: 2, at: '2026-12-02T10:00:00Z' });
    await ds.getRepository(JourneyProjection).insert({ ...base, journeyId: 'j2', personKey: 'pk2', targetLevel: 3, state: 'applied', projectId: null, version: 1, summary: '{}', openedAt: '2026-12-02T00:00:00Z', updatedAt: '2026-12-02T00:00:00Z' } as never);
  });

  afterAll(async () => {
    await ds?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the activities stamp each stage once, the latest result, the county code (not the ID), the claim figures', async () => {
    const j = await ds.getRepository(JourneyProjection).findOneByOrFail({ journeyId: 'j1' });
    expect(j).toMatchObject({
      openedAt: '2026-11-01T08:00:00Z',
      enrolledAt: '2026-11-02T08:00:00Z',
      trainedAt: '2026-11-03T08:00:00Z',
      registeredAt: '2026-11-04T08:00:00Z',
      resultAt: '2026-11-30T08:00:00Z',
      lastSittingOn: '2026-11-13',
      resultPassed: true,
      certifiedAt: '2026-12-01T08:00:00Z',
      certificateIssuedOn: '2026-12-01',
      countyCode: '371702',
      closedAt: null,
      state: 'certified',
    });
    const leave = await ds.getRepository(ProcessProjection).findOneByOrFail({ workflowId: 'j1-leave-2026-11-02' });
    expect(leave).toMatchObject({ openedAt: '2026-11-02T09:00:00Z', escalatedAt: '2026-11-10T09:00:00Z', closedAt: null, state: 'approved' });
    const c = await ds.getRepository(ProcessProjection).findOneByOrFail({ workflowId: 'j1-claim' });
    expect(c).toMatchObject({ year: 2026, amountFen: null, refusalRules: ',subsidy.once-per-year,subsidy.insured-12-months,', closedAt: '2026-12-02T10:00:00Z' });
  });

  it('the figures and their journeys, with the working-day calendar (Monday to Friday here)', async () => {
    const stats = new StatisticsService(ds, buildCalendar([], 'weekdays'));
    const f = await stats.figures();
    expect(f.database).toBe('sqlite');
    expect(f.specialists.total).toBe(2);
    expect(f.specialists.byCounty.map((g) => [g.key, g.count])).toEqual([
      ['371702', 1],
      ['none', 1],
    ]);
    expect(f.evaluation.byLevel).toEqual([expect.objectContaining({ key: '4', candidates: 1, passed: 1, passRate: 1, sittings: 2, retakes: 1 })]);
    expect(f.durations.applicationToCertificate).toMatchObject({ count: 1, medianDays: 30, p90Days: 30 });
    expect(f.durations.sittingToResult).toMatchObject({ count: 1, medianDays: 17, p90Days: 17 });
    expect(f.durations.deadlines.map((d) => [d.id, d.met, d.missed])).toEqual([
      ['result-within-working-days', 0, 1],
      ['wage.leave-escalation', 0, 1],
    ]);
    expect(f.subsidy.refusedByRule.map((r) => [r.rule, r.count])).toEqual([
      ['subsidy.insured-12-months', 1],
      ['subsidy.once-per-year', 1],
    ]);
    expect(f.incentive).toMatchObject({ granted: 1, blocked: 0, withdrawn: 0 });
    const ids = async (q: Parameters<StatisticsService['journeys']>[0]) => (await stats.journeys(q)).items.map((i) => i.journeyId);
    const page = { page: 1, pageSize: 50 };
    expect(await ids({ ...page, resultDeadline: 'missed' })).toEqual(['j1']);
    expect(await ids({ ...page, resultDeadline: 'met' })).toEqual([]);
    expect(await ids({ ...page, county: 'none' })).toEqual(['j2']);
    expect(await ids({ ...page, refusalRule: 'subsidy.once-per-year', claim: 'refused' })).toEqual(['j1']);
    expect(await ids({ ...page, leaveDeadline: 'missed' })).toEqual(['j1']);
    expect(await ids({ ...page, incentive: 'granted' })).toEqual(['j1']);
    expect(await ids({ ...page, result: 'passed', retake: 'true' })).toEqual(['j1']);
  });
});
