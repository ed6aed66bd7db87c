import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { saveSession } from '../api/session.ts';
import type { SessionResponse } from '../api/types.ts';
import { Loading } from '../components/Page.tsx';
import { PageHeading } from '../components/Page.tsx';
import { useText } from '../i18n/i18n.tsx';
import { signInText } from '../i18n/start.ts';
import { Link, navigate } from '../router.tsx';

/**
 * The magic link's landing page: `/sign-in#token=…`. The token sits in the fragment (never sent
 * to a server, never in logs) and is exchanged with a POST, so a mail scanner that fetches the
 * link signs nobody in. The address bar is cleaned before the application opens.
 */
export function SignInPage() {
  const { t, locale } = useText(signInText);
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = new URLSearchParams(location.hash.slice(1)).get('token');
    history.replaceState(null, '', '/sign-in');
    if (!token) {
      setFailure(t('signIn.missing'));
      return;
    }
    api<SessionResponse>('POST', '/sessions', { locale, body: { token } }).then(
      (session) => {
        saveSession(session);
        navigate(`/application/${session.applicationId}`, { replace: true });
      },
      (error: unknown) =>
        setFailure(error instanceof ApiError && !error.isNetwork ? error.message : t('app.networkError')),
    );
  }, [locale, t]);

  if (!failure) {
    return (
      <>
        <PageHeading title={t('signIn.title')} />
        <Loading />
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('signIn.failed')} />
      <Alert data-color="danger">
        <Paragraph>{failure}</Paragraph>
      </Alert>
      <Paragraph>
        <Link to="/start">{t('signIn.newLink')}</Link>
      </Paragraph>
    </>
  );
}
