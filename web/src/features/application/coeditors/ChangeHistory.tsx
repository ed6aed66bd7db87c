import { Details, List, Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime, formatList } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { LABELS } from '../form/ConflictDialog.tsx';
import type { DraftKey } from '../form/logic.ts';
import { formText } from '../text.ts';
import { coeditingText } from './text.ts';

/** The sections' labels as the form names them (an unknown key as it is). */
export function useSectionLabels() {
  const form = useText(formText);
  return (sections: readonly string[]) =>
    formatList(
      sections.map((key) => (key in LABELS ? form.t(LABELS[key as DraftKey]) : key)),
      form.locale,
    );
}

/** The last draft writes, newest first: when, who, which sections (ADR 096). */
export function ChangeHistory({ changes }: { changes: { at: string; name: string; sections: string[] }[] }) {
  const { t, locale } = useText(coeditingText);
  const labels = useSectionLabels();
  return (
    <Details>
      <Details.Summary>{t('history.heading')}</Details.Summary>
      <Details.Content>
        {changes.length === 0 ? (
          <Paragraph data-size="sm">{t('history.none')}</Paragraph>
        ) : (
          <List.Unordered data-size="sm">
            {changes.map((change) => (
              <List.Item key={`${change.at}-${change.name}`}>
                {t('history.item', {
                  time: formatDateTime(change.at, locale),
                  name: change.name,
                  sections: labels(change.sections),
                })}
              </List.Item>
            ))}
          </List.Unordered>
        )}
      </Details.Content>
    </Details>
  );
}
