import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ApiError, messageOf } from '../../app/api.ts';
import { useText } from '../../app/i18n.tsx';
import { navigate } from '../../app/router.tsx';
import { signedOutRoute } from '../start/routes.ts';
import type { ApplicantApi } from './api.ts';
import { clearSession } from './session.ts';
import { formText } from './text.ts';

/** Saves what the form holds now: whether it is stored (the form's flush). */
export type Flush = () => Promise<'stored' | 'unsaved'>;

/**
 * Sign out of the application (ADR 086): what the form still holds is saved first (a failed
 * save asks before going on), then POST …/sign-out ends the session on the server, this tab
 * forgets it, and the signed-out page says how to come back. A session the server no longer
 * knows (401) counts as ended; any other failure keeps it, so the applicant can try again.
 */
export function SignOutButton({ client, flush }: { client: ApplicantApi; flush?: Flush }) {
  const { t, locale } = useText(formText);
  const [busy, setBusy] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function signOut(force: boolean) {
    setBusy(true);
    setProblem(undefined);
    try {
      if (!force && flush && (await flush()) === 'unsaved') {
        setUnsaved(true);
        return;
      }
      try {
        await client.signOut(locale);
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
      clearSession(client.applicationId);
      navigate(signedOutRoute.path(), { replace: true });
    } catch (error) {
      setProblem(messageOf(error, t('signOut.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="session-bar no-print">
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={() => void signOut(false)}
        disabled={busy}
        data-testid="sign-out"
      >
        {t('signOut.button')}
      </Button>
      {unsaved && (
        <Alert data-color="warning" role="alert" className="session-bar__note">
          <Paragraph>{t('signOut.unsaved')}</Paragraph>
          <div className="row-actions">
            <Button data-size="sm" variant="secondary" onClick={() => void signOut(true)}>
              {t('signOut.anyway')}
            </Button>
            <Button data-size="sm" variant="tertiary" onClick={() => setUnsaved(false)}>
              {t('signOut.stay')}
            </Button>
          </div>
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger" role="alert" className="session-bar__note">
          {problem}
        </Alert>
      )}
    </div>
  );
}
