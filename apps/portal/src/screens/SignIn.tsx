import { Alert, Button, Card, Form, Input, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { signIn, signInWithKey, SignInRefused, useSession } from '../session';

/** What a refused sign-in tells the person, on the form. */
function useRefusal() {
  const { t } = useTranslation();
  return (err: unknown, how: 'password' | 'key') => {
    const e = err instanceof SignInRefused ? err : new SignInRefused(0);
    if (e.status === 401) return how === 'password' ? t('signIn.wrongPassword') : t('signIn.wrongKey');
    if (e.status === 403) return t('signIn.suspended');
    if (e.status === 429) return t('signIn.locked', { minutes: Math.max(1, Math.ceil((e.retryAfter ?? 60) / 60)) });
    if (e.status === 400) return t('signIn.incomplete');
    return e.status === 0 ? t('errors.network') : t('errors.unavailable');
  };
}

function PasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const explain = useRefusal();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { login: string; password: string }) => {
    setBusy(true);
    setRefusal(null);
    try {
      await signIn(v);
      onDone();
    } catch (err) {
      setRefusal(explain(err, 'password'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('signIn.withPassword')} name="sign-in-password">
      {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('signIn.login')} name="login" rules={[{ required: true, whitespace: true, message: t('signIn.loginRequired') }]}>
        <Input autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item label={t('signIn.password')} name="password" rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}

function KeyForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const explain = useRefusal();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ apiKey }: { apiKey: string }) => {
    setBusy(true);
    setRefusal(null);
    try {
      await signInWithKey({ apiKey });
      onDone();
    } catch (err) {
      setRefusal(explain(err, 'key'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('signIn.withKey')} name="sign-in-key">
      {refusal && <Alert role="alert" type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('signIn.apiKey')} name="apiKey" extra={t('signIn.apiKeyHelp')} rules={[{ required: true, whitespace: true, message: t('signIn.apiKeyRequired') }]}>
        <Input.Password autoComplete="off" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}

/** Sign-in: people with login and password; system integrations with an API key (the second tab). */
export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const next = (location.state as { from?: string } | null)?.from ?? '/portal/journeys';
  if (session) return <Navigate to={next} replace />;
  const done = () => navigate(next, { replace: true });
  return (
    <main id="main" className="sign-in">
      <Card className="sign-in-card">
        <Typography.Title level={1} className="sign-in-title">
          {t('signIn.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('signIn.intro')}</Typography.Paragraph>
        <Tabs
          items={[
            { key: 'password', label: t('signIn.withPassword'), children: <PasswordForm onDone={done} /> },
            { key: 'key', label: t('signIn.withKey'), children: <KeyForm onDone={done} /> },
          ]}
        />
      </Card>
    </main>
  );
}
