/**
 * Boundary tests for every clause of RULES.md §3, L5-1 … L1-3: the day before and the day of each
 * anniversary. Start dates are chosen so that the month before the anniversary has at most 30
 * days; there the leftover on the day before is at most 29 and the service formula agrees with the
 * anniversary (the 30-day quirk is tested on its own below).
 */
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, makeResidentId, type EligibilityProfile } from '../src';
import { clauseIn, clauseOn, profile } from './helpers';

const ongoingSince = (start: string, occupation: 'this' | 'related' | 'other' = 'this') => [{ start, occupation }];

/** Asserts the clause fails on `dayBefore` (holdsOn = `day`) and holds on `day`. */
function expectBoundary(p: EligibilityProfile, id: string, dayBefore: string, day: string) {
  const before = clauseOn(p, dayBefore, id);
  expect(before.holds, `${id} on ${dayBefore}`).toBe(false);
  expect(before.failing?.holdsOn).toBe(day);
  expect(clauseOn(p, day, id).holds, `${id} on ${day}`).toBe(true);
}

describe('level 5', () => {
  const base = profile({ evaluationDate: '2026-06-15', birthDate: '2010-06-15' });

  it('L5-1: age 16 on the 16th birthday, not the day before; needs the stated intention', () => {
    expectBoundary({ ...base, intendsToWorkInOccupation: true }, 'L5-1', '2026-06-14', '2026-06-15');
    const none = clauseOn(base, '2026-06-15', 'L5-1');
    expect(none).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(none.failing?.reason).toContain('no stated intention');
  });

  it('L5-1: birth date read from idNumber when birthDate is absent', () => {
    // region 371702, born 2010-06-15, sequence 123, check character appended by makeResidentId
    const { birthDate: _b, ...rest } = base;
    const p = { ...rest, idNumber: makeResidentId('37170220100615123'), intendsToWorkInOccupation: true };
    expect(clauseOn(p, '2026-06-14', 'L5-1').holds).toBe(false);
    expect(clauseOn(p, '2026-06-15', 'L5-1').holds).toBe(true);
  });

  it('L5-2: age 16 and a work period in this or a related occupation covering the date', () => {
    expectBoundary({ ...base, workPeriods: ongoingSince('2026-01-01', 'related') }, 'L5-2', '2026-06-14', '2026-06-15');
  });

  it("L5-2: 'other' occupation is ignored, and a period ending on the date (half-open) does not cover it", () => {
    expect(clauseOn({ ...base, workPeriods: ongoingSince('2026-01-01', 'other') }, '2026-07-01', 'L5-2')).toMatchObject({
      holds: false,
      failing: { holdsOn: null },
    });
    const ended = { ...base, workPeriods: [{ start: '2026-01-01', end: '2026-07-01', occupation: 'this' as const }] };
    expect(clauseOn(ended, '2026-06-30', 'L5-2').holds).toBe(true);
    expect(clauseOn(ended, '2026-07-01', 'L5-2').holds).toBe(false);
  });

  it('level 5 eligible is computed although it is not offered', () => {
    const a = evaluateEligibility({ ...base, intendsToWorkInOccupation: true });
    expect(a.levels[0]).toMatchObject({ level: 5, offered: false, eligible: true, satisfiedClauses: ['L5-1'] });
  });
});

describe('level 4', () => {
  it('L4-1: cumulative service of 5 years on the 5th anniversary, not the day before', () => {
    // [2020-03-15, 2025-03-14) = 59 months + 27 days → 59; [.., 2025-03-15) = 60
    expectBoundary(profile({ evaluationDate: '2025-03-15', workPeriods: ongoingSince('2020-03-15') }), 'L4-1', '2025-03-14', '2025-03-15');
  });

  it("L4-1: 'other' occupation periods are ignored", () => {
    const p = profile({
      evaluationDate: '2025-03-15',
      workPeriods: [{ start: '2010-01-01', end: '2020-03-15', occupation: 'other' }, ...ongoingSince('2020-03-15', 'related')],
    });
    expectBoundary(p, 'L4-1', '2025-03-14', '2025-03-15');
  });

  it('L4-1: adjacent periods are merged first (apart they would reach 60 months a day early)', () => {
    // see service.test: apart 26m21d + 33m9d = 60 on 2020-03-19; merged 59m28d → 59
    const p = profile({
      evaluationDate: '2020-03-20',
      workPeriods: [{ start: '2015-03-20', end: '2017-06-10', occupation: 'this' }, ...ongoingSince('2017-06-10', 'related')],
    });
    expectBoundary(p, 'L4-1', '2020-03-19', '2020-03-20');
  });

  it('L4-1: overlapping periods count once', () => {
    const p = profile({
      evaluationDate: '2020-03-20',
      workPeriods: [{ start: '2015-03-20', end: '2019-01-01', occupation: 'this' }, ...ongoingSince('2017-06-01', 'related')],
    });
    expectBoundary(p, 'L4-1', '2020-03-19', '2020-03-20');
  });

  it('L4-2: 3 years of service after the level-5 certificate, counted from its date only', () => {
    const p = profile({
      evaluationDate: '2024-03-15',
      workPeriods: ongoingSince('2015-01-01'),
      certificates: [{ level: 5, issued: '2021-03-15', occupation: 'related' }],
    });
    expectBoundary(p, 'L4-2', '2024-03-14', '2024-03-15');
    expect(clauseOn(p, '2024-03-14', 'L4-2').failing?.reason).toBe(
      '2 years 11 months of service after the level-5 certificate of 2021-03-15; 3 years needed',
    );
  });

  it('L4-2: a higher certificate does not stand in for level 5 (exact level k only)', () => {
    const p = profile({
      evaluationDate: '2026-01-01',
      workPeriods: ongoingSince('2015-01-01'),
      certificates: [{ level: 4, issued: '2016-01-01', occupation: 'this' }],
    });
    expect(clauseOn(p, '2026-01-01', 'L4-2')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });

  const diploma = (over: Partial<NonNullable<EligibilityProfile['diplomas']>[number]> = {}) => ({
    institution: 'university' as const,
    major: 'related' as const,
    status: 'graduated' as const,
    date: '2020-07-01',
    ...over,
  });

  it('L4-3: a graduated diploma in a related major holds from its date; dated after the evaluation date it is not held', () => {
    const p = profile({ evaluationDate: '2020-07-01', diplomas: [diploma()] });
    expect(clauseOn(p, '2020-07-01', 'L4-3').holds).toBe(true);
    // on 2020-06-30 the diploma is dated later: not held, and time alone never brings it
    expect(clauseOn(p, '2020-06-30', 'L4-3')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });

  it('L4-3: graduating counts (含在读应届毕业生), enrolled does not', () => {
    const on = (d: ReturnType<typeof diploma>) => clauseOn(profile({ evaluationDate: '2026-01-01', diplomas: [d] }), '2026-01-01', 'L4-3');
    expect(on(diploma({ status: 'graduating', date: undefined, institution: 'secondary-vocational' })).holds).toBe(true);
    expect(on(diploma({ status: 'enrolled', date: undefined })).holds).toBe(false);
    expect(on(diploma({ major: 'other' })).holds).toBe(false);
    expect(on(diploma({ institution: 'technical-school', major: 'this' })).holds).toBe(true);
  });
});

describe('level 3', () => {
  it('L3-1: 10 years of cumulative service (leftover 29 days the day before: 119 months)', () => {
    // [2010-05-10, 2020-05-09) = 119 months (to 2020-04-10) + 29 days → 119
    expectBoundary(profile({ evaluationDate: '2020-05-10', workPeriods: ongoingSince('2010-05-10') }), 'L3-1', '2020-05-09', '2020-05-10');
  });

  it('L3-2: 4 years after the level-4 certificate', () => {
    const p = profile({
      evaluationDate: '2024-07-01',
      workPeriods: ongoingSince('2015-01-01'),
      certificates: [{ level: 4, issued: '2020-07-01', occupation: 'this' }],
    });
    expectBoundary(p, 'L3-2', '2024-06-30', '2024-07-01');
    expect(clauseOn(p, '2024-06-30', 'L3-2').failing?.reason).toBe(
      '3 years 11 months of service after the level-4 certificate of 2020-07-01; 4 years needed',
    );
  });

  it('L3-2: a level-4 certificate dated after the evaluation date is not held', () => {
    const p = profile({
      evaluationDate: '2024-07-01',
      workPeriods: ongoingSince('2010-01-01'),
      certificates: [{ level: 4, issued: '2024-07-02', occupation: 'this' }],
    });
    const c = clauseOn(p, '2024-07-01', 'L3-2');
    expect(c).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(c.failing?.reason).toContain('dated after the evaluation date');
  });

  it('L3-3: 1 year after a junior title with corresponding major', () => {
    const p = profile({
      evaluationDate: '2024-10-20',
      workPeriods: ongoingSince('2015-01-01'),
      titles: [{ grade: 'junior', majorCorresponds: true, obtained: '2023-10-20' }],
    });
    expectBoundary(p, 'L3-3', '2024-10-19', '2024-10-20');
    const noMatch = { ...p, titles: [{ grade: 'junior' as const, majorCorresponds: false, obtained: '2020-01-01' }] };
    expect(clauseOn(noMatch, '2024-10-20', 'L3-3')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    const higher = { ...p, titles: [{ grade: 'intermediate' as const, majorCorresponds: true, obtained: '2020-01-01' }] };
    expect(clauseOn(higher, '2024-10-20', 'L3-3').holds).toBe(false); // a higher title does not stand in
  });

  it('L3-3: leftover days summing to 29 fail, to 30 hold', () => {
    const p = (secondEnd: string) =>
      profile({
        evaluationDate: '2021-01-01',
        titles: [{ grade: 'junior', majorCorresponds: true, obtained: '2019-01-01' }],
        workPeriods: [
          { start: '2019-01-01', end: '2019-12-01', occupation: 'this' }, // 11 months
          { start: '2020-01-01', end: '2020-01-16', occupation: 'this' }, // 15 days
          { start: '2020-03-01', end: secondEnd, occupation: 'related' },
        ],
      });
    expect(clauseIn(evaluateEligibility(p('2020-03-15')), 'L3-3').holds).toBe(false); // 15 + 14 = 29
    expect(clauseIn(evaluateEligibility(p('2020-03-16')), 'L3-3').holds).toBe(true); // 15 + 15 = 30
  });

  it('L3-3: a 31 Jan start clamps to 31 Dec, and 30 leftover days count: holds on 30 Jan (the rule)', () => {
    // [2023-01-31, 2024-01-30) = 11 months (to 2023-12-31) + 30 days → 12; [.., 2024-01-29) = 11 months + 29 days
    const p = profile({
      evaluationDate: '2024-01-31',
      workPeriods: ongoingSince('2020-01-01'),
      titles: [{ grade: 'junior', majorCorresponds: true, obtained: '2023-01-31' }],
    });
    expectBoundary(p, 'L3-3', '2024-01-29', '2024-01-30');
  });

  const techSchool = (over: Record<string, unknown>) =>
    profile({
      evaluationDate: '2026-01-01',
      diplomas: [{ institution: 'technical-school', class: 'senior-worker', major: 'this', status: 'graduated', date: '2025-07-01', ...over }],
    } as EligibilityProfile);

  it("L3-4: technical school's senior-worker class or above, graduated or graduating", () => {
    expect(clauseIn(evaluateEligibility(techSchool({})), 'L3-4').holds).toBe(true);
    expect(clauseIn(evaluateEligibility(techSchool({ class: 'technician', institution: 'technician-college' })), 'L3-4').holds).toBe(true);
    expect(clauseIn(evaluateEligibility(techSchool({ status: 'graduating', date: undefined })), 'L3-4').holds).toBe(true);
    expect(clauseIn(evaluateEligibility(techSchool({ status: 'enrolled', date: undefined })), 'L3-4').holds).toBe(false);
    expect(clauseIn(evaluateEligibility(techSchool({ class: 'ordinary' })), 'L3-4').holds).toBe(false);
    expect(clauseIn(evaluateEligibility(techSchool({ class: undefined })), 'L3-4').holds).toBe(false);
    expect(clauseIn(evaluateEligibility(techSchool({ institution: 'higher-vocational' })), 'L3-4').holds).toBe(false);
  });

  const l35 = (certIssued: string | null, diploma: boolean) =>
    profile({
      evaluationDate: '2026-01-01',
      certificates: certIssued ? [{ level: 4, issued: certIssued, occupation: 'this' }] : [],
      diplomas: diploma ? [{ institution: 'higher-vocational', major: 'this', status: 'graduating' }] : [],
    });

  it('L3-5: level-4 certificate AND higher-vocational/university diploma; either alone fails and the reason says which', () => {
    expect(clauseIn(evaluateEligibility(l35('2025-12-31', true)), 'L3-5').holds).toBe(true);
    expect(clauseIn(evaluateEligibility(l35('2026-01-01', true)), 'L3-5').holds).toBe(true); // dated on the evaluation date: held
    const certOnly = clauseIn(evaluateEligibility(l35('2025-01-01', false)), 'L3-5');
    expect(certOnly).toMatchObject({ holds: false, failing: { holdsOn: null } });
    // the reason lists only the failing part
    expect(certOnly.failing?.reason).toMatch(/^no diploma/);
    expect(certOnly.failing?.reason).not.toContain('level-4 certificate');
    const diplomaOnly = clauseIn(evaluateEligibility(l35(null, true)), 'L3-5');
    expect(diplomaOnly.failing?.reason).toBe('no level-4 certificate in this or a related occupation');
    expect(clauseIn(evaluateEligibility(l35('2026-01-02', true)), 'L3-5').holds).toBe(false); // dated after
  });

  it('L3-6: only an assessed-and-validated higher vocational school or university', () => {
    const p = (assessed: boolean) =>
      profile({ evaluationDate: '2026-01-01', diplomas: [{ institution: 'university', major: 'related', status: 'graduating', assessed }] });
    expect(clauseIn(evaluateEligibility(p(true)), 'L3-6').holds).toBe(true);
    expect(clauseIn(evaluateEligibility(p(false)), 'L3-6').holds).toBe(false);
  });
});

describe('level 2', () => {
  it('L2-1: 5 years after the level-3 certificate', () => {
    const p = profile({
      evaluationDate: '2024-12-05',
      workPeriods: ongoingSince('2010-01-01'),
      certificates: [{ level: 3, issued: '2019-12-05', occupation: 'related' }],
    });
    expectBoundary(p, 'L2-1', '2024-12-04', '2024-12-05');
  });

  const l22 = (title: boolean, cert: boolean) =>
    profile({
      evaluationDate: '2023-07-01',
      workPeriods: ongoingSince('2010-01-01'),
      titles: title ? [{ grade: 'junior', majorCorresponds: true, obtained: '2018-03-15' }] : [],
      certificates: cert ? [{ level: 3, issued: '2022-07-01', occupation: 'this' }] : [],
    });

  it('L2-2: both parts needed; holds when the later part does (title 5 years on 2023-03-15, certificate 1 year on 2023-07-01)', () => {
    expectBoundary(l22(true, true), 'L2-2', '2023-06-30', '2023-07-01');
    expect(clauseOn(l22(true, true), '2023-01-10', 'L2-2').failing?.holdsOn).toBe('2023-07-01');
    // only the certificate part missing: the reason names it alone, not the holding title part
    const titleOnly = clauseOn(l22(true, false), '2023-07-01', 'L2-2');
    expect(titleOnly).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(titleOnly.failing?.reason).toBe('no level-3 certificate in this or a related occupation');
    expect(clauseOn(l22(false, true), '2024-07-01', 'L2-2')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });

  it('L2-3: 1 year after an intermediate title', () => {
    const p = profile({
      evaluationDate: '2025-05-20',
      workPeriods: ongoingSince('2020-01-01'),
      titles: [{ grade: 'intermediate', majorCorresponds: true, obtained: '2024-05-20' }],
    });
    expectBoundary(p, 'L2-3', '2025-05-19', '2025-05-20');
  });

  it('L2-3: a 29 Feb title reaches one year on 28 Feb (clamped anniversary)', () => {
    const p = profile({
      evaluationDate: '2025-02-28',
      workPeriods: ongoingSince('2020-01-01'),
      titles: [{ grade: 'intermediate', majorCorresponds: true, obtained: '2024-02-29' }],
    });
    expectBoundary(p, 'L2-3', '2025-02-27', '2025-02-28');
  });

  const l24 = (status: 'graduated' | 'graduating', cert = true) =>
    profile({
      evaluationDate: '2024-03-15',
      workPeriods: ongoingSince('2022-03-15'),
      certificates: cert ? [{ level: 3, issued: '2021-01-01', occupation: 'this' }] : [],
      diplomas: [{ institution: 'senior-technical-school', major: 'other', status, date: status === 'graduated' ? '2021-07-01' : undefined }],
    });

  it('L2-4: graduate of a senior technical school (any major) with a level-3 certificate and 2 years of cumulative service', () => {
    // [2022-03-15, 2024-03-14) = 23 months (to 2024-02-15) + 28 days → 23
    expectBoundary(l24('graduated'), 'L2-4', '2024-03-14', '2024-03-15');
  });

  it('L2-4: the reason lists only the failing parts, not the service or diploma that hold', () => {
    // 6 years 10 months of cumulative service and the diploma hold; only the certificate is missing
    const p = profile({
      evaluationDate: '2024-03-15',
      workPeriods: ongoingSince('2017-05-15'),
      diplomas: [{ institution: 'senior-technical-school', major: 'other', status: 'graduated', date: '2017-01-01' }],
    });
    const c = clauseOn(p, '2024-03-15', 'L2-4');
    expect(c).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(c.failing?.reason).toBe('no level-3 certificate in this or a related occupation');
    // two failing parts: both named, in the clause's order, the holding service still left out
    const noDiploma = clauseOn({ ...p, diplomas: [] }, '2024-03-15', 'L2-4');
    expect(noDiploma.failing?.reason).toBe(
      'no level-3 certificate in this or a related occupation; no graduated diploma (any major) of a senior technical school or technician college',
    );
  });

  it('L2-4: graduated only — a graduating student does not count; without the certificate it fails', () => {
    expect(clauseOn(l24('graduating'), '2025-01-01', 'L2-4')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(clauseOn(l24('graduated', false), '2025-01-01', 'L2-4')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });

  const l25 = (status: 'enrolled' | 'graduated', klass: 'technician' | 'pre-technician' | 'ordinary' = 'technician') =>
    profile({
      evaluationDate: '2025-10-10',
      certificates: [{ level: 3, issued: '2023-10-10', occupation: 'this' }],
      diplomas: [{ institution: 'technician-college', class: klass, major: 'other', status, date: status === 'graduated' ? '2024-07-01' : undefined }],
    });

  it("L2-5: an enrolled technician-class student who has held a level-3 certificate for 2 years (no work needed)", () => {
    // [2023-10-10, 2025-10-09) = 23 months (to 2025-09-10) + 29 days → 23
    expectBoundary(l25('enrolled'), 'L2-5', '2025-10-09', '2025-10-10');
    expectBoundary(l25('enrolled', 'pre-technician'), 'L2-5', '2025-10-09', '2025-10-10');
  });

  it('L2-5: only enrolled students of the pre-technician or technician class', () => {
    expect(clauseOn(l25('graduated'), '2026-01-01', 'L2-5')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(clauseOn(l25('enrolled', 'ordinary'), '2026-01-01', 'L2-5')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });
});

describe('level 1', () => {
  it('L1-1: 5 years after the level-2 certificate', () => {
    const p = profile({
      evaluationDate: '2024-07-25',
      workPeriods: ongoingSince('2010-01-01'),
      certificates: [{ level: 2, issued: '2019-07-25', occupation: 'this' }],
    });
    expectBoundary(p, 'L1-1', '2024-07-24', '2024-07-25');
  });

  const l12 = (title: boolean, cert: boolean) =>
    profile({
      evaluationDate: '2023-10-10',
      workPeriods: ongoingSince('2010-01-01'),
      titles: title ? [{ grade: 'intermediate', majorCorresponds: true, obtained: '2017-05-02' }] : [],
      certificates: cert ? [{ level: 2, issued: '2022-10-10', occupation: 'related' }] : [],
    });

  it('L1-2: intermediate title 5 years AND level-2 certificate 1 year; either alone fails', () => {
    expectBoundary(l12(true, true), 'L1-2', '2023-10-09', '2023-10-10');
    expect(clauseOn(l12(true, false), '2024-01-01', 'L1-2')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    const certOnly = clauseOn(l12(false, true), '2024-01-01', 'L1-2');
    expect(certOnly).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(certOnly.failing?.reason).toBe('no intermediate title with corresponding major dated on or before 2024-01-01');
  });

  it('L1-3: 1 year after a senior title', () => {
    const p = profile({
      evaluationDate: '2025-12-15',
      workPeriods: ongoingSince('2010-01-01'),
      titles: [{ grade: 'senior', majorCorresponds: true, obtained: '2024-12-15' }],
    });
    expectBoundary(p, 'L1-3', '2025-12-14', '2025-12-15');
  });
});

describe('time alone (holdsOn)', () => {
  it('service stops when no period keeps running: holdsOn is null', () => {
    const p = profile({ evaluationDate: '2026-01-01', workPeriods: [{ start: '2020-01-01', end: '2022-01-01', occupation: 'this' }] });
    expect(clauseOn(p, '2026-01-01', 'L4-1')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });

  it('a period with an end after the evaluation date counts only up to the evaluation date, then keeps running to its end', () => {
    const p = profile({ evaluationDate: '2024-03-15', workPeriods: [{ start: '2020-03-15', end: '2030-01-01', occupation: 'this' }] });
    const c = clauseOn(p, '2024-03-15', 'L4-1');
    expect(c.failing?.reason).toBe('4 years of cumulative service in this or a related occupation; 5 years needed');
    expect(c.failing?.holdsOn).toBe('2025-03-15');
  });

  it('L4-1: a recorded end after the evaluation date stops the service there: holdsOn null if 5 years are not reached by then', () => {
    // [2020-03-15, 2025-01-01) is 4 years 9 months: on 2025-03-15 (and ever after) L4-1 still fails
    const p = profile({ evaluationDate: '2024-03-15', workPeriods: [{ start: '2020-03-15', end: '2025-01-01', occupation: 'this' }] });
    expect(clauseOn(p, '2024-03-15', 'L4-1')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(clauseOn(p, '2025-03-15', 'L4-1').holds).toBe(false);
    // the same period with an end after the 5-year day: holds on it
    const longer = { ...p, workPeriods: [{ start: '2020-03-15', end: '2025-03-16', occupation: 'this' as const }] };
    expectBoundary(longer, 'L4-1', '2024-03-15', '2025-03-15');
  });

  it('L5-2: the 16th birthday counts only while a period still covers the day (half-open end)', () => {
    const p = (end: string) =>
      profile({ evaluationDate: '2026-01-01', birthDate: '2010-06-15', workPeriods: [{ start: '2025-01-01', end, occupation: 'this' }] });
    expect(clauseOn(p('2026-05-01'), '2026-01-01', 'L5-2')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(clauseOn(p('2026-06-15'), '2026-01-01', 'L5-2')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(clauseOn(p('2026-06-15'), '2026-06-15', 'L5-2').holds).toBe(false); // the period ended that day
    expectBoundary(p('2026-06-16'), 'L5-2', '2026-01-01', '2026-06-15');
    expect(clauseOn(p('2026-06-16'), '2026-01-01', 'L5-2').failing?.reason).toBe('age 15; at least 16 needed');
  });

  it('a work period starting after the evaluation date is not counted (no new job under time alone)', () => {
    const p = profile({ evaluationDate: '2024-03-15', workPeriods: ongoingSince('2024-03-16') });
    expect(clauseOn(p, '2024-03-15', 'L4-1')).toMatchObject({ holds: false, failing: { holdsOn: null } });
    expect(clauseOn(p, '2024-03-15', 'L5-2').holds).toBe(false);
  });

  it('a title dated after the evaluation date is not held', () => {
    const p = profile({
      evaluationDate: '2024-03-15',
      workPeriods: ongoingSince('2010-01-01'),
      titles: [{ grade: 'senior', majorCorresponds: true, obtained: '2024-03-16' }],
    });
    expect(clauseOn(p, '2024-03-15', 'L1-3')).toMatchObject({ holds: false, failing: { holdsOn: null } });
  });
});

describe('the answer contract', () => {
  it('RULES.md example: all five levels, level 5 first, clause ids in table order', () => {
    const a = evaluateEligibility(
      profile({
        evaluationDate: '2026-11-24',
        birthDate: '1990-05-01',
        workPeriods: [
          { start: '2012-03-01', end: '2016-07-01', occupation: 'this' },
          { start: '2016-09-01', occupation: 'related' },
        ],
        certificates: [{ level: 4, issued: '2019-06-30', occupation: 'this', kind: 'skill-level' }],
        diplomas: [{ institution: 'higher-vocational', class: 'ordinary', major: 'related', status: 'graduated', assessed: false, date: '2011-07-01' }],
        titles: [{ grade: 'junior', majorCorresponds: true, obtained: '2018-01-01' }],
      }),
    );
    expect(a.ruleSet).toBe('heze-2025-07-18');
    expect(a.evaluationDate).toBe('2026-11-24');
    expect(a.levels.map((l) => l.level)).toEqual([5, 4, 3, 2, 1]);
    expect(a.levels.map((l) => l.offered)).toEqual([false, true, true, true, true]);
    // 4y4m + 10y2m23d = 14y6m of service; L4-3 and L3-5 by the higher-vocational diploma
    expect(a.levels[1]!.satisfiedClauses).toEqual(['L4-1', 'L4-3']);
    expect(a.levels[2]!.satisfiedClauses).toEqual(['L3-1', 'L3-2', 'L3-3', 'L3-5']);
    expect(a.levels[2]!.failingClauses.map((f) => f.clause)).toEqual(['L3-4', 'L3-6']);
    expect(a.levels[3]!.eligible).toBe(false);
    expect(Object.keys(a.levels[3]!.failingClauses[0]!)).toEqual(['clause', 'reason', 'holdsOn']);
  });
});
