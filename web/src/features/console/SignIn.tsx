import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../../app/api.ts';
import { Loading, PageHeading } from '../../app/Page.tsx';
import { followLink, Link, navigate } from '../../app/router.tsx';
import { linkFailure, type LinkFailure } from '../start/link.ts';
import { createStaffSession, requestStaffLink } from './api.ts';
import { consoleRoute, consoleSignInRoute } from './routes.ts';
import { saveStaffSession } from './session.ts';
import { useConsoleText } from './text.ts';

const EMAIL_ID = 'staff-email';

/**
 * The staff's sign-in: an address → "check your e-mail". The answer is the same whether the
 * address is on the allow-list or not (the API sends a link only to one that is), so the page
 * tells a stranger nothing. `reason` says why the form is shown (signed out, session ended).
 */
export function StaffSignIn({ reason }: { reason?: 'signedOut' | 'expired' | 'required' }) {
  const { t, locale } = useConsoleText();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const address = email.trim();
    setProblem(undefined);
    if (!address) {
      setError(t('console.signIn.email.required'));
      document.getElementById(EMAIL_ID)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await requestStaffLink(address, locale);
      setSentTo(address);
    } catch (failure) {
      const field = failure instanceof ApiError ? failure.fields.find((f) => f.path === 'email') : undefined;
      if (field) {
        setError(field.message);
        document.getElementById(EMAIL_ID)?.focus();
      } else setProblem(messageOf(failure, t('app.networkError')));
    } finally {
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <>
        <PageHeading title={t('console.sent.title')} />
        <Alert data-color="success" data-testid="staff-link-sent">
          <Paragraph>{t('console.sent.body', { email: sentTo })}</Paragraph>
        </Alert>
        <Paragraph className="spaced-sm">{t('console.sent.notReceived')}</Paragraph>
        <Button variant="secondary" onClick={() => setSentTo(undefined)}>
          {t('console.sent.again')}
        </Button>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('console.signIn.title')} />
      {reason && (
        <Alert data-color={reason === 'signedOut' ? 'success' : 'info'} data-testid={`staff-${reason}`}>
          <Paragraph>{t(`console.signIn.reason.${reason}`)}</Paragraph>
        </Alert>
      )}
      <Paragraph data-size="lg" className="console-lead">
        {t('console.signIn.lead')}
      </Paragraph>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <form noValidate onSubmit={onSubmit} className="form-stack narrow">
        <Textfield
          id={EMAIL_ID}
          label={t('console.signIn.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={error}
          maxLength={254}
        />
        <div>
          <Button type="submit" disabled={busy} aria-busy={busy || undefined} data-testid="staff-sign-in">
            {t('console.signIn.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * The sign-in link's landing page: `/sekretariat/logg-inn#token=…`. The token sits in the
 * fragment (never sent to a server, never logged) and is exchanged by a POST, so a mail scanner
 * fetching the link signs nobody in; the address bar is cleaned at once.
 */
export function StaffLinkLanding({ token, onNewLink }: { token: string; onNewLink(): void }) {
  const { t, locale } = useConsoleText();
  const [refusal, setRefusal] = useState<{ why: LinkFailure; error: unknown }>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    history.replaceState(null, '', consoleSignInRoute.path());
    createStaffSession(token, locale).then(
      (session) => {
        saveStaffSession(session);
        navigate(consoleRoute.path(), { replace: true });
      },
      (error: unknown) => setRefusal({ why: linkFailure(token, error), error }),
    );
  }, [locale, token]);

  const failure =
    refusal &&
    (refusal.why === 'other'
      ? messageOf(refusal.error, t('app.networkError'))
      : t(`console.link.${refusal.why}`));
  if (!failure)
    return (
      <>
        <PageHeading title={t('console.link.title')} />
        <Loading />
      </>
    );
  return (
    <>
      <PageHeading title={t('console.link.failed')} />
      <Alert data-color="danger" data-testid="staff-link-failure">
        <Paragraph>{failure}</Paragraph>
      </Alert>
      <Paragraph className="spaced-sm">
        <Link
          to={consoleSignInRoute.path()}
          onClick={(event) => {
            followLink(event, consoleSignInRoute.path());
            onNewLink();
          }}
        >
          {t('console.link.newLink')}
        </Link>
      </Paragraph>
    </>
  );
}
