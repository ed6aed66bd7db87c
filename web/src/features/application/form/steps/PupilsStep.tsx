import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { artSubjectLabels, type ArtSubject } from '../../../../../../shared/domain/art-subjects.ts';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { NumberField, useForm } from '../form-context.tsx';
import { useCounter } from '../../../../app/counter.ts';

export function PupilsStep() {
  const counter = useCounter();
  const { t, locale } = useText(formText);
  const { draft, update, error, round } = useForm();
  const subjects = draft.artSubjects?.subjects ?? [];
  const subjectsError = error('field-artSubjects');
  const toggle = (subject: ArtSubject, on: boolean) =>
    update((d) => ({
      ...d,
      artSubjects: {
        ...d.artSubjects,
        subjects: on ? [...subjects, subject] : subjects.filter((s) => s !== subject),
      },
    }));
  return (
    <div className="form-stack">
      <Fieldset>
        <Fieldset.Legend>{t('field.artSubjects')}</Fieldset.Legend>
        <Fieldset.Description>{t('field.artSubjects.description')}</Fieldset.Description>
        {round.artSubjects.map((subject, index) => (
          <Checkbox
            key={subject}
            id={index === 0 ? 'field-artSubjects' : `field-artSubjects-${subject}`}
            label={artSubjectLabels[subject][locale]}
            value={subject}
            checked={subjects.includes(subject)}
            onChange={(event) => toggle(subject, event.target.checked)}
            aria-invalid={Boolean(subjectsError) || undefined}
          />
        ))}
        {subjectsError && <ValidationMessage>{subjectsError}</ValidationMessage>}
        <Textfield
          id="field-artSubjects-other"
          label={`${t('field.artSubjects.other')} (${t('form.optional')})`}
          description={t('field.artSubjects.other.description')}
          value={draft.artSubjects?.other ?? ''}
          onChange={(event) =>
            update((d) => ({
              ...d,
              artSubjects: { ...d.artSubjects, other: event.target.value || undefined },
            }))
          }
          error={error('field-artSubjects-other')}
        />
      </Fieldset>
      <Textfield
        id="field-targetGroup"
        label={t('field.targetGroup')}
        description={t('field.targetGroup.description')}
        multiline
        rows={4}
        value={draft.targetGroup ?? ''}
        onChange={(event) => update((d) => ({ ...d, targetGroup: event.target.value }))}
        error={error('field-targetGroup')}
        counter={counter(APPLICATION_LIMITS.targetGroupLength)}
      />
      <NumberField
        id="field-expectedPupils"
        label={t('field.expectedPupils')}
        description={t('field.expectedPupils.description')}
        value={draft.expectedPupils}
        emptyValue={undefined}
        onChange={(value) => update((d) => ({ ...d, expectedPupils: value }))}
        error={error('field-expectedPupils')}
      />
    </div>
  );
}
