import { Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap, type JourneyDetail } from '../../api/client';
import type { Session } from '../../session';
import {
  CompleteTrainingPayload,
  IssueCertificatePayload,
  PostResultPayload,
  WithdrawPayload,
} from '@heze/machines/events';
import { IsoDateSchema, MoneySchema, namedKeys } from '@heze/machines/events';
import { StepForm } from '../StepForm';
import { BenefitsList, benefitsRecord, DateField, MoneyField, today, type BenefitRow } from './fields';
import { RegisterForm } from './RegisterForm';

/** The API's AgreedPaySchema and RequestStudyLeaveSchema (apps/api/src/study-leaves/study-leave.dto.ts), from the same field schemas. */
const AgreedPayBody = z.object({ monthlyWage: MoneySchema, benefits: namedKeys(MoneySchema) }).strict();
const StudyLeaveBody = z
  .object({ from: IsoDateSchema, to: IsoDateSchema, purpose: z.enum(['training', 'evaluation', 'both']) })
  .strict()
  .refine((b) => b.from <= b.to, { path: ['to'], message: 'must not be before from' });

/** The leave tells its journey it exists (a signal, a moment later); the page lists the journey's leaves. */
async function untilJourneyKnows(journeyId: string, leaveId: string) {
  for (let i = 0; i < 40; i++) {
    const j = await unwrap(api.GET('/journeys/{journeyId}', { params: { path: { journeyId } } }));
    if (((j.workflow.context.studyLeaves as string[] | undefined) ?? []).includes(leaveId)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const org = (s: Session) => s.organisation?.id ?? null;

/**
 * Who may take a journey event: the role, and where the machine's guard names one, the organisation
 * (the enrolling institution completes; the registered organisation posts results and certifies; the
 * journey's employer, or the specialist of it, claims, records pay and withdraws).
 */
export function mayTake(event: string, s: Session, j: JourneyDetail): boolean {
  const claimant = (s.role === 'employer' || s.role === 'specialist') && org(s) === j.employerId;
  switch (event) {
    case 'enrol':
      return s.role === 'training-institution';
    case 'completeTraining':
      return s.role === 'training-institution' && org(s) === j.trainingInstitutionId;
    case 'registerForEvaluation':
      return s.role === 'evaluation-organisation';
    case 'postResult':
    case 'issueCertificate':
      return s.role === 'evaluation-organisation' && org(s) === j.evaluationOrganisationId;
    case 'claimSubsidy':
    case 'withdraw':
      return claimant;
    case 'recordAgreedPay':
      return s.role === 'employer' && org(s) === j.employerId;
    default:
      return false;
  }
}

/** The forms of the journey's own events that the machine takes now and the signed-in party may take. */
export function JourneySteps({ j, session }: { j: JourneyDetail; session: Session }) {
  const { t } = useTranslation();
  const journeyId = j.journeyId;
  const path = { params: { path: { journeyId } } };
  const allowed = j.workflow.allowedEvents.filter((e) => mayTake(e, session, j));
  const forms = allowed.map((event) => {
    switch (event) {
      case 'enrol':
        return (
          <StepForm key={event} testId="step-enrol" title={t('steps.enrolTitle')} submitLabel={t('steps.enrolSubmit')} send={() => unwrap(api.POST('/journeys/{journeyId}/enrolment', path))}>
            <p>{t('steps.enrolHelp')}</p>
          </StepForm>
        );
      case 'completeTraining':
        return (
          <StepForm<{ completedOn: string }>
            key={event}
            testId="step-completeTraining"
            title={t('steps.completeTitle')}
            submitLabel={t('steps.completeSubmit')}
            schema={CompleteTrainingPayload}
            initialValues={{ completedOn: today() }}
            send={(body) => unwrap(api.POST('/journeys/{journeyId}/training-completion', { ...path, body }))}
          >
            <DateField name="completedOn" label={t('steps.completedOn')} help={t('steps.notFuture')} />
          </StepForm>
        );
      case 'registerForEvaluation':
        return <RegisterForm key={event} j={j} />;
      case 'postResult':
        return (
          <StepForm<{ passed: boolean; score?: number; sittingDates: string[] }>
            key={event}
            testId="step-postResult"
            title={t('steps.resultTitle')}
            submitLabel={t('steps.resultSubmit')}
            schema={PostResultPayload}
            initialValues={{ passed: true, sittingDates: [today()] }}
            toBody={(v) => ({ passed: v.passed, sittingDates: v.sittingDates, ...(v.score === undefined || v.score === null ? {} : { score: v.score }) })}
            send={(body) => unwrap(api.POST('/journeys/{journeyId}/results', { ...path, body }))}
          >
            <Form.Item label={t('steps.passed')} name="passed">
              <Radio.Group>
                <Radio value={true}>{t('steps.pass')}</Radio>
                <Radio value={false}>{t('steps.fail')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item label={t('steps.score')} name="score">
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.List name="sittingDates">
              {(rows, { add, remove }) => (
                <fieldset className="benefits">
                  <legend>{t('steps.sittingDates')}</legend>
                  {rows.map((row, i) => (
                    <Space key={row.key} align="start">
                      <DateField name={row.name} label={t('steps.sittingDate', { n: i + 1 })} />
                      {rows.length > 1 && <Button onClick={() => remove(row.name)} aria-label={t('steps.sittingRemove', { n: i + 1 })}>{t('steps.remove')}</Button>}
                    </Space>
                  ))}
                  <Button onClick={() => add(today())}>{t('steps.sittingAdd')}</Button>
                </fieldset>
              )}
            </Form.List>
          </StepForm>
        );
      case 'issueCertificate':
        return (
          <StepForm<{ certificateNumber: string; issuedOn: string }>
            key={event}
            testId="step-issueCertificate"
            title={t('steps.certificateTitle')}
            submitLabel={t('steps.certificateSubmit')}
            schema={IssueCertificatePayload}
            initialValues={{ issuedOn: today() }}
            send={(body) => unwrap(api.POST('/journeys/{journeyId}/certificate', { ...path, body }))}
          >
            <Form.Item label={t('steps.certificateNumber')} name="certificateNumber" extra={t('steps.certificateNumberHelp')} rules={[{ required: true, message: t('steps.required', { field: t('steps.certificateNumber') }) }]}>
              <Input maxLength={64} autoComplete="off" />
            </Form.Item>
            <DateField name="issuedOn" label={t('steps.issuedOn')} help={t('steps.issuedOnHelp')} />
          </StepForm>
        );
      case 'claimSubsidy':
        return (
          <StepForm key={event} testId="step-claimSubsidy" title={t('steps.claimTitle')} submitLabel={t('steps.claimSubmit')} send={() => unwrap(api.POST('/journeys/{journeyId}/subsidy-claim', { ...path, body: {} }))}>
            <p>{t('steps.claimHelp', { agency: j.workflow.context.facts ? String((j.workflow.context.facts as { insuredWithAgencyId?: string }).insuredWithAgencyId ?? '') : '' })}</p>
          </StepForm>
        );
      case 'recordAgreedPay':
        return (
          <StepForm<{ monthlyWage: number; benefits: BenefitRow[] }, { monthlyWage: number; benefits: Record<string, number> }>
            key={event}
            testId="step-recordAgreedPay"
            title={t('steps.agreedPayTitle')}
            submitLabel={t('steps.agreedPaySubmit')}
            schema={AgreedPayBody}
            toBody={(v) => ({ monthlyWage: v.monthlyWage, benefits: benefitsRecord(v.benefits) })}
            send={(body) => unwrap(api.PUT('/journeys/{journeyId}/agreed-pay', { ...path, body }))}
          >
            <p>{t('steps.agreedPayHelp')}</p>
            <MoneyField name="monthlyWage" label={t('steps.monthlyWage')} />
            <BenefitsList />
          </StepForm>
        );
      case 'withdraw':
        return (
          <StepForm<{ reason: string }>
            key={event}
            testId="step-withdraw"
            title={t('steps.withdrawTitle')}
            submitLabel={t('steps.withdrawSubmit')}
            danger
            schema={WithdrawPayload}
            send={(body) => unwrap(api.POST('/journeys/{journeyId}/withdrawal', { ...path, body }))}
          >
            <Form.Item label={t('steps.withdrawReason')} name="reason" rules={[{ required: true, whitespace: true, message: t('steps.withdrawReasonRequired') }]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </StepForm>
        );
      default:
        return null;
    }
  });
  // A study leave is not an event of the journey: its own workflow starts (RULES.md §4), while the journey is open.
  const claimant = (session.role === 'employer' || session.role === 'specialist') && org(session) === j.employerId;
  if (claimant && !j.workflow.done) {
    forms.push(
      <StepForm<{ from: string; to: string; purpose: 'training' | 'evaluation' | 'both' }>
        key="studyLeave"
        testId="step-studyLeave"
        title={t('steps.leaveTitle')}
        submitLabel={t('steps.leaveSubmit')}
        schema={StudyLeaveBody}
        initialValues={{ purpose: 'training' }}
        send={async (body) => {
          const opened = await unwrap(api.POST('/journeys/{journeyId}/study-leave', { ...path, body }));
          await untilJourneyKnows(journeyId, opened.leaveId);
          return opened;
        }}
      >
        <p>{t('steps.leaveHelp')}</p>
        <DateField name="from" label={t('steps.leaveFrom')} />
        <DateField name="to" label={t('steps.leaveTo')} />
        <Form.Item label={t('steps.leavePurpose')} name="purpose">
          <Select
            options={(['training', 'evaluation', 'both'] as const).map((p) => ({ value: p, label: t(`steps.purpose.${p}`) }))}
            style={{ width: 200 }}
          />
        </Form.Item>
      </StepForm>,
    );
  }
  return forms.length ? <div className="step-forms">{forms}</div> : null;
}
