import { Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, type ComponentType } from 'react';
import { useI18n } from './app/i18n.tsx';
import { Layout } from './app/Layout.tsx';
import { Loading, PageHeading } from './app/Page.tsx';
import { Link, useLocation } from './app/router.tsx';
import { AboutPage } from './features/about/AboutPage.tsx';
import { SignedOutPage } from './features/start/SignedOutPage.tsx';
import { SignInPage } from './features/start/SignInPage.tsx';
import { StartPage } from './features/start/StartPage.tsx';
import { matchRoute, routes } from './routes.ts';

/**
 * A lazy page, with all of Designsystemet's custom elements and polyfills (dialogs, popovers,
 * suggestions, invokers): the first page carries only the field and tabs elements
 * (web/vite.config.ts), so every other page brings the rest before it renders.
 */
const lazyPage = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(() =>
    Promise.all([load(), import('@digdir/designsystemet-web')]).then(([page]) => ({ default: page })),
  );

// The form, zod and the municipality lists load only when an application is opened.
const ApplicationPage = lazyPage(() =>
  import('./features/application/ApplicationPage.tsx').then((m) => m.default),
);
// The committees' pages and the public awards page: their own chunks, their own strings.
const ReviewPage = lazyPage(() => import('./features/review/ReviewPage.tsx').then((m) => m.default));
const AwardsPage = lazyPage(() => import('./features/awards/AwardsPage.tsx').then((m) => m.default));
// The secretariat's console: its own chunk, its own strings.
const ConsolePage = lazyPage(() => import('./features/console/ConsolePage.tsx').then((m) => m.default));
// After the award (ADR 102, 103): the award, a report, the secretariat's reports.
const GrantPage = lazyPage(() => import('./features/grant/GrantPage.tsx').then((m) => m.default));
const ReportPage = lazyPage(() => import('./features/grant/ReportPage.tsx').then((m) => m.default));
const StaffReportsPage = lazyPage(() =>
  import('./features/grant/staff/ReportsPage.tsx').then((m) => m.default),
);
// The privacy notice and the accessibility statement: one small chunk with their text.
const PrivacyPage = lazyPage(() => import('./features/about/Statements.tsx').then((m) => m.PrivacyPage));
const AccessibilityPage = lazyPage(() =>
  import('./features/about/Statements.tsx').then((m) => m.AccessibilityPage),
);

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to={routes.about.path()}>{t('notFound.home')}</Link>
      </Paragraph>
    </>
  );
}

/** The page of the address: matched against the route table (routes.ts); each page loads what it needs. */
function Page() {
  const { pathname } = useLocation();
  const match = matchRoute(pathname);
  switch (match?.name) {
    case 'about':
      return <AboutPage />;
    case 'start':
      return <StartPage />;
    case 'signIn':
      return <SignInPage />;
    case 'signedOut':
      return <SignedOutPage />;
    case 'awards':
      return <AwardsPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'application':
      return <ApplicationPage applicationId={match.params.applicationId} step={match.params.step} />;
    case 'review':
      return (
        <ReviewPage
          key={match.params.committee}
          committee={match.params.committee}
          applicationId={match.params.applicationId}
        />
      );
    case 'console':
    case 'consoleApplication':
    case 'consoleSignIn':
      return <ConsolePage match={match} />;
    case 'grant':
      return <GrantPage applicationId={match.params.applicationId} />;
    case 'grantReport':
      return (
        <ReportPage
          key={match.params.schoolYear}
          applicationId={match.params.applicationId}
          schoolYear={match.params.schoolYear}
        />
      );
    case 'staffReports':
      return <StaffReportsPage />;
    default:
      return <NotFound />;
  }
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    </Layout>
  );
}
