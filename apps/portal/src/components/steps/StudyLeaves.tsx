import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Descriptions, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, ApiError, unwrap, type JourneyDetail, type TimelineEntry } from '../../api/client';
import type { Session } from '../../session';
import { DecideLeavePayload } from '@heze/machines/events';
import { BackPayComponentSchema, PayrollRecordSchema } from '@heze/machines/events';
import { MoneySchema } from '@heze/machines/events';
import { studyLeaveMachine } from '@heze/machines';
import { wageProtectionMachine } from '@heze/machines';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { StateDiagram } from '../StateDiagram/StateDiagram';
import { StepForm } from '../StepForm';
import { BenefitsList, benefitsRecord, DateField, formatFen, MoneyField, type BenefitRow, TAG } from './fields';

/** The API's BackPaySchema (apps/api/src/study-leaves/study-leave.dto.ts): the amount in CNY. */
const BackPayBody = z.object({ component: BackPayComponentSchema, amount: MoneySchema.positive() }).strict();

interface Violation {
  violationId: string;
  recordIds: string[];
  shortfall: { total: number; byComponent: Record<string, number> };
  clauses: string[];
  remaining: number;
  status: 'open' | 'closed';
}

/** 404 is "not visible to you" or "not there yet" (wage protection starts at approval): nothing to show. */
const orNothing = async <T,>(call: Promise<T>) => {
  try {
    return await call;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
};

const stateTag = (t: TFunction, s: string) => <Tag color="blue">{t(`states.${s}`, { defaultValue: s })}</Tag>;

function WageCase({ leaveId, session, employer, timeline }: { leaveId: string; session: Session; employer: boolean; timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const wages = useQuery({
    queryKey: ['wages', leaveId],
    queryFn: () => orNothing(unwrap(api.GET('/study-leaves/{leaveId}/wage-protection', { params: { path: { leaveId } } }))),
    // Wage protection starts with the approval, a moment after it: ask again until it is there.
    refetchInterval: (q) => (q.state.data === null ? 1000 : false),
    refetchIntervalInBackground: true,
  });
  if (wages.error) return <ApiErrorAlert error={wages.error} onRetry={() => void wages.refetch()} />;
  const w = wages.data;
  if (!w) return null;
  const c = w.context as { checkedRecords?: number; violations?: Violation[]; period?: { from: string; to: string; sittingDates: string[] } };
  const violations = c.violations ?? [];
  const open = violations.find((v) => v.status === 'open');
  const path = { params: { path: { leaveId } } };
  const mine = employer && session.role === 'employer';
  const short = open ? Object.entries(open.shortfall.byComponent).filter(([, fen]) => fen > 0) : [];
  return (
    <Card type="inner" title={<h4 className="card-title">{t('steps.wageTitle')}</h4>} style={{ marginTop: 12 }} data-testid={`wages-${leaveId}`}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('journey.state')}>
          <span data-testid="wage-state">{stateTag(t, w.state)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('steps.checkedRecords')}>{c.checkedRecords ?? 0}</Descriptions.Item>
        <Descriptions.Item label={t('steps.protectedPeriod')}>{c.period ? `${c.period.from} ~ ${c.period.to}${c.period.sittingDates.length ? ` + ${c.period.sittingDates.join('、')}` : ''}` : ''}</Descriptions.Item>
      </Descriptions>
      {violations.length > 0 && (
        <Table<Violation>
          data-testid="violations"
          size="small"
          pagination={false}
          rowKey="violationId"
          dataSource={violations}
          columns={[
            { title: t('steps.violation'), dataIndex: 'violationId' },
            { title: t('steps.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'open' ? TAG.bad : TAG.ok}>{t(`steps.violationStatus.${s}`)}</Tag> },
            { title: t('steps.shortfall'), key: 'shortfall', render: (_: unknown, v) => `${formatFen(v.shortfall.total)}（${Object.entries(v.shortfall.byComponent).filter(([, f]) => f > 0).map(([k, f]) => `${k === 'wage' ? t('steps.wage') : k} ${formatFen(f)}`).join('，')}）` },
            { title: t('steps.remaining'), dataIndex: 'remaining', render: (f: number) => formatFen(f) },
            { title: t('journey.clauses'), dataIndex: 'clauses', render: (cs: string[]) => cs.map((x) => <Tag key={x}>{x}</Tag>) },
          ]}
        />
      )}
      {mine && (
        <div className="step-forms">
          {w.allowedEvents.includes('recordPayroll') && (
            <StepForm<{ id: string; periodStart: string; periodEnd: string; wage: number; benefits: BenefitRow[] }, Record<string, unknown>>
              testId="step-recordPayroll"
              title={t('steps.payrollTitle')}
              submitLabel={t('steps.payrollSubmit')}
              schema={PayrollRecordSchema}
              toBody={(v) => ({ id: v.id, periodStart: v.periodStart, periodEnd: v.periodEnd, wage: v.wage, benefits: benefitsRecord(v.benefits) })}
              send={(body) => unwrap(api.POST('/study-leaves/{leaveId}/payroll', { ...path, body: body as never }))}
            >
              <p>{t('steps.payrollHelp')}</p>
              <Form.Item label={t('steps.payrollId')} name="id" rules={[{ required: true, message: t('steps.required', { field: t('steps.payrollId') }) }]}>
                <Input maxLength={60} autoComplete="off" />
              </Form.Item>
              <Space wrap align="start">
                <DateField name="periodStart" label={t('steps.periodStart')} />
                <DateField name="periodEnd" label={t('steps.periodEnd')} help={t('steps.periodEndHelp')} />
              </Space>
              <MoneyField name="wage" label={t('steps.wagePaid')} />
              <BenefitsList />
            </StepForm>
          )}
          {w.allowedEvents.includes('recordBackPay') && open && (
            <StepForm<{ component: string; amount: number }>
              testId="step-recordBackPay"
              title={t('steps.backPayTitle')}
              submitLabel={t('steps.backPaySubmit')}
              schema={BackPayBody}
              initialValues={{ component: short[0]?.[0] }}
              send={(body) => unwrap(api.POST('/study-leaves/{leaveId}/back-pay', { ...path, body }))}
            >
              <p>{t('steps.backPayHelp', { remaining: formatFen(open.remaining) })}</p>
              <Form.Item label={t('steps.component')} name="component" rules={[{ required: true, message: t('steps.required', { field: t('steps.component') }) }]}>
                <Select options={short.map(([k, f]) => ({ value: k, label: `${k === 'wage' ? t('steps.wage') : k}（${t('steps.short')} ${formatFen(f)}）` }))} style={{ width: 260 }} />
              </Form.Item>
              <MoneyField name="amount" label={t('steps.backPayAmount')} />
            </StepForm>
          )}
        </div>
      )}
      <Collapse
        ghost
        items={[{ key: 'd', label: t('diagram.show'), children: <StateDiagram machine={wageProtectionMachine} current={w.state} transitions={timeline} title={t('diagram.wageTitle')} /> }]}
      />
    </Card>
  );
}

/** One study leave (RULES.md §4): its state, escalation, decision, and the employer's steps. */
function StudyLeave({ leaveId, session, employer, timeline }: { leaveId: string; session: Session; employer: boolean; timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const leave = useQuery({ queryKey: ['leave', leaveId], queryFn: () => orNothing(unwrap(api.GET('/study-leaves/{leaveId}', { params: { path: { leaveId } } }))) });
  if (leave.error) return <ApiErrorAlert error={leave.error} onRetry={() => void leave.refetch()} />;
  const l = leave.data;
  if (!l) return null;
  const c = l.context as { from: string; to: string; purpose: string; escalated: boolean; decision: { approved: boolean; reason: string | null } | null };
  const path = { params: { path: { leaveId } } };
  const mine = employer && session.role === 'employer';
  const own = timeline.filter((e) => e.workflowId === leaveId);
  const wageEntries = timeline.filter((e) => e.workflowId === `${leaveId}-wages`);
  return (
    <Card
      type="inner"
      title={<h3 className="card-title">{t('steps.leaveCase', { from: c.from, to: c.to })}</h3>}
      style={{ marginTop: 12 }}
      data-testid={`leave-${leaveId}`}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('journey.state')}>
          <span data-testid="leave-state">{stateTag(t, l.state)}</span>
          {c.escalated && <Tag color={TAG.warn}>{t('steps.escalated')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('steps.leavePurpose')}>{t(`steps.purpose.${c.purpose}`, { defaultValue: c.purpose })}</Descriptions.Item>
        <Descriptions.Item label={t('steps.decision')}>
          {c.decision ? `${c.decision.approved ? t('steps.approve') : t('steps.refuse')}${c.decision.reason ? `：${c.decision.reason}` : ''}` : t('journey.none')}
        </Descriptions.Item>
      </Descriptions>
      {l.state === 'escalated' && <Typography.Paragraph type="warning">{t('steps.escalatedHelp')}</Typography.Paragraph>}
      {mine && (
        <div className="step-forms">
          {l.allowedEvents.includes('decide') && (
            <StepForm<{ approved: boolean; reason?: string }>
              testId="step-decide"
              title={t('steps.decideTitle')}
              submitLabel={t('steps.decideSubmit')}
              schema={DecideLeavePayload}
              initialValues={{ approved: true }}
              toBody={(v) => ({ approved: v.approved, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) })}
              send={(body) => unwrap(api.POST('/study-leaves/{leaveId}/decision', { ...path, body }))}
            >
              <Form.Item label={t('steps.decision')} name="approved">
                <Radio.Group>
                  <Radio value={true}>{t('steps.approve')}</Radio>
                  <Radio value={false}>{t('steps.refuse')}</Radio>
                </Radio.Group>
              </Form.Item>
              <Form.Item label={t('steps.decideReason')} name="reason">
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </StepForm>
          )}
          {l.allowedEvents.includes('start') && (
            <StepForm testId="step-start" title={t('steps.startTitle')} submitLabel={t('steps.startSubmit')} send={() => unwrap(api.POST('/study-leaves/{leaveId}/start', path))} />
          )}
          {l.allowedEvents.includes('end') && (
            <StepForm testId="step-end" title={t('steps.endTitle')} submitLabel={t('steps.endSubmit')} send={() => unwrap(api.POST('/study-leaves/{leaveId}/end', path))} />
          )}
        </div>
      )}
      <Collapse ghost items={[{ key: 'd', label: t('diagram.show'), children: <StateDiagram machine={studyLeaveMachine} current={l.state} transitions={own} title={t('diagram.leaveTitle')} /> }]} />
      {l.state !== 'requested' && l.state !== 'escalated' && l.state !== 'refused' && <WageCase leaveId={leaveId} session={session} employer={employer} timeline={wageEntries} />}
    </Card>
  );
}

/** The journey's study leaves and their wage protection, for the parties who may read them (the employer, READ_ALL). */
export function StudyLeaves({ j, session, timeline }: { j: JourneyDetail; session: Session; timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const leaves = (j.workflow.context.studyLeaves as string[] | undefined) ?? [];
  const employer = session.organisation?.id === j.employerId;
  if (!leaves.length) return null;
  return (
    <Card title={<h2 className="card-title">{t('steps.leaves')}</h2>} style={{ marginTop: 16 }} data-testid="study-leaves">
      {leaves.map((id) => (
        <StudyLeave key={id} leaveId={id} session={session} employer={employer} timeline={timeline} />
      ))}
    </Card>
  );
}
