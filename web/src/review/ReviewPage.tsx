/**
 * /review/{expert|geographic|final}[/{applicationId}] — a committee member's pages, reached
 * through the signed link in their invitation (docs/review-api.md). The page only reads on
 * load; every action is a POST. A refused link (tampered, expired, revoked, another
 * committee's) shows why and nothing else. Lazy-loaded: nothing of it reaches the applicant's
 * first page.
 */
import './review.css';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { RoundView } from '../api/types.ts';
import { Loading, PageHeading } from '../components/Page.tsx';
import { formatDateTime } from '../format.ts';
import { useLocation } from '../router.tsx';
import { reviewApi } from './api.ts';
import { ApplicationReview } from './ApplicationReview.tsx';
import { committeeTitle, Refusal, ReviewSessionProvider, type ReviewSession } from './common.tsx';
import { ExpertList } from './expert/ExpertList.tsx';
import { FinalList } from './final/FinalList.tsx';
import { GeographicList } from './geographic/GeographicList.tsx';
import { useReviewI18n } from './i18n.ts';
import { forgetReviewToken, takeReviewToken, tokenFromHash } from './session.ts';
import type { Committee, ReviewContext } from './types.ts';

type State =
  | { kind: 'loading' }
  | { kind: 'refused'; message: string }
  | { kind: 'otherCommittee'; committee: Committee }
  | { kind: 'network' }
  | { kind: 'ready'; context: ReviewContext };

export default function ReviewPage({
  committee,
  applicationId,
  rounds,
}: {
  committee: Committee;
  applicationId?: string;
  rounds: RoundView[];
}) {
  const { t, locale } = useReviewI18n();
  const { hash } = useLocation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [token, setToken] = useState(() => takeReviewToken(committee));
  // A new link opened in the same tab changes only the fragment: take its token and start over.
  useEffect(() => {
    if (!tokenFromHash(hash)) return;
    setToken(takeReviewToken(committee));
    setState({ kind: 'loading' });
  }, [hash, committee]);
  const client = useMemo(() => (token ? reviewApi(token, locale) : undefined), [token, locale]);

  const load = useCallback(async () => {
    if (!client) return;
    try {
      const context = await client.context();
      if (context.committee !== committee) {
        // A link for another committee opens nothing here (and is not kept for this page).
        forgetReviewToken(committee);
        setState({ kind: 'otherCommittee', committee: context.committee });
        return;
      }
      setState({ kind: 'ready', context });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        forgetReviewToken(committee);
        setState({ kind: 'refused', message: error.message });
      } else {
        setState({ kind: 'network' });
      }
    }
  }, [client, committee]);
  useEffect(() => {
    void load();
  }, [load]);

  const session = useMemo<ReviewSession | undefined>(() => {
    if (state.kind !== 'ready' || !client) return undefined;
    const { context } = state;
    // The summary needs the division, school years and areas: /rounds has them, and so has the context.
    const round =
      rounds.find((candidate) => candidate.id === context.round.id) ??
      ({ ...context.round, applicationPeriodState: 'closed' } as unknown as RoundView);
    return { committee, client, context, round, reloadContext: load };
  }, [state, client, committee, rounds, load]);

  if (!token) return <Refusal message={t('committee.refused.noToken')} />;
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'otherCommittee')
    return (
      <Refusal
        message={t('committee.refused.otherCommittee', { committee: t(committeeTitle(state.committee)) })}
      />
    );
  if (state.kind === 'refused') return <Refusal message={state.message} />;
  if (state.kind === 'network' || !session)
    return (
      <>
        <PageHeading title={t(committeeTitle(committee))} />
        <Alert data-color="danger">
          <Paragraph>{t('app.networkError')}</Paragraph>
          <Button variant="secondary" onClick={() => void load()}>
            {t('app.retry')}
          </Button>
        </Alert>
      </>
    );

  const { context } = session;
  if (context.stage.status === 'not-open') {
    return (
      <>
        <PageHeading title={t(committeeTitle(committee))} />
        <Alert data-color="info" data-testid="stage-not-open">
          <Paragraph>
            {t('committee.notOpen', { deadline: formatDateTime(context.stage.deadline, locale) })}
          </Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <ReviewSessionProvider value={session}>
      <div className="review">
        {applicationId ? (
          <ApplicationReview applicationId={applicationId} />
        ) : committee === 'expert' ? (
          <ExpertList />
        ) : committee === 'geographic' ? (
          <GeographicList />
        ) : (
          <FinalList />
        )}
      </div>
    </ReviewSessionProvider>
  );
}
