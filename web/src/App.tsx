import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { currentRound, fetchRounds } from './api/rounds.ts';
import type { RoundView } from './api/types.ts';
import { Layout } from './components/Layout.tsx';
import { Loading, PageHeading } from './components/Page.tsx';
import { useI18n } from './i18n/i18n.tsx';
import { AboutPage } from './pages/AboutPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { StartPage } from './pages/StartPage.tsx';
import { Link, useLocation } from './router.tsx';

// The form, zod and the municipality lists load only when an application is opened.
const ApplicationPage = lazy(() => import('./application/ApplicationPage.tsx'));
// The committees' pages and the public awards page: their own chunks, their own strings.
const ReviewPage = lazy(() => import('./review/ReviewPage.tsx'));
const AwardsPage = lazy(() => import('./pages/AwardsPage.tsx'));

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link to="/">{t('notFound.home')}</Link>
      </Paragraph>
    </>
  );
}

function useRounds() {
  const [rounds, setRounds] = useState<RoundView[]>();
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    setFailed(false);
    fetchRounds().then(setRounds, () => setFailed(true));
  }, []);
  useEffect(load, [load]);
  return { rounds, failed, retry: load };
}

export function App() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { rounds, failed, retry } = useRounds();
  const round = rounds && currentRound(rounds);

  let page;
  const application = /^\/application\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname);
  const review = /^\/review\/(expert|geographic|final)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (failed) {
    page = (
      <Alert data-color="danger">
        <Paragraph>{t('app.networkError')}</Paragraph>
        <Button variant="secondary" onClick={retry}>
          {t('app.retry')}
        </Button>
      </Alert>
    );
  } else if (!rounds) {
    page = <Loading />;
  } else if (application) {
    page = (
      <Suspense fallback={<Loading />}>
        <ApplicationPage applicationId={application[1]!} step={application[2]} rounds={rounds} />
      </Suspense>
    );
  } else if (review) {
    page = (
      <Suspense fallback={<Loading />}>
        <ReviewPage
          key={review[1]}
          committee={review[1] as 'expert' | 'geographic' | 'final'}
          applicationId={review[2]}
          rounds={rounds}
        />
      </Suspense>
    );
  } else if (pathname === '/awards' || pathname === '/awards/') {
    page = (
      <Suspense fallback={<Loading />}>
        <AwardsPage rounds={rounds} />
      </Suspense>
    );
  } else if (pathname === '/') {
    page = <AboutPage round={round} />;
  } else if (pathname === '/start') {
    page = <StartPage round={round} />;
  } else if (pathname === '/sign-in') {
    page = <SignInPage />;
  } else {
    page = <NotFound />;
  }
  return <Layout contactEmail={round?.mail.replyTo}>{page}</Layout>;
}
