import { describe, expect, it } from 'vitest';
import { makeResidentId } from '@heze/rules';
import { holdsResidentId, residentIdPath } from './resident-ids';

const id = makeResidentId('37170219880315123');

describe('resident IDs in request bodies (RULES.md §1)', () => {
  it('finds a whole ID, one in lowercase x, one inside free text, and one with its check character cut off', () => {
    let withX = '';
    for (let seq = 0; !withX.endsWith('X'); seq++) withX = makeResidentId(`37170219900701${String(seq).padStart(3, '0')}`);
    for (const text of [id, withX.toLowerCase(), `leave for ${id} please`, `pay-${id}`, id.slice(0, 17), `ref ${withX.slice(0, 17)}.`]) {
      expect(holdsResidentId(text), text).toBe(true);
    }
  });

  it('leaves other digits alone: a wrong check digit, amounts, dates, long bank references without a valid ID', () => {
    const wrong = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
    for (const text of [wrong, '2026-12-01', '6200', 'pay-2026-12', '12345678901234567890', '1234567890123456', `${id.slice(0, 16)}`]) {
      expect(holdsResidentId(text), text).toBe(false);
    }
  });

  it('names the field (never the ID) and skips the fields the route takes an ID in', () => {
    expect(residentIdPath({ reason: `wrong person ${id}` }, [])).toBe('reason');
    expect(residentIdPath({ profile: { idNumber: id, workPeriods: [{ start: '2020-01-01', note: id }] } }, ['profile.idNumber'])).toBe('profile.workPeriods[0].note');
    expect(residentIdPath({ profile: { idNumber: id } }, ['profile.idNumber'])).toBeNull();
    expect(residentIdPath({ residentId: id, name: 'Wang Wu' }, ['residentId'])).toBeNull();
    expect(residentIdPath({ benefits: { [id]: 1 } }, [])).toBe('benefits');
    expect(residentIdPath([id], [])).toBe('[0]');
    expect(residentIdPath(undefined, [])).toBeNull();
  });
});
