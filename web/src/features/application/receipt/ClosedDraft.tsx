import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { RoundView } from '../../rounds/rounds.ts';
import type { ApplicationView } from '../types.ts';
import { PageHeading } from '../../../app/Page.tsx';
import { formatDateTime } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { formText } from '../text.ts';
import { ApplicationSummary } from '../Summary.tsx';

/**
 * A draft whose application period has closed (ADR 061): the server refuses every change and
 * the submission, so the page shows what was filled in, read-only — no form, no autosave, no
 * uploads or deletes — with the deadline as it held (an administrator may have moved it).
 */
export function ClosedDraftView({ view, round }: { view: ApplicationView; round: RoundView }) {
  const { t, locale } = useText(formText);
  const title = view.draft.title?.trim() || t('form.untitled');
  return (
    <article className="receipt">
      <PageHeading title={title} />
      <div className="form-stack">
        <Alert data-color="warning" role="alert" id="period-closed">
          <Heading level={2} data-size="xs">
            {t('closed.title')}
          </Heading>
          <Paragraph>
            {t('closed.body', { closes: formatDateTime(view.applicationPeriod.closes, locale) })}
          </Paragraph>
        </Alert>
        <div className="receipt-actions no-print">
          <Button variant="secondary" onClick={() => window.print()}>
            {t('closed.print')}
          </Button>
        </div>
      </div>
      <Heading level={2} data-size="sm" className="spaced">
        {t('closed.contents')}
      </Heading>
      <ApplicationSummary draft={view.draft} round={round} attachments={view.attachments} budgetLines />
    </article>
  );
}
