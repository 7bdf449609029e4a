import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type SelectQueryBuilder, type ObjectLiteral } from 'typeorm';
import type { KeyRole } from '@heze/machines';
import { SECTIONS_OF } from '@heze/temporal/inbox';
import { JourneyProjection, NotificationRecord, OrganisationRecord, ProcessProjection, ViolationCase, type ClaimProjectionDetail } from '@heze/persistence';
import { workingDaysBetween, type WorkingDayCalendar } from '@heze/rules';
import type { Caller } from '../auth/caller';
import { readsAll } from '../auth/party.decorator';
import { WORKING_DAY_CALENDAR } from '../infrastructure/tokens';
import type { InboxCounts, InboxItem, InboxPage, InboxQuery, InboxSection } from './inbox.dto';

/**
 * What waits for each party (issue 15), read from the read model only (journey_projections,
 * process_projections, violation_cases, notifications): never a workflow, so a busy worker never slows
 * an inbox. Oldest first unless asked otherwise; every section is scoped to the caller's organisation,
 * except where the rules let any organisation of the role act (an applied journey may be enrolled by
 * any training institution, a trained candidate registered by any evaluation organisation:
 * `journey.any`) and for the roles that read everything.
 */
export { SECTIONS_OF, rolesOf } from '@heze/temporal/inbox';

const JOURNEY_SECTIONS = ['enrolment-applications', 'trainees', 'candidates', 'results', 'certificates', 'search'] as const;
type JourneySection = (typeof JOURNEY_SECTIONS)[number];
const isJourneySection = (s: InboxSection): s is JourneySection => (JOURNEY_SECTIONS as readonly string[]).includes(s);

/** The states a section lists (the state filter narrows within them). */
const JOURNEY_STATES: Record<Exclude<JourneySection, 'search'>, string[]> = {
  'enrolment-applications': ['applied'],
  trainees: ['enrolled'],
  candidates: ['trainingCompleted', 'failed'],
  results: ['registered'],
  certificates: ['passed'],
};
/**
 * Since when a journey waits: the moment it reached the state it is in (the statistics columns), not
 * its last transition (recording agreed pay or opening a study leave changes no step). Rows projected
 * before those columns existed fall back to the last transition.
 */
const REACHED: Record<string, keyof JourneyProjection> = {
  applied: 'openedAt',
  enrolled: 'enrolledAt',
  trainingCompleted: 'trainedAt',
  registered: 'registeredAt',
  passed: 'resultAt',
  failed: 'resultAt',
  certified: 'certifiedAt',
  closed: 'closedAt',
  withdrawn: 'withdrawnAt',
};
const reachedAt = (r: JourneyProjection): string => ((REACHED[r.state] && (r[REACHED[r.state]!] as string | null)) || r.updatedAt);
const REACHED_SQL = `COALESCE(CASE j.state ${Object.entries(REACHED)
  .map(([state, column]) => `WHEN '${state}' THEN j."${column}"`)
  .join(' ')} END, j."updatedAt")`;

const LEAVE_STATES = { 'leave-requests': ['requested', 'escalated'], 'active-leaves': ['approved', 'active', 'ended'] } as const;
const CLAIM_OPEN_STATES = ['submitted', 'approved', 'paymentInstructed'];

const bad = (field: string, message: string) => new BadRequestException({ field, message: `${field}: ${message}` });
const today = () => new Date().toISOString().slice(0, 10);
const json = (text: string | null | undefined): Record<string, any> => {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
};

/** An inbox item, in the response's field order: what a section leaves out is null (no due date, not overdue, no amount). */
function item(x: Pick<InboxItem, 'id' | 'journeyId' | 'state' | 'since' | 'detail'> & Partial<InboxItem>): InboxItem {
  return {
    id: x.id,
    journeyId: x.journeyId,
    person: x.person ?? null,
    level: x.level ?? null,
    state: x.state,
    organisationId: x.organisationId ?? null,
    organisationName: x.organisationName ?? null,
    since: x.since,
    dueOn: x.dueOn ?? null,
    workingDaysLeft: x.workingDaysLeft ?? null,
    overdue: x.overdue ?? false,
    amount: x.amount ?? null,
    detail: x.detail,
  };
}

/** The masked person and target level of the row's journey (none: null). */
const ofJourney = (j: JourneyProjection | undefined) => ({ person: j?.personMasked ?? null, level: j?.targetLevel ?? null });

@Injectable()
export class InboxService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  /** Counts for the navigation: every section of the caller's role, and its journeys by state. */
  async counts(caller: Caller): Promise<InboxCounts> {
    const role = caller.role as KeyRole;
    const sections = [];
    for (const section of SECTIONS_OF[role] ?? []) {
      if (section === 'search') continue; // a search, not a list of what waits
      const page = await this.section(caller, section, { page: 1, pageSize: 100, sort: 'since', order: 'asc' });
      // Up to 100 items are looked at for the overdue count; the total is exact.
      sections.push({ section, count: page.total, overdue: page.items.filter((i) => i.overdue).length });
    }
    const qb = this.ds.getRepository(JourneyProjection).createQueryBuilder('j').select('j.state', 'state').addSelect('COUNT(*)', 'n').groupBy('j.state');
    if (!readsAll(caller.role)) qb.where('(j.employerId = :org OR j.trainingInstitutionId = :org OR j.evaluationOrganisationId = :org OR j.agencyId = :org)', { org: caller.organisationId ?? '' });
    const byState = Object.fromEntries((await qb.getRawMany<{ state: string; n: string | number }>()).map((r) => [r.state, Number(r.n)]));
    return { role, sections, journeysByState: byState };
  }

  async section(caller: Caller, section: InboxSection, q: InboxQuery): Promise<InboxPage> {
    const me = caller.organisationId ?? '';
    const all = readsAll(caller.role);
    if (!all && (q.organisation || q.project || q.from || q.to)) {
      const field = q.organisation ? 'organisation' : q.project ? 'project' : q.from ? 'from' : 'to';
      throw bad(field, 'only auditors, labour inspection and the programme office filter by organisation, project or dates');
    }
    if (q.from && q.to && q.from > q.to) throw bad('to', `must not be before from (${q.from})`);
    let result: { total: number; items: InboxItem[] };
    if (isJourneySection(section)) result = await this.journeys(section, q, me);
    else if (section === 'leave-requests' || section === 'active-leaves') result = await this.leaves(section, q, me);
    else if (section === 'violations') result = await this.violations(q, all ? q.organisation : me);
    else if (section === 'claims' || section === 'payments') result = await this.claims(section, q, me);
    else if (section === 'incentives') result = await this.incentives(q, me);
    else result = await this.notifications(caller, q);
    return { section, total: result.total, page: q.page, pageSize: q.pageSize, items: result.items };
  }

  private refuse(q: InboxQuery, allowed: { sorts: string[]; level?: boolean; filters?: boolean }) {
    if (!allowed.sorts.includes(q.sort)) throw bad('sort', `this list sorts by ${allowed.sorts.join(', ')}`);
    if (q.level !== undefined && !allowed.level) throw bad('level', 'this list has no level filter');
    if (!allowed.filters && (q.organisation || q.project || q.from || q.to)) throw bad(q.organisation ? 'organisation' : q.project ? 'project' : q.from ? 'from' : 'to', 'this list has no such filter');
  }

  private async page<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: InboxQuery, columns: Record<string, string>, tieBreak: string) {
    const dir = q.order === 'desc' ? 'DESC' : 'ASC';
    return qb
      .orderBy(columns[q.sort]!, dir)
      .addOrderBy(tieBreak, 'ASC')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
  }

  private async names(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
    const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows = await this.ds.getRepository(OrganisationRecord).find({ where: { id: In(wanted) }, select: { id: true, name: true } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async journeyRows(ids: Iterable<string | null>): Promise<Map<string, JourneyProjection>> {
    const wanted = [...new Set([...ids].filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const rows = await this.ds.getRepository(JourneyProjection).find({ where: { journeyId: In(wanted) } });
    return new Map(rows.map((r) => [r.journeyId, r]));
  }

  /** Working days from today to `due` (the calendar files the API loaded); null beyond the calendar. */
  private workingDaysLeft(due: string): number | null {
    const now = today();
    try {
      return now <= due ? workingDaysBetween(now, due, this.calendar) : -workingDaysBetween(due, now, this.calendar);
    } catch {
      return null;
    }
  }

  private async journeys(section: JourneySection, q: InboxQuery, me: string) {
    this.refuse(q, { sorts: ['since', 'level', 'state'], level: true, filters: section === 'search' });
    const qb = this.ds.getRepository(JourneyProjection).createQueryBuilder('j');
    if (section !== 'search') qb.andWhere('j.state IN (:...states)', { states: JOURNEY_STATES[section] });
    if (q.state) qb.andWhere('j.state = :state', { state: q.state });
    if (q.level) qb.andWhere('j.targetLevel = :level', { level: q.level });
    // Whose: an institution's own trainees; the organisation a candidate is registered with; applications
    // and first registrations are open to every organisation of the role (journey.any).
    if (section === 'trainees') qb.andWhere('j.trainingInstitutionId = :me', { me });
    if (section === 'results' || section === 'certificates') qb.andWhere('j.evaluationOrganisationId = :me', { me });
    if (section === 'candidates') qb.andWhere("(j.state = 'trainingCompleted' OR j.evaluationOrganisationId = :me)", { me });
    if (section === 'search') {
      if (q.organisation) qb.andWhere('(j.employerId = :org OR j.trainingInstitutionId = :org OR j.evaluationOrganisationId = :org OR j.agencyId = :org)', { org: q.organisation });
      if (q.project) qb.andWhere('j.projectId = :project', { project: q.project });
      // Dates are the opening day (China Standard Time is what people mean; stored instants are UTC).
      if (q.from) qb.andWhere('j.openedAt >= :from', { from: `${q.from}T00:00:00.000Z` });
      if (q.to) qb.andWhere('j.openedAt <= :to', { to: `${q.to}T23:59:59.999Z` });
    }
    // The search lists journeys by their opening; the other lists by how long they have waited.
    const since = section === 'search' ? 'j.openedAt' : REACHED_SQL;
    const [rows, total] = await this.page(qb, q, { since, level: 'j.targetLevel', state: 'j.state' }, 'j.journeyId');
    const names = await this.names(rows.map((r) => r.employerId));
    const items = rows.map((r) =>
      item({
        id: r.journeyId,
        journeyId: r.journeyId,
        person: r.personMasked,
        level: r.targetLevel,
        state: r.state,
        organisationId: r.employerId,
        organisationName: names.get(r.employerId) ?? null,
        since: section === 'search' ? r.openedAt : reachedAt(r),
        detail: { openedAt: r.openedAt, updatedAt: r.updatedAt, attempts: r.attempts, projectId: r.projectId, trainingInstitutionId: r.trainingInstitutionId, evaluationOrganisationId: r.evaluationOrganisationId },
      }),
    );
    return { total, items };
  }

  /** Study leaves to decide (RULES.md §4 wage.leave-escalation: the deadline in working days), or running with payroll to record. */
  private async leaves(section: 'leave-requests' | 'active-leaves', q: InboxQuery, me: string) {
    this.refuse(q, { sorts: ['since', 'state'] });
    const qb = this.ds
      .getRepository(ProcessProjection)
      .createQueryBuilder('p')
      .where("p.kind = 'study-leave'")
      .andWhere('p.ownerId = :me', { me })
      .andWhere('p.state IN (:...states)', { states: [...LEAVE_STATES[section]] });
    if (q.state) qb.andWhere('p.state = :state', { state: q.state });
    const [rows, total] = await this.page(qb, q, { since: 'p.updatedAt', state: 'p.state' }, 'p.workflowId');
    const journeys = await this.journeyRows(rows.map((r) => r.journeyId));
    // The wage-protection case of each leave (`<leaveId>-wages`): its state says whether payroll is short.
    const wages = rows.length
      ? new Map((await this.ds.getRepository(ProcessProjection).find({ where: { workflowId: In(rows.map((r) => `${r.workflowId}-wages`)) } })).map((w) => [w.workflowId, w]))
      : new Map<string, ProcessProjection>();
    const items = rows.map((r): InboxItem => {
      const d = json(r.detail);
      const j = r.journeyId ? journeys.get(r.journeyId) : undefined;
      const due = section === 'leave-requests' && typeof d.escalationDeadline === 'string' ? (d.escalationDeadline as string) : null;
      const wage = wages.get(`${r.workflowId}-wages`);
      return item({
        id: r.workflowId,
        journeyId: r.journeyId,
        ...ofJourney(j),
        state: r.state,
        since: r.updatedAt,
        dueOn: due,
        workingDaysLeft: due ? this.workingDaysLeft(due) : null,
        overdue: section === 'leave-requests' && (r.state === 'escalated' || (!!due && today() > due)),
        detail: { from: d.from ?? null, to: d.to ?? null, purpose: d.purpose ?? null, escalated: !!d.escalated, protectedPeriod: d.protectedPeriod ?? null, wageState: wage?.state ?? null, openViolationId: wage ? (json(wage.detail).openViolationId ?? null) : null },
      });
    });
    return { total, items };
  }

  /** Open violations with the amount still owed (RULES.md §4): the employer's own, or everyone's for inspection. */
  private async violations(q: InboxQuery, employerId: string | undefined) {
    this.refuse(q, { sorts: ['since', 'amount'], filters: true });
    if (q.from || q.to) throw bad(q.from ? 'from' : 'to', 'violations have no date filter');
    const qb = this.ds.getRepository(ViolationCase).createQueryBuilder('v');
    qb.where('v.status = :status', { status: q.state ?? 'open' });
    if (employerId) qb.andWhere('v.employerId = :employerId', { employerId });
    if (q.project) qb.andWhere('v.projectId = :project', { project: q.project });
    const [rows, total] = await this.page(qb, q, { since: 'v.openedAt', amount: 'v.shortfallFen' }, 'v.caseId');
    const [names, journeys] = await Promise.all([this.names(rows.map((r) => r.employerId)), this.journeyRows(rows.map((r) => r.journeyId))]);
    const items = rows.map((r): InboxItem => {
      const j = journeys.get(r.journeyId);
      return item({
        id: r.caseId,
        journeyId: r.journeyId,
        ...ofJourney(j),
        state: r.status,
        organisationId: r.employerId,
        organisationName: names.get(r.employerId) ?? null,
        since: r.openedAt,
        amount: r.shortfallFen / 100,
        detail: { projectId: r.projectId, closedAt: r.closedAt, ...pickShortfall(json(r.detail)) },
      });
    });
    return { total, items };
  }

  /** Subsidy claims: an employer's (through its journeys) in any state, or an agency's awaiting its payment confirmation. */
  private async claims(section: 'claims' | 'payments', q: InboxQuery, me: string) {
    this.refuse(q, { sorts: ['since', 'state'] });
    const qb = this.ds.getRepository(ProcessProjection).createQueryBuilder('p').where("p.kind = 'subsidy-claim'");
    if (section === 'payments') qb.andWhere('p.ownerId = :me', { me }).andWhere("p.state = 'paymentInstructed'");
    else qb.andWhere('p.journeyId IN (SELECT j."journeyId" FROM journey_projections j WHERE j."employerId" = :me)', { me });
    if (q.state) qb.andWhere('p.state = :state', { state: q.state });
    const [rows, total] = await this.page(qb, q, { since: 'p.updatedAt', state: 'p.state' }, 'p.workflowId');
    const [journeys, names] = await Promise.all([this.journeyRows(rows.map((r) => r.journeyId)), this.names(rows.map((r) => r.ownerId))]);
    const items = rows.map((r): InboxItem => {
      const d = json(r.detail) as Partial<ClaimProjectionDetail>;
      const c = (d.view?.context ?? {}) as Record<string, any>;
      const j = r.journeyId ? journeys.get(r.journeyId) : undefined;
      const overdue = c.paymentOverdue === true;
      // The payment deadline runs from the instruction (the row's last transition) until it is flagged.
      const deadlineMs = Number(c.config?.paymentDeadlineMs);
      const dueOn = r.state === 'paymentInstructed' && !overdue && Number.isFinite(deadlineMs) ? new Date(Date.parse(r.updatedAt) + deadlineMs).toISOString().slice(0, 10) : null;
      return item({
        id: r.workflowId,
        journeyId: r.journeyId,
        ...ofJourney(j),
        state: r.state,
        organisationId: r.ownerId,
        organisationName: names.get(r.ownerId) ?? null,
        since: r.updatedAt,
        dueOn,
        overdue,
        amount: typeof c.amount === 'number' ? c.amount : null,
        detail: { year: c.year ?? null, paymentReference: c.paymentReference ?? null, failingRules: c.failingRules ?? [], paidOn: c.paidOn ?? null, open: CLAIM_OPEN_STATES.includes(r.state) },
      });
    });
    return { total, items };
  }

  /** The incentive standing of the employer's projects (RULES.md §6). */
  private async incentives(q: InboxQuery, me: string) {
    this.refuse(q, { sorts: ['since', 'state'] });
    const qb = this.ds.getRepository(ProcessProjection).createQueryBuilder('p').where("p.kind = 'project-incentive'").andWhere('p.ownerId = :me', { me });
    if (q.state) qb.andWhere('p.state = :state', { state: q.state });
    const [rows, total] = await this.page(qb, q, { since: 'p.updatedAt', state: 'p.state' }, 'p.workflowId');
    const items = rows.map((r): InboxItem => {
      const d = json(r.detail);
      return item({
        id: r.workflowId,
        journeyId: r.journeyId,
        state: r.state,
        organisationId: r.ownerId,
        since: r.updatedAt,
        detail: d,
      });
    });
    return { total, items };
  }

  /** Notifications: inspection's own (unanswered leaves, violations), an agency's own, everyone's for auditors. */
  private async notifications(caller: Caller, q: InboxQuery) {
    this.refuse(q, { sorts: ['since'], filters: true });
    if (q.project || q.from || q.to) throw bad(q.project ? 'project' : q.from ? 'from' : 'to', 'notifications have no such filter');
    const qb = this.ds.getRepository(NotificationRecord).createQueryBuilder('n');
    if (caller.role === 'labour-inspection') qb.where("n.recipientRole = 'labour-inspection'");
    if (caller.role === 'social-insurance-agency') qb.where('n.recipientId = :me', { me: caller.organisationId ?? '' });
    if (q.organisation) qb.andWhere('n.recipientId = :org', { org: q.organisation });
    if (q.state) qb.andWhere('n.kind = :kind', { kind: q.state });
    const [rows, total] = await this.page(qb, q, { since: 'n.createdAt' }, 'n.id');
    const journeys = await this.journeyRows(rows.map((r) => r.journeyId));
    const items = rows.map((r): InboxItem => {
      const p = json(r.payload);
      const j = journeys.get(r.journeyId);
      return item({
        id: r.id,
        journeyId: j ? r.journeyId : null,
        ...ofJourney(j),
        state: r.kind,
        organisationId: j?.employerId ?? (typeof p.employerId === 'string' ? p.employerId : null),
        since: r.createdAt,
        dueOn: typeof p.deadline === 'string' ? p.deadline.slice(0, 10) : null,
        detail: { recipientRole: r.recipientRole, recipientId: r.recipientId, deliveredAt: r.deliveredAt, processId: j ? null : r.journeyId },
      });
    });
    return { total, items };
  }
}

/** The shortfall's components, without anything personal. */
function pickShortfall(d: Record<string, any>): Record<string, unknown> {
  const s = d.shortfall ?? d;
  return { byComponent: s?.byComponent ?? null, period: d.period ?? null };
}
