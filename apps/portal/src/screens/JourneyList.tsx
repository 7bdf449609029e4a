import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap, type JourneySummary } from '../api/client';
import type { paths } from '../api/schema';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { formatDate, formatDateTime } from '../format';
import { READ_ALL_ROLES } from '../roles';
import { useSession } from '../session';
import { useInboxCounts } from './inbox/sections';

type Query = NonNullable<paths['/journeys']['get']['parameters']['query']>;
type Filter = 'state' | 'level' | 'project' | 'organisation';

/** Typed by the API's enum: a state the API drops or adds without this list changing does not compile. */
const STATES: NonNullable<Query['state']>[] = ['applied', 'enrolled', 'trainingCompleted', 'registering', 'registered', 'passed', 'failed', 'certified', 'subsidyClaimed', 'claimRefused', 'closed', 'withdrawn'];
const LEVELS = [1, 2, 3, 4, 5];
const PAGE_SIZES = [10, 20, 50];

/** The URL holds the filters and the page, so a list can be bookmarked, shared and reloaded as it was. */
function queryOf(params: URLSearchParams): Query {
  const q: Record<string, string | number> = {};
  for (const [k, v] of params) if (v !== '') q[k] = ['level', 'page', 'pageSize'].includes(k) && /^\d+$/.test(v) ? Number(v) : v;
  return q as Query;
}

export function JourneyList() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const query = queryOf(params);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const list = useQuery({
    queryKey: ['journeys', query],
    queryFn: () => unwrap(api.GET('/journeys', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  useEffect(() => form.setFieldsValue({ state: query.state, level: query.level, project: query.project, organisation: query.organisation }), [params]); // eslint-disable-line react-hooks/exhaustive-deps

  const error = list.error instanceof ApiError ? list.error : null;
  // A 400 naming one of the filters is shown at that filter (e.g. level=9 typed into the address bar).
  const fieldError = error?.status === 400 && error.body?.field && ['state', 'level', 'project', 'organisation', 'page', 'pageSize'].includes(error.body.field) ? error.body : null;
  const at = (f: Filter) => (fieldError?.field === f ? { validateStatus: 'error' as const, help: fieldError.message } : {});

  const apply = (values: Partial<Record<Filter, string | number | undefined>>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '') next.set(k, String(v));
    if (pageSize !== 20) next.set('pageSize', String(pageSize));
    setParams(next);
  };
  const goTo = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(size !== pageSize ? 1 : p));
    next.set('pageSize', String(size));
    setParams(next);
  };

  const levelLabel = (level: number) => t('level', { level });
  // Its own journeys by state (GET /inbox), each a link to the list filtered by it; READ_ALL roles search instead.
  const counts = useInboxCounts();
  const byState = session && !READ_ALL_ROLES.includes(session.role) ? Object.entries(counts.data?.journeysByState ?? {}) : [];
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('journeys.title')}
      </Typography.Title>
      {byState.length > 0 && (
        <nav aria-label={t('inbox.byState')} className="filters" data-testid="journeys-by-state">
          <Space wrap>
            {STATES.filter((st) => byState.some(([k]) => k === st)).map((st) => (
              <Link key={st} to={`/portal/journeys?state=${st}`}>
                {t(`states.${st}`)} <span className="nav-count">{byState.find(([k]) => k === st)![1]}</span>
              </Link>
            ))}
          </Space>
        </nav>
      )}
      <section aria-label={t('journeys.filters')}>
        <Form form={form} layout="inline" onFinish={apply} className="filters">
          <Form.Item label={t('journeys.state')} name="state" {...at('state')}>
            <Select allowClear placeholder={t('journeys.anyState')} style={{ width: 200 }} options={STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))} />
          </Form.Item>
          <Form.Item label={t('journeys.level')} name="level" {...at('level')}>
            <Select allowClear placeholder={t('journeys.anyLevel')} style={{ width: 120 }} options={LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))} />
          </Form.Item>
          <Form.Item label={t('journeys.project')} name="project" {...at('project')}>
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          {session && READ_ALL_ROLES.includes(session.role) && (
            <Form.Item label={t('journeys.organisation')} name="organisation" {...at('organisation')}>
              <Input allowClear style={{ width: 200 }} />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit">
              {t('journeys.apply')}
            </Button>
            <Button onClick={() => setParams(new URLSearchParams())}>{t('journeys.reset')}</Button>
          </Space>
        </Form>
      </section>
      {list.error && !fieldError && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<JourneySummary>
        rowKey="journeyId"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('journeys.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          pageSizeOptions: PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => t('journeys.total', { total }),
          onChange: goTo,
        }}
        columns={[
          { title: t('journeys.journey'), dataIndex: 'journeyId', render: (id: string) => <Link to={`/portal/journeys/${encodeURIComponent(id)}`}>{id}</Link> },
          { title: t('journeys.person'), dataIndex: 'person' },
          { title: t('journeys.level'), dataIndex: 'targetLevel', render: levelLabel },
          { title: t('journeys.state'), dataIndex: 'state', render: (s: string) => <Tag color="blue">{t(`states.${s}`, { defaultValue: s })}</Tag> },
          { title: t('journeys.openedAt'), dataIndex: 'openedAt', render: formatDate },
          { title: t('journeys.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
        ]}
      />
    </>
  );
}
