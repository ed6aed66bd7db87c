import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { LiveRegion } from '../../app/Page.tsx';
import { saveFile, type ExportFormat } from './api.ts';
import { problemOf, useReview } from './context.tsx';
import { useReviewI18n } from './i18n.ts';

/** The list as a spreadsheet, written by the API (ADR 045), fetched with the link's token. */
export function ExportButtons() {
  const { t } = useReviewI18n();
  const { client, context, committee } = useReview();
  const [busy, setBusy] = useState<ExportFormat>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState('');
  async function download(format: ExportFormat) {
    setBusy(format);
    setProblem(undefined);
    try {
      const { blob, fileName } = await client.download(format, `${context.round.id}-${committee}.${format}`);
      saveFile(blob, fileName);
      setDone(t('committee.export.done', { file: fileName }));
    } catch (error) {
      setProblem(problemOf(error, t));
    } finally {
      setBusy(undefined);
    }
  }
  return (
    <section aria-labelledby="export-heading" className="review-export">
      <Heading level={2} data-size="xs" id="export-heading">
        {t('committee.export.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('committee.export.body')}</Paragraph>
      <div className="row-actions">
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            variant="secondary"
            data-size="sm"
            data-testid={`export-${format}`}
            aria-busy={busy === format || undefined}
            disabled={busy !== undefined}
            onClick={() => void download(format)}
          >
            {t(format === 'xlsx' ? 'committee.export.xlsx' : 'committee.export.csv')}
          </Button>
        ))}
      </div>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <LiveRegion message={done} />
    </section>
  );
}
