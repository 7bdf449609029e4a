import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import { useSession } from '../../session';

export type InboxSection = Schemas['InboxPageDto']['section'];
export type InboxItem = Schemas['InboxPageDto']['items'][number];
export type InboxQuery = NonNullable<paths['/inbox/trainees']['get']['parameters']['query']>;
type Column = 'journey' | 'person' | 'level' | 'state' | 'organisation' | 'since' | 'due' | 'amount' | 'leave' | 'wage';

/**
 * What each list shows and lets one sort and filter by (the API refuses the rest with a 400). The
 * route of each list is /inbox/<section> (typed: a section the API lacks does not compile).
 */
export const SECTIONS: Record<InboxSection, { path: `/inbox/${InboxSection}`; columns: Column[]; sorts: string[]; states?: string[]; level?: boolean; search?: boolean; stateKind: string }> = {
  'enrolment-applications': { path: '/inbox/enrolment-applications', columns: ['journey', 'person', 'level', 'organisation', 'since'], sorts: ['since', 'level'], level: true, stateKind: 'states' },
  trainees: { path: '/inbox/trainees', columns: ['journey', 'person', 'level', 'organisation', 'since'], sorts: ['since', 'level'], level: true, stateKind: 'states' },
  candidates: { path: '/inbox/candidates', columns: ['journey', 'person', 'level', 'state', 'organisation', 'since'], sorts: ['since', 'level', 'state'], states: ['trainingCompleted', 'failed'], level: true, stateKind: 'states' },
  results: { path: '/inbox/results', columns: ['journey', 'person', 'level', 'organisation', 'since'], sorts: ['since', 'level'], level: true, stateKind: 'states' },
  certificates: { path: '/inbox/certificates', columns: ['journey', 'person', 'level', 'organisation', 'since'], sorts: ['since', 'level'], level: true, stateKind: 'states' },
  'leave-requests': { path: '/inbox/leave-requests', columns: ['journey', 'person', 'leave', 'state', 'since', 'due'], sorts: ['since'], states: ['requested', 'escalated'], stateKind: 'leaveState' },
  'active-leaves': { path: '/inbox/active-leaves', columns: ['journey', 'person', 'leave', 'state', 'wage', 'since'], sorts: ['since', 'state'], states: ['approved', 'active', 'ended'], stateKind: 'leaveState' },
  violations: { path: '/inbox/violations', columns: ['journey', 'person', 'organisation', 'amount', 'since'], sorts: ['since', 'amount'], states: ['open', 'closed'], stateKind: 'violation' },
  claims: { path: '/inbox/claims', columns: ['journey', 'person', 'state', 'organisation', 'amount', 'since'], sorts: ['since', 'state'], states: ['submitted', 'approved', 'paymentInstructed', 'paid', 'refused', 'expired'], stateKind: 'claim' },
  incentives: { path: '/inbox/incentives', columns: ['state', 'since'], sorts: ['since', 'state'], states: ['noStanding', 'granted', 'withdrawn', 'blocked', 'completed'], stateKind: 'incentive' },
  payments: { path: '/inbox/payments', columns: ['journey', 'person', 'level', 'amount', 'since', 'due'], sorts: ['since'], stateKind: 'claim' },
  notifications: { path: '/inbox/notifications', columns: ['journey', 'state', 'organisation', 'since', 'due'], sorts: ['since'], states: ['leave-unanswered', 'wage-shortfall', 'subsidy-payment-overdue'], stateKind: 'notification' },
  search: { path: '/inbox/search', columns: ['journey', 'person', 'level', 'state', 'organisation', 'since'], sorts: ['since', 'level', 'state'], states: ['applied', 'enrolled', 'trainingCompleted', 'registering', 'registered', 'passed', 'failed', 'certified', 'subsidyClaimed', 'claimRefused', 'closed', 'withdrawn'], level: true, search: true, stateKind: 'states' },
};

/** Counts of the signed-in party's lists (GET /inbox), for the navigation; asked again every 30 s. */
export function useInboxCounts() {
  const session = useSession();
  return useQuery({
    queryKey: ['inbox', 'counts', session?.role, session?.organisation?.id],
    queryFn: () => unwrap(api.GET('/inbox')),
    enabled: !!session && !session.user?.mustChangePassword,
    refetchInterval: 30_000,
  });
}
