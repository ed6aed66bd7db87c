import { Textfield } from '@digdir/designsystemet-react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { useForm } from '../form-context.tsx';
import { useCounter } from '../../../../app/counter.ts';

/** Sustainability: one long text that weighs heavily. */
export function SustainabilityStep() {
  const counter = useCounter();
  const { t } = useText(formText);
  const { draft, update, error } = useForm();
  return (
    <div className="form-stack">
      <Textfield
        id="field-sustainability"
        label={t('field.sustainability')}
        description={t('field.sustainability.description')}
        multiline
        rows={10}
        value={draft.sustainability ?? ''}
        onChange={(event) => update((d) => ({ ...d, sustainability: event.target.value }))}
        error={error('field-sustainability')}
        counter={counter(APPLICATION_LIMITS.sustainabilityLength)}
      />
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
