import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../app/api.ts';
import { useText } from '../../app/i18n.tsx';
import { Loading, PageHeading } from '../../app/Page.tsx';
import { Link, navigate } from '../../app/router.tsx';
import { applicationRoute } from '../application/routes.ts';
import { saveSession } from '../application/session.ts';
import { createSession } from './api.ts';
import { linkFailure, type LinkFailure } from './link.ts';
import { signInRoute, startRoute } from './routes.ts';
import { signInText } from './text.ts';

/**
 * The magic link's landing page: `/sign-in#token=…`. The token sits in the fragment (never sent
 * to a server, never in logs) and is exchanged with a POST, so a mail scanner that fetches the
 * link signs nobody in. The address bar is cleaned before the application opens. A refused
 * link says whether it was used already or expired (`linkFailure`).
 */
export function SignInPage() {
  const { t, locale } = useText(signInText);
  // The token, read once: the effect cleans it from the address bar.
  const [token] = useState(() => new URLSearchParams(location.hash.slice(1)).get('token'));
  const [refusal, setRefusal] = useState<{ why: LinkFailure; error: unknown }>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    history.replaceState(null, '', signInRoute.path());
    if (!token) return;
    createSession(token, locale).then(
      (session) => {
        saveSession(session);
        navigate(applicationRoute.path({ applicationId: session.applicationId }), { replace: true });
      },
      (error: unknown) => setRefusal({ why: linkFailure(token, error), error }),
    );
  }, [locale, token]);

  // Worded at render, so that a language switch rewords it (the API's own message stays in its language).
  const failure = !token
    ? t('signIn.missing')
    : refusal &&
      (refusal.why === 'other'
        ? messageOf(refusal.error, t('app.networkError'))
        : t(`signIn.${refusal.why}`));
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
      <Alert data-color="danger" data-testid="sign-in-failure">
        <Paragraph>{failure}</Paragraph>
      </Alert>
      <Paragraph>
        <Link to={startRoute.path()}>{t('signIn.newLink')}</Link>
      </Paragraph>
    </>
  );
}
