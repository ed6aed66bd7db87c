/**
 * /sekretariat… — the secretariat's console (issue 9 point 1): the staff's sign-in, the link's
 * landing page, the round's overview and one application. Lazy-loaded: nothing of it reaches
 * the applicant's first page. Without a session (or when the API ends it: 401) the sign-in form
 * is shown in place; the applicant's menu is not shown on these pages (app/Layout.tsx).
 */
import './console.css';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiError, messageOf } from '../../app/api.ts';
import { navigate, useLocation } from '../../app/router.tsx';
import { tokenFromHash } from '../review/token.ts';
import type { Match } from '../../routes.ts';
import { staffApi, type StaffApi } from './api.ts';
import { ApplicationView } from './ApplicationView.tsx';
import { Overview } from './Overview.tsx';
import { consoleSignInRoute } from './routes.ts';
import { clearStaffSession, getStaffSession, type StaffSession } from './session.ts';
import { StaffLinkLanding, StaffSignIn } from './SignIn.tsx';
import { useConsoleText } from './text.ts';

export type ConsoleMatch = Extract<Match, { name: 'console' | 'consoleApplication' | 'consoleSignIn' }>;

interface StaffContext {
  session: StaffSession;
  client: StaffApi;
  /** A refused session (401): forget it; the page asks to sign in again. */
  refused(error: unknown): boolean;
}

const Context = createContext<StaffContext | null>(null);

export function useStaff(): StaffContext {
  const staff = useContext(Context);
  if (!staff) throw new Error('useStaff outside the console');
  return staff;
}

export default function ConsolePage({ match }: { match: ConsoleMatch }) {
  if (match.name === 'consoleSignIn') return <SignInOrLink />;
  return <SignedIn match={match} />;
}

/**
 * /sekretariat/logg-inn: with a link's token in the fragment, its landing page; else the form
 * (after signing out, with a word that it is done). The token is read once, when the page opens.
 */
function SignInOrLink() {
  const { searchParams } = useLocation();
  const [token, setToken] = useState(() => tokenFromHash(location.hash));
  if (token) return <StaffLinkLanding token={token} onNewLink={() => setToken(undefined)} />;
  return <StaffSignIn reason={searchParams.get('signedOut') ? 'signedOut' : undefined} />;
}

function SignedIn({ match }: { match: Exclude<ConsoleMatch, { name: 'consoleSignIn' }> }) {
  const { locale } = useConsoleText();
  const [session, setSession] = useState(() => getStaffSession());
  const [expired, setExpired] = useState(false);
  const client = useMemo(
    () => (session ? staffApi(session.accessToken, locale) : undefined),
    [session, locale],
  );
  const refused = useCallback((error: unknown) => {
    if (!(error instanceof ApiError && error.status === 401)) return false;
    clearStaffSession();
    setSession(undefined);
    setExpired(true);
    return true;
  }, []);
  const value = useMemo(
    () => (session && client ? { session, client, refused } : undefined),
    [session, client, refused],
  );
  if (!value) return <StaffSignIn reason={expired ? 'expired' : 'required'} />;
  return (
    <Context.Provider value={value}>
      <StaffBar />
      <div className="console">
        {match.name === 'console' ? (
          <Overview />
        ) : (
          <ApplicationView applicationId={match.params.applicationId} />
        )}
      </div>
    </Context.Provider>
  );
}

/** Who is signed in, and signing out (the session ends on the server, then in this tab). */
function StaffBar(): ReactNode {
  const { t } = useConsoleText();
  const { session, client } = useStaff();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  async function signOut() {
    setBusy(true);
    setProblem(undefined);
    try {
      await client.signOut();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) {
        setProblem(messageOf(error, t('console.signOut.failed')));
        setBusy(false);
        return;
      }
    }
    clearStaffSession();
    navigate(consoleSignInRoute.path({}, { query: { signedOut: '1' } }), { replace: true });
  }
  return (
    <div className="session-bar console-bar no-print">
      <Paragraph data-size="sm" className="muted" data-testid="staff-email">
        {t('console.signedInAs', { email: session.email })}
      </Paragraph>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={() => void signOut()}
        disabled={busy}
        data-testid="staff-sign-out"
      >
        {t('console.signOut')}
      </Button>
      {problem && (
        <Paragraph data-size="sm" role="alert">
          {problem}
        </Paragraph>
      )}
    </div>
  );
}
