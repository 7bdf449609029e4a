import { createHmac } from 'node:crypto';
import { BadRequestException, UnprocessableEntityException } from '@nestjs/common';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, makeResidentId, parseEligibilityProfile } from '@heze/rules';
import { registrationProfile } from './registration-profile';

const keyOf = (id: string) => createHmac('sha256', 'test-secret').update(id.toUpperCase()).digest('hex').slice(0, 32);
const idBornOn = (ymd: string, seq = '123') => makeResidentId(`371702${ymd.replace(/-/g, '')}${seq}`);

const answerOf = (p: Record<string, unknown>) => evaluateEligibility(parseEligibilityProfile(p));

describe('registration profile at the API edge (RULES.md §1: no resident ID in a history)', () => {
  it('replaces idNumber with the birth date read from it; nothing else changes', () => {
    const id = idBornOn('1988-03-15');
    const out = registrationProfile({ evaluationDate: '2026-12-01', idNumber: id, workPeriods: [] }, keyOf(id), keyOf);
    expect(out).toEqual({ evaluationDate: '2026-12-01', birthDate: '1988-03-15', workPeriods: [] });
    expect(JSON.stringify(out)).not.toContain(id.slice(0, 17));
    const without = { evaluationDate: '2026-12-01', birthDate: '1990-01-01' };
    expect(registrationProfile(without, 'any', keyOf)).toBe(without);
  });

  it('a lowercase x check character is the same person', () => {
    let id = '';
    for (let seq = 0; !id.endsWith('X'); seq++) id = idBornOn('1990-07-01', String(seq).padStart(3, '0'));
    expect(registrationProfile({ evaluationDate: '2026-12-01', idNumber: id.toLowerCase() }, keyOf(id), keyOf)).toEqual({ evaluationDate: '2026-12-01', birthDate: '1990-07-01' });
  });

  it("another person's ID is 422 naming profile.idNumber; a bad check digit 400; neither echoes the ID", () => {
    const mine = idBornOn('1988-03-15', '001');
    const theirs = idBornOn('1988-03-15', '002');
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return err as BadRequestException;
      }
      throw new Error('not refused');
    };
    const other = refused(() => registrationProfile({ evaluationDate: '2026-12-01', idNumber: theirs }, keyOf(mine), keyOf));
    expect(other).toBeInstanceOf(UnprocessableEntityException);
    expect(other.getResponse()).toMatchObject({ field: 'profile.idNumber' });
    const bad = `${mine.slice(0, 17)}${mine[17] === '0' ? '1' : '0'}`;
    const broken = refused(() => registrationProfile({ evaluationDate: '2026-12-01', idNumber: bad }, keyOf(bad), keyOf));
    expect(broken).toBeInstanceOf(BadRequestException);
    expect(broken.getResponse()).toMatchObject({ field: 'profile.idNumber' });
    const differs = refused(() => registrationProfile({ evaluationDate: '2026-12-01', idNumber: mine, birthDate: '1988-03-16' }, keyOf(mine), keyOf));
    expect(differs.getResponse()).toMatchObject({ field: 'profile.birthDate' });
    for (const e of [other, broken, differs]) expect(JSON.stringify(e.getResponse())).not.toMatch(/\d{17}/);
    expect(() => registrationProfile({ evaluationDate: '2026-12-01', idNumber: 42 }, 'k', keyOf)).toThrow(BadRequestException);
  });

  it('the rules judge the birth date exactly as the ID it came from (L5-1 age 16, birthdays, 29 February)', () => {
    const day = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2012, 11, 31) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
    const evaluation = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
    const periods = fc.array(fc.record({ start: fc.constantFrom('2005-03-01', '2014-06-30', '2021-01-01'), occupation: fc.constantFrom('this', 'related', 'other') }), { maxLength: 2 });
    fc.assert(
      fc.property(day, evaluation, periods, fc.boolean(), (birth, evaluationDate, workPeriods, intends) => {
        const id = idBornOn(birth);
        // A period that starts before the birth date is refused by both (profile.not-before-birth, issue 13.8).
        const given = { evaluationDate, idNumber: id, workPeriods: workPeriods.filter((w) => w.start >= birth), intendsToWorkInOccupation: intends };
        expect(answerOf(registrationProfile(given, keyOf(id), keyOf))).toEqual(answerOf(given));
      }),
      { numRuns: 300 },
    );
    // The 16th birthday itself, the day before, and a leap-day birth in a common year.
    for (const [birth, on] of [['2010-12-01', '2026-12-01'], ['2010-12-02', '2026-12-01'], ['2008-02-29', '2024-02-28'], ['2008-02-29', '2024-02-29'], ['2008-02-29', '2025-02-28'], ['2008-02-29', '2025-03-01']]) {
      const id = idBornOn(birth);
      const given = { evaluationDate: on, idNumber: id, intendsToWorkInOccupation: true };
      expect(answerOf(registrationProfile(given, keyOf(id), keyOf)), `${birth} on ${on}`).toEqual(answerOf(given));
    }
  });
});
