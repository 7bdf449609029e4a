import { useSyncExternalStore } from 'react';

/**
 * Who is signed in, and how requests prove it: the one place that knows the ways of signing in.
 *
 * - People sign in with login and password (POST /auth/login). The API sets the HttpOnly session cookie,
 *   which the browser sends by itself; this module keeps the answer's CSRF token and sends it as
 *   X-CSRF-Token on every write. The cookie outlives a reload, so at start `restoreSession()` asks
 *   GET /auth/session who is signed in (and for the token again): nothing secret is kept in storage.
 * - Integrations may still sign in with an API key (sent as X-Api-Key), kept in sessionStorage for the tab.
 */
export interface SessionUser {
  id: string;
  name: string;
  login: string;
  /** Set by an admin (new user, reset): the person must choose their own password first. */
  mustChangePassword: boolean;
}

export interface Session {
  via: 'session' | 'api-key';
  role: string;
  organisation: { id: string; name: string } | null;
  /** The signed-in person; null when signed in with an API key. */
  user: SessionUser | null;
}

interface Stored extends Session {
  apiKey: string | null;
  csrfToken: string | null;
}

/** The API's SessionView (GET /auth/session, POST /auth/login, POST /auth/password). */
interface SessionAnswer {
  via: 'session' | 'api-key';
  role: string;
  organisation: { id: string; name: string } | null;
  user: { id: string; name: string; login: string; mustChangePassword: boolean } | null;
  csrfToken: string | null;
}

// sessionStorage holds only an API key sign-in (as long as the tab lives); a person's session is the cookie.
const STORAGE_KEY = 'heze.session';
const listeners = new Set<() => void>();
let current: Stored | null = readKeySession();

function readKeySession(): Stored | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    const s = raw ? (JSON.parse(raw) as Stored) : null;
    return s?.via === 'api-key' && s.apiKey ? s : null;
  } catch {
    return null;
  }
}

function write(next: Stored | null) {
  current = next;
  if (next?.via === 'api-key') sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(STORAGE_KEY);
  for (const l of listeners) l();
}

const fromAnswer = (a: SessionAnswer, apiKey: string | null): Stored => ({
  via: a.via,
  role: a.role,
  organisation: a.organisation,
  user: a.user ? { id: a.user.id, name: a.user.name, login: a.user.login, mustChangePassword: !!a.user.mustChangePassword } : null,
  apiKey,
  csrfToken: a.csrfToken,
});

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = (): Session | null => current;

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Refused sign-in: 401 wrong login/password (or key), 403 organisation suspended, 429 locked for `retryAfter` seconds. */
export class SignInRefused extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: number | null = null,
  ) {
    super(`sign-in refused (${status})`);
  }
}

/**
 * At start, before the first screen: a person's cookie (after a reload, a new tab) is asked about with
 * GET /auth/session; without one (401) nobody is signed in. An API key kept for this tab is used as it is.
 */
export async function restoreSession(): Promise<void> {
  if (current) return;
  try {
    const res = await fetch('/auth/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) return;
    const body = (await res.json()) as SessionAnswer;
    if (body.via === 'session') write(fromAnswer(body, null));
  } catch {
    // No answer: the sign-in page, which says so when the person tries.
  }
}

/** Signs a person in (POST /auth/login): the API sets the cookie; the CSRF token is kept here. */
export async function signIn(credentials: { login: string; password: string }): Promise<Session> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ login: credentials.login.trim(), password: credentials.password }),
  });
  if (!res.ok) throw new SignInRefused(res.status, Number(res.headers.get('Retry-After')) || null);
  const session = fromAnswer((await res.json()) as SessionAnswer, null);
  write(session);
  return session;
}

/** For system integrations: checks the key with GET /auth/session and keeps it for this tab. */
export async function signInWithKey(credentials: { apiKey: string }): Promise<Session> {
  const apiKey = credentials.apiKey.trim();
  const res = await fetch('/auth/session', { headers: { 'X-Api-Key': apiKey, Accept: 'application/json' }, credentials: 'omit' });
  if (!res.ok) throw new SignInRefused(res.status);
  const session = fromAnswer((await res.json()) as SessionAnswer, apiKey);
  session.via = 'api-key';
  write(session);
  return session;
}

/** After POST /auth/password (or anything that answers a SessionView): the person as the API now sees them. */
export function sessionChanged(answer: SessionAnswer): void {
  if (current?.via === 'session') write(fromAnswer(answer, null));
}

/** Signs out: a person's session ends on the server (POST /auth/logout clears the cookie) and here. */
export async function signOut(): Promise<void> {
  const was = current;
  write(null);
  if (was?.via === 'session') {
    await fetch('/auth/logout', { method: 'POST', headers: { Accept: 'application/json', 'X-CSRF-Token': was.csrfToken ?? '' }, credentials: 'same-origin' }).catch(() => undefined);
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What every API request carries for the signed-in party (the cookie travels by itself, same origin). */
export function authenticate(request: Request): Request {
  if (current?.apiKey) request.headers.set('X-Api-Key', current.apiKey);
  else if (current?.csrfToken && WRITES.has(request.method)) request.headers.set('X-CSRF-Token', current.csrfToken);
  return request;
}

/** The API said the credentials no longer hold (401): back to the sign-in page. */
export function expired(): void {
  write(null);
}
