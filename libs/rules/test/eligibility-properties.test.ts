/** Property tests (fast-check) of the eligibility engine, RULES.md §3. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DIPLOMA_CLASSES,
  DIPLOMA_STATUSES,
  evaluateEligibility,
  fromDayNumber,
  INSTITUTIONS,
  OCCUPATION_RELATIONS,
  satisfiedClauseIds,
  TITLE_GRADES,
  toDayNumber,
  type EligibilityProfile,
  type WorkPeriod,
} from '../src';

const DAY_2010 = toDayNumber('2010-01-01');
const DAY_2030 = toDayNumber('2030-12-31');

/** Dates that favour month ends and 29 Feb, where the calendar rule is delicate. */
const dateArb = fc.oneof(
  fc.integer({ min: DAY_2010, max: DAY_2030 }).map(fromDayNumber),
  fc
    .record({ y: fc.integer({ min: 2010, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constantFrom(28, 29, 30, 31) })
    .map(({ y, m, d }) => {
      const dim = new Set([4, 6, 9, 11]).has(m) ? 30 : m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : 31;
      return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, dim)).padStart(2, '0')}`;
    }),
);

/**
 * A profile whose every item is dated on or before the evaluation date and whose work periods
 * either ended by then or are ongoing: re-evaluating it on a later date is exactly "time alone passes".
 */
const frozenProfileArb: fc.Arbitrary<EligibilityProfile> = dateArb.chain((evaluationDate) => {
  const e = toDayNumber(evaluationDate);
  const before = (maxBack: number) => fc.integer({ min: 0, max: maxBack }).map((n) => fromDayNumber(e - n));
  const periodArb = fc
    .record({
      back: fc.integer({ min: 0, max: 8000 }),
      length: fc.integer({ min: 1, max: 6000 }),
      ongoing: fc.boolean(),
      occupation: fc.constantFrom(...OCCUPATION_RELATIONS),
    })
    .map(({ back, length, ongoing, occupation }): WorkPeriod => {
      const start = e - back;
      const end = start + length;
      return ongoing || end > e ? { start: fromDayNumber(start), occupation } : { start: fromDayNumber(start), end: fromDayNumber(end), occupation };
    });
  return fc.record({
    evaluationDate: fc.constant(evaluationDate),
    birthDate: before(70 * 366).map((d) => addDays(d, -12 * 365)),
    intendsToWorkInOccupation: fc.boolean(),
    workPeriods: fc.array(periodArb, { maxLength: 4 }),
    certificates: fc.array(
      fc.record({ level: fc.constantFrom(1, 2, 3, 4, 5 as const), issued: before(4000), occupation: fc.constantFrom(...OCCUPATION_RELATIONS) }),
      { maxLength: 3 },
    ),
    diplomas: fc.array(
      fc
        .record({
          institution: fc.constantFrom(...INSTITUTIONS),
          class: fc.constantFrom(...DIPLOMA_CLASSES),
          major: fc.constantFrom(...OCCUPATION_RELATIONS),
          status: fc.constantFrom(...DIPLOMA_STATUSES),
          assessed: fc.boolean(),
          date: before(6000),
        })
        .map((d) => (d.status === 'graduated' ? d : { ...d, date: undefined })),
      { maxLength: 2 },
    ),
    titles: fc.array(
      fc.record({ grade: fc.constantFrom(...TITLE_GRADES), majorCorresponds: fc.boolean(), obtained: before(4000) }),
      { maxLength: 2 },
    ),
  }) as fc.Arbitrary<EligibilityProfile>;
});

function satisfiedOn(p: EligibilityProfile, date: string): Set<string> {
  return new Set(satisfiedClauseIds({ ...p, evaluationDate: date }));
}

describe('eligibility properties', () => {
  it('holdsOn: a failing clause holds on its holdsOn date and not the day before (§3 "time alone")', () => {
    fc.assert(
      fc.property(frozenProfileArb, (p) => {
        const answer = evaluateEligibility(p);
        for (const level of answer.levels) {
          for (const f of level.failingClauses) {
            if (f.holdsOn === null) continue;
            expect(f.holdsOn > p.evaluationDate).toBe(true);
            expect(satisfiedOn(p, f.holdsOn).has(f.clause)).toBe(true);
            expect(satisfiedOn(p, addDays(f.holdsOn, -1)).has(f.clause)).toBe(false);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('holdsOn null: time alone does not make the clause hold within 12 years', () => {
    fc.assert(
      fc.property(frozenProfileArb, (p) => {
        const answer = evaluateEligibility(p);
        const later = satisfiedOn(p, addDays(p.evaluationDate, 12 * 366));
        for (const level of answer.levels) {
          for (const f of level.failingClauses) if (f.holdsOn === null) expect(later.has(f.clause)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('time alone never turns a holding clause into a failing one', () => {
    fc.assert(
      fc.property(frozenProfileArb, fc.integer({ min: 1, max: 4000 }), (p, days) => {
        const now = satisfiedOn(p, p.evaluationDate);
        const later = satisfiedOn(p, addDays(p.evaluationDate, days));
        for (const id of now) expect(later.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('adding service (a work period in this or a related occupation) never turns a holding clause into a failing one', () => {
    fc.assert(
      fc.property(
        frozenProfileArb,
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 1, max: 6000 }),
        fc.boolean(),
        fc.constantFrom('this' as const, 'related' as const),
        (p, back, length, ongoing, occupation) => {
          const e = toDayNumber(p.evaluationDate);
          const start = e - back;
          const extra: WorkPeriod = ongoing
            ? { start: fromDayNumber(start), occupation }
            : { start: fromDayNumber(start), end: fromDayNumber(start + length), occupation };
          const before = satisfiedOn(p, p.evaluationDate);
          const after = satisfiedOn({ ...p, workPeriods: [...(p.workPeriods ?? []), extra] }, p.evaluationDate);
          for (const id of before) expect(after.has(id)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the cheap satisfiedClauseIds path agrees with the full answer', () => {
    fc.assert(
      fc.property(frozenProfileArb, (p) => {
        const full = evaluateEligibility(p).levels.flatMap((l) => l.satisfiedClauses);
        expect(satisfiedClauseIds(p)).toEqual(full);
      }),
      { numRuns: 200 },
    );
  });
});
