import { Paragraph } from '@digdir/designsystemet-react';
import { Link } from '../../../app/router.tsx';
import { ApplicationFacts } from '../ApplicationFacts.tsx';
import { isChairOrDeputy, isOpen, useReview } from '../context.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { FinalProposal, ReviewDetail } from '../types.ts';
import { SavedDecision } from './AwardEditor.tsx';
import { reviewRoute } from '../routes.ts';

/** One application for the final committee: the earlier outcomes and the decision so far. */
export function FinalPanel({ detail }: { detail: ReviewDetail }) {
  const { t } = useReviewI18n();
  const { context } = useReview();
  return (
    <>
      <ApplicationFacts
        row={{
          ...detail.application,
          expert: detail.expert,
          geographic: detail.geographic,
          advisers: detail.advisers,
        }}
      />
      <Paragraph className="spaced-sm">
        <SavedDecision proposal={(detail.proposal ?? null) as FinalProposal | null} />
      </Paragraph>
      {isChairOrDeputy(context) && isOpen(context) && (
        <>
          <Paragraph data-size="sm">{t('committee.award.inList')}</Paragraph>
          <Paragraph>
            <Link to={reviewRoute.path({ committee: 'final' })}>{t('committee.award.toList')}</Link>
          </Paragraph>
        </>
      )}
    </>
  );
}
