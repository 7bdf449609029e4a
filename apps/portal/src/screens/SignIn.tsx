import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { signIn, SignInRefused } from '../session';

/** Sign-in with the organisation's API key until user accounts replace it (session.ts). */
export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = (location.state as { from?: string } | null)?.from ?? '/portal/journeys';

  const submit = async ({ apiKey }: { apiKey: string }) => {
    setBusy(true);
    setRefusal(null);
    try {
      await signIn({ apiKey });
      navigate(next, { replace: true });
    } catch (err) {
      const status = err instanceof SignInRefused ? err.status : 0;
      setRefusal(status === 401 ? t('signIn.wrongKey') : status === 403 ? t('signIn.suspended') : status === 0 ? t('errors.network') : t('errors.unavailable'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <Card className="sign-in-card">
        <Typography.Title level={1} className="sign-in-title">
          {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('signIn.intro')}</Typography.Paragraph>
        {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label={t('signIn.apiKey')} name="apiKey" extra={t('signIn.apiKeyHelp')} rules={[{ required: true, whitespace: true, message: t('signIn.apiKeyRequired') }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
