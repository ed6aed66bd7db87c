import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { messageOf } from '../../../app/api.ts';
import { formatDateTime } from '../../../app/format.ts';
import { useText } from '../../../app/i18n.tsx';
import { PageHeading } from '../../../app/Page.tsx';
import type { RoundView } from '../../rounds/rounds.ts';
import type { ApplicantApi } from '../api.ts';
import { ApplicationSummary } from '../Summary.tsx';
import { formText } from '../text.ts';
import type { ApplicationView } from '../types.ts';
import { StageLabel, StatusNote } from './Status.tsx';

/** After submission: the receipt, where the application stands, and the withdrawal while the period is open. */
export function ReceiptView({
  view,
  round,
  client,
  onChanged,
}: {
  view: ApplicationView;
  round: RoundView;
  client: ApplicantApi;
  onChanged: () => Promise<void>;
}) {
  const { t, locale } = useText(formText);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const withdrawn = view.status === 'WITHDRAWN';
  const canWithdraw = !withdrawn && round.applicationPeriodState !== 'closed';

  /** The applicant's own data (GET …/data) saved as a JSON file. */
  async function downloadData() {
    setProblem(undefined);
    try {
      const data = await client.ownData(locale);
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${t('ownData.fileName')}-${view.receipt?.number ?? view.applicationId}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(messageOf(error, t('app.networkError')));
    }
  }

  /** The decision letter (GET …/decision-letter, ADR 099) saved as the PDF the API names. */
  async function downloadLetter() {
    setProblem(undefined);
    try {
      const { blob, fileName } = await client.decisionLetter(locale);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName ?? `${t('letter.fileName')}-${view.receipt?.number ?? view.applicationId}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(messageOf(error, t('app.networkError')));
    }
  }

  async function withdraw() {
    setConfirming(false);
    try {
      await client.withdraw(locale);
      await onChanged();
    } catch (error) {
      setProblem(messageOf(error, t('app.networkError')));
    }
  }

  return (
    <article className="receipt">
      <PageHeading title={withdrawn ? t('withdrawn.title') : t('receipt.title')} />
      {!withdrawn && (
        <Alert data-color="success">
          <Heading level={2} data-size="xs">
            {t('receipt.submitted')}
          </Heading>
          <Paragraph>{t('receipt.mailed')}</Paragraph>
        </Alert>
      )}
      <dl className="receipt-facts">
        {view.receipt && (
          <>
            <div>
              <dt>{t('receipt.number')}</dt>
              <dd data-testid="receipt-number">{view.receipt.number}</dd>
            </div>
            <div>
              <dt>{t('receipt.submittedAt')}</dt>
              <dd>{formatDateTime(view.receipt.submittedAt, locale)}</dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('receipt.round')}</dt>
          <dd>{round.title[locale]}</dd>
        </div>
        <div>
          <dt>{t('receipt.stage')}</dt>
          <dd data-testid="stage">
            <StageLabel view={view} />
          </dd>
        </div>
      </dl>
      <StatusNote view={view} round={round} />
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <div className="receipt-actions no-print">
        {view.outcome && (
          <Button onClick={() => void downloadLetter()} data-testid="download-letter">
            {t('letter.button')}
          </Button>
        )}
        <Button variant="secondary" onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        <Button variant="secondary" onClick={() => void downloadData()} data-testid="download-data">
          {t('ownData.button')}
        </Button>
        {canWithdraw && (
          <Button variant="tertiary" data-color="danger" onClick={() => setConfirming(true)}>
            {t('withdraw.button')}
          </Button>
        )}
      </div>
      <Heading level={2} data-size="sm" className="spaced">
        {t('receipt.contents')}
      </Heading>
      <ApplicationSummary draft={view.draft} round={round} attachments={view.attachments} budgetLines />
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        closeButton={t('withdraw.cancel')}
        aria-labelledby="withdraw-title"
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="withdraw-title">
            {t('withdraw.title')}
          </Heading>
          <Paragraph>{t('withdraw.body')}</Paragraph>
        </Dialog.Block>
        <Dialog.Block className="dialog-actions">
          <Button data-color="danger" onClick={() => void withdraw()}>
            {t('withdraw.confirm')}
          </Button>
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the modal dialog's safe choice takes the focus as it opens (HTML's dialog autofocus) */}
          <Button variant="secondary" autoFocus onClick={() => setConfirming(false)}>
            {t('withdraw.cancel')}
          </Button>
        </Dialog.Block>
      </Dialog>
    </article>
  );
}
