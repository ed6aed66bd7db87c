import { formatNok } from '../../app/format.ts';
import { CommitmentList } from '../application/Commitment.tsx';
import { useReview } from './context.tsx';
import { useLabels } from './labels.ts';
import { useReviewI18n } from './i18n.ts';
import type { ApplicationSummaryView, ReviewRow } from './types.ts';

/**
 * What the geographic and final committees weigh, for one application: municipalities and
 * counties, activity areas, art subjects, the amount requested per school year, and — once the
 * member has declared no conflict — the earlier committees' outcomes (the expert reason, the
 * geographic rank and comment, the advisers' comments).
 */
export function ApplicationFacts({
  row,
}: {
  row: ApplicationSummaryView & Partial<Pick<ReviewRow, 'expert' | 'geographic' | 'advisers'>>;
}) {
  const { t } = useReviewI18n();
  const labels = useLabels();
  const { context } = useReview();
  const facts: [string, React.ReactNode][] = [
    [t('field.leadMunicipality'), labels.municipality(row.leadMunicipality)],
    [t('field.partnerMunicipalities'), row.partnerMunicipalities.map(labels.municipality).join('; ') || '–'],
    [t('committee.counties'), row.counties.map((county) => county.name).join(', ')],
    [t('field.activityAreas'), row.activityAreas.map(labels.area).join('; ')],
    [t('field.artSubjects'), row.artSubjects.map(labels.subject).join(', ') || '–'],
    [
      t('committee.requested'),
      <>
        {row.requested.perSchoolYear.map((year) => (
          <span key={year.schoolYear} className="fact-line">
            {labels.schoolYear(year.schoolYear)}: {formatNok(year.amount)}
          </span>
        ))}
        {row.requested.perSchoolYear.length > 1 && (
          <strong className="fact-line">
            {t('committee.total')}: {formatNok(row.requested.total)}
          </strong>
        )}
      </>,
    ],
  ];
  // Which municipalities and partners documented their commitment with a letter (ADR 098).
  if (row.commitment && row.commitment.length > 0)
    facts.push([
      t('att.commitment'),
      <CommitmentList division={context.round.division} commitment={row.commitment} heading={false} />,
    ]);
  if (row.expert)
    facts.push([
      t('committee.expertOutcome'),
      `${t(row.expert.qualified ? 'committee.outcome.qualified' : 'committee.outcome.notQualified')}${row.expert.reason ? ` – ${row.expert.reason}` : ''}`,
    ]);
  if (row.geographic)
    facts.push([
      t('committee.geographicOutcome'),
      [t('committee.geographicRank', { rank: row.geographic.rank }), row.geographic.comment]
        .filter(Boolean)
        .join(' – '),
    ]);
  // The geographic advisers' comments reach the final committee (ADR 090).
  if (row.advisers)
    facts.push([
      t('committee.advisers'),
      row.advisers.length === 0 ? (
        '–'
      ) : (
        <ul className="plain-list" data-testid="advisers">
          {row.advisers.map((adviser) => (
            <li key={adviser.memberId}>
              <strong>{adviser.memberName}:</strong> <span className="prewrap">{adviser.comment}</span>
            </li>
          ))}
        </ul>
      ),
    ]);
  return (
    <dl className="review-facts-list">
      {facts.map(([label, value]) => (
        <div key={label} className="summary-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
