import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { sessionChanged, useSession } from '../../session';

interface Values {
  current: string;
  next: string;
  confirm: string;
}

/**
 * The person's own password (POST /auth/password). Also the screen a person is sent to while
 * `mustChangePassword` holds (a password set by an admin). A 400 is shown at its field.
 */
export function PasswordChange() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!session?.user) return <Alert type="info" showIcon title={t('account.keyOnly')} />;
  const forced = session.user.mustChangePassword;

  const submit = async ({ current, next }: Values) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const answer = await unwrap(api.POST('/auth/password', { body: { current, next } }));
      sessionChanged(answer);
      form.resetFields();
      setDone(true);
      if (forced) navigate('/portal', { replace: true });
    } catch (err) {
      const field = err instanceof ApiError && err.status === 400 ? err.body?.field : undefined;
      if (field === 'current' || field === 'next') {
        form.setFields([{ name: field, errors: [field === 'current' ? t('account.currentWrong') : (err as ApiError).body!.message.replace(/^next: /, '')] }]);
      } else if (err instanceof ApiError && err.status === 429) {
        setError(null);
        form.setFields([{ name: 'current', errors: [t('account.locked', { minutes: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) })] }]);
      } else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('account.title')}
      </Typography.Title>
      {forced && <Alert type="warning" showIcon title={t('account.mustChange')} style={{ marginBottom: 16 }} data-testid="must-change" />}
      {done && <Alert role="status" type="success" showIcon title={t('account.done')} style={{ marginBottom: 16 }} />}
      {error != null && <ApiErrorAlert error={error} onRetry={() => form.submit()} />}
      <Card style={{ maxWidth: 480 }}>
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('account.title')} name="password-change">
          <Form.Item label={t('account.current')} name="current" rules={[{ required: true, message: t('account.currentRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label={t('account.next')} name="next" extra={t('account.nextHelp')} rules={[{ required: true, message: t('account.nextRequired') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t('account.confirm')}
            name="confirm"
            dependencies={['next']}
            rules={[
              { required: true, message: t('account.nextRequired') },
              ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error(t('account.confirmMismatch')))) }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('account.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
