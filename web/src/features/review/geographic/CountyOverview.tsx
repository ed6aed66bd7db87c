import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatNok } from '../../../app/format.ts';
import { useReview } from '../context.tsx';
import { ScrollTable } from '../ScrollTable.tsx';
import { useReviewI18n } from '../i18n.ts';
import type { ReviewRow } from '../types.ts';
import { CountyMap } from './county-map/CountyMap.tsx';
import type { countyFigures } from './figures.ts';

const rowId = (county: string) => `county-row-${county}`;

/**
 * Where the committee's applications come from and what they ask: a map of Norway and the same
 * figures in a table (the map's counties link to the table's rows), the member's own counties
 * marked.
 */
export function CountyOverview({
  figures,
  applications,
}: {
  figures: ReturnType<typeof countyFigures>;
  applications: readonly ReviewRow[];
}) {
  const { t } = useReviewI18n();
  const { context } = useReview();
  const amountLabel = (county: { number: string; name: string }) => {
    const figure = figures.find((candidate) => candidate.number === county.number);
    const name = figure?.name ?? county.name;
    if (!figure || (figure.led === 0 && figure.involved === 0))
      return t('committee.map.countyNone', { county: name });
    if (figure.led === 0)
      return t('committee.map.countyInvolved', { county: name, involved: figure.involved });
    return t('committee.map.county', {
      county: name,
      count: figure.led,
      amount: formatNok(figure.requested),
    });
  };

  return (
    <section aria-labelledby="map-heading" className="spaced">
      <Heading level={2} data-size="sm" id="map-heading">
        {t('committee.map.heading')}
      </Heading>
      <Paragraph>{t('committee.map.body')}</Paragraph>
      <div className="map-layout">
        <CountyMap
          division={context.round.division}
          values={Object.fromEntries(figures.map((figure) => [figure.number, figure.requested]))}
          describe={amountLabel}
          title={t('committee.map.title')}
          legendTitle={t('committee.map.legend')}
          formatValue={formatNok}
          noneLabel={t('committee.map.legendNone')}
          rangeLabel={(to) => t('committee.map.legendRange', { to })}
          hint={t('committee.map.hint')}
          attribution={t('committee.map.attribution')}
          failed={t('committee.map.failed')}
          rowId={rowId}
          emphasis={context.counties}
        />
        <ScrollTable labelledBy="county-caption" caption={t('committee.map.caption')}>
          <Table
            data-size="sm"
            className="review-table county-table"
            data-testid="county-table"
            aria-labelledby="county-caption"
          >
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('committee.map.col.county')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('committee.map.col.led')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('committee.map.col.requested')}</Table.HeaderCell>
                <Table.HeaderCell className="amount">{t('committee.map.col.involved')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {figures.map((figure) => (
                <Table.Row key={figure.number} id={rowId(figure.number)} tabIndex={-1}>
                  <Table.HeaderCell scope="row">
                    {figure.name}
                    {context.counties.includes(figure.number) && (
                      <span className="muted"> {t('committee.map.yours')}</span>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell className="amount">{figure.led}</Table.Cell>
                  <Table.Cell className="amount">{formatNok(figure.requested)}</Table.Cell>
                  <Table.Cell className="amount">{figure.involved}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            <tfoot>
              <Table.Row>
                <Table.HeaderCell scope="row">{t('committee.total')}</Table.HeaderCell>
                <Table.Cell className="amount">{applications.length}</Table.Cell>
                <Table.Cell className="amount">
                  {formatNok(applications.reduce((sum, row) => sum + row.requested.total, 0))}
                </Table.Cell>
                <Table.Cell />
              </Table.Row>
            </tfoot>
          </Table>
        </ScrollTable>
      </div>
    </section>
  );
}
