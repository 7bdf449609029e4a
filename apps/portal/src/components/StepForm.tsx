import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ApiErrorAlert } from './ApiErrorAlert';

/**
 * One step the signed-in party may take, as a form. The API validates with the event's schema; its 400
 * is shown at the field it names, a 409 (the journey moved on) says the state now and offers a refresh,
 * a 503 a retry. On success the journey is read again.
 */
export function StepForm<V extends object>({ journeyId, title, submitLabel, danger, send, children }: {
  journeyId: string;
  title: string;
  submitLabel: string;
  danger?: boolean;
  send: (values: V) => Promise<unknown>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const queries = useQueryClient();
  const refresh = () => {
    step.reset();
    void queries.invalidateQueries({ queryKey: ['journey', journeyId] });
    void queries.invalidateQueries({ queryKey: ['timeline', journeyId] });
  };
  const step = useMutation({
    mutationFn: send,
    onSuccess: () => {
      form.resetFields();
      refresh();
    },
    onError: (err) => {
      const field = err instanceof ApiError && err.status === 400 ? err.body?.field : undefined;
      if (field && form.getFieldInstance(field as never) !== undefined) form.setFields([{ name: field as never, errors: [err instanceof ApiError ? (err.body?.message ?? '') : ''] }]);
    },
  });
  const atField = step.error instanceof ApiError && step.error.status === 400 && step.error.body?.field && form.getFieldInstance(step.error.body.field as never) !== undefined;
  return (
    <Card title={<h2 className="card-title">{title}</h2>} style={{ marginTop: 16 }}>
      {step.error && !atField && <ApiErrorAlert error={step.error} onRetry={() => form.submit()} onRefresh={refresh} />}
      <Form<V> form={form} layout="vertical" onFinish={(v) => step.mutate(v)} requiredMark={false} aria-label={title}>
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
