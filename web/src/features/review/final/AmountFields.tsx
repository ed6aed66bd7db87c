import { Textfield } from '@digdir/designsystemet-react';
import { formatNok, inSentence } from '../../../app/format.ts';
import { useLabels } from '../labels.ts';
import { useReviewI18n } from '../i18n.ts';

/**
 * An amount per school year of the request, each field saying what was asked for that year:
 * the chair's award (AwardEditor) and a final committee member's suggested award (Discussion).
 * The caller keeps the values (as typed), the ids (to focus the first error) and the errors.
 */
export function AmountFields({
  requested,
  amounts,
  idOf,
  errorOf,
  onChange,
}: {
  requested: readonly { schoolYear: string; amount: number }[];
  amounts: Readonly<Record<string, string>>;
  idOf(schoolYear: string): string;
  errorOf(schoolYear: string): string | undefined;
  onChange(schoolYear: string, value: string): void;
}) {
  const { t } = useReviewI18n();
  const labels = useLabels();
  return requested.map((year) => (
    <Textfield
      key={year.schoolYear}
      id={idOf(year.schoolYear)}
      label={t('committee.award.amount', { schoolYear: inSentence(labels.schoolYear(year.schoolYear)) })}
      description={t('committee.award.amountHelp', { requested: formatNok(year.amount) })}
      inputMode="numeric"
      autoComplete="off"
      suffix="kr"
      value={amounts[year.schoolYear] ?? ''}
      error={errorOf(year.schoolYear)}
      onChange={(event) => onChange(year.schoolYear, event.target.value)}
    />
  ));
}
