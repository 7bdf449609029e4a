import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type JourneyDetail, type Schemas } from '../../api/client';
import { RegisterForEvaluationPayload } from '@heze/machines/events';
import { CERTIFICATE_KINDS, DIPLOMA_STATUSES, INSTITUTIONS, OCCUPATION_RELATIONS, TITLE_GRADES } from '@heze/rules';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { StepForm } from '../StepForm';
import { DateField, today, TAG } from './fields';

type Answer = Schemas['EligibilityAnswerDto'];
type Level = Answer['levels'][number];
type Failing = Level['failingClauses'][number];
type Profile = Record<string, unknown>;

/** Drops empty optional fields (a blank end date is "ongoing", not ""). */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined && v !== null).map(clean);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => [k, clean(v)]),
    );
  }
  return typeof value === 'string' ? value.trim() : value;
}

/** Failing clauses with holdsOn (the day time alone would make the clause hold), clause ids as the rules name them. */
export function FailingClauses({ clauses }: { clauses: Failing[] }) {
  const { t } = useTranslation();
  if (!clauses.length) return null;
  return (
    <ul className="clause-list">
      {clauses.map((c) => (
        <li key={c.clause}>
          <Tag>{c.clause}</Tag> {c.reason}
          <span className="holds-on">
            {t('steps.holdsOn')}：{c.holdsOn ?? t('steps.never')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The rules' answer per level (RULES.md §3): offered, eligible, clauses that hold, the failing ones. */
export function EligibilityTable({ answer, target }: { answer: Answer; target: number }) {
  const { t } = useTranslation();
  return (
    <Table<Level>
      data-testid="eligibility"
      size="small"
      pagination={false}
      rowKey="level"
      dataSource={answer.levels}
      rowClassName={(l) => (l.level === target ? 'target-level' : '')}
      columns={[
        { title: t('steps.level'), dataIndex: 'level', render: (l: number) => (l === target ? <strong>{t('steps.targetLevel', { level: l })}</strong> : t('level', { level: l })) },
        {
          title: t('steps.eligible'),
          key: 'eligible',
          render: (_: unknown, l) => (!l.offered ? <Tag>{t('steps.notOffered')}</Tag> : l.eligible ? <Tag color={TAG.ok}>{t('steps.yes')}</Tag> : <Tag color={TAG.bad}>{t('steps.no')}</Tag>),
        },
        { title: t('steps.satisfied'), dataIndex: 'satisfiedClauses', render: (c: string[]) => c.map((x) => <Tag key={x}>{x}</Tag>) },
        { title: t('steps.failing'), dataIndex: 'failingClauses', render: (c: Failing[]) => <FailingClauses clauses={c} /> },
      ]}
    />
  );
}

function EligibilityCheck({ target }: { target: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const check = useMutation({
    mutationFn: (profile: Profile) => unwrap(api.POST('/eligibility', { body: profile as never })),
  });
  return (
    <div className="eligibility-check">
      <Button onClick={() => check.mutate(clean(form.getFieldValue('profile') ?? {}) as Profile)} loading={check.isPending}>
        {t('steps.checkEligibility')}
      </Button>
      {check.error && <ApiErrorAlert error={check.error} onRetry={() => check.mutate(clean(form.getFieldValue('profile') ?? {}) as Profile)} />}
      {check.data && <EligibilityTable answer={check.data} target={target} />}
    </div>
  );
}

const options = (t: (k: string) => string, prefix: string, values: readonly (string | number)[]) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

/** Registration for evaluation (evaluation organisation, 先培训后认定): the profile of RULES.md §3, checked by the rules. */
export function RegisterForm({ j }: { j: JourneyDetail }) {
  const { t } = useTranslation();
  const last = j.workflow.context.lastRefusal as { failingClauses: Failing[] } | null | undefined;
  const occupation = options(t, 'steps.occupation', OCCUPATION_RELATIONS);
  return (
    <StepForm<{ profile: Profile }>
      wide
      testId="step-registerForEvaluation"
      title={t('steps.registerTitle')}
      submitLabel={t('steps.registerSubmit')}
      schema={RegisterForEvaluationPayload}
      initialValues={{ profile: { evaluationDate: today(), workPeriods: [{ occupation: 'this' }] } }}
      toBody={(v) => ({ profile: clean(v.profile ?? {}) as Profile })}
      send={(body) => unwrap(api.POST('/journeys/{journeyId}/evaluation-registration', { params: { path: { journeyId: j.journeyId } }, body: body as never }))}
    >
      {last && last.failingClauses.length > 0 && (
        <Alert type="warning" showIcon title={t('steps.lastRefusal')} description={<FailingClauses clauses={last.failingClauses} />} style={{ marginBottom: 16 }} data-testid="last-refusal" />
      )}
      <p>{t('steps.registerHelp')}</p>
      <DateField name={['profile', 'evaluationDate']} label={t('steps.evaluationDate')} />
      <Space wrap align="start">
        <DateField name={['profile', 'birthDate']} label={t('steps.birthDate')} required={false} />
        <Form.Item label={t('steps.idNumber')} name={['profile', 'idNumber']} extra={t('steps.idNumberHelp')}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      </Space>
      <Form.Item name={['profile', 'intendsToWorkInOccupation']} valuePropName="checked">
        <Checkbox>{t('steps.intends')}</Checkbox>
      </Form.Item>
      <Form.List name={['profile', 'workPeriods']}>
        {(rows, { add, remove }) => (
          <fieldset className="benefits">
            <legend>{t('steps.workPeriods')}</legend>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <DateField name={[row.name, 'start']} label={t('steps.workStart', { n: i + 1 })} />
                <DateField name={[row.name, 'end']} label={t('steps.workEnd', { n: i + 1 })} required={false} />
                <Form.Item label={t('steps.workOccupation', { n: i + 1 })} name={[row.name, 'occupation']}>
                  <Select options={occupation} style={{ width: 140 }} />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('steps.rowRemove', { n: i + 1 })}>{t('steps.remove')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({ occupation: 'this' })}>{t('steps.workAdd')}</Button>
          </fieldset>
        )}
      </Form.List>
      <Form.List name={['profile', 'certificates']}>
        {(rows, { add, remove }) => (
          <fieldset className="benefits">
            <legend>{t('steps.certificates')}</legend>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item label={t('steps.certLevel', { n: i + 1 })} name={[row.name, 'level']}>
                  <Select options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: t('level', { level: l }) }))} style={{ width: 100 }} />
                </Form.Item>
                <DateField name={[row.name, 'issued']} label={t('steps.certIssued', { n: i + 1 })} />
                <Form.Item label={t('steps.certOccupation', { n: i + 1 })} name={[row.name, 'occupation']}>
                  <Select options={occupation} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item label={t('steps.certKind', { n: i + 1 })} name={[row.name, 'kind']}>
                  <Select allowClear options={options(t, 'steps.certKinds', CERTIFICATE_KINDS)} style={{ width: 140 }} />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('steps.rowRemove', { n: i + 1 })}>{t('steps.remove')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({ level: 4, occupation: 'this', kind: 'skill-level' })}>{t('steps.certAdd')}</Button>
          </fieldset>
        )}
      </Form.List>
      <Form.List name={['profile', 'diplomas']}>
        {(rows, { add, remove }) => (
          <fieldset className="benefits">
            <legend>{t('steps.diplomas')}</legend>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item label={t('steps.diplomaInstitution', { n: i + 1 })} name={[row.name, 'institution']}>
                  <Select options={options(t, 'steps.institutions', INSTITUTIONS)} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item label={t('steps.diplomaMajor', { n: i + 1 })} name={[row.name, 'major']}>
                  <Select options={occupation} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item label={t('steps.diplomaStatus', { n: i + 1 })} name={[row.name, 'status']}>
                  <Select options={options(t, 'steps.diplomaStatuses', DIPLOMA_STATUSES)} style={{ width: 120 }} />
                </Form.Item>
                <DateField name={[row.name, 'date']} label={t('steps.diplomaDate', { n: i + 1 })} required={false} />
                <Button onClick={() => remove(row.name)} aria-label={t('steps.rowRemove', { n: i + 1 })}>{t('steps.remove')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({ institution: 'higher-vocational', major: 'this', status: 'graduated' })}>{t('steps.diplomaAdd')}</Button>
          </fieldset>
        )}
      </Form.List>
      <Form.List name={['profile', 'titles']}>
        {(rows, { add, remove }) => (
          <fieldset className="benefits">
            <legend>{t('steps.titles')}</legend>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item label={t('steps.titleGrade', { n: i + 1 })} name={[row.name, 'grade']}>
                  <Select options={options(t, 'steps.titleGrades', TITLE_GRADES)} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name={[row.name, 'majorCorresponds']} valuePropName="checked">
                  <Checkbox>{t('steps.titleMajor', { n: i + 1 })}</Checkbox>
                </Form.Item>
                <DateField name={[row.name, 'obtained']} label={t('steps.titleObtained', { n: i + 1 })} />
                <Button onClick={() => remove(row.name)} aria-label={t('steps.rowRemove', { n: i + 1 })}>{t('steps.remove')}</Button>
              </Space>
            ))}
            <Button onClick={() => add({ grade: 'intermediate', majorCorresponds: true })}>{t('steps.titleAdd')}</Button>
          </fieldset>
        )}
      </Form.List>
      <EligibilityCheck target={j.targetLevel} />
    </StepForm>
  );
}
