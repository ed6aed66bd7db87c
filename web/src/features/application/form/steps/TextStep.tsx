import { Textfield } from '@digdir/designsystemet-react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { useForm } from '../form-context.tsx';
import { useCounter } from '../../../../app/counter.ts';

/** One of the application's long texts, with its limit, counter and error. */
export function LongTextField({ field }: { field: 'anchoring' | 'sustainability' }) {
  const counter = useCounter();
  const { t } = useText(formText);
  const { draft, update, error } = useForm();
  const id = `field-${field}`;
  return (
    <Textfield
      id={id}
      label={t(`field.${field}`)}
      description={t(`field.${field}.description`)}
      multiline
      rows={10}
      value={draft[field] ?? ''}
      onChange={(event) => update((d) => ({ ...d, [field]: event.target.value }))}
      error={error(id)}
      counter={counter(APPLICATION_LIMITS[`${field}Length`])}
    />
  );
}

/** Sustainability: one long text that weighs heavily. */
export function SustainabilityStep() {
  return (
    <div className="form-stack">
      <LongTextField field="sustainability" />
    </div>
  );
}

export function ContactStep() {
  const { t } = useText(formText);
  const { draft, update, error } = useForm();
  const contact = draft.contact ?? {};
  const set = (patch: Partial<typeof contact>) =>
    update((d) => ({ ...d, contact: { ...d.contact, ...patch } }));
  return (
    <div className="form-stack narrow">
      <p className="ds-paragraph">{t('field.contact.description')}</p>
      <Textfield
        id="field-contact-name"
        label={t('field.contact.name')}
        autoComplete="name"
        value={contact.name ?? ''}
        onChange={(event) => set({ name: event.target.value })}
        error={error('field-contact-name')}
      />
      <Textfield
        id="field-contact-email"
        label={t('field.contact.email')}
        type="email"
        autoComplete="email"
        value={contact.email ?? ''}
        onChange={(event) => set({ email: event.target.value })}
        error={error('field-contact-email')}
      />
      <Textfield
        id="field-contact-phone"
        label={t('field.contact.phone')}
        description={t('field.contact.phone.description')}
        type="tel"
        autoComplete="tel"
        value={contact.phone ?? ''}
        onChange={(event) => set({ phone: event.target.value })}
        error={error('field-contact-phone')}
        size={20}
      />
    </div>
  );
}
