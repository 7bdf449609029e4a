import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, unwrap, type TimelineEntry } from '../api/client';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { StepForm } from '../components/StepForm';
import { formatDate, formatDateTime } from '../format';
import { mayWithdraw, seesTimeline } from '../roles';
import { useSession } from '../session';
import { NotFound } from './NotFound';

/** One journey: its state, what it takes next, and for auditors the timeline of who did what. */
export function JourneyPage() {
  const { t } = useTranslation();
  const { journeyId = '' } = useParams();
  const session = useSession();
  const journey = useQuery({
    queryKey: ['journey', journeyId],
    queryFn: () => unwrap(api.GET('/journeys/{journeyId}', { params: { path: { journeyId } } })),
    retry: (n, err) => err instanceof ApiError && err.status === 503 && n < 1,
  });
  const auditing = !!session && seesTimeline(session.role);
  const timeline = useQuery({
    queryKey: ['timeline', journeyId],
    queryFn: () => unwrap(api.GET('/audit/journeys/{journeyId}/timeline', { params: { path: { journeyId } } })),
    enabled: auditing && journey.isSuccess,
  });

  // Another organisation's journey is a 404 from the API, and a 404 page here: its existence is not told.
  if (journey.error instanceof ApiError && (journey.error.status === 404 || journey.error.status === 400)) return <NotFound />;
  const j = journey.data;
  const none = <Typography.Text type="secondary">{t('journey.none')}</Typography.Text>;
  const refresh = () => {
    void journey.refetch();
    if (auditing) void timeline.refetch();
  };
  const stateTag = (s: string | null | undefined) => (s ? <Tag color="blue">{t(`states.${s}`, { defaultValue: s })}</Tag> : null);

  return (
    <>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Link to="/portal/journeys">{t('journey.back')}</Link>
        <Typography.Title level={1} className="page-title">
          {t('journey.title', { id: journeyId })}
        </Typography.Title>
      </Space>
      {journey.error && <ApiErrorAlert error={journey.error} onRetry={refresh} onRefresh={refresh} />}
      {journey.isPending && <Spin />}
      {j && (
        <>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
              <Descriptions.Item label={t('journey.state')}>
                <span data-testid="journey-state">{stateTag(j.state)}</span>
                {j.workflow.done && <Tag>{t('journey.done')}</Tag>}
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
            </Descriptions>
          </Card>
          <Card
            title={<h2 className="card-title">{t('journey.allowed')}</h2>}
            extra={<Button onClick={refresh}>{t('journey.refresh')}</Button>}
            style={{ marginTop: 16 }}
          >
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
          </Card>
        </>
      )}
      {j && session && mayWithdraw(session.role) && j.workflow.allowedEvents.includes('withdraw') && (
        <StepForm<{ reason: string }>
          journeyId={journeyId}
          title={t('steps.withdrawTitle')}
          submitLabel={t('steps.withdrawSubmit')}
          danger
          send={(body) => unwrap(api.POST('/journeys/{journeyId}/withdrawal', { params: { path: { journeyId } }, body }))}
        >
          <Form.Item label={t('steps.withdrawReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('steps.withdrawReasonRequired') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </StepForm>
      )}
      {auditing && j && (
        <Card title={<h2 className="card-title">{t('journey.timeline')}</h2>} style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('journey.timelineHelp')}</Typography.Paragraph>
          {timeline.error && <ApiErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />}
          <Table<TimelineEntry>
            data-testid="timeline"
            size="small"
            rowKey={(e) => `${e.workflowId}:${e.eventId}:${e.kind}`}
            loading={timeline.isFetching}
            dataSource={timeline.data?.entries ?? []}
            pagination={false}
            columns={[
              { title: t('journey.when'), dataIndex: 'at', render: formatDateTime },
              {
                title: t('journey.who'),
                dataIndex: 'actor',
                render: (a: TimelineEntry['actor']) =>
                  a ? `${a.userName ?? a.organisationId ?? ''} · ${t(`roles.${a.role}`, { defaultValue: a.role })}` : t('journey.system'),
              },
              { title: t('journey.what'), dataIndex: 'what' },
              {
                title: t('journey.change'),
                key: 'change',
                render: (_: unknown, e) => (e.before || e.after ? <span>{stateTag(e.before)} → {stateTag(e.after)}</span> : null),
              },
              { title: t('journey.clauses'), dataIndex: 'clauses', render: (c: string[]) => c.map((x) => <Tag key={x}>{x}</Tag>) },
            ]}
          />
        </Card>
      )}
    </>
  );
}
