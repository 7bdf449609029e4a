import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEligibility, makeResidentId, parseEligibilityProfile } from '@heze/rules';
import { createParties } from '../support/parties';
import { TestSystem } from '../support/system';

/** The example profile of RULES.md §3 "The profile". */
const EXAMPLE = {
  evaluationDate: '2026-11-24',
  birthDate: '1990-05-01',
  intendsToWorkInOccupation: false,
  workPeriods: [
    { start: '2012-03-01', end: '2016-07-01', occupation: 'this' },
    { start: '2016-09-01', occupation: 'related' },
  ],
  certificates: [{ level: 4, issued: '2019-06-30', occupation: 'this', kind: 'skill-level' }],
  diplomas: [{ institution: 'higher-vocational', class: 'ordinary', major: 'related', status: 'graduated', assessed: false, date: '2011-07-01' }],
  titles: [{ grade: 'junior', majorCorresponds: true, obtained: '2018-01-01' }],
};

describe('POST /eligibility', () => {
  const system = new TestSystem();
  let parties: Awaited<ReturnType<typeof createParties>>;

  beforeAll(async () => {
    parties = await createParties(['specialist', 'training-institution', 'auditor']);
    await system.startApi(); // a pure computation: no worker needed
  });
  afterAll(() => system.stop());

  it('answers the RULES.md example with the RULES.md contract, the same as the rules library', async () => {
    const res = await system.http('POST', '/eligibility', { key: parties.specialist.key, body: EXAMPLE });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(evaluateEligibility(parseEligibilityProfile(EXAMPLE)));
    expect(res.body.ruleSet).toBe('heze-2025-07-18');
    expect(res.body.evaluationDate).toBe('2026-11-24');
    expect(res.body.levels.map((l: { level: number }) => l.level)).toEqual([5, 4, 3, 2, 1]);
    for (const l of res.body.levels) {
      expect(Object.keys(l).sort()).toEqual(['eligible', 'failingClauses', 'level', 'offered', 'satisfiedClauses']);
      for (const f of l.failingClauses) expect(Object.keys(f).sort()).toEqual(['clause', 'holdsOn', 'reason']);
    }
    expect(res.body.levels[0].offered).toBe(false);
  });

  it('is open to every authenticated role, and to nobody without a key', async () => {
    for (const key of [parties['training-institution'].key, parties.auditor.key]) {
      expect((await system.http('POST', '/eligibility', { key, body: EXAMPLE })).status).toBe(200);
    }
    expect((await system.http('POST', '/eligibility', { body: EXAMPLE })).status).toBe(401);
  });

  it('reads the birth date from a valid resident ID', async () => {
    const { birthDate: _omit, ...rest } = EXAMPLE;
    const res = await system.http('POST', '/eligibility', { key: parties.specialist.key, body: { ...rest, idNumber: makeResidentId('37170019900501123') } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(evaluateEligibility(parseEligibilityProfile(EXAMPLE)));
  });

  it.each([
    ['an extra top-level field', { ...EXAMPLE, salary: 1 }, 'salary'],
    ['an extra nested field', { ...EXAMPLE, workPeriods: [{ ...EXAMPLE.workPeriods[0], employer: 'x' }] }, 'workPeriods[0].employer'],
    ['an impossible date', { ...EXAMPLE, evaluationDate: '2026-02-30' }, 'evaluationDate'],
    ['an end before the start', { ...EXAMPLE, workPeriods: [{ start: '2016-01-01', end: '2015-01-01', occupation: 'this' }] }, 'workPeriods[0].end'],
    ['a bad resident-ID check digit', { ...EXAMPLE, birthDate: undefined, idNumber: '371700199005011230' === makeResidentId('37170019900501123') ? '371700199005011231' : '371700199005011230' }, 'idNumber'],
    ['an unknown certificate level', { ...EXAMPLE, certificates: [{ ...EXAMPLE.certificates[0], level: 7 }] }, 'certificates[0].level'],
    ['no birth date at all', { evaluationDate: '2026-11-24' }, 'birthDate'],
    ['not an object', [1, 2], ''],
  ])('400 naming the field for %s', async (_what, body, field) => {
    const res = await system.http('POST', '/eligibility', { key: parties.specialist.key, body });
    expect(res.status).toBe(400);
    expect(res.body.field).toBe(field);
    if (field) expect(res.body.message.startsWith(`${field}: `)).toBe(true);
    expect(JSON.stringify(res.body)).not.toMatch(/\s+at /);
  });
});
