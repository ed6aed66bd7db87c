import { Textfield } from '@digdir/designsystemet-react';
import { APPLICATION_LIMITS } from '../../../../../../shared/domain/application.ts';
import { useText } from '../../../../app/i18n.tsx';
import { formText } from '../../text.ts';
import { useForm } from '../form-context.tsx';
import { Attachments } from './Attachments.tsx';
import { useCounter } from '../../../../app/counter.ts';

export function AnchoringStep() {
  const counter = useCounter();
  const { t } = useText(formText);
  const { draft, update, error } = useForm();
  return (
    <div className="form-stack">
      <Textfield
        id="field-anchoring"
        label={t('field.anchoring')}
        description={t('field.anchoring.description')}
        multiline
        rows={10}
        value={draft.anchoring ?? ''}
        onChange={(event) => update((d) => ({ ...d, anchoring: event.target.value }))}
        error={error('field-anchoring')}
        counter={counter(APPLICATION_LIMITS.anchoringLength)}
      />
      <Attachments />
    </div>
  );
}
