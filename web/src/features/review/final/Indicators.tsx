import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { listCounties } from '../../../../../shared/domain/municipalities/index.ts';
import { useReview } from '../context.tsx';
import { useLabels } from '../labels.ts';
import { useReviewI18n } from '../i18n.ts';
import type { Indicators as IndicatorCounts } from '../types.ts';

function Counts({ entries }: { entries: { key: string; label: string; count: number }[] }) {
  return (
    <dl className="figure-list">
      {entries.map((entry) => (
        <div key={entry.key} data-zero={entry.count === 0 || undefined}>
          <dt>{entry.label}</dt>
          <dd>{entry.count}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Breadth across art subjects, balance between activity areas and geographic spread of the
 * awards as typed — every subject and area listed, so a gap shows as a 0, not as a missing bar;
 * without the applications the member stood aside on (`leavesOut` says so).
 */
export function Indicators({
  indicators,
  leavesOut = false,
}: {
  indicators: IndicatorCounts;
  leavesOut?: boolean;
}) {
  const { t } = useReviewI18n();
  const { context } = useReview();
  const labels = useLabels();
  const counties = listCounties(context.round.division);
  const reached = counties.filter((county) => (indicators.counties[county.number] ?? 0) > 0);
  return (
    <section aria-labelledby="indicators-heading" className="final-figures" data-testid="indicators">
      <Heading level={2} data-size="xs" id="indicators-heading">
        {t('committee.indicators.heading')}
      </Heading>
      <Paragraph data-size="sm" data-testid="indicators-awarded">
        {t('committee.indicators.awarded', { count: indicators.awarded })}
      </Paragraph>
      {leavesOut && (
        <Paragraph data-size="sm" className="muted">
          {t('committee.figures.leavesOut')}
        </Paragraph>
      )}
      <Heading level={3} data-size="2xs">
        {t('committee.indicators.subjects')}
      </Heading>
      <Counts
        entries={context.round.artSubjects.map((subject) => ({
          key: subject,
          label: labels.subject(subject),
          count: indicators.artSubjects[subject] ?? 0,
        }))}
      />
      <Heading level={3} data-size="2xs">
        {t('committee.indicators.areas')}
      </Heading>
      <Counts
        entries={context.round.activityAreas.map((area) => ({
          key: area.code,
          label: labels.area(area.code),
          count: indicators.activityAreas[area.code] ?? 0,
        }))}
      />
      <Heading level={3} data-size="2xs" data-testid="indicators-counties">
        {t('committee.indicators.counties', { count: reached.length, total: counties.length })}
      </Heading>
      {reached.length > 0 && (
        <Counts
          entries={reached.map((county) => ({
            key: county.number,
            label: county.name,
            count: indicators.counties[county.number] ?? 0,
          }))}
        />
      )}
    </section>
  );
}
