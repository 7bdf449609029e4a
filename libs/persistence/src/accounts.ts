import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, In, LessThan } from 'typeorm';
import { OrganisationRecord, UserRecord, UserSessionRecord } from './entities';
import { hashPassword } from './passwords';

/**
 * People's accounts and their sessions (issue 15). Plain functions over a DataSource, like api-keys.ts:
 * the API, the admin CLI and the demo seed share them.
 */

export const newUserId = () => `u-${randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12)}`;

export async function insertUser(
  ds: DataSource,
  input: { organisationId: string; login: string; name: string; password: string; mustChangePassword: boolean },
  now = new Date(),
): Promise<UserRecord> {
  const at = now.toISOString();
  const row: UserRecord = {
    id: newUserId(),
    organisationId: input.organisationId,
    login: input.login.trim().toLowerCase(),
    name: input.name,
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.mustChangePassword,
    createdAt: at,
    passwordChangedAt: at,
    disabledAt: null,
  };
  await ds.getRepository(UserRecord).insert(row);
  return row;
}

export interface UserWithOrganisation {
  user: UserRecord;
  /** null when the organisation no longer exists */
  organisation: Pick<OrganisationRecord, 'id' | 'name' | 'role' | 'suspendedAt'> | null;
}

async function withOrganisation(ds: DataSource, user: UserRecord | null): Promise<UserWithOrganisation | null> {
  if (!user) return null;
  const organisation = await ds.getRepository(OrganisationRecord).findOne({ where: { id: user.organisationId }, select: { id: true, name: true, role: true, suspendedAt: true } });
  return { user, organisation: organisation ?? null };
}

export const findUserByLogin = async (ds: DataSource, login: string) =>
  withOrganisation(ds, await ds.getRepository(UserRecord).findOneBy({ login: login.trim().toLowerCase() }));

/** Display names of these users (for timelines): id → name; unknown ids are left out. */
export async function userNames(ds: DataSource, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await ds.getRepository(UserRecord).find({ where: { id: In(list) }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

// ---- sessions ----

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');
/** A session id as the cookie carries it: 32 random bytes, base64url (43 characters). */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

export interface NewSession {
  /** The clear id, for the cookie only; the database holds its SHA-256. */
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

/** A fresh session for the user (a new id at every sign-in); the user's sessions that have ended are removed. */
export async function createSession(ds: DataSource, userId: string, limits: SessionLimits, now = new Date()): Promise<NewSession> {
  const repo = ds.getRepository(UserSessionRecord);
  await repo.delete({ userId, expiresAt: LessThan(now.toISOString()) });
  const sessionId = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + limits.absoluteMs).toISOString();
  await repo.insert({ idHash: hashSessionId(sessionId), userId, csrfToken, createdAt: now.toISOString(), lastSeenAt: now.toISOString(), expiresAt });
  return { sessionId, csrfToken, expiresAt };
}

export interface ResolvedSession extends UserWithOrganisation {
  session: UserSessionRecord;
  /** When the session ends if unused from now: the sooner of the idle and the absolute end. */
  idleExpiresAt: string;
}

/** Marks last use at most this often (and at most a quarter of the idle limit late), so that reads do not each write. */
const touchEveryMs = (limits: SessionLimits) => Math.min(60_000, limits.idleMs / 4);

/**
 * The session the cookie names, with its user and the user's organisation as they are now; null when
 * the id is malformed, unknown, past its idle or absolute end (then it is removed), or its user is
 * disabled. The organisation's suspension is the caller's to judge (a 403, as for keys).
 */
export async function resolveSession(ds: DataSource, sessionId: string, limits: SessionLimits, now = new Date()): Promise<ResolvedSession | null> {
  if (!SESSION_ID.test(sessionId)) return null;
  const repo = ds.getRepository(UserSessionRecord);
  const session = await repo.findOneBy({ idHash: hashSessionId(sessionId) });
  if (!session) return null;
  const t = now.getTime();
  if (Date.parse(session.expiresAt) <= t || Date.parse(session.lastSeenAt) + limits.idleMs <= t) {
    await repo.delete({ idHash: session.idHash });
    return null;
  }
  const found = await withOrganisation(ds, await ds.getRepository(UserRecord).findOneBy({ id: session.userId }));
  if (!found || found.user.disabledAt) {
    await repo.delete({ idHash: session.idHash });
    return null;
  }
  if (t - Date.parse(session.lastSeenAt) >= touchEveryMs(limits)) {
    session.lastSeenAt = now.toISOString();
    await repo.update({ idHash: session.idHash }, { lastSeenAt: session.lastSeenAt });
  }
  const idleEnd = Math.min(Date.parse(session.lastSeenAt) + limits.idleMs, Date.parse(session.expiresAt));
  return { ...found, session, idleExpiresAt: new Date(idleEnd).toISOString() };
}

/** Ends one session (sign-out). */
export async function endSession(ds: DataSource, idHash: string): Promise<void> {
  await ds.getRepository(UserSessionRecord).delete({ idHash });
}

/** Ends every session of the user but `keepIdHash` (password change, disable, reset); returns how many. */
export async function endUserSessions(ds: DataSource, userId: string, keepIdHash?: string): Promise<number> {
  const repo = ds.getRepository(UserSessionRecord);
  const sessions = await repo.find({ where: { userId }, select: { idHash: true } });
  const ending = sessions.map((s) => s.idHash).filter((h) => h !== keepIdHash);
  if (ending.length) await repo.delete({ idHash: In(ending) });
  return ending.length;
}

/** The X-CSRF-Token header is this session's token; compared in constant time. */
export function csrfTokenMatches(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
