import { useSyncExternalStore } from 'react';

/**
 * Who is signed in, and how requests prove it. The one place that knows the way of signing in: today an
 * API key typed into the sign-in form and sent as X-Api-Key; when the portal moves to the session cookie
 * (POST /auth/login, X-CSRF-Token on writes) only this module changes, not the screens.
 */
export interface Session {
  role: string;
  organisation: { id: string; name: string } | null;
  /** The signed-in person; null when signed in with an API key. */
  user: { id: string; name: string; login: string } | null;
}

interface Stored extends Session {
  apiKey: string;
}

// sessionStorage: the key lives as long as the tab, never in a cookie or the URL.
const STORAGE_KEY = 'heze.session';
const listeners = new Set<() => void>();
let current: Stored | null = read();

function read(): Stored | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function write(next: Stored | null) {
  current = next;
  if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  else sessionStorage.removeItem(STORAGE_KEY);
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = (): Session | null => current;

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, snapshot);
}

export class SignInRefused extends Error {
  constructor(readonly status: number) {
    super(`sign-in refused (${status})`);
  }
}

/** Checks the key with GET /auth/session (role and organisation of the key) and keeps it for this tab. */
export async function signIn(credentials: { apiKey: string }): Promise<Session> {
  const apiKey = credentials.apiKey.trim();
  const res = await fetch('/auth/session', { headers: { 'X-Api-Key': apiKey, Accept: 'application/json' } });
  if (!res.ok) throw new SignInRefused(res.status);
  const body = (await res.json()) as Session;
  const session: Stored = { apiKey, role: body.role, organisation: body.organisation, user: body.user ? { id: body.user.id, name: body.user.name, login: body.user.login } : null };
  write(session);
  return session;
}

export function signOut(): void {
  write(null);
}

/** What every API request carries for the signed-in party. */
export function authenticate(request: Request): Request {
  if (current) request.headers.set('X-Api-Key', current.apiKey);
  return request;
}

/** The API said the credentials no longer hold (401): back to the sign-in page. */
export function expired(): void {
  write(null);
}
