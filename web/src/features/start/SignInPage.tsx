import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../app/api.ts';
import { useText } from '../../app/i18n.tsx';
import { Loading, PageHeading } from '../../app/Page.tsx';
import { Link, navigate } from '../../app/router.tsx';
import { applicationRoute } from '../application/routes.ts';
import { saveSession } from '../application/session.ts';
import { createSession } from './api.ts';
import { signInRoute, startRoute } from './routes.ts';
import { signInText } from './text.ts';

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
    history.replaceState(null, '', signInRoute.path());
    if (!token) {
      setFailure(t('signIn.missing'));
      return;
    }
    createSession(token, locale).then(
      (session) => {
        saveSession(session);
        navigate(applicationRoute.path({ applicationId: session.applicationId }), { replace: true });
      },
      (error: unknown) => setFailure(messageOf(error, t('app.networkError'))),
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
        <Link to={startRoute.path()}>{t('signIn.newLink')}</Link>
      </Paragraph>
    </>
  );
}
