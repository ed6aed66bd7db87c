import { Paragraph } from '@digdir/designsystemet-react';
import { formatOsloTime } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { useSectionLabels } from './ChangeHistory.tsx';
import { coeditingText } from './text.ts';

/** The conflict dialog's "who saved first": name, time and the sections they changed (ADR 096). */
export function SavedBy({ change }: { change: { name: string; at: string; sections: string[] } }) {
  const { t, locale } = useText(coeditingText);
  const labels = useSectionLabels();
  return (
    <Paragraph data-testid="conflict-saved-by">
      {t('conflict.savedBy', {
        name: change.name,
        time: formatOsloTime(change.at, locale),
        sections: labels(change.sections),
      })}
    </Paragraph>
  );
}
