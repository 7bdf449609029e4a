import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas, type TimelineEntry } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { TAG } from '../../components/steps/fields';
import { formatDateTime } from '../../format';

type Replay = Schemas['ReplayReportDto'];

/** Saves JSON as a file: a Blob behind an object URL, clicked on a link made for it (no inline script). */
function download(name: string, value: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * For auditors and inspection (READ_ALL): replay the recorded histories against today's workflow code,
 * the state at a chosen event of the history, and the history export (replayable, docs/audit.md).
 */
export function AuditPanel({ journeyId, timeline }: { journeyId: string; timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const path = { params: { path: { journeyId } } };
  const replay = useMutation({ mutationFn: () => unwrap(api.POST('/audit/journeys/{journeyId}/replay', path)) });
  const exported = useMutation({
    mutationFn: () => unwrap(api.GET('/audit/journeys/{journeyId}/history', path)),
    onSuccess: (doc) => download(`${journeyId}-history.json`, doc),
  });
  const points = timeline.filter((e) => e.kind === 'transition' || e.kind === 'event');
  const [at, setAt] = useState<string | undefined>();
  const [workflowId, eventId] = at ? [at.slice(0, at.lastIndexOf(':')), at.slice(at.lastIndexOf(':') + 1)] : [undefined, undefined];
  const state = useQuery({
    queryKey: ['state-at', journeyId, at],
    enabled: !!at,
    queryFn: () =>
      unwrap(
        api.GET('/audit/journeys/{journeyId}/state', {
          params: { path: { journeyId }, query: { at: eventId!, ...(workflowId !== journeyId ? { workflow: workflowId } : {}) } },
        }),
      ),
  });
  const states = (s: string | null) => (s ? t(`states.${s}`, { defaultValue: s }) : t('journey.none'));
  const r: Replay | undefined = replay.data;
  const here = state.data ? (state.data.root.workflowId === workflowId ? state.data.root : (state.data.processes.find((p) => p.workflowId === workflowId) ?? state.data.root)) : undefined;

  return (
    <Card title={<h2 className="card-title">{t('audit.title')}</h2>} style={{ marginTop: 16 }} data-testid="audit">
      <Typography.Paragraph type="secondary">{t('audit.help')}</Typography.Paragraph>
      <Space wrap>
        <Button onClick={() => replay.mutate()} loading={replay.isPending}>
          {t('audit.replay')}
        </Button>
        <Button onClick={() => exported.mutate()} loading={exported.isPending}>
          {t('audit.export')}
        </Button>
      </Space>
      {replay.error && <ApiErrorAlert error={replay.error} onRetry={() => replay.mutate()} />}
      {exported.error && <ApiErrorAlert error={exported.error} onRetry={() => exported.mutate()} />}
      {exported.isSuccess && <span className="sr-only" aria-live="polite">{t('audit.exported')}</span>}
      {r && (
        <div data-testid="replay-verdict" style={{ marginTop: 16 }}>
          <Alert type={r.deterministic ? 'success' : 'error'} showIcon title={r.deterministic ? t('audit.deterministic') : t('audit.diverged', { verdict: r.verdict })} />
          <Table
            size="small"
            pagination={false}
            rowKey="workflowId"
            dataSource={r.workflows}
            style={{ marginTop: 8 }}
            columns={[
              { title: t('audit.workflow'), dataIndex: 'workflowId' },
              { title: t('audit.type'), dataIndex: 'workflowType' },
              { title: t('audit.result'), key: 'ok', render: (_: unknown, w: Replay['workflows'][number]) => (w.deterministic ? <Tag color={TAG.ok}>{t('audit.ok')}</Tag> : <Tag color={TAG.bad}>{w.divergence ?? w.message ?? w.errorType}</Tag>) },
            ]}
          />
        </div>
      )}
      <Form layout="vertical" style={{ marginTop: 16 }}>
        <Form.Item label={t('audit.stateAt')} htmlFor="state-at">
          <Select
            id="state-at"
            showSearch
            allowClear
            placeholder={t('audit.stateAtPlaceholder')}
            value={at}
            onChange={setAt}
            optionFilterProp="label"
            options={points.map((e) => ({
              value: `${e.workflowId}:${e.eventId}`,
              label: `#${e.eventId} ${formatDateTime(e.at)} · ${e.workflowId === journeyId ? t('audit.journey') : e.workflowId.slice(journeyId.length + 1)} · ${t(`events.${e.what}`, { defaultValue: e.what })}${e.after ? ` → ${states(e.after)}` : ''}`,
            }))}
            style={{ maxWidth: 720 }}
          />
        </Form.Item>
      </Form>
      {state.error && <ApiErrorAlert error={state.error} onRetry={() => void state.refetch()} />}
      {here && state.data && (
        <div data-testid="state-at">
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('audit.workflow')}>{here.workflowId}</Descriptions.Item>
            <Descriptions.Item label={t('journey.state')}>
              <Tag color="blue">{states(here.state)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('audit.asOf')}>{formatDateTime(state.data.asOf)}</Descriptions.Item>
            <Descriptions.Item label={t('audit.version')}>{here.version ?? ''}</Descriptions.Item>
          </Descriptions>
          {here.context && (
            <details style={{ marginTop: 8 }}>
              <summary>{t('audit.context')}</summary>
              <pre className="context-json" tabIndex={0}>{JSON.stringify(here.context, null, 2)}</pre>
            </details>
          )}
        </div>
      )}
    </Card>
  );
}
