import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { formatNok, formatNumber } from '../../app/format.ts';
import { ScrollTable } from '../review/ScrollTable.tsx';
import type { RoundView } from '../rounds/rounds.ts';
import { areaLabel, subjectLabel } from './labels.ts';
import { tallies, type OverviewFacts, type Tally } from './overview.ts';
import { useConsoleText } from './text.ts';

/**
 * Counts and sums of the applications shown (the filters apply), per county, activity area and
 * art subject; an application spanning several counts under each, so the total is given apart.
 */
export function Tallies({
  rows,
  round,
  counties,
  filtered,
}: {
  rows: readonly OverviewFacts[];
  round?: RoundView;
  counties: ReadonlyMap<string, string>;
  filtered: boolean;
}) {
  const { t, locale } = useConsoleText();
  const figures = tallies(rows);
  return (
    <section aria-labelledby="tallies-heading" className="spaced" data-testid="console-tallies">
      <Heading level={3} data-size="sm" id="tallies-heading">
        {t(filtered ? 'console.tallies.headingFiltered' : 'console.tallies.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('console.tallies.total', {
          count: figures.total.count,
          amount: formatNok(figures.total.requested),
        })}{' '}
        {t('console.tallies.note')}
      </Paragraph>
      <div className="tallies">
        <TallyTable
          caption={t('console.tallies.byCounty')}
          rows={figures.byCounty}
          label={(key) => counties.get(key) ?? key}
          testId="tally-county"
        />
        <TallyTable
          caption={t('console.tallies.byArea')}
          rows={figures.byActivityArea}
          label={(key) => areaLabel(round, key, locale)}
          testId="tally-area"
        />
        <TallyTable
          caption={t('console.tallies.bySubject')}
          rows={figures.byArtSubject}
          label={(key) => subjectLabel(key, locale)}
          testId="tally-subject"
        />
      </div>
    </section>
  );
}

function TallyTable({
  caption,
  rows,
  label,
  testId,
}: {
  caption: string;
  rows: Tally[];
  label: (key: string) => string;
  testId: string;
}) {
  const { t, locale } = useConsoleText();
  const id = useId();
  return (
    <div className="tally">
      <Heading level={4} data-size="2xs" id={id}>
        {caption}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph data-size="sm">–</Paragraph>
      ) : (
        <ScrollTable labelledBy={id}>
          <Table data-size="sm" data-testid={testId} aria-labelledby={id}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{caption}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('console.tallies.count')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('console.tallies.requested')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.key} data-key={row.key}>
                  <Table.Cell>{label(row.key)}</Table.Cell>
                  <Table.Cell className="amount">{formatNumber(row.count, locale)}</Table.Cell>
                  <Table.Cell className="amount nowrap">{formatNok(row.requested)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </div>
  );
}
