import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Language } from '../i18n';
import { inboxFor, navigationFor, type NavItem } from '../roles';
import { useInboxCounts } from './inbox/sections';
import { signOut, useSession } from '../session';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      value={i18n.language as Language}
      onChange={(lng) => void i18n.changeLanguage(lng)}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('app.languageZh')}</span> },
        { value: 'en', label: <span lang="en">{t('app.languageEn')}</span> },
      ]}
    />
  );
}

const PASSWORD_PATH = '/portal/account/password';

/** An inbox list in the navigation, with how many items wait in it (GET /inbox, asked again every 30 s). */
function NavLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const c = counts.data?.sections.find((s) => s.section === item.section);
  return (
    <Link to={item.path} data-testid={`nav-${item.section}`}>
      {t(item.label)}
      {c && (
        <span className={c.overdue ? 'nav-count nav-count-overdue' : 'nav-count'} data-testid={`count-${item.section}`}>
          {c.count}
        </span>
      )}
    </Link>
  );
}

/** The frame of every signed-in screen: who is signed in, the navigation for the role, the language. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!session) return <Navigate to="/portal/sign-in" replace state={{ from: location.pathname + location.search }} />;
  // A password set by an admin: the person chooses their own before anything else.
  if (session.user?.mustChangePassword && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  const inbox = inboxFor(session.role);
  const items = [...inbox, ...navigationFor(session.role, { person: !!session.user })];
  const selected = items.filter((i) => location.pathname.startsWith(i.path)).map((i) => i.key);
  const who = session.user?.name ?? session.organisation?.name ?? session.organisation?.id ?? '';
  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Layout.Header className="app-header">
        <div className="app-brand">
          <span className="app-title">{t('app.title')}</span>
          <span className="app-subtitle">{t('app.subtitle')}</span>
        </div>
        <Space size="middle" wrap>
          <Typography.Text className="app-who" data-testid="signed-in-as">
            {t('app.signedInAs', { organisation: who, role: t(`roles.${session.role}`, { defaultValue: session.role }) })}
          </Typography.Text>
          <LanguageSwitch />
          <Button onClick={() => void signOut().then(() => navigate('/portal/sign-in', { replace: true }))}>{t('app.signOut')}</Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light" breakpoint="md" collapsedWidth={0}>
          <nav aria-label={t('app.navigation')}>
            <Menu
              mode="inline"
              selectedKeys={selected}
              items={[
                ...(inbox.length ? [{ type: 'group' as const, key: 'inbox', label: t('nav.inbox'), children: inbox.map((i) => ({ key: i.key, label: <NavLink item={i} /> })) }] : []),
                ...items
                  .filter((i) => !i.section)
                  .map((i) => ({ key: i.key, label: i.path.startsWith('/portal') ? <Link to={i.path}>{t(i.label)}</Link> : <a href={i.path}>{t(i.label)}</a> })),
              ]}
            />
          </nav>
        </Layout.Sider>
        {/* Layout.Content is the page's one <main> (the skip link's target). */}
        <Layout.Content id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
