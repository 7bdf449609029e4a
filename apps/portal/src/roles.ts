import { SECTIONS_OF } from '@heze/temporal/inbox';

/** What each role finds in the navigation: its inbox lists first, then the journeys, users, API docs, password. */
export const READ_ALL_ROLES = ['auditor', 'labour-inspection', 'admin'];

export interface NavItem {
  key: string;
  path: string;
  label: string; // an i18n key
  /** An inbox list: its count (GET /inbox) is shown next to it. */
  section?: string;
}

/** Each role's inbox lists, the API's own table (libs/temporal/src/inbox-sections.ts), in this order. */
export const INBOX_OF: Record<string, readonly string[]> = SECTIONS_OF;

export const inboxFor = (role: string): NavItem[] =>
  (INBOX_OF[role] ?? []).map((section) => ({ key: `inbox-${section}`, path: `/portal/inbox/${section}`, label: `inbox.sections.${section}`, section }));

export function navigationFor(role: string, opts: { person: boolean } = { person: false }): NavItem[] {
  const journeys: NavItem =
    role === 'employer'
      ? { key: 'journeys', path: '/portal/journeys', label: 'nav.myJourneys' }
      : { key: 'journeys', path: '/portal/journeys', label: 'nav.journeys' };
  const items = [journeys];
  // The programme office manages the people's accounts (the /users routes are role admin's).
  if (role === 'admin') items.push({ key: 'users', path: '/portal/users', label: 'nav.users' });
  if (READ_ALL_ROLES.includes(role)) items.push({ key: 'statistics', path: '/portal/statistics', label: 'statistics.nav' });
  if (READ_ALL_ROLES.includes(role)) items.push({ key: 'docs', path: '/docs', label: 'nav.docs' });
  // A password only for a person (an API key has none).
  if (opts.person) items.push({ key: 'account', path: '/portal/account/password', label: 'nav.account' });
  return items;
}

/** The audit timeline is for the roles that read every journey (GET /audit/journeys/:id/timeline). */
export const seesTimeline = (role: string) => READ_ALL_ROLES.includes(role);

/** The journey's employer (or the specialist) may withdraw before the certificate (POST /journeys/:id/withdrawal). */
export const mayWithdraw = (role: string) => role === 'employer' || role === 'specialist';
