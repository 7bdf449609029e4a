import { describe, expect, it } from 'vitest';
import { accountsConfig } from '@heze/config';
import { cookieOptions, readCookie } from './session-cookie';

describe('session cookie (issue 15)', () => {
  it('reads one cookie from the Cookie header', () => {
    expect(readCookie('a=1; heze_session=abc_-D; b=2', 'heze_session')).toBe('abc_-D');
    expect(readCookie('xheze_session=1', 'heze_session')).toBeNull();
    expect(readCookie(undefined, 'heze_session')).toBeNull();
    expect(readCookie('heze_session=%E0%A4%A', 'heze_session')).toBeNull();
  });

  it('HttpOnly, SameSite=Lax, Path=/; Secure over TLS (auto), always or never as configured', () => {
    const auto = accountsConfig({});
    expect(cookieOptions(auto, { secure: false } as never)).toEqual({ httpOnly: true, sameSite: 'lax', secure: false, path: '/' });
    expect(cookieOptions(auto, { secure: true } as never).secure).toBe(true);
    expect(cookieOptions(accountsConfig({ SESSION_COOKIE_SECURE: 'always' }), { secure: false } as never).secure).toBe(true);
    expect(cookieOptions(accountsConfig({ SESSION_COOKIE_SECURE: 'never' }), { secure: true } as never).secure).toBe(false);
  });

  it('configuration: defaults, and a bad value names its variable', () => {
    expect(accountsConfig({})).toMatchObject({ sessionIdleSeconds: 1800, sessionAbsoluteSeconds: 43_200, maxFailuresPerLogin: 5, lockoutSeconds: 900, trustProxy: false });
    expect(accountsConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(accountsConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => accountsConfig({ SESSION_COOKIE_SECURE: 'yes' })).toThrow(/^SESSION_COOKIE_SECURE: /);
    expect(() => accountsConfig({ LOGIN_MAX_FAILURES: '0' })).toThrow(/^LOGIN_MAX_FAILURES: /);
    expect(() => accountsConfig({ TRUST_PROXY: 'a;b' })).toThrow(/^TRUST_PROXY: /);
  });
});
