import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { call } from '../../app/api.ts';
import { messageOf } from '../../app/api.ts';
import { useText } from '../../app/i18n.tsx';
import { PageHeading } from '../../app/Page.tsx';
import { Link } from '../../app/router.tsx';
import { startRoute } from '../start/routes.ts';
import { applicationRoute } from './routes.ts';
import { formText } from './text.ts';

/**
 * No session for this application in this browser (a mail's link opened elsewhere, or the
 * session expired): a sign-in link to the application's owner address, one click away, and
 * then straight to the application (issue 9 point 6). The answer is the same whether or not
 * the application exists; the page names no address.
 */
export function SessionExpired() {
  const { t, locale } = useText(formText);
  const applicationId = applicationRoute.match(location.pathname)?.applicationId;
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [problem, setProblem] = useState<string>();

  async function ask() {
    if (!applicationId) return;
    setState('sending');
    setProblem(undefined);
    try {
      await call('POST /applications/{applicationId}/sign-in-link', { applicationId }, { locale });
      setState('sent');
    } catch (error) {
      setState('idle');
      setProblem(messageOf(error, t('app.networkError')));
    }
  }

  return (
    <>
      <PageHeading title={t('session.expired.title')} />
      <Paragraph>{t('session.signIn.body')}</Paragraph>
      {applicationId && state !== 'sent' && (
        <div>
          <Button
            onClick={() => void ask()}
            disabled={state === 'sending'}
            aria-disabled={state === 'sending'}
          >
            {t('session.signIn.send')}
          </Button>
        </div>
      )}
      {state === 'sent' && (
        <Alert data-color="success" role="status">
          {t('session.signIn.sent')}
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <Paragraph>
        {t('session.signIn.other')} <Link to={startRoute.path()}>{t('signIn.newLink')}</Link>
      </Paragraph>
    </>
  );
}
