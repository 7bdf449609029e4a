import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatCny } from '../../components/steps/fields';
import { formatDate, formatDateTime } from '../../format';
import { NotFound } from '../NotFound';
import { SECTIONS, type InboxItem, type InboxQuery, type InboxSection } from './sections';

const PAGE_SIZES = [10, 20, 50, 100];
const NUMERIC = ['page', 'pageSize', 'level'];
type Filter = 'state' | 'level' | 'organisation' | 'project' | 'from' | 'to';

/** The URL holds page, sort and filters: a list can be bookmarked, shared and reloaded as it was. */
function queryOf(params: URLSearchParams): InboxQuery {
  const q: Record<string, string | number> = {};
  for (const [k, v] of params) if (v !== '') q[k] = NUMERIC.includes(k) && /^\d+$/.test(v) ? Number(v) : v;
  return q as InboxQuery;
}

function Due({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  if (item.overdue) return <Tag color="red">{t('inbox.overdue')}</Tag>;
  if (!item.dueOn) return null;
  return (
    <span>
      {item.dueOn}
      {item.workingDaysLeft !== null && <span className="inbox-days"> · {t('inbox.workingDaysLeft', { n: item.workingDaysLeft })}</span>}
    </span>
  );
}

/** One of the party's lists (GET /inbox/<section>): oldest first, paginated, sortable, filters in the URL. */
export function InboxList() {
  const { t } = useTranslation();
  const { section } = useParams<{ section: string }>();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const meta = SECTIONS[section as InboxSection];
  const query = queryOf(params);
  const list = useQuery({
    queryKey: ['inbox', section, query],
    queryFn: () => unwrap(api.GET(meta.path, { params: { query } })),
    enabled: !!meta,
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    form.setFieldsValue({ state: query.state, level: query.level, organisation: query.organisation, project: query.project, from: query.from, to: query.to });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params.toString()]);
  // A 400 naming a filter is shown at that filter.
  const error = list.error instanceof ApiError ? list.error : null;
  const badField = error?.status === 400 && ['state', 'level', 'organisation', 'project', 'from', 'to'].includes(String(error.body?.field)) ? (error.body!.field as Filter) : undefined;
  const at = (f: Filter) => (badField === f ? { validateStatus: 'error' as const, help: error!.body!.message } : {});
  if (!meta) return <NotFound />;

  const set = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '' || v === null) next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next);
  };
  const apply = (v: Record<string, any>) =>
    set({ state: v.state, level: v.level, organisation: v.organisation?.trim(), project: v.project?.trim(), from: v.from?.trim(), to: v.to?.trim(), page: undefined });
  const stateLabel = (s: string) => (meta.stateKind === 'states' ? t(`states.${s}`, { defaultValue: s }) : t(`inbox.${meta.stateKind}.${s}`, { defaultValue: s }));
  const sortOrder = (key: string) => ((query.sort ?? 'since') === key ? ((query.order ?? 'asc') === 'asc' ? ('ascend' as const) : ('descend' as const)) : null);
  const sortable = (key: string) => (meta.sorts.includes(key) ? { sorter: true, sortOrder: sortOrder(key), sortDirections: ['ascend' as const, 'descend' as const, 'ascend' as const] } : {});

  const columns = {
    journey: {
      title: t('inbox.journey'),
      key: 'journey',
      render: (_: unknown, i: InboxItem) => (i.journeyId ? <Link to={`/portal/journeys/${i.journeyId}`}>{i.journeyId}</Link> : i.id),
    },
    person: { title: t('journeys.person'), dataIndex: 'person', key: 'person' },
    level: { title: t('journeys.level'), dataIndex: 'level', key: 'level', ...sortable('level'), render: (l: number | null) => (l ? t('level', { level: l }) : '') },
    state: { title: t('journeys.state'), dataIndex: 'state', key: 'state', ...sortable('state'), render: (s: string) => <Tag color="blue">{stateLabel(s)}</Tag> },
    organisation: { title: t(`inbox.organisationOf.${section}`, { defaultValue: t('inbox.organisation') }), key: 'organisation', render: (_: unknown, i: InboxItem) => i.organisationName ?? i.organisationId ?? '' },
    since: { title: t('inbox.since'), dataIndex: 'since', key: 'since', ...sortable('since'), render: (d: string) => formatDateTime(d) },
    due: { title: t('inbox.due'), key: 'due', render: (_: unknown, i: InboxItem) => <Due item={i} /> },
    amount: { title: t(section === 'violations' ? 'inbox.owed' : 'inbox.amount'), dataIndex: 'amount', key: 'amount', align: 'right' as const, ...sortable('amount'), render: (a: number | null) => formatCny(a) },
    leave: { title: t('inbox.leave'), key: 'leave', render: (_: unknown, i: InboxItem) => (i.detail.from ? `${formatDate(String(i.detail.from))} — ${formatDate(String(i.detail.to))}` : '') },
    wage: { title: t('inbox.wage'), key: 'wage', render: (_: unknown, i: InboxItem) => (i.detail.wageState ? <Tag color={i.detail.wageState === 'violation' ? 'red' : undefined}>{t(`inbox.wageState.${i.detail.wageState}`, { defaultValue: String(i.detail.wageState) })}</Tag> : '') },
  };

  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t(`inbox.sections.${section}`)}
      </Typography.Title>
      <Typography.Paragraph>{t(`inbox.help.${section}`)}</Typography.Paragraph>
      {(meta.states || meta.level || meta.search) && (
        <Form form={form} layout="inline" className="filters" onFinish={apply} aria-label={t('journeys.filters')} name={`inbox-${section}`}>
          {meta.states && (
            <Form.Item label={t('journeys.state')} name="state" {...at('state')}>
              <Select allowClear placeholder={t('journeys.anyState')} style={{ width: 180 }} options={meta.states.map((s) => ({ value: s, label: stateLabel(s) }))} />
            </Form.Item>
          )}
          {meta.level && (
            <Form.Item label={t('journeys.level')} name="level" {...at('level')}>
              <Select allowClear placeholder={t('journeys.anyLevel')} style={{ width: 110 }} options={[1, 2, 3, 4, 5].map((l) => ({ value: l, label: t('level', { level: l }) }))} />
            </Form.Item>
          )}
          {meta.search && (
            <>
              <Form.Item label={t('journeys.organisation')} name="organisation" {...at('organisation')}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item label={t('journeys.project')} name="project" {...at('project')}>
                <Input style={{ width: 160 }} />
              </Form.Item>
              {/* Dates typed as YYYY-MM-DD, the notice's form; the API checks them (a 400 at the field). */}
              <Form.Item label={t('inbox.from')} name="from" {...at('from')}>
                <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
              </Form.Item>
              <Form.Item label={t('inbox.to')} name="to" {...at('to')}>
                <Input placeholder="YYYY-MM-DD" style={{ width: 130 }} />
              </Form.Item>
            </>
          )}
          <Space>
            <Button type="primary" htmlType="submit">
              {t('journeys.apply')}
            </Button>
            <Button onClick={() => setParams({})}>{t('journeys.reset')}</Button>
          </Space>
        </Form>
      )}
      {list.error != null && !badField && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<InboxItem>
        data-testid={`inbox-${section}`}
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={meta.columns.map((c) => columns[c])}
        locale={{ emptyText: t('inbox.empty') }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order ? String(s.columnKey) : undefined;
          set({
            page: pagination.current && pagination.current !== 1 ? pagination.current : undefined,
            pageSize: pagination.pageSize && pagination.pageSize !== 20 ? pagination.pageSize : undefined,
            sort: key && key !== 'since' ? key : undefined,
            order: key && s?.order === 'descend' ? 'desc' : undefined,
          });
        }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: PAGE_SIZES, showTotal: (total) => t('journeys.total', { total }) }}
      />
    </>
  );
}
