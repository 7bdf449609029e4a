import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDate } from '../../format';

type User = Schemas['UserViewDto'];

/** The one-time password, shown once in a dialog; nothing keeps it after it closes. */
function OneTimePassword({ issued, onClose }: { issued: { login: string; password: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={!!issued} title={t('users.oneTimeTitle')} onOk={onClose} onCancel={onClose} okText={t('users.close')} cancelButtonProps={{ style: { display: 'none' } }} destroyOnHidden>
      {issued && (
        <>
          <Typography.Paragraph>{t('users.oneTimeHelp', { login: issued.login })}</Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text code copyable data-testid="one-time-password">
              {issued.password}
            </Typography.Text>
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}

/**
 * Users of every organisation, for the programme office (role admin): create (a one-time password shown
 * once), disable, re-enable, reset the password. The organisation filter lives in the URL.
 */
export function Users() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const organisation = params.get('organisation') || undefined;
  const [form] = Form.useForm();
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const organisations = useQuery({ queryKey: ['organisations'], queryFn: () => unwrap(api.GET('/organisations')) });
  const users = useQuery({ queryKey: ['users', organisation], queryFn: () => unwrap(api.GET('/users', { params: { query: organisation ? { organisation } : {} } })) });
  const names = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });

  const create = useMutation({
    mutationFn: (body: { organisationId: string; login: string; name: string }) => unwrap(api.POST('/users', { body })),
    onSuccess: (res) => {
      form.resetFields();
      void message.success(t('users.createdDone', { login: res.user.login }));
      if (res.password) setIssued({ login: res.user.login, password: res.password });
      void refresh();
    },
    onError: (err) => {
      // A 400/409 naming a field is shown at that field; anything else above the form.
      const field = err instanceof ApiError ? err.body?.field : undefined;
      if (field && ['organisationId', 'login', 'name'].includes(field)) form.setFields([{ name: field, errors: [(err as ApiError).body!.message] }]);
    },
  });
  const act = useMutation({
    mutationFn: async ({ user, action }: { user: User; action: 'disable' | 'enable' | 'reset' }) => {
      const path = { params: { path: { userId: user.id } } };
      if (action === 'disable') return { action, user, res: await unwrap(api.POST('/users/{userId}/disable', path)) };
      if (action === 'enable') return { action, user, res: await unwrap(api.POST('/users/{userId}/enable', path)) };
      return { action, user, res: await unwrap(api.POST('/users/{userId}/password-reset', { ...path, body: {} })) };
    },
    onMutate: () => setActionError(null),
    onSuccess: ({ action, user, res }) => {
      if (action === 'reset' && 'password' in res && res.password) setIssued({ login: user.login, password: res.password });
      if (action === 'disable') void message.success(t('users.disabledDone', { login: user.login }));
      if (action === 'enable') void message.success(t('users.enabledDone', { login: user.login }));
      void refresh();
    },
    onError: setActionError,
  });

  const createError = create.error && !(create.error instanceof ApiError && create.error.body?.field) ? create.error : null;
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('users.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('users.intro')}</Typography.Paragraph>
      <Card title={<h2 className="card-title">{t('users.create')}</h2>} style={{ marginBottom: 16 }}>
        {createError && <ApiErrorAlert error={createError} onRetry={() => form.submit()} />}
        <Form form={form} layout="inline" className="filters" onFinish={(v) => create.mutate(v)} aria-label={t('users.create')} name="create-user" requiredMark={false}>
          <Form.Item label={t('users.organisation')} name="organisationId" rules={[{ required: true, message: t('users.organisationRequired') }]}>
            <Select
              style={{ width: 260 }}
              showSearch
              // By name or id: many organisations may share a name.
              filterOption={(input, option) => `${option?.label ?? ''} ${option?.value ?? ''}`.toLowerCase().includes(input.trim().toLowerCase())}
              loading={organisations.isLoading}
              options={(organisations.data ?? []).map((o) => ({ value: o.id, label: `${o.name} · ${o.id} (${t(`roles.${o.role}`)})` }))}
            />
          </Form.Item>
          <Form.Item label={t('users.login')} name="login" rules={[{ required: true, whitespace: true, message: t('users.loginRequired') }]}>
            <Input autoComplete="off" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t('users.name')} name="name" rules={[{ required: true, whitespace: true, message: t('users.nameRequired') }]}>
            <Input autoComplete="off" style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('users.create')}
          </Button>
        </Form>
      </Card>
      <Space className="filters">
        <label htmlFor="users-organisation-filter">{t('users.filterOrganisation')}</label>
        <Select
          id="users-organisation-filter"
          style={{ width: 260 }}
          allowClear
          placeholder={t('users.allOrganisations')}
          value={organisation}
          onChange={(v?: string) => setParams(v ? { organisation: v } : {})}
          options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Space>
      {actionError != null && <ApiErrorAlert error={actionError} onRetry={() => void refresh()} />}
      {users.error && <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
      <Table<User>
        rowKey="id"
        loading={users.isLoading}
        dataSource={users.data ?? []}
        locale={{ emptyText: t('users.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('users.login'), dataIndex: 'login', sorter: (a, b) => a.login.localeCompare(b.login) },
          { title: t('users.name'), dataIndex: 'name' },
          { title: t('users.organisation'), dataIndex: 'organisationId', render: (id: string) => names.get(id) ?? id },
          { title: t('users.role'), dataIndex: 'role', render: (r: string | null) => (r ? t(`roles.${r}`) : '—') },
          {
            title: t('users.status'),
            key: 'status',
            render: (_, u) => (
              <Space size={4} wrap>
                {u.disabledAt ? <Tag color="red">{t('users.disabled')}</Tag> : <Tag>{t('users.active')}</Tag>}
                {u.mustChangePassword && <Tag>{t('users.mustChange')}</Tag>}
              </Space>
            ),
          },
          // Newest first: the user just created is on the first page.
          { title: t('users.createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDate(d), sorter: (a, b) => a.createdAt.localeCompare(b.createdAt), defaultSortOrder: 'descend' },
          {
            title: t('users.actions'),
            key: 'actions',
            render: (_, u) => (
              <Space size={4} wrap>
                {u.disabledAt ? (
                  <Button size="small" onClick={() => act.mutate({ user: u, action: 'enable' })} aria-label={`${t('users.enable')} ${u.login}`}>
                    {t('users.enable')}
                  </Button>
                ) : (
                  <Popconfirm title={t('users.disableConfirm', { login: u.login })} okText={t('users.confirm')} cancelText={t('users.cancel')} onConfirm={() => act.mutate({ user: u, action: 'disable' })}>
                    <Button size="small" danger aria-label={`${t('users.disable')} ${u.login}`}>
                      {t('users.disable')}
                    </Button>
                  </Popconfirm>
                )}
                <Popconfirm title={t('users.resetConfirm', { login: u.login })} okText={t('users.confirm')} cancelText={t('users.cancel')} onConfirm={() => act.mutate({ user: u, action: 'reset' })}>
                  <Button size="small" aria-label={`${t('users.reset')} ${u.login}`}>
                    {t('users.reset')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <OneTimePassword issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
