import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { journeyMachine } from '@heze/machines';
import { api, ApiError, unwrap, type TimelineEntry } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { StateDiagram } from '../components/StateDiagram/StateDiagram';
import { StepConflict } from '../components/StepForm';
import { Claims } from '../components/steps/Claims';
import { JourneySteps } from '../components/steps/JourneySteps';
import { StudyLeaves } from '../components/steps/StudyLeaves';
import { formatDate, formatDateTime } from '../format';
import { seesTimeline } from '../roles';
import { useSession } from '../session';
import { AuditPanel } from './audit/AuditPanel';
import { NotFound } from './NotFound';

/** States in which the journey waits for the workflow itself (the rules, the claim's decision): read again soon. */
const WAITING = ['registering', 'subsidyClaimed'];
/** The entries a party reads by default; auditors may show the workflow's own activities, timers and signals too. */
const PARTY_KINDS = ['started', 'event', 'transition', 'decision', 'notification', 'ended'];

/**
 * One journey: its state, the steps the signed-in party may take now (only those the machine takes and
 * the party's role and organisation may send), its study leaves, wage case and claims, the machine drawn
 * with the path taken, the timeline, and for auditors replay, state at an event and the export.
 */
export function JourneyPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const session = useSession();
  const queries = useQueryClient();
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [everything, setEverything] = useState(false);
  const journey = useQuery({
    queryKey: ['journey', journeyId],
    queryFn: () => unwrap(api.GET('/journeys/{journeyId}', { params: { path: { journeyId } } })),
    retry: (n, err) => err instanceof ApiError && err.status === 503 && n < 1,
    // Also while the read model has not caught up with the workflow (it is written by the transition, a moment later).
    refetchInterval: (q) => (q.state.data && (WAITING.includes(q.state.data.workflow.state) || q.state.data.state !== q.state.data.workflow.state) ? 1500 : false),
    refetchIntervalInBackground: true,
  });
  const auditing = !!session && seesTimeline(session.role);
  const version = journey.data?.workflow.version;
  const timeline = useQuery({
    // Read again whenever the journey moved (its version is part of the key).
    queryKey: ['timeline', journeyId, version],
    queryFn: () => unwrap(api.GET('/journeys/{journeyId}/timeline', { params: { path: { journeyId } } })),
    enabled: journey.isSuccess,
    placeholderData: (previous) => previous,
  });

  // Another organisation's journey is a 404 from the API, and a 404 page here: its existence is not told.
  if (journey.error instanceof ApiError && (journey.error.status === 404 || journey.error.status === 400)) return <NotFound />;
  const j = journey.data;
  const entries = timeline.data?.entries ?? [];
  const shown = everything ? entries : entries.filter((e) => PARTY_KINDS.includes(e.kind));
  const none = <Typography.Text type="secondary">{t('journey.none')}</Typography.Text>;
  // The journey, its timeline, leaves, wage case and claims: all read again.
  const refresh = () => {
    setConflict(null);
    void queries.invalidateQueries();
  };
  const stateName = (s: string) => t(`states.${s}`, { defaultValue: s });
  const stateTag = (s: string | null | undefined) => (s ? <Tag color="blue">{stateName(s)}</Tag> : null);
  // Every entry of the journey's own workflow that names a state change (an Update's event, a transition).
  const journeyTransitions = entries.filter((e) => e.workflowId === journeyId && (e.before || e.after));
  const caseOf = (e: TimelineEntry) =>
    e.workflowId === journeyId ? t('journey.case.journey') : e.workflowId.includes('-claim-') ? t('journey.case.claim') : e.workflowId.endsWith('-wages') ? t('journey.case.wages') : e.workflowId.includes('-leave-') ? t('journey.case.leave') : e.workflowType;

  return (
    <StepConflict.Provider value={setConflict}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Link to="/portal/journeys">{t('journey.back')}</Link>
        <Typography.Title level={1} className="page-title">
          {t('journey.title', { id: journeyId })}
        </Typography.Title>
      </Space>
      {journey.error && <ApiErrorAlert error={journey.error} onRetry={refresh} onRefresh={refresh} />}
      {journey.isPending && <Spin />}
      {j && session && (
        <>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('journey.state')}>
                {/* The workflow's own state (its Query), which the allowed steps belong to. */}
                <span data-testid="journey-state">{stateTag(j.workflow.state)}</span>
                {j.workflow.done && <Tag>{t('journey.done')}</Tag>}
                {j.workflow.state === 'registering' && <Spin size="small" aria-label={t('journey.waiting')} />}
              </Descriptions.Item>
              <Descriptions.Item label={t('journey.level')}>{t('level', { level: j.targetLevel })}</Descriptions.Item>
              <Descriptions.Item label={t('journey.person')}>{j.person}</Descriptions.Item>
              <Descriptions.Item label={t('journey.employer')}>{j.employerId}</Descriptions.Item>
              <Descriptions.Item label={t('journey.trainingInstitution')}>{j.trainingInstitutionId ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('journey.evaluationOrganisation')}>{j.evaluationOrganisationId ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('journey.agency')}>{j.agencyId ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('journey.project')}>{j.projectId ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('journey.attempts')}>{j.attempts}</Descriptions.Item>
              <Descriptions.Item label={t('journey.openedAt')}>{formatDate(j.openedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('journey.updatedAt')}>{formatDateTime(j.updatedAt)}</Descriptions.Item>
              {typeof j.workflow.context.closedReason === 'string' && (
                <Descriptions.Item label={t('journey.closedReason')}>
                  <span data-testid="closed-reason">{t(`journey.closedReasons.${j.workflow.context.closedReason}`, { defaultValue: j.workflow.context.closedReason })}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card
            title={<h2 className="card-title">{t('journey.allowed')}</h2>}
            extra={<Button onClick={refresh}>{t('journey.refresh')}</Button>}
            style={{ marginTop: 16 }}
          >
            {conflict && <ApiErrorAlert error={conflict} onRefresh={refresh} />}
            {j.workflow.allowedEvents.length ? (
              <>
                <Typography.Paragraph type="secondary">{t('journey.allowedHelp')}</Typography.Paragraph>
                <ul className="allowed-events" data-testid="allowed-events">
                  {j.workflow.allowedEvents.map((e) => (
                    <li key={e}>
                      <Tag>{t(`events.${e}`, { defaultValue: e })}</Tag>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Typography.Text>{t('journey.allowedNone')}</Typography.Text>
            )}
            <JourneySteps j={j} session={session} />
          </Card>
          <StudyLeaves j={j} session={session} timeline={entries} />
          <Claims j={j} session={session} timeline={entries} />
          <Card title={<h2 className="card-title">{t('diagram.title')}</h2>} style={{ marginTop: 16 }}>
            <Typography.Paragraph type="secondary">{t('diagram.help')}</Typography.Paragraph>
            <StateDiagram machine={journeyMachine} current={j.workflow.state} transitions={journeyTransitions} title={t('diagram.journeyTitle')} testId="journey-diagram" />
          </Card>
          <Card
            title={<h2 className="card-title">{t('journey.timeline')}</h2>}
            style={{ marginTop: 16 }}
            extra={
              auditing ? (
                <label className="switch-label">
                  <Switch size="small" checked={everything} onChange={setEverything} aria-label={t('journey.everything')} /> {t('journey.everything')}
                </label>
              ) : undefined
            }
          >
            <Typography.Paragraph type="secondary">{t('journey.timelineHelp')}</Typography.Paragraph>
            {timeline.error && <ApiErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />}
            <Table<TimelineEntry>
              data-testid="timeline"
              size="small"
              rowKey={(e) => `${e.workflowId}:${e.eventId}:${e.kind}`}
              loading={timeline.isFetching && !timeline.data}
              dataSource={shown}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('journey.when'), dataIndex: 'at', render: (at: string) => <span className="nowrap">{formatDateTime(at)}</span> },
                {
                  title: t('journey.who'),
                  key: 'who',
                  render: (_: unknown, e) => (e.actor ? (e.actor.userName ?? (e.actor.keyId ? t('journey.apiKey') : '')) : t('journey.system')),
                },
                { title: t('journey.role'), key: 'role', render: (_: unknown, e) => (e.actor ? (e.actor.role === 'system' ? t('journey.system') : t(`roles.${e.actor.role}`, { defaultValue: e.actor.role })) : '') },
                { title: t('journey.organisation'), key: 'org', render: (_: unknown, e) => e.actor?.organisationId ?? '' },
                { title: t('journey.caseColumn'), key: 'case', render: (_: unknown, e) => <span className="nowrap">{caseOf(e)}</span> },
                { title: t('journey.what'), dataIndex: 'what', render: (w: string) => t(`events.${w}`, { defaultValue: w }) },
                {
                  title: t('journey.change'),
                  key: 'change',
                  render: (_: unknown, e) => (e.before || e.after ? <span>{stateTag(e.before)} → {stateTag(e.after)}</span> : null),
                },
                { title: t('journey.clauses'), dataIndex: 'clauses', render: (c: string[]) => c.map((x) => <Tag key={x}>{x}</Tag>) },
                ...(auditing ? [{ title: t('journey.detail'), dataIndex: 'detail' as const }] : []),
              ]}
            />
          </Card>
          {auditing && <AuditPanel journeyId={journeyId} timeline={entries} />}
        </>
      )}
    </StepConflict.Provider>
  );
}
