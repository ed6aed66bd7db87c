import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { ApplicationFacts } from '../ApplicationFacts.tsx';
import { useReview } from '../context.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { GeographicComment, GeographicProposal, ReviewDetail } from '../types.ts';
import { CommentForm, CommentList, mayComment } from './CommentForm.tsx';

/** One application for the geographic committee: the facts, the advisers' comments, the member's own. */
export function GeographicPanel({ detail, onSaved }: { detail: ReviewDetail; onSaved(): Promise<void> }) {
  const { t } = useReviewI18n();
  const { context } = useReview();
  const row = { ...detail.application, expert: detail.expert };
  const proposal = (detail.proposal ?? null) as GeographicProposal | null;
  return (
    <>
      <ApplicationFacts row={row} />
      {proposal && (
        <Paragraph className="spaced-sm">
          {t('committee.geographicRank', { rank: proposal.rank })}
          {proposal.comment && ` – ${proposal.comment}`}
        </Paragraph>
      )}
      <Heading level={3} data-size="xs" className="spaced-sm">
        {t('committee.comments.heading')}
      </Heading>
      <CommentList comments={detail.comments} />
      {mayComment(context, detail.application) ? (
        <CommentForm
          applicationId={detail.application.applicationId}
          title={detail.application.title}
          mine={(detail.mine ?? null) as GeographicComment | null}
          onSaved={onSaved}
        />
      ) : (
        <Paragraph data-size="sm" className="muted">
          {t('committee.comment.notYours')}
        </Paragraph>
      )}
    </>
  );
}
