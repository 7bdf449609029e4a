/** Identifiers of RULES.md §1: GB 11643 resident id, GB 32100 credit code, masking. */
import { describe, expect, it } from 'vitest';
import { makeCreditCode, makeResidentId, maskIdentifier, validateCreditCode, validateResidentId } from '../src';

describe('validateResidentId (GB 11643)', () => {
  it('accepts the standard worked example 11010519491231002X and reads the birth date', () => {
    // the example printed in GB 11643-1999: Σ(a_i·W_i) mod 11 = 2 → 'X'
    expect(validateResidentId('11010519491231002X')).toEqual({ ok: true, birthDate: '1949-12-31' });
    expect(validateResidentId('11010519491231002x')).toEqual({ ok: true, birthDate: '1949-12-31' });
  });

  it('computes the check character by the weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 mod 11 → 10X98765432', () => {
    // 37170219900501123: Σ = 3·7+7·9+1·10+7·5+0·8+2·4+1·2+9·1+9·6+0·3+0·7+5·9+0·10+1·5+1·8+2·4+3·2 = 274; 274 mod 11 = 10 → '2'
    expect(makeResidentId('37170219900501123')).toBe('371702199005011232');
  });

  it('refuses a wrong check digit, a wrong length, letters and impossible birth dates', () => {
    expect(validateResidentId('110105194912310021')).toEqual({ ok: false, reason: 'resident id check digit does not verify' });
    expect(validateResidentId('11010519491231002')).toMatchObject({ ok: false });
    expect(validateResidentId('1101051949123100AX')).toMatchObject({ ok: false });
    const feb30 = makeResidentId('37170219900230123');
    expect(validateResidentId(feb30)).toEqual({ ok: false, reason: 'resident id holds an impossible birth date 1990-02-30' });
    expect(validateResidentId(42)).toMatchObject({ ok: false });
  });

  it('every made id validates, every other check character does not', () => {
    for (const prefix of ['37170219900501123', '37292820000229456', '11010520000101001']) {
      const id = makeResidentId(prefix);
      expect(validateResidentId(id).ok).toBe(true);
      for (const c of '0123456789X') if (c !== id[17]) expect(validateResidentId(prefix + c).ok).toBe(false);
    }
  });
});

describe('validateCreditCode (GB 32100)', () => {
  it('accepts a published code 91350100M000100Y43', () => {
    // an example code widely used in GB 32100 documentation
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true });
  });

  it('computes check = 31 - Σ mod 31 with 31 → 0', () => {
    // the first 17 characters of that code give back its check character '3'
    expect(makeCreditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
  });

  it('refuses a wrong check character, forbidden letters and wrong length', () => {
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'credit code check character does not verify' });
    expect(validateCreditCode('91350100I000100Y43')).toMatchObject({ ok: false });
    expect(validateCreditCode('91350100M000100Y4')).toMatchObject({ ok: false });
  });

  it('every made code validates, every other check character does not', () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (const prefix of ['91371700MA3C000000', '12371700000000000', '9137170000000000X'].map((p) => p.slice(0, 17))) {
      const code = makeCreditCode(prefix);
      expect(validateCreditCode(code).ok).toBe(true);
      for (const c of chars) if (c !== code[17]) expect(validateCreditCode(prefix + c).ok).toBe(false);
    }
  });
});

describe('maskIdentifier', () => {
  it('shows the first 4 and last 4 characters only (RULES.md §1)', () => {
    expect(maskIdentifier('371702199005011234')).toBe('3717**********1234');
    expect(maskIdentifier('91350100M000100Y43')).toBe('9135**********0Y43');
    expect(maskIdentifier('12345678')).toBe('********');
  });
});
