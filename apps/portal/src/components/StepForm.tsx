import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form } from 'antd';
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { ApiErrorAlert } from './ApiErrorAlert';

type Path = (string | number)[];

/** `profile.workPeriods[0].start` (the API's `field`) or a zod path, as a form field's name path. */
export function fieldPath(field: string | Path): Path {
  if (Array.isArray(field)) return field.map((p) => (typeof p === 'number' ? p : String(p)));
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Where a step's 409 is told: the page, above the steps, since after the refresh the step's own form is
 * gone (the machine no longer takes it) and its message would go with it.
 */
export const StepConflict = createContext<(error: ApiError) => void>(() => undefined);

/**
 * One step the signed-in party may take, as a form. Before sending, the values are checked with the
 * event's own payload schema (libs/machines/src/events, the API's DTOs are built from the same), and
 * the issue is shown at its field; the API's 400 is shown at the field it names too. A 409 (the case
 * moved on) is told on the page with the state now and what it takes, and the page is read again; a
 * 503 or a lost connection offers a retry. On success the journey and its cases are read again.
 */
export function StepForm<V extends object, B = V>({ title, submitLabel, danger, send, schema, toBody, initialValues, children, testId, wide }: {
  title: string;
  submitLabel: string;
  danger?: boolean;
  send: (body: B) => Promise<unknown>;
  /** The payload schema the API validates the body with. */
  schema?: z.ZodType;
  /** Form values to the request body (e.g. a list of benefit rows to a record). */
  toBody?: (values: V) => B;
  initialValues?: Partial<V>;
  children?: ReactNode;
  testId?: string;
  /** Takes the whole row of the step grid (the registration profile and its eligibility answer). */
  wide?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  // Field ids are `<form name>_<field>`: several forms on one page (withdraw and decide both have a reason) keep theirs apart.
  const name = `step${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const queries = useQueryClient();
  const tellConflict = useContext(StepConflict);
  // Every query of the page (journey, timeline, leaves, wage case, claims) is read again.
  const refresh = () => {
    step.reset();
    void queries.invalidateQueries();
  };
  const hasField = (path: Path) => {
    try {
      return form.getFieldInstance(path as never) !== undefined;
    } catch {
      return false;
    }
  };
  const step = useMutation({
    mutationFn: send,
    onSuccess: () => {
      form.resetFields();
      void queries.invalidateQueries();
    },
    onError: (err) => {
      if (!(err instanceof ApiError)) return;
      if (err.status === 409 && !err.body?.field) {
        tellConflict(err);
        refresh();
        return;
      }
      const field = err.body?.field;
      if (field && hasField(fieldPath(field))) {
        const message = (err.body?.message ?? '').replace(`${field}: `, '');
        form.setFields([{ name: fieldPath(field) as never, errors: [message] }]);
      }
    },
  });
  const shownAtField = step.error instanceof ApiError && !!step.error.body?.field && hasField(fieldPath(step.error.body.field));
  const submit = (values: V) => {
    const body = (toBody ? toBody(values) : values) as B;
    if (schema) {
      const checked = schema.safeParse(body);
      const issue = checked.success ? undefined : checked.error.issues[0];
      // An issue the form has a field for is shown there; any other goes to the API, whose 400 says it.
      if (issue && hasField(fieldPath(issue.path as Path))) {
        form.setFields([{ name: fieldPath(issue.path as Path) as never, errors: [issue.message] }]);
        return;
      }
    }
    step.mutate(body);
  };
  return (
    <Card title={<h3 className="card-title">{title}</h3>} data-testid={testId} className={wide ? 'wide' : undefined}>
      {step.error && !shownAtField && <ApiErrorAlert error={step.error} onRetry={() => form.submit()} onRefresh={refresh} />}
      <Form<V> form={form} name={name} layout="vertical" onFinish={submit} requiredMark={false} aria-label={title} initialValues={initialValues}>
        {children}
        <Button htmlType="submit" type="primary" danger={danger} loading={step.isPending}>
          {submitLabel}
        </Button>
        <span className="sr-only" aria-live="polite">
          {step.isSuccess ? t('steps.done') : ''}
        </span>
      </Form>
    </Card>
  );
}
