import type { KeyRole } from '@heze/machines';

/**
 * The inbox sections (issue 15) and which role works which: one definition for the API (its routes
 * GET /inbox/<section> and their @Party roles, apps/api/src/inbox) and the portal's navigation
 * (apps/portal/src/roles.ts). No Node code here: the portal bundles it (`@heze/temporal/inbox`).
 */
export const INBOX_SECTIONS = [
  'enrolment-applications',
  'trainees',
  'candidates',
  'results',
  'certificates',
  'leave-requests',
  'active-leaves',
  'violations',
  'claims',
  'incentives',
  'payments',
  'notifications',
  'search',
] as const;
export type InboxSection = (typeof INBOX_SECTIONS)[number];

/** Each role's sections, in the order the portal lists them. */
export const SECTIONS_OF: Record<KeyRole, readonly InboxSection[]> = {
  'training-institution': ['enrolment-applications', 'trainees'],
  'evaluation-organisation': ['candidates', 'results', 'certificates'],
  employer: ['leave-requests', 'active-leaves', 'violations', 'claims', 'incentives'],
  'social-insurance-agency': ['payments', 'notifications'],
  'labour-inspection': ['search', 'violations', 'notifications'],
  auditor: ['search', 'violations', 'notifications'],
  admin: ['search', 'violations', 'notifications'],
  specialist: [],
};

/** The roles that work a section (its route's @Party roles). */
export const rolesOf = (section: InboxSection): KeyRole[] => (Object.keys(SECTIONS_OF) as KeyRole[]).filter((r) => SECTIONS_OF[r].includes(section));
