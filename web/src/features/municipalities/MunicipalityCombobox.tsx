import { Combobox, Spinner } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import type { Municipality } from '../../../../shared/domain/municipalities/index.ts';
import { useText } from '../../app/i18n.tsx';
import { municipalityText } from './text.ts';

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFKD');

/**
 * A searchable list of the round's municipalities: name, number and county, so that
 * same-named municipalities (Herøy 1515 and 1818) can be told apart.
 */
export function MunicipalityCombobox({
  id,
  label,
  description,
  error,
  municipalities,
  value,
  onChange,
  multiple = false,
  exclude = [],
}: {
  id: string;
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  municipalities: readonly Municipality[] | undefined;
  value: string[];
  onChange: (numbers: string[]) => void;
  multiple?: boolean;
  exclude?: readonly string[];
}) {
  const { t } = useText(municipalityText);
  const optionLabel = (m: Municipality) =>
    t('field.municipality.option', { name: m.name, number: m.number, county: m.countyName });
  const byNumber = new Map((municipalities ?? []).map((m) => [m.number, m]));
  // The combobox resets its selection when `value` changes identity: keep it stable.
  const key = value.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the numbers, not the array's identity
  const stableValue = useMemo(() => value, [key]);
  // Rendered once the list is there: options appearing under the pointer would swallow a choice.
  if (!municipalities) return <Spinner aria-label={t('app.loading')} data-size="sm" />;
  return (
    <Combobox
      id={id}
      label={label}
      description={description}
      error={error}
      multiple={multiple}
      value={stableValue}
      onValueChange={(next) => {
        // Only a choice by the applicant counts, never a reset while the list (re)loads.
        if (next.join(',') === key) return;
        onChange(next);
      }}
      clearButtonLabel={t('field.municipality.clear')}
      chipSrLabel={(option) => t('field.municipality.remove', { name: option.label })}
      filter={(input, option) => fold(option.label).includes(fold(input.trim()))}
      autoComplete="off"
    >
      <Combobox.Empty>{t('field.municipality.none')}</Combobox.Empty>
      {(municipalities ?? [])
        .filter((m) => !exclude.includes(m.number) || value.includes(m.number))
        .map((m) => (
          <Combobox.Option key={m.number} value={m.number} displayValue={optionLabel(m)}>
            {optionLabel(m)}
          </Combobox.Option>
        ))}
      {value
        .filter((number) => !byNumber.has(number))
        .map((number) => (
          <Combobox.Option key={number} value={number}>
            {number}
          </Combobox.Option>
        ))}
    </Combobox>
  );
}
