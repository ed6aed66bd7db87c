import { Button, Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { findMunicipality } from '../../../../../../shared/domain/municipalities/index.ts';
import {
  PARTNER_TYPES,
  partnerTypeLabels,
  type PartnerType,
} from '../../../../../../shared/domain/partners.ts';
import { MunicipalityPicker } from '../../../municipalities/MunicipalityPicker.tsx';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { useForm } from '../form-context.tsx';
import { useCounter } from '../../../../app/counter.ts';

type Partner = { type: PartnerType; name: string; organisationNumber?: string };

export function ProjectStep() {
  const counter = useCounter();
  const { t, locale } = useText(formText);
  const { draft, update, error, municipalities, round } = useForm();
  const lead = draft.leadMunicipality ? findMunicipality(round.division, draft.leadMunicipality) : undefined;
  const partners = (draft.partners ?? []) as Partner[];
  const setPartner = (index: number, patch: Partial<Partner>) =>
    update((d) => ({ ...d, partners: partners.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));

  return (
    <div className="form-stack">
      <Textfield
        id="field-title"
        label={t('field.title')}
        description={t('field.title.description')}
        value={draft.title ?? ''}
        onChange={(event) => update((d) => ({ ...d, title: event.target.value }))}
        error={error('field-title')}
        counter={counter(APPLICATION_LIMITS.titleLength)}
      />
      <Textfield
        id="field-leadMunicipality"
        label={t('field.leadMunicipality')}
        description={t('field.leadMunicipality.description')}
        readOnly
        value={
          lead
            ? t('field.municipality.option', {
                name: lead.name,
                number: lead.number,
                county: lead.countyName,
              })
            : (draft.leadMunicipality ?? '')
        }
        error={error('field-leadMunicipality')}
      />
      <MunicipalityPicker
        id="field-partnerMunicipalities"
        label={t('field.partnerMunicipalities')}
        description={t('field.partnerMunicipalities.description')}
        multiple
        municipalities={municipalities}
        exclude={draft.leadMunicipality ? [draft.leadMunicipality] : []}
        value={draft.partnerMunicipalities ?? []}
        onChange={(numbers) => update((d) => ({ ...d, partnerMunicipalities: numbers }))}
        error={error('field-partnerMunicipalities')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('field.partners')}</Fieldset.Legend>
        <Fieldset.Description>{t('field.partners.description')}</Fieldset.Description>
        {partners.map((partner, index) => {
          const n = index + 1;
          const base = `field-partners-${index}`;
          return (
            <Fieldset key={index} className="repeat-group">
              <Fieldset.Legend>{t('field.partner', { n })}</Fieldset.Legend>
              {/* Radios, not a select: an option's whole text wraps at any width (a select's cut
                  "Upper-secondary school (incl…" off on a phone); the first radio takes the id the
                  error summary links to. */}
              <Fieldset>
                <Fieldset.Legend>{t('field.partner.type')}</Fieldset.Legend>
                {PARTNER_TYPES.map((type, option) => (
                  <Radio
                    key={type}
                    id={option === 0 ? `${base}-type` : `${base}-type-${type}`}
                    name={`${base}-type`}
                    value={type}
                    label={partnerTypeLabels[type][locale]}
                    checked={partner.type === type}
                    onChange={() => setPartner(index, { type })}
                    aria-invalid={Boolean(error(`${base}-type`)) || undefined}
                  />
                ))}
                {error(`${base}-type`) && <ValidationMessage>{error(`${base}-type`)}</ValidationMessage>}
              </Fieldset>
              <Textfield
                id={`${base}-name`}
                label={t('field.partner.name')}
                value={partner.name}
                onChange={(event) => setPartner(index, { name: event.target.value })}
                error={error(`${base}-name`)}
              />
              <Textfield
                id={`${base}-organisationNumber`}
                label={`${t('field.partner.organisationNumber')} (${t('form.optional')})`}
                description={t('field.partner.organisationNumber.description')}
                inputMode="numeric"
                value={partner.organisationNumber ?? ''}
                onChange={(event) =>
                  setPartner(index, { organisationNumber: event.target.value || undefined })
                }
                error={error(`${base}-organisationNumber`)}
                size={14}
              />
              <div>
                <Button
                  variant="tertiary"
                  data-color="danger"
                  onClick={() => update((d) => ({ ...d, partners: partners.filter((_, i) => i !== index) }))}
                >
                  {t('field.partner.remove', { n })}
                </Button>
              </div>
            </Fieldset>
          );
        })}
        <div>
          <Button
            variant="secondary"
            onClick={() =>
              update((d) => ({ ...d, partners: [...partners, { type: 'upperSecondarySchool', name: '' }] }))
            }
          >
            {t('field.partner.add')}
          </Button>
        </div>
      </Fieldset>
    </div>
  );
}
