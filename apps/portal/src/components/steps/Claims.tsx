import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Descriptions, Form, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type JourneyDetail, type TimelineEntry } from '../../api/client';
import type { Session } from '../../session';
import { ConfirmPaymentPayload } from '@heze/machines/events';
import { subsidyClaimMachine } from '@heze/machines';
// The ids alone: `@heze/temporal` itself brings the Temporal SDK's message definitions.
import { subsidyClaimWorkflowId } from '@heze/temporal/ids';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { StateDiagram } from '../StateDiagram/StateDiagram';
import { StepForm } from '../StepForm';
import { DateField, formatCny, today, TAG } from './fields';

interface ClaimContext {
  agencyId: string;
  amount: number | null;
  year: number | null;
  failingRules: string[];
  paidOn: string | null;
  paymentReference: string | null;
  paymentOverdue: boolean;
  certificate: { number: string; level: number };
}

function Claim({ claimId, session, timeline }: { claimId: string; session: Session; timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const claim = useQuery({
    queryKey: ['claim', claimId],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/claims/{claimId}', { params: { path: { claimId } } }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null; // not yet started, or not the caller's
        throw err;
      }
    },
    // The rules decide and the payment is instructed by the workflow itself: read again until it waits for a party.
    refetchInterval: (q) => (q.state.data && ['submitted', 'approved'].includes(q.state.data.state) ? 1500 : false),
    refetchIntervalInBackground: true,
  });
  if (claim.error) return <ApiErrorAlert error={claim.error} onRetry={() => void claim.refetch()} />;
  const v = claim.data;
  if (!v) return null;
  const c = v.context as unknown as ClaimContext;
  const mayConfirm = session.role === 'social-insurance-agency' && session.organisation?.id === c.agencyId && v.allowedEvents.includes('confirmPayment');
  return (
    <Card type="inner" title={<h3 className="card-title">{t('steps.claimCase', { number: c.certificate.number })}</h3>} style={{ marginTop: 12 }} data-testid="claim">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('journey.state')}>
          <span data-testid="claim-state">
            <Tag color={v.state === 'paid' ? TAG.ok : v.state === 'refused' || v.state === 'expired' ? TAG.bad : 'blue'}>{t(`states.${v.state}`, { defaultValue: v.state })}</Tag>
          </span>
          {c.paymentOverdue && <Tag color={TAG.warn}>{t('steps.paymentOverdue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('steps.amount')}>{c.amount === null ? t('journey.none') : <span data-testid="claim-amount">{formatCny(c.amount)}</span>}</Descriptions.Item>
        <Descriptions.Item label={t('journey.agency')}>{c.agencyId}</Descriptions.Item>
        {c.failingRules.length > 0 && (
          <Descriptions.Item label={t('steps.failingRules')} span={3}>
            <span data-testid="claim-rules">
              {c.failingRules.map((r) => (
                <Tag key={r} color={TAG.bad}>
                  {r}
                </Tag>
              ))}
            </span>
            {c.failingRules.map((r) => t(`steps.rules.${r}`, { defaultValue: '' })).filter(Boolean).join(' ')}
          </Descriptions.Item>
        )}
        {c.paidOn && <Descriptions.Item label={t('steps.paidOn')}>{c.paidOn}</Descriptions.Item>}
        {c.paymentReference && <Descriptions.Item label={t('steps.paymentReference')}>{c.paymentReference}</Descriptions.Item>}
      </Descriptions>
      {mayConfirm && (
        <div className="step-forms">
          <StepForm<{ paidOn: string; paymentReference?: string }>
            testId="step-confirmPayment"
            title={t('steps.confirmTitle')}
            submitLabel={t('steps.confirmSubmit')}
            schema={ConfirmPaymentPayload}
            initialValues={{ paidOn: today() }}
            toBody={(b) => ({ paidOn: b.paidOn, ...(b.paymentReference?.trim() ? { paymentReference: b.paymentReference.trim() } : {}) })}
            send={(body) => unwrap(api.POST('/claims/{claimId}/payment-confirmation', { params: { path: { claimId } }, body }))}
          >
            <p>{t('steps.confirmHelp', { amount: formatCny(c.amount) })}</p>
            <DateField name="paidOn" label={t('steps.paidOn')} help={t('steps.notFuture')} />
            <Form.Item label={t('steps.paymentReference')} name="paymentReference">
              <Input maxLength={80} autoComplete="off" />
            </Form.Item>
          </StepForm>
        </div>
      )}
      <Collapse
        ghost
        items={[{ key: 'd', label: t('diagram.show'), children: <StateDiagram machine={subsidyClaimMachine} current={v.state} transitions={timeline.filter((e) => e.workflowId === claimId)} title={t('diagram.claimTitle')} /> }]}
      />
    </Card>
  );
}

/** The journey's 技能提升补贴 claims (RULES.md §5), for the employer, the agency and READ_ALL roles. */
export function Claims({ j, session, timeline }: { j: JourneyDetail; session: Session; timeline: TimelineEntry[] }) {
  const { t } = useTranslation();
  const ctx = j.workflow.context as { certificate?: { number: string } | null; claims?: number };
  if (!ctx.certificate || !ctx.claims) return null;
  const ids = Array.from({ length: ctx.claims }, (_, i) => subsidyClaimWorkflowId(j.journeyId, ctx.certificate!.number, i + 1));
  return (
    <Card title={<h2 className="card-title">{t('steps.claims')}</h2>} style={{ marginTop: 16 }} data-testid="claims">
      {ids.map((id) => (
        <Claim key={id} claimId={id} session={session} timeline={timeline} />
      ))}
    </Card>
  );
}
