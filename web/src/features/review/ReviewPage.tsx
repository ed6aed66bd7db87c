/**
 * /review/{expert|geographic|final}[/{applicationId}] — a committee member's pages, reached
 * through the signed link in their invitation (docs/review-api.md). The page only reads on
 * load; every action is a POST. A refused link (tampered, expired, revoked, another
 * committee's) shows why and nothing else. Lazy-loaded: nothing of it reaches the applicant's
 * first page.
 */
import './review.css';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../app/api.ts';
import { formatDateTime } from '../../app/format.ts';
import { LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { useLocation } from '../../app/router.tsx';
import { reviewApi } from './api.ts';
import { ApplicationReview } from './ApplicationReview.tsx';
import { ReviewSessionProvider, type ReviewSession } from './context.tsx';
import { committeeTitle, Refusal } from './frame.tsx';
import { ExpertList } from './expert/ExpertList.tsx';
import { FinalList } from './final/FinalList.tsx';
import { GeographicList } from './geographic/GeographicList.tsx';
import { useReviewI18n } from './i18n.ts';
import { forgetReviewToken, takeReviewToken, tokenFromHash } from './session.ts';
import type { Committee } from './types.ts';

const refused = (error: unknown): error is ApiError =>
  error instanceof ApiError && (error.status === 401 || error.status === 403);

export default function ReviewPage({
  committee,
  applicationId,
}: {
  committee: Committee;
  applicationId?: string;
}) {
  const { t, locale } = useReviewI18n();
  const { hash } = useLocation();
  const [token, setToken] = useState(() => takeReviewToken(committee));
  // A new link opened in the same tab changes only the fragment: take its token and start over.
  // Taking it strips it from the address and keeps it in sessionStorage (outside React), so an
  // effect does it, not the render.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the token comes from the address bar, an external system
    if (tokenFromHash(hash)) setToken(takeReviewToken(committee));
  }, [hash, committee]);
  const client = useMemo(() => (token ? reviewApi(token, locale) : undefined), [token, locale]);
  // The link's context: who the member is, the round, the stage. Keyed by the link, not the
  // language (the answer has every language), so a switch keeps the page as it is.
  const sessionKey = token && `${committee}:${token}`;
  const loaded = useResource(sessionKey && `review-context:${sessionKey}`, async (signal) => {
    try {
      const answer = await client!.context(signal);
      // A link for another committee opens nothing here (and is not kept for this page).
      if (answer.committee !== committee) forgetReviewToken(committee);
      return answer;
    } catch (error) {
      if (refused(error)) forgetReviewToken(committee);
      throw error;
    }
  });

  const session = useMemo<ReviewSession | undefined>(
    () =>
      loaded.data && client && sessionKey
        ? { committee, client, context: loaded.data, sessionKey, reloadContext: loaded.reload }
        : undefined,
    [loaded.data, loaded.reload, client, committee, sessionKey],
  );

  if (!token) return <Refusal message={t('committee.refused.noToken')} />;
  if (refused(loaded.error)) return <Refusal message={loaded.error.message} />;
  if (!loaded.data && loaded.error)
    return (
      <>
        <PageHeading title={t(committeeTitle(committee))} />
        <LoadFailure error={loaded.error} retry={loaded.reload} />
      </>
    );
  if (!session) return <Loading />;
  if (session.context.committee !== committee)
    return (
      <Refusal
        message={t('committee.refused.otherCommittee', {
          committee: t(committeeTitle(session.context.committee)),
        })}
      />
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
