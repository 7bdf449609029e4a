/** The profile contract (RULES.md §3 "The profile"): validated, extra fields refused, errors name the field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  eligibilityProfileJsonSchema,
  makeResidentId,
  parseEligibilityProfile,
  profileValidationErrors,
  ProfileValidationError,
} from '../src';

const example = JSON.parse(readFileSync(join(__dirname, '../examples/profile.example.json'), 'utf8')) as Record<string, any>;
const clone = (): Record<string, any> => JSON.parse(JSON.stringify(example));

function refusal(input: unknown): ProfileValidationError {
  try {
    parseEligibilityProfile(input);
  } catch (err) {
    expect(err).toBeInstanceOf(ProfileValidationError);
    return err as ProfileValidationError;
  }
  throw new Error('profile was accepted');
}

describe('parseEligibilityProfile', () => {
  it('accepts the RULES.md example profile unchanged', () => {
    expect(parseEligibilityProfile(example)).toEqual(example);
  });

  it('refuses an extra top-level field, naming it', () => {
    const err = refusal({ ...clone(), nickname: 'x' });
    expect(err.field).toBe('nickname');
    expect(err.message).toMatch(/^nickname: unknown field/);
  });

  it('refuses an extra nested field with a dotted path', () => {
    const p = clone();
    p.workPeriods[1].employer = 'ACME';
    expect(refusal(p).field).toBe('workPeriods[1].employer');
  });

  it('refuses an impossible date (2025-02-30)', () => {
    const p = clone();
    p.workPeriods[1].end = '2025-02-30';
    const err = refusal(p);
    expect(err.field).toBe('workPeriods[1].end');
    expect(err.message).toBe('workPeriods[1].end: not a real calendar date: "2025-02-30"');
  });

  it('refuses a date in another format', () => {
    const err = refusal({ ...clone(), evaluationDate: '24.11.2026' });
    expect(err.field).toBe('evaluationDate');
    expect(err.message).toContain('YYYY-MM-DD');
  });

  it('refuses an end before or equal to the start (half-open periods)', () => {
    const p = clone();
    p.workPeriods[0].end = '2012-03-01';
    expect(refusal(p).field).toBe('workPeriods[0].end');
    p.workPeriods[0].end = '2012-02-28';
    expect(refusal(p).message).toMatch(/^workPeriods\[0\]\.end: end 2012-02-28 must be after start 2012-03-01/);
  });

  it('refuses a resident id whose check digit does not verify', () => {
    const good = makeResidentId('37170219900501123');
    const last = good[17]!;
    const bad = good.slice(0, 17) + (last === '1' ? '2' : '1');
    const { birthDate: _b, ...p } = clone();
    expect(parseEligibilityProfile({ ...p, idNumber: good })).toMatchObject({ idNumber: good });
    const err = refusal({ ...p, idNumber: bad });
    expect(err.field).toBe('idNumber');
    expect(err.message).toBe('idNumber: resident id check digit does not verify');
  });

  it('refuses a profile with neither birthDate nor idNumber', () => {
    const { birthDate: _b, ...p } = clone();
    const err = refusal(p);
    expect(err.field).toBe('birthDate');
    expect(err.message).toContain('one of birthDate or idNumber is required');
  });

  it('refuses a birthDate that contradicts the idNumber', () => {
    const err = refusal({ ...clone(), idNumber: makeResidentId('37170219900502123') });
    expect(err.field).toBe('birthDate');
    expect(err.message).toContain('1990-05-02');
  });

  it('refuses wrong enum values and types, naming the field', () => {
    const p = clone();
    p.certificates[0].level = 6;
    expect(refusal(p).field).toBe('certificates[0].level');
    const q = clone();
    q.diplomas[0].status = 'dropped-out';
    expect(refusal(q).field).toBe('diplomas[0].status');
    const r = clone();
    r.titles[0].majorCorresponds = 'yes';
    expect(refusal(r).field).toBe('titles[0].majorCorresponds');
  });

  it.each([
    ['workPeriods', 'start'],
    ['certificates', 'issued'],
    ['diplomas', 'date'],
    ['titles', 'obtained'],
  ])('profile.not-before-birth: refuses %s[0].%s before the birth date (also when read from idNumber)', (list, key) => {
    const p = clone();
    p[list] = [{ ...(p[list]?.[0] ?? {}), [key]: '1970-01-01' }];
    if (list === 'workPeriods') delete p.workPeriods[0].end;
    for (const input of [{ ...p, birthDate: '1985-03-01' }, { ...p, birthDate: undefined, idNumber: makeResidentId('37172919850301123') }]) {
      const err = refusal(JSON.parse(JSON.stringify(input)));
      expect(err.field).toBe(`${list}[0].${key}`);
      expect(err.message).toContain('profile.not-before-birth');
    }
    expect(() => parseEligibilityProfile({ ...p, birthDate: '1969-12-31' })).not.toThrow();
  });

  it('requires the date of a graduated diploma', () => {
    const p = clone();
    delete p.diplomas[0].date;
    expect(refusal(p).field).toBe('diplomas[0].date');
  });

  it('refuses non-objects with a one-line message', () => {
    for (const input of [null, [], 'profile', 42]) {
      const err = refusal(input);
      expect(err.message).not.toContain('\n');
    }
  });

  it('lists every problem at once for forms', () => {
    const p = clone();
    p.workPeriods[0].end = '2025-02-30';
    p.extra = 1;
    expect(profileValidationErrors(p).map((e) => e.field).sort()).toEqual(['extra', 'workPeriods[0].end']);
  });
});

describe('eligibilityProfileJsonSchema', () => {
  it('is a strict JSON Schema for OpenAPI with the profile fields', () => {
    const schema = eligibilityProfileJsonSchema() as any;
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['evaluationDate']);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['evaluationDate', 'birthDate', 'idNumber', 'workPeriods', 'certificates', 'diplomas', 'titles']),
    );
    expect(schema.properties.workPeriods.items.additionalProperties).toBe(false);
    expect(schema.properties.workPeriods.items.properties.occupation.enum).toEqual(['this', 'related', 'other']);
    expect(eligibilityProfileJsonSchema({ target: 'openapi-3.0' })).toHaveProperty('properties');
  });
});
