import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from '../../app/router.tsx';
import { ApplicationFacts } from './ApplicationFacts.tsx';
import { useReview } from './context.tsx';
import { DeclarationTag } from './frame.tsx';
import { useReviewI18n } from './i18n.ts';
import { reviewRoute } from './routes.ts';
import type { ReviewRow } from './types.ts';

/**
 * The top of an application's card in the geographic and final committees' lists: its place in
 * the order (when it has one: not where the member stood aside), the title, the member's
 * declaration, the facts, and the link to the whole application.
 */
export function ReviewCardTop({
  row,
  title,
  rank,
  level = 3,
}: {
  row: ReviewRow;
  title: string;
  rank?: number;
  level?: 3 | 4;
}) {
  const { t } = useReviewI18n();
  const { committee } = useReview();
  return (
    <>
      <div className="review-card__head">
        {rank !== undefined && (
          <span className="review-card__rank" aria-hidden="true">
            {rank}
          </span>
        )}
        <Heading level={level} data-size="xs" className="review-card__title">
          {rank !== undefined && (
            <span className="visually-hidden">{t('committee.order.rank', { rank })} </span>
          )}
          {title}
        </Heading>
        <DeclarationTag declaration={row.declaration} />
      </div>
      <ApplicationFacts row={row} />
      <Paragraph data-size="sm">
        <Link to={reviewRoute.path({ committee, applicationId: row.applicationId })}>
          {t('committee.readFull')}
          <span className="visually-hidden"> – {title}</span>
        </Link>
      </Paragraph>
    </>
  );
}
