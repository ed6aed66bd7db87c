import {
  EXPERIMENTAL_Suggestion as Suggestion,
  Field,
  Label,
  ValidationMessage,
  type SuggestionItem,
} from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { Municipality } from '../../../../shared/domain/municipalities/index.ts';
import { useText } from '../../app/i18n.tsx';
import { PendingPicker } from './PendingPicker.tsx';
import { municipalityText, SCREEN_READER_TEXTS } from './text.ts';

const fold = (text: string) => text.toLocaleLowerCase('nb').normalize('NFKD');

/**
 * A searchable list of the round's municipalities on Designsystemet's Suggestion (ADR 108):
 * name, number and county, so that same-named municipalities (Herøy 1515 and 1818) can be told
 * apart and a number finds its municipality. One choice (the lead municipality) or several
 * (the partners, shown as removable chips). The label, description and error are the Field's,
 * which names the input and describes it by the message; the list's screen-reader words
 * (found, added, removed …) follow the page's language.
 *
 * The list's options are rendered once the field is used — the input focused or pressed — not
 * with the page (docs/decisions/120-municipality-options-on-use.md): several hundred options, each
 * a custom element, were the longest task on the main thread of the Start page after it painted.
 */
export function MunicipalityPicker({
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
  // Focus and pointer-down come before the first keystroke or click that opens the list, and
  // React applies a state set in them before the next event.
  const [used, setUsed] = useState(false);
  const use = () => setUsed(true);
  // Usable once the list is there: options appearing under the pointer would swallow a choice.
  if (!municipalities) return <PendingPicker id={id} label={label} description={description} error={error} />;
  const optionLabel = (m: Municipality) =>
    t('field.municipality.option', { name: m.name, number: m.number, county: m.countyName });
  const byNumber = new Map(municipalities.map((m) => [m.number, m]));
  const item = (number: string): SuggestionItem => {
    const municipality = byNumber.get(number);
    return { value: number, label: municipality ? optionLabel(municipality) : number };
  };
  const screenReader = Object.fromEntries(
    SCREEN_READER_TEXTS.map((name) => [`data-sr-${name}`, t(`field.municipality.sr.${name}`)]),
  );
  const shown = municipalities.filter((m) => !exclude.includes(m.number) || value.includes(m.number));
  const options = (
    <Suggestion.List>
      <Suggestion.Empty>{t('field.municipality.none')}</Suggestion.Empty>
      {used &&
        shown.map((m) => (
          <Suggestion.Option key={m.number} value={m.number} label={optionLabel(m)}>
            {optionLabel(m)}
          </Suggestion.Option>
        ))}
    </Suggestion.List>
  );
  const filter = ({ label: text, input }: { label: string; input: HTMLInputElement }) =>
    fold(text).includes(fold(input.value.trim()));
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      {multiple ? (
        <Suggestion
          {...screenReader}
          multiple
          filter={filter}
          selected={value.map(item)}
          onSelectedChange={(items) => onChange(items.map((chosen) => chosen.value))}
        >
          <Suggestion.Input id={id} autoComplete="off" onFocus={use} onPointerDown={use} />
          <Suggestion.Clear />
          {options}
        </Suggestion>
      ) : (
        <Suggestion
          {...screenReader}
          filter={filter}
          selected={value[0] === undefined ? null : item(value[0])}
          onSelectedChange={(chosen) => onChange(chosen ? [chosen.value] : [])}
        >
          <Suggestion.Input id={id} autoComplete="off" onFocus={use} onPointerDown={use} />
          <Suggestion.Clear />
          {options}
        </Suggestion>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
