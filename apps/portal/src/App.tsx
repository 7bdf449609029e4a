import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { ApiError } from './api/client';
import { PasswordChange } from './screens/account/PasswordChange';
import { AppLayout, LanguageSwitch } from './screens/AppLayout';
import { InboxList } from './screens/inbox/InboxList';
import { JourneyList } from './screens/JourneyList';
import { JourneyPage } from './screens/JourneyPage';
import { NotFound } from './screens/NotFound';
import { SignIn } from './screens/SignIn';
import { Statistics } from './screens/statistics/Statistics';
import { StatisticsJourneys } from './screens/statistics/StatisticsJourneys';
import { Users } from './screens/users/Users';
import { useSession } from './session';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a 503 or a lost connection may, once.
      retry: (n, err) => err instanceof ApiError && (err.status === 503 || err.status === 0) && n < 1,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * Ant Design's default secondary, placeholder and link colours fall short of WCAG AA contrast (4.5:1) on
 * white; these are the nearest that meet it (axe-core checks every page in test/browser).
 */
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};

function Home() {
  return <Navigate to={useSession() ? '/portal/journeys' : '/portal/sign-in'} replace />;
}

function SignInPage() {
  return (
    <>
      <div className="corner">
        <LanguageSwitch />
      </div>
      <SignIn />
    </>
  );
}

/** Client-side routes live under /portal/ so that they never shadow an API route (/journeys is the API's). */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="/portal/sign-in" element={<SignInPage />} />
              <Route element={<AppLayout />}>
                <Route path="/portal" element={<Navigate to="/portal/journeys" replace />} />
                <Route path="/portal/journeys" element={<JourneyList />} />
                <Route path="/portal/journeys/:journeyId" element={<JourneyPage />} />
                <Route path="/portal/account/password" element={<PasswordChange />} />
                <Route path="/portal/users" element={<Users />} />
                <Route path="/portal/inbox/:section" element={<InboxList />} />
                <Route path="/portal/statistics" element={<Statistics />} />
                <Route path="/portal/statistics/journeys" element={<StatisticsJourneys />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
