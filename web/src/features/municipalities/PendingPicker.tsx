import { Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * The municipality picker's field before the picker can be used — while the page is
 * prerendered or hydrating, while the picker's code loads, and until the list of municipalities
 * is there: its label, description and message where the picker will put them, and a disabled
 * input in the picker's frame, so that nothing moves when the picker takes its place (ADR 124).
 * Disabled, not read-only: the picker's input is another element, and focus would not pass to it.
 */
export function PendingPicker({
  id,
  label,
  description,
  error,
}: {
  id: string;
  label: string;
  description?: ReactNode;
  error?: ReactNode;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <div className="ds-suggestion">
        <Input id={id} disabled autoComplete="off" />
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
