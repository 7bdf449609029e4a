/** The roles an API key (and so a caller) may have, in one list: everything that lists roles imports it. */
export const ROLES = [
  'specialist',
  'training-institution',
  'evaluation-organisation',
  'employer',
  'social-insurance-agency',
  'labour-inspection',
  'auditor',
  'admin',
] as const;

/** A caller's role, or 'system': the workflows' own actor, never a key's. */
export type Role = KeyRole | 'system';
export type KeyRole = (typeof ROLES)[number];

/**
 * Who sends an event. Every external event carries one; internal events (results of activities,
 * sent by the workflow itself) carry SYSTEM_ACTOR. The API maps an API key to one role and one
 * organisation; the machines check the role (and, where the machine knows it, the organisation).
 */
export interface Actor {
  role: Role;
  organisationId: string | null;
  /** The API key that acted; null for a person signed in with a session (and for the system). */
  keyId: string | null;
  /**
   * The person who acted (issue 15), when signed in as a user: the user id only. A name is personal
   * data that a history keeps for good; it is resolved from the id when a timeline is shown.
   */
  userId?: string | null;
}

export const SYSTEM_ACTOR: Actor = { role: 'system', organisationId: null, keyId: null };

/** The actor of an event, or null when the event has none (xstate's own init / delay events). */
export function actorOf(event: unknown): Actor | null {
  if (typeof event !== 'object' || event === null) return null;
  const actor = (event as { actor?: unknown }).actor;
  if (typeof actor !== 'object' || actor === null) return null;
  const role = (actor as { role?: unknown }).role;
  return typeof role === 'string' ? (actor as Actor) : null;
}

/** A plain-JSON copy of an actor for projections and history (never the object itself). */
export function actorRecord(event: unknown): Actor | null {
  const a = actorOf(event);
  if (!a) return null;
  // userId only when there is one: a key's or the system's record stays as it was in earlier histories.
  return { role: a.role, organisationId: a.organisationId ?? null, keyId: a.keyId ?? null, ...(a.userId ? { userId: a.userId } : {}) };
}

export function hasRole(event: unknown, ...roles: Role[]): boolean {
  const a = actorOf(event);
  return a !== null && roles.includes(a.role);
}

/** The actor has the role and acts for exactly this organisation (a non-null id). */
export function isOrganisation(event: unknown, role: Role, organisationId: string | null | undefined): boolean {
  const a = actorOf(event);
  return a !== null && a.role === role && organisationId != null && a.organisationId === organisationId;
}
