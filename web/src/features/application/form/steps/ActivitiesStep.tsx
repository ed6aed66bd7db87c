import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { useForm } from '../form-context.tsx';
import { withBudgetForSchoolYears } from '../logic.ts';
import { useCounter } from '../../../../app/counter.ts';

export function ActivitiesStep() {
  const counter = useCounter();
  const { t, locale } = useText(formText);
  const { draft, update, error, round } = useForm();
  const chosenYears = draft.schoolYears ?? [];
  const areas = draft.activityAreas ?? [];
  // A measure typed for an area that is unticked comes back if the area is ticked again.
  const kept = useRef(new Map<string, string>());

  const toggleYear = (id: string, on: boolean) =>
    update((d) => {
      const years = on ? [...chosenYears, id] : chosenYears.filter((year) => year !== id);
      const order = round.schoolYears.map((year) => year.id);
      const next = { ...d, schoolYears: years.toSorted((a, b) => order.indexOf(a) - order.indexOf(b)) };
      return withBudgetForSchoolYears(next, round);
    });
  const toggleArea = (code: string, on: boolean) =>
    update((d) => {
      if (on) return { ...d, activityAreas: [...areas, { code, measure: kept.current.get(code) ?? '' }] };
      const removed = areas.find((area) => area.code === code);
      if (removed?.measure) kept.current.set(code, removed.measure);
      return { ...d, activityAreas: areas.filter((area) => area.code !== code) };
    });

  const yearsError = error('field-schoolYears');
  const areasError = error('field-activityAreas');
  return (
    <div className="form-stack">
      <Fieldset>
        <Fieldset.Legend>{t('field.schoolYears')}</Fieldset.Legend>
        <Fieldset.Description>{t('field.schoolYears.description')}</Fieldset.Description>
        {round.schoolYears.map((year, index) => (
          <Checkbox
            key={year.id}
            id={index === 0 ? 'field-schoolYears' : `field-schoolYears-${year.id}`}
            label={year.label[locale]}
            value={year.id}
            checked={chosenYears.includes(year.id)}
            onChange={(event) => toggleYear(year.id, event.target.checked)}
            aria-invalid={Boolean(yearsError) || undefined}
          />
        ))}
        {yearsError && <ValidationMessage>{yearsError}</ValidationMessage>}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('field.activityAreas')}</Fieldset.Legend>
        <Fieldset.Description>{t('field.activityAreas.description')}</Fieldset.Description>
        {areasError && <ValidationMessage>{areasError}</ValidationMessage>}
        {round.activityAreas.map((area, catalogueIndex) => {
          const index = areas.findIndex((chosen) => chosen.code === area.code);
          const measureId = `field-activityAreas-${index}-measure`;
          return (
            <div key={area.code} className="area-choice">
              <Checkbox
                id={catalogueIndex === 0 ? 'field-activityAreas' : `field-activityAreas-code-${area.code}`}
                label={`${area.code} – ${area.area[locale]}: ${area.title[locale]}`}
                description={area.description[locale]}
                value={area.code}
                checked={index !== -1}
                onChange={(event) => toggleArea(area.code, event.target.checked)}
                aria-invalid={Boolean(areasError) || undefined}
              />
              {index !== -1 && (
                <Textfield
                  id={measureId}
                  className="indented"
                  label={t('field.measure', { code: area.code, title: area.title[locale] })}
                  description={t('field.measure.description')}
                  multiline
                  rows={5}
                  value={areas[index]!.measure}
                  onChange={(event) =>
                    update((d) => ({
                      ...d,
                      activityAreas: areas.map((chosen, i) =>
                        i === index ? { ...chosen, measure: event.target.value } : chosen,
                      ),
                    }))
                  }
                  error={error(measureId)}
                  counter={counter(APPLICATION_LIMITS.measureLength)}
                />
              )}
            </div>
          );
        })}
      </Fieldset>
    </div>
  );
}
