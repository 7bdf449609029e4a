import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDate } from '../../format';

type Query = NonNullable<paths['/statistics/journeys']['get']['parameters']['query']>;
type Row = Schemas['StatisticsJourneyPageDto']['items'][number];
const NUMBERS = ['level', 'claimYear', 'page', 'pageSize'];

/** The journeys behind one figure (its filters are the URL's), each linking to the journey's page and timeline. */
export function StatisticsJourneys() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query: Record<string, string | number> = {};
  for (const [k, v] of params) if (v !== '') query[k] = NUMBERS.includes(k) && /^\d+$/.test(v) ? Number(v) : v;
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 20);
  const list = useQuery({
    queryKey: ['statistics-journeys', query],
    queryFn: () => unwrap(api.GET('/statistics/journeys', { params: { query: { pageSize, ...query } as Query } })),
    placeholderData: keepPreviousData,
  });
  const filters = [...params].filter(([k]) => k !== 'page' && k !== 'pageSize');
  const goTo = (p: number, size: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(size !== pageSize ? 1 : p));
    next.set('pageSize', String(size));
    setParams(next);
  };
  const level = (l: number) => t('level', { level: l });
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('statistics.journeysTitle')}
      </Typography.Title>
      <Space wrap className="statistics-toolbar">
        <Link to="/portal/statistics">{t('statistics.back')}</Link>
        <span>{t('statistics.filteredBy')}</span>
        {filters.length === 0 && <Tag>{t('statistics.noFilter')}</Tag>}
        {filters.map(([k, v]) => (
          <Tag key={k} color="blue" data-testid={`filter-${k}`}>
            {t(`statistics.filters.${k}`, { defaultValue: k })}: {v}
          </Tag>
        ))}
      </Space>
      {list.error && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Row>
        rowKey="journeyId"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('statistics.noJourneys') }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [10, 20, 50], showTotal: (total) => t('statistics.journeysTotal', { total }), onChange: goTo }}
        columns={[
          { title: t('journeys.journey'), dataIndex: 'journeyId', render: (id: string) => <Link to={`/portal/journeys/${encodeURIComponent(id)}`}>{id}</Link> },
          { title: t('journeys.person'), dataIndex: 'person' },
          { title: t('journeys.level'), dataIndex: 'targetLevel', render: level },
          { title: t('journeys.state'), dataIndex: 'state', render: (s: string) => <Tag color="blue">{t(`states.${s}`, { defaultValue: s })}</Tag> },
          { title: t('statistics.countyCode'), dataIndex: 'countyCode', render: (c: string | null) => c ?? t('statistics.unknownCounty') },
          { title: t('statistics.attempts'), dataIndex: 'attempts', align: 'right' },
          { title: t('journeys.openedAt'), dataIndex: 'openedAt', render: formatDate },
          { title: t('statistics.resultAt'), dataIndex: 'resultAt', render: formatDate },
          { title: t('statistics.certifiedAt'), dataIndex: 'certifiedAt', render: formatDate },
        ]}
      />
    </>
  );
}
