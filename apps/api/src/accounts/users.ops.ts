/**
 * Users: the operations behind the admin /users routes and `npm run admin -- *-user`, so the two cannot
 * disagree (as organisations.ops.ts for organisations and keys).
 */
import { DataSource, QueryFailedError } from 'typeorm';
import type { KeyRole } from '@heze/machines';
import { endUserSessions, insertUser, OrganisationRecord, UserRecord, generatePassword, hashPassword } from '@heze/persistence';
import { AdminError } from '../organisations/organisations.ops';
import type { CreateUserInput, ResetPasswordInput } from './accounts.schema';

export interface UserView {
  id: string;
  login: string;
  name: string;
  organisationId: string;
  /** The organisation's role, in which the user acts; null when the organisation no longer exists. */
  role: KeyRole | null;
  mustChangePassword: boolean;
  createdAt: string;
  passwordChangedAt: string;
  disabledAt: string | null;
}

export const presentUser = (u: UserRecord, role: string | null): UserView => ({
  id: u.id,
  login: u.login,
  name: u.name,
  organisationId: u.organisationId,
  role: role as KeyRole | null,
  mustChangePassword: !!u.mustChangePassword,
  createdAt: u.createdAt,
  passwordChangedAt: u.passwordChangedAt,
  disabledAt: u.disabledAt ?? null,
});

/** A user with a password: the password only when it was generated here (shown this once). */
export interface IssuedUser {
  user: UserView;
  password: string | null;
}

const roleOf = async (ds: DataSource, organisationId: string) =>
  (await ds.getRepository(OrganisationRecord).findOne({ where: { id: organisationId }, select: { role: true } }))?.role ?? null;

async function userOrNotFound(ds: DataSource, userId: string): Promise<UserRecord> {
  const user = await ds.getRepository(UserRecord).findOneBy({ id: userId });
  if (!user) throw new AdminError('not-found', 'userId', `userId: no user '${userId}'`);
  return user;
}

/** A user named by id or by login (the CLI takes either). */
export async function findUserId(ds: DataSource, ref: string): Promise<string> {
  const repo = ds.getRepository(UserRecord);
  const user = (await repo.findOne({ where: { id: ref }, select: { id: true } })) ?? (await repo.findOne({ where: { login: ref.trim().toLowerCase() }, select: { id: true } }));
  if (!user) throw new AdminError('not-found', 'user', `user: no user '${ref}'`);
  return user.id;
}

export async function createUser(ds: DataSource, input: CreateUserInput, now = new Date()): Promise<IssuedUser> {
  const organisation = await ds.getRepository(OrganisationRecord).findOneBy({ id: input.organisationId });
  if (!organisation) throw new AdminError('unprocessable', 'organisationId', `organisationId: no organisation '${input.organisationId}'`);
  if (await ds.getRepository(UserRecord).existsBy({ login: input.login })) throw new AdminError('conflict', 'login', `login: a user '${input.login}' already exists`);
  const generated = input.password === undefined ? generatePassword() : null;
  try {
    const user = await insertUser(ds, { organisationId: organisation.id, login: input.login, name: input.name, password: input.password ?? generated!, mustChangePassword: true }, now);
    return { user: presentUser(user, organisation.role), password: generated };
  } catch (err) {
    if (err instanceof QueryFailedError && /unique|duplicate|constraint/i.test(err.message)) throw new AdminError('conflict', 'login', `login: a user '${input.login}' already exists`);
    throw err;
  }
}

export async function listUsers(ds: DataSource, organisationId?: string): Promise<UserView[]> {
  const users = await ds.getRepository(UserRecord).find({ where: organisationId ? { organisationId } : {}, order: { organisationId: 'ASC', login: 'ASC' } });
  const orgs = await ds.getRepository(OrganisationRecord).find({ select: { id: true, role: true } });
  const roles = new Map(orgs.map((o) => [o.id, o.role]));
  return users.map((u) => presentUser(u, roles.get(u.organisationId) ?? null));
}

/** Disables the user (disabling twice keeps the first time) and ends its sessions at once. */
export async function disableUser(ds: DataSource, userId: string, now = new Date()): Promise<UserView & { sessionsEnded: number }> {
  const user = await userOrNotFound(ds, userId);
  if (!user.disabledAt) {
    user.disabledAt = now.toISOString();
    await ds.getRepository(UserRecord).update({ id: user.id }, { disabledAt: user.disabledAt });
  }
  const sessionsEnded = await endUserSessions(ds, user.id);
  return { ...presentUser(user, await roleOf(ds, user.organisationId)), sessionsEnded };
}

/**
 * Re-enables a disabled user (enabling an active one changes nothing). Its password stays as it was: an
 * admin who doubts it resets it as well.
 */
export async function enableUser(ds: DataSource, userId: string): Promise<UserView> {
  const user = await userOrNotFound(ds, userId);
  if (user.disabledAt) {
    user.disabledAt = null;
    await ds.getRepository(UserRecord).update({ id: user.id }, { disabledAt: null });
  }
  return presentUser(user, await roleOf(ds, user.organisationId));
}

/** Sets a new password (given, or generated and shown once) that the person must change; ends the user's sessions. */
export async function resetUserPassword(ds: DataSource, userId: string, input: ResetPasswordInput, now = new Date()): Promise<IssuedUser> {
  const user = await userOrNotFound(ds, userId);
  if (input.password && input.password.toLowerCase().includes(user.login)) throw new AdminError('invalid', 'password', 'password: must not contain the login');
  const generated = input.password === undefined ? generatePassword() : null;
  const changes = { passwordHash: await hashPassword(input.password ?? generated!), mustChangePassword: true, passwordChangedAt: now.toISOString() };
  await ds.getRepository(UserRecord).update({ id: user.id }, changes);
  await endUserSessions(ds, user.id);
  return { user: presentUser({ ...user, ...changes }, await roleOf(ds, user.organisationId)), password: generated };
}
