import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from '../../../app/router.tsx';
import { ApplicationFacts } from '../ApplicationFacts.tsx';
import { DeclarationTag } from '../frame.tsx';
import { useReviewI18n } from '../i18n.ts';
import { titleOf } from '../labels.ts';
import { reviewRoute } from '../routes.ts';
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
              <div className="review-card__head">
                <Heading level={4} data-size="xs" className="review-card__title">
                  {title}
                </Heading>
                <DeclarationTag declaration={row.declaration} />
              </div>
              <ApplicationFacts row={row} />
              <Paragraph data-size="sm">
                <Link to={reviewRoute.path({ committee: 'geographic', applicationId: row.applicationId })}>
                  {t('committee.readFull')}
                  <span className="visually-hidden"> – {title}</span>
                </Link>
              </Paragraph>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
