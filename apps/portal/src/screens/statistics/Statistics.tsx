import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Row, Space, Statistic, Table, Typography, type TableProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../format';
import { authenticate } from '../../session';
import { Chart, type ChartProps } from './Chart';
import { days, formatCny, percent, portalLink, type Statistics as Figures } from './figures';

interface Group {
  key: string;
  count: number;
  journeys: string;
}

/** A number that opens the list of journeys behind it. */
function FigureLink({ to, children, label }: { to: string; children: ReactNode; label?: string }) {
  return (
    <Link to={portalLink(to)} aria-label={label}>
      {children}
    </Link>
  );
}

/** A headline figure: its value links to its journeys. */
function Kpi({ title, value, to, testId, small }: { title: string; value: ReactNode; to?: string; testId?: string; small?: boolean }) {
  return (
    <Card size="small" className="statistics-kpi" data-testid={testId}>
      <Statistic title={title} valueStyle={small ? { fontSize: 16 } : undefined} valueRender={() => (to ? <FigureLink to={to}>{value}</FigureLink> : <span>{value}</span>)} />
    </Card>
  );
}

/** One grouping as a chart (bars or a pie) and the same figures as a table of links. */
function GroupFigure({ title, groups, label, kind = 'bar', testId }: { title: string; groups: Group[]; label: (key: string) => string; kind?: 'bar' | 'pie'; testId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const option = useMemo(
    () =>
      kind === 'pie'
        ? { tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '65%'], data: groups.map((g) => ({ name: label(g.key), value: g.count })) }] }
        : {
            tooltip: { trigger: 'axis' },
            grid: { left: 48, right: 16, top: 16, bottom: 56 },
            xAxis: { type: 'category', data: groups.map((g) => label(g.key)), axisLabel: { interval: 0, rotate: groups.length > 5 ? 30 : 0 } },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: groups.map((g) => g.count), itemStyle: { color: '#0958d9' } }],
          },
    [groups, kind, label],
  );
  return (
    <Card size="small" title={title} className="statistics-card" data-testid={testId}>
      <Chart label={t('statistics.chartOf', { title })} option={option} onPick={({ dataIndex }) => groups[dataIndex] && navigate(portalLink(groups[dataIndex].journeys))} testId={`${testId}-chart`} />
      <Table<Group>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={groups}
        locale={{ emptyText: t('statistics.none') }}
        columns={[
          { title: t('statistics.group'), dataIndex: 'key', render: (k: string) => label(k) },
          { title: t('statistics.count'), dataIndex: 'count', align: 'right', render: (n: number, g) => <FigureLink to={g.journeys} label={`${label(g.key)}: ${n}`}>{n}</FigureLink> },
        ]}
      />
    </Card>
  );
}

/** The series of the claims chart, in its order (claimOption). */
const CLAIM_SERIES = ['claims', 'approved', 'refused', 'paid'] as const;

/**
 * A figure as a chart over the table of its rows, in a card: series i of row n opens the journeys
 * `seriesLinks(rows[n])[i]`, as the table's numbers do.
 */
function ChartTable<R extends object>({
  title,
  testId,
  option,
  rows,
  seriesLinks,
  rowKey,
  columns,
  emptyText,
}: {
  title: string;
  testId: string;
  option: ChartProps['option'] | null | undefined;
  rows: readonly R[];
  seriesLinks: (row: R) => readonly string[];
  rowKey: TableProps<R>['rowKey'];
  columns: NonNullable<TableProps<R>['columns']>;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" title={title} className="statistics-card" data-testid={testId}>
      {option && (
        <Chart
          label={t('statistics.chartOf', { title })}
          option={option}
          onPick={({ seriesIndex, dataIndex }) => {
            const r = rows[dataIndex];
            const to = r && seriesLinks(r)[seriesIndex];
            if (to) navigate(portalLink(to));
          }}
        />
      )}
      <Table<R> size="small" rowKey={rowKey} pagination={false} dataSource={[...rows]} locale={emptyText ? { emptyText } : undefined} columns={columns} />
    </Card>
  );
}

async function downloadCsv() {
  const res = await fetch(authenticate(new Request('/statistics/figures.csv', { headers: { Accept: 'text/csv' } })));
  if (!res.ok) throw new ApiError(res.status, null);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = 'heze-statistics.csv';
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** The programme's figures (issue 17): the office, auditors and labour inspection; every figure opens its journeys. */
export function Statistics() {
  const { t } = useTranslation();
  const [csvError, setCsvError] = useState<unknown>(null);
  const figures = useQuery({ queryKey: ['statistics'], queryFn: () => unwrap(api.GET('/statistics')) });
  const f = figures.data as Figures | undefined;

  const stage = (k: string) => t(`statistics.stages.${k}`, { defaultValue: k });
  const state = (k: string) => t(`states.${k}`, { defaultValue: k });
  const level = (k: string) => t('level', { level: Number(k) });
  const county = (k: string) => (k === 'none' ? t('statistics.unknownCounty') : k);
  const incentiveState = (k: string) => t(`statistics.incentiveStates.${k}`, { defaultValue: k });

  const monthOption = useMemo(
    () =>
      f && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('statistics.applied'), t('statistics.certified')] },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: f.specialists.byMonth.map((m) => m.month) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('statistics.applied'), type: 'line', data: f.specialists.byMonth.map((m) => m.applied), color: '#0958d9' },
          { name: t('statistics.certified'), type: 'line', data: f.specialists.byMonth.map((m) => m.certified), color: '#389e0d' },
        ],
      },
    [f, t],
  );
  const passOption = (rows: Figures['evaluation']['byLevel'], label: (k: string) => string) => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [t('statistics.passed'), t('statistics.failed')] },
    grid: { left: 48, right: 16, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: rows.map((r) => label(r.key)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('statistics.passed'), type: 'bar', stack: 'r', data: rows.map((r) => r.passed), color: '#389e0d' },
      { name: t('statistics.failed'), type: 'bar', stack: 'r', data: rows.map((r) => r.failed), color: '#cf1322' },
    ],
  });
  const claimOption = useMemo(
    () =>
      f && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: CLAIM_SERIES.map((k) => t(`statistics.claim.${k}`)) },
        grid: { left: 48, right: 16, top: 40, bottom: 48 },
        xAxis: { type: 'category', data: f.subsidy.byYearAgency.map((r) => `${r.year} ${r.agencyId}`) },
        yAxis: { type: 'value', minInterval: 1 },
        series: CLAIM_SERIES.map((k) => ({ name: t(`statistics.claim.${k}`), type: 'bar', data: f.subsidy.byYearAgency.map((r) => r[k]) })),
      },
    [f, t],
  );
  const deadlineOption = useMemo(
    () =>
      f && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: [t('statistics.met'), t('statistics.missed')] },
        grid: { left: 48, right: 16, top: 40, bottom: 32 },
        xAxis: { type: 'category', data: f.durations.deadlines.map((d) => t(`statistics.deadlines.${d.id}`, { defaultValue: d.id, days: d.workingDays })) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t('statistics.met'), type: 'bar', stack: 'd', data: f.durations.deadlines.map((d) => d.met), color: '#389e0d' },
          { name: t('statistics.missed'), type: 'bar', stack: 'd', data: f.durations.deadlines.map((d) => d.missed), color: '#cf1322' },
        ],
      },
    [f, t],
  );

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('statistics.title')}
      </Typography.Title>
      <Space className="statistics-toolbar" wrap>
        {f && <Typography.Text type="secondary">{t('statistics.generatedAt', { at: formatDateTime(f.generatedAt) })}</Typography.Text>}
        <Button onClick={() => void downloadCsv().then(() => setCsvError(null), setCsvError)}>{t('statistics.downloadCsv')}</Button>
        <Link to="/portal/statistics/journeys">{t('statistics.allJourneys')}</Link>
      </Space>
      {csvError != null && <ApiErrorAlert error={csvError} onRetry={() => void downloadCsv().then(() => setCsvError(null), setCsvError)} />}
      {figures.error && <ApiErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />}
      {f && (
        <>
          <section aria-labelledby="stats-specialists" className="statistics-section">
            <Typography.Title level={2} id="stats-specialists" className="section-title">
              {t('statistics.specialists')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              <Col xs={24} sm={8}>
                <Kpi title={t('statistics.total')} value={f.specialists.total} to="/statistics/journeys" testId="kpi-total" />
              </Col>
              <Col xs={24} sm={8}>
                <Kpi title={t('statistics.stages.certified')} value={f.specialists.reached.find((g) => g.key === 'certified')?.count ?? 0} to="/statistics/journeys?stage=certified" testId="kpi-certified" />
              </Col>
              <Col xs={24} sm={8}>
                <Kpi title={t('statistics.stages.closed')} value={f.specialists.reached.find((g) => g.key === 'closed')?.count ?? 0} to="/statistics/journeys?stage=closed" />
              </Col>
              <Col xs={24} lg={12}>
                <GroupFigure title={t('statistics.byStage')} groups={f.specialists.reached} label={stage} testId="by-stage" />
              </Col>
              <Col xs={24} lg={12}>
                <GroupFigure title={t('statistics.byState')} groups={f.specialists.byState} label={state} testId="by-state" />
              </Col>
              <Col xs={24} lg={12}>
                <GroupFigure title={t('statistics.byLevel')} groups={f.specialists.byLevel} label={level} kind="pie" testId="by-level" />
              </Col>
              <Col xs={24} lg={12}>
                <GroupFigure title={t('statistics.byCounty')} groups={f.specialists.byCounty} label={county} testId="by-county" />
              </Col>
              <Col xs={24} lg={12}>
                <ChartTable
                  title={t('statistics.byMonth')}
                  testId="by-month"
                  option={monthOption}
                  rows={f.specialists.byMonth}
                  seriesLinks={(m) => [m.journeys.applied, m.journeys.certified]}
                  rowKey="month"
                  columns={[
                    { title: t('statistics.month'), dataIndex: 'month' },
                    { title: t('statistics.applied'), dataIndex: 'applied', align: 'right', render: (n: number, m) => <FigureLink to={m.journeys.applied}>{n}</FigureLink> },
                    { title: t('statistics.certified'), dataIndex: 'certified', align: 'right', render: (n: number, m) => <FigureLink to={m.journeys.certified}>{n}</FigureLink> },
                  ]}
                />
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title={t('statistics.byProject')} className="statistics-card" data-testid="by-project">
                  <Table
                    size="small"
                    rowKey={(r) => `${r.projectId ?? 'none'}/${r.contractorId}`}
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    dataSource={f.specialists.byProject}
                    columns={[
                      { title: t('statistics.project'), dataIndex: 'projectId', render: (p: string | null) => p ?? t('statistics.noProject') },
                      { title: t('statistics.contractor'), dataIndex: 'contractorId' },
                      { title: t('statistics.count'), dataIndex: 'count', align: 'right', render: (n: number, r) => <FigureLink to={r.journeys}>{n}</FigureLink> },
                      { title: t('statistics.certified'), dataIndex: 'certified', align: 'right', render: (n: number, r) => <FigureLink to={`${r.journeys}&stage=certified`}>{n}</FigureLink> },
                    ]}
                  />
                </Card>
              </Col>
            </Row>
          </section>

          <section aria-labelledby="stats-evaluation" className="statistics-section">
            <Typography.Title level={2} id="stats-evaluation" className="section-title">
              {t('statistics.evaluation')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              {([
                ['byLevel', f.evaluation.byLevel, level],
                ['byOrganisation', f.evaluation.byOrganisation, (k: string) => (k === 'none' ? t('statistics.none') : k)],
              ] as const).map(([key, rows, label]) => (
                <Col xs={24} lg={12} key={key}>
                  <ChartTable
                    title={t(`statistics.pass.${key}`)}
                    testId={`pass-${key}`}
                    option={passOption(rows, label)}
                    rows={rows}
                    seriesLinks={(r) => [r.journeys.passed, r.journeys.failed]}
                    rowKey="key"
                    emptyText={t('statistics.none')}
                    columns={[
                      { title: t('statistics.group'), dataIndex: 'key', render: label },
                      { title: t('statistics.candidates'), dataIndex: 'candidates', align: 'right', render: (n: number, r) => <FigureLink to={r.journeys.candidates}>{n}</FigureLink> },
                      { title: t('statistics.passed'), dataIndex: 'passed', align: 'right', render: (n: number, r) => <FigureLink to={r.journeys.passed}>{n}</FigureLink> },
                      { title: t('statistics.passRate'), dataIndex: 'passRate', align: 'right', render: (v: number | null) => percent(v) },
                      { title: t('statistics.sittings'), dataIndex: 'sittings', align: 'right' },
                      { title: t('statistics.retakes'), dataIndex: 'retakes', align: 'right', render: (n: number, r) => <FigureLink to={r.journeys.retakes}>{n}</FigureLink> },
                    ]}
                  />
                </Col>
              ))}
            </Row>
          </section>

          <section aria-labelledby="stats-durations" className="statistics-section">
            <Typography.Title level={2} id="stats-durations" className="section-title">
              {t('statistics.durations')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              {([
                ['applicationToCertificate', f.durations.applicationToCertificate],
                ['sittingToResult', f.durations.sittingToResult],
              ] as const).map(([key, d]) => (
                <Col xs={24} sm={12} lg={6} key={key}>
                  <Kpi title={t(`statistics.duration.${key}`)} value={t('statistics.medianP90', { median: days(d.medianDays), p90: days(d.p90Days), count: d.count })} to={d.journeys} testId={`duration-${key}`} small />
                </Col>
              ))}
              <Col xs={24} lg={12}>
                <ChartTable
                  title={t('statistics.deadlinesTitle')}
                  testId="deadlines"
                  option={deadlineOption}
                  rows={f.durations.deadlines}
                  seriesLinks={(d) => [d.journeys.met, d.journeys.missed]}
                  rowKey="id"
                  columns={[
                    { title: t('statistics.deadline'), dataIndex: 'id', render: (id: string, d) => t(`statistics.deadlines.${id}`, { defaultValue: id, days: d.workingDays }) },
                    { title: t('statistics.met'), dataIndex: 'met', align: 'right', render: (n: number, d) => <FigureLink to={d.journeys.met}>{n}</FigureLink> },
                    { title: t('statistics.missed'), dataIndex: 'missed', align: 'right', render: (n: number, d) => <FigureLink to={d.journeys.missed}>{n}</FigureLink> },
                  ]}
                />
              </Col>
            </Row>
          </section>

          <section aria-labelledby="stats-subsidy" className="statistics-section">
            <Typography.Title level={2} id="stats-subsidy" className="section-title">
              {t('statistics.subsidy')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              <Col xs={12} lg={6}>
                <Kpi title={t('statistics.claim.claims')} value={f.subsidy.totals.claims} to="/statistics/journeys?claim=claimed" testId="kpi-claims" />
              </Col>
              <Col xs={12} lg={6}>
                <Kpi title={t('statistics.claim.approved')} value={f.subsidy.totals.approved} to="/statistics/journeys?claim=approved" />
              </Col>
              <Col xs={12} lg={6}>
                <Kpi title={t('statistics.claim.refused')} value={f.subsidy.totals.refused} to="/statistics/journeys?claim=refused" />
              </Col>
              <Col xs={12} lg={6}>
                <Kpi title={t('statistics.paidAmount')} value={formatCny(f.subsidy.totals.paidAmount)} to="/statistics/journeys?claim=paid" testId="kpi-paid" />
              </Col>
              <Col xs={24} lg={12}>
                <ChartTable
                  title={t('statistics.byYearAgency')}
                  testId="by-year-agency"
                  option={claimOption}
                  rows={f.subsidy.byYearAgency}
                  seriesLinks={(r) => CLAIM_SERIES.map((k) => r.journeys[k])}
                  rowKey={(r) => `${r.year}/${r.agencyId}`}
                  emptyText={t('statistics.none')}
                  columns={[
                    { title: t('statistics.year'), dataIndex: 'year' },
                    { title: t('statistics.agency'), dataIndex: 'agencyId' },
                    ...CLAIM_SERIES.map((k) => ({
                      title: t(`statistics.claim.${k}`),
                      dataIndex: k,
                      align: 'right' as const,
                      render: (n: number, r: Figures['subsidy']['byYearAgency'][number]) => <FigureLink to={r.journeys[k]}>{n}</FigureLink>,
                    })),
                    { title: t('statistics.approvedAmount'), dataIndex: 'approvedAmount', align: 'right', render: formatCny },
                    { title: t('statistics.paidAmount'), dataIndex: 'paidAmount', align: 'right', render: formatCny },
                  ]}
                />
              </Col>
              <Col xs={24} lg={12}>
                <GroupFigure
                  title={t('statistics.refusedByRule')}
                  groups={f.subsidy.refusedByRule.map((r) => ({ key: r.rule, count: r.count, journeys: r.journeys }))}
                  label={(k) => k}
                  testId="refused-by-rule"
                />
              </Col>
            </Row>
          </section>

          <section aria-labelledby="stats-wages" className="statistics-section">
            <Typography.Title level={2} id="stats-wages" className="section-title">
              {t('statistics.wageProtection')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              <Col xs={12} lg={4}>
                <Kpi title={t('statistics.wage.processesOpened')} value={f.wageProtection.processes.opened} to={f.wageProtection.processes.journeys.opened} />
              </Col>
              <Col xs={12} lg={4}>
                <Kpi title={t('statistics.wage.violationsOpened')} value={f.wageProtection.violations.opened} to={f.wageProtection.violations.journeys.opened} testId="kpi-violations" />
              </Col>
              <Col xs={12} lg={4}>
                <Kpi title={t('statistics.wage.violationsClosed')} value={f.wageProtection.violations.closed} to={f.wageProtection.violations.journeys.closed} />
              </Col>
              <Col xs={12} lg={4}>
                <Kpi title={t('statistics.wage.owed')} value={formatCny(f.wageProtection.violations.owedAmount)} to={f.wageProtection.violations.journeys.opened} />
              </Col>
              <Col xs={12} lg={4}>
                <Kpi title={t('statistics.wage.backPaid')} value={formatCny(f.wageProtection.violations.backPaidAmount)} to={f.wageProtection.violations.journeys.opened} testId="kpi-back-paid" />
              </Col>
              <Col xs={12} lg={4}>
                <Kpi
                  title={t('statistics.wage.daysOpen')}
                  value={t('statistics.medianP90', { median: days(f.wageProtection.violations.daysOpen.medianDays), p90: days(f.wageProtection.violations.daysOpen.p90Days), count: f.wageProtection.violations.daysOpen.count })}
                  to={f.wageProtection.violations.daysOpen.journeys}
                  small
                />
              </Col>
            </Row>
          </section>

          <section aria-labelledby="stats-incentive" className="statistics-section">
            <Typography.Title level={2} id="stats-incentive" className="section-title">
              {t('statistics.incentive')}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              {(['granted', 'blocked', 'withdrawn'] as const).map((k) => (
                <Col xs={8} key={k}>
                  <Kpi title={incentiveState(k)} value={f.incentive[k]} to={f.incentive.journeys[k]} testId={`kpi-incentive-${k}`} />
                </Col>
              ))}
            </Row>
          </section>
        </>
      )}
    </>
  );
}
