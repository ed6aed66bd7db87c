import { Alert } from '@digdir/designsystemet-react';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../../app/api.ts';
import { useText } from '../../app/i18n.tsx';
import { LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { useRounds } from '../rounds/rounds.ts';
import { navigate } from '../../app/router.tsx';
import { useMunicipalities } from '../municipalities/municipalities.ts';
import { signedOutRoute } from '../start/routes.ts';
import { applicantApi } from './api.ts';
import { CoeditorsPanel } from './coeditors/CoeditorsPanel.tsx';
import { ApplicationForm } from './form/ApplicationForm.tsx';
import { PrefillDone, PrefillOffer } from './PrefillOffer.tsx';
import { ClosedDraftView } from './receipt/ClosedDraft.tsx';
import { ReceiptView } from './receipt/ReceiptView.tsx';
import { clearSession, getSession } from './session.ts';
import { SessionExpired } from './SessionExpired.tsx';
import { SignOutButton, type Flush } from './SignOut.tsx';
import { formText } from './text.ts';

/**
 * /application/{id}[/{step}]: the form while a draft in an open period, the draft read-only
 * once the period closed (ADR 061), the receipt and status afterwards. The application and the
 * rounds load side by side; an expired session (401) asks for a new link. Every view of a
 * signed-in application offers to sign out (SignOut.tsx).
 */
export default function ApplicationPage({
  applicationId,
  step,
}: {
  applicationId: string;
  step: string | undefined;
}) {
  const { t, locale } = useText(formText);
  const [session] = useState(() => getSession(applicationId));
  // Every draft save (or conflict) counted, so the co-editors' panel reads who changed what again.
  const [saves, setSaves] = useState(0);
  // Every prefill (ADR 100): the form starts again from the draft as it was filled in.
  const [prefills, setPrefills] = useState(0);
  const [prefilledFrom, setPrefilledFrom] = useState<string>();
  const client = useMemo(() => {
    if (!session) return undefined;
    const api = applicantApi(applicationId, session.accessToken);
    return {
      ...api,
      saveDraft: (...args: Parameters<typeof api.saveDraft>) =>
        api.saveDraft(...args).finally(() => setSaves((count) => count + 1)),
    };
  }, [applicationId, session]);
  // The language is read when loading; the form follows a switch itself.
  const application = useResource(client && `application:${applicationId}`, async (signal) => {
    try {
      return await client!.get(locale, signal);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) clearSession(applicationId);
      throw error;
    }
  });
  const rounds = useRounds();
  const municipalities = useMunicipalities(
    rounds.data?.find((candidate) => candidate.id === application.data?.roundId)?.division,
  );
  const flush = useRef<Flush>(undefined);

  const failure = application.error;
  if (!client || (failure instanceof ApiError && failure.status === 401)) return <SessionExpired />;
  const signedIn = (content: ReactNode) => (
    <>
      <SignOutButton client={client} flush={() => flush.current?.() ?? Promise.resolve('stored')} />
      {content}
    </>
  );
  const view = application.data;
  if (!view && failure) {
    return signedIn(
      <>
        <PageHeading title={t('form.untitled')} />
        <LoadFailure error={failure} retry={application.reload} />
      </>,
    );
  }
  if (!view) return <Loading />;
  if (!rounds.data)
    return rounds.error ? <LoadFailure error={rounds.error} retry={rounds.reload} /> : <Loading />;
  const round = rounds.data.find((candidate) => candidate.id === view.roundId);
  if (!round) return <Alert data-color="danger">{t('app.noRound')}</Alert>;
  if (view.status !== 'DRAFT')
    return signedIn(<ReceiptView view={view} round={round} client={client} onChanged={application.reload} />);
  if (view.applicationPeriod.state === 'closed')
    return signedIn(<ClosedDraftView view={view} round={round} />);
  const municipalityName = (number: string) =>
    municipalities?.find((m) => m.number === number)?.name ?? number;
  return signedIn(
    <>
      <ApplicationForm
        key={prefills}
        view={view}
        round={round}
        client={client}
        step={step}
        onSubmitted={application.reload}
        flushRef={flush}
        intro={
          prefilledFrom !== undefined ? (
            <PrefillDone title={prefilledFrom} />
          ) : (
            <PrefillOffer
              view={view}
              client={client}
              rounds={rounds.data}
              municipalityName={municipalityName}
              onPrefilled={async (title) => {
                await application.reload();
                setPrefilledFrom(title);
                setPrefills((count) => count + 1);
              }}
            />
          )
        }
      />
      <CoeditorsPanel
        applicationId={applicationId}
        token={session!.accessToken}
        saves={saves}
        municipalityName={municipalityName}
        onLeft={() => {
          clearSession(applicationId);
          navigate(signedOutRoute.path(), { replace: true });
        }}
      />
    </>,
  );
}
