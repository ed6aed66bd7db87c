import { Button, Dialog, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ApplicationDraft } from '../../../../../shared/domain/application.ts';
import { formatOsloTime } from '../../../app/format.ts';
import { ScrollTable } from '../../../app/ScrollTable.tsx';
import { useText } from '../../../app/i18n.tsx';
import { formText, type FormKey } from '../text.ts';
import { SavedBy } from '../coeditors/SavedBy.tsx';
import type { Conflict } from './draft-sync.ts';
import type { DraftKey } from './logic.ts';

export const LABELS: Record<DraftKey, FormKey> = {
  title: 'field.title',
  leadMunicipality: 'field.leadMunicipality',
  partnerMunicipalities: 'field.partnerMunicipalities',
  partners: 'field.partners',
  schoolYears: 'field.schoolYears',
  activityAreas: 'field.activityAreas',
  artSubjects: 'field.artSubjects',
  targetGroup: 'field.targetGroup',
  expectedPupils: 'field.expectedPupils',
  anchoring: 'field.anchoring',
  sustainability: 'field.sustainability',
  budget: 'field.budget',
  contact: 'field.contact',
};

/**
 * Another tab (or a colleague) saved first. Nothing is overwritten: the applicant sees which
 * fields differ, both versions side by side, and chooses.
 */
export function ConflictDialog({
  conflict,
  mine,
  onChoose,
}: {
  conflict: Conflict;
  mine: ApplicationDraft;
  onChoose: (choice: 'theirs' | 'mine') => void;
}) {
  const { t, locale } = useText(formText);
  const show = (value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('conflict.none');
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      return text.length > 140 ? `${text.slice(0, 140)} …` : text;
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return t('conflict.none');
      if (value.every((v) => typeof v === 'string')) return value.join(', ');
      return value
        .map((v) =>
          show(
            (v as { name?: string; code?: string; schoolYear?: string }).name ??
              (v as { code?: string }).code ??
              (v as { schoolYear?: string }).schoolYear ??
              '',
          ),
        )
        .join(', ');
    }
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== undefined && v !== '')
      .map((v) => show(v))
      .join(', ');
  };
  return (
    <Dialog
      open
      closeButton={false}
      closedby="none"
      aria-labelledby="conflict-title"
      className="conflict-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="conflict-title">
          {t('conflict.title')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>
          {t('conflict.body', {
            time: conflict.updatedAt ? formatOsloTime(conflict.updatedAt, locale) : '–',
          })}
        </Paragraph>
        {conflict.lastChange && <SavedBy change={conflict.lastChange} />}
        {/* A phone's dialog is narrower than the three columns: the region scrolls them, named by the caption. */}
        <ScrollTable labelledBy="conflict-caption">
          <Table data-size="sm">
            <caption id="conflict-caption" className="visually-hidden">
              {t('conflict.caption')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('conflict.field')}</Table.HeaderCell>
                <Table.HeaderCell>{t('conflict.theirs')}</Table.HeaderCell>
                <Table.HeaderCell>{t('conflict.mine')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {conflict.changed.map((key) => (
                <Table.Row key={key}>
                  <Table.HeaderCell scope="row">{t(LABELS[key])}</Table.HeaderCell>
                  <Table.Cell>{show(conflict.current[key])}</Table.Cell>
                  <Table.Cell>{show(mine[key])}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </Dialog.Block>
      <Dialog.Block className="dialog-actions">
        {/* The modal dialog's first choice takes the focus as it opens: HTML's dialog focuses the
            element with the autofocus attribute, which React's autoFocus does not write (it calls
            focus() while the dialog is still closed) — without it the differences' scroll region,
            the first focusable element, would take it (ADR 129). */}
        <Button ref={(button) => button?.setAttribute('autofocus', '')} onClick={() => onChoose('theirs')}>
          {t('conflict.useTheirs')}
        </Button>
        <Button variant="secondary" onClick={() => onChoose('mine')}>
          {t('conflict.keepMine')}
        </Button>
      </Dialog.Block>
    </Dialog>
  );
}
