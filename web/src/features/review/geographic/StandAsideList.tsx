import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useReviewI18n } from '../i18n.ts';
import { ReviewCardTop } from '../ReviewCard.tsx';
import { titleOf } from '../labels.ts';
import type { ReviewRow } from '../types.ts';

/** The applications the member stood aside on: shown, but with no place in the order they see. */
export function StandAsideList({ rows }: { rows: readonly ReviewRow[] }) {
  const { t } = useReviewI18n();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="stand-aside-heading" className="spaced-sm" data-testid="stand-aside-list">
      <Heading level={3} data-size="xs" id="stand-aside-heading">
        {t('committee.order.standAside')}
      </Heading>
      <Paragraph data-size="sm">{t('committee.order.standAsideBody')}</Paragraph>
      <ul className="review-cards">
        {rows.map((row) => {
          const title = titleOf(row, t);
          return (
            <li
              key={row.applicationId}
              className="review-card"
              data-application={row.applicationId}
              data-conflicted
            >
              <ReviewCardTop row={row} title={title} level={4} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
