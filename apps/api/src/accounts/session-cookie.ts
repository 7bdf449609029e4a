import type { CookieOptions, Request, Response } from 'express';
import type { AccountsConfig } from '@heze/config';

/** The session cookie (issue 15): HttpOnly, SameSite=Lax, Path=/, Secure over TLS (SESSION_COOKIE_SECURE). */
export const SESSION_COOKIE = 'heze_session';
export const CSRF_HEADER = 'x-csrf-token';

/** One cookie's value from the Cookie header (no cookie-parser: one cookie is all this API reads). */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return null;
}

export const sessionCookieOf = (req: Request): string | null => readCookie(req.headers.cookie, SESSION_COOKIE);

/** `req.secure` is true over TLS, and behind a proxy trusted by TRUST_PROXY when it says X-Forwarded-Proto: https. */
export function cookieOptions(config: AccountsConfig, req: Request): CookieOptions {
  const secure = config.cookieSecure === 'always' || (config.cookieSecure === 'auto' && req.secure);
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function setSessionCookie(res: Response, req: Request, config: AccountsConfig, sessionId: string): void {
  // Max-Age is the absolute lifetime: the server ends the session earlier when it is idle.
  res.cookie(SESSION_COOKIE, sessionId, { ...cookieOptions(config, req), maxAge: config.sessionAbsoluteSeconds * 1000 });
}

export function clearSessionCookie(res: Response, req: Request, config: AccountsConfig): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(config, req));
}

export const sessionLimits = (config: AccountsConfig) => ({ idleMs: config.sessionIdleSeconds * 1000, absoluteMs: config.sessionAbsoluteSeconds * 1000 });
