import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { messageOf } from '../../../app/api.ts';
import { ConfirmedAction } from '../../../app/ConfirmedAction.tsx';
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
  const [problem, setProblem] = useState<string>();
  const withdrawn = view.status === 'WITHDRAWN';
  // Withdrawing and the application's data are the owner's (ADR 096): a co-editor is told so.
  const owner = view.role === 'owner';
  const canWithdraw = owner && !withdrawn && round.applicationPeriodState !== 'closed';

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
        {owner && (
          <Button variant="secondary" onClick={() => void downloadData()} data-testid="download-data">
            {t('ownData.button')}
          </Button>
        )}
        {canWithdraw && (
          <ConfirmedAction
            label={t('withdraw.button')}
            heading={t('withdraw.title')}
            body={t('withdraw.body')}
            confirm={t('withdraw.confirm')}
            color="danger"
            variant="tertiary"
            testId="withdraw"
            perform={() => client.withdraw(locale)}
            onDone={onChanged}
          />
        )}
      </div>
      {!owner && (
        <Paragraph data-size="sm" className="no-print" data-testid="owner-only">
          {t('withdraw.ownerOnly')}
        </Paragraph>
      )}
      <Heading level={2} data-size="sm" className="spaced">
        {t('receipt.contents')}
      </Heading>
      <ApplicationSummary draft={view.draft} round={round} attachments={view.attachments} budgetLines />
    </article>
  );
}
