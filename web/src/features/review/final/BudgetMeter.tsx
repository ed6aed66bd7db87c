import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { BudgetUse } from '../../../../../shared/domain/review.ts';
import { formatNok } from '../../../app/format.ts';
import { useReviewI18n } from '../i18n.ts';
import { budgetMeterRegions } from './figures.ts';

function Meter({
  label,
  budget,
  awarded,
  remaining,
}: {
  label: string;
  budget: number;
  awarded: number;
  remaining: number;
}) {
  const { t } = useReviewI18n();
  const id = useId();
  const over = remaining < 0;
  return (
    <div className="meter" data-over={over || undefined} data-testid="budget-meter">
      <label htmlFor={id} className="meter__label">
        {label}
      </label>
      <meter id={id} min={0} max={budget} {...budgetMeterRegions(budget, awarded)}>
        {formatNok(awarded)}
      </meter>
      <span className="meter__figures">
        {t('committee.budget.figures', {
          awarded: formatNok(awarded),
          budget: formatNok(budget),
          remaining: formatNok(Math.max(0, remaining)),
        })}
        {over && (
          <>
            <br />
            {t('committee.budget.over', { amount: formatNok(-remaining) })}
          </>
        )}
      </span>
    </div>
  );
}

/**
 * The round's budget against the awards as typed: per budget year and in total — without the
 * applications the member stood aside on (`leavesOut` says so).
 */
export function BudgetMeter({ budget, leavesOut = false }: { budget: BudgetUse; leavesOut?: boolean }) {
  const { t } = useReviewI18n();
  return (
    <section aria-labelledby="budget-heading" className="final-figures" data-testid="budget">
      <Heading level={2} data-size="xs" id="budget-heading">
        {t('committee.budget.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('committee.budget.live')}
      </Paragraph>
      {leavesOut && (
        <Paragraph data-size="sm" className="muted" data-testid="budget-leaves-out">
          {t('committee.figures.leavesOut')}
        </Paragraph>
      )}
      {budget.perYear.map((year) => (
        <Meter key={year.year} label={t('committee.budget.year', { year: year.year })} {...year} />
      ))}
      <Meter label={t('committee.budget.total')} {...budget.total} />
      <p role="status" className="meter__alert">
        {budget.overBudget ? t('committee.blocker.overBudget') : ''}
      </p>
    </section>
  );
}
