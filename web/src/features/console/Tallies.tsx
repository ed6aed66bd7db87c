import { Heading, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import { formatNok, formatNumber } from '../../app/format.ts';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import type { RoundView } from '../rounds/rounds.ts';
import { areaLabel, subjectLabel } from './labels.ts';
import { useConsoleText, type ConsoleKey } from './text.ts';
import type { RoundOverview, TallyView } from './types.ts';

type Tallies = RoundOverview['tallies'];
const GROUPS = [
  ['byCounty', 'console.tallies.byCounty'],
  ['byActivityArea', 'console.tallies.byArea'],
  ['byArtSubject', 'console.tallies.bySubject'],
] as const satisfies readonly (readonly [Exclude<keyof Tallies, 'total'>, ConsoleKey])[];

/**
 * The round's counts and sums as the API gives them (ADR 094): applications by status, and what
 * the submitted ones ask for and were awarded, per county, activity area and art subject — one
 * tab each. An application spanning several counts under each, so the total is given apart.
 */
export function Tallies({
  tallies,
  round,
  counties,
}: {
  tallies: Tallies;
  round?: RoundView;
  counties: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useConsoleText();
  const { total } = tallies;
  const label = {
    byCounty: (key: string) => counties.get(key) ?? key,
    byActivityArea: (key: string) => areaLabel(round, key, locale),
    byArtSubject: (key: string) => subjectLabel(key, locale),
  };
  return (
    <section aria-labelledby="tallies-heading" className="spaced" data-testid="console-tallies">
      <Heading level={2} data-size="md" id="tallies-heading">
        {t('console.tallies.heading')}
      </Heading>
      <Paragraph data-size="sm" data-testid="tallies-total">
        {t('console.tallies.total', {
          count: total.submitted,
          amount: formatNok(total.requested),
          drafts: total.drafts,
          withdrawn: total.withdrawn,
        })}
        {total.awarded > 0 && ` ${t('console.tallies.totalAwarded', { amount: formatNok(total.awarded) })}`}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('console.tallies.note')}
      </Paragraph>
      <Tabs defaultValue="byCounty" className="spaced-sm" data-size="sm">
        <Tabs.List aria-label={t('console.tallies.heading')}>
          {GROUPS.map(([group, name]) => (
            <Tabs.Tab key={group} value={group}>
              {t(name)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {GROUPS.map(([group, name]) => (
          <Tabs.Panel key={group} value={group}>
            <TallyTable
              caption={t(name)}
              rows={tallies[group]}
              label={label[group]}
              testId={`tally-${group}`}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
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
  rows: readonly TallyView[];
  label: (key: string) => string;
  testId: string;
}) {
  const { t, locale } = useConsoleText();
  const id = `${testId}-caption`;
  if (rows.length === 0) return <Paragraph data-size="sm">{t('console.tallies.none')}</Paragraph>;
  const number = (value: number) => formatNumber(value, locale);
  return (
    <ScrollTable labelledBy={id}>
      <Table data-size="sm" className="console-table" data-testid={testId}>
        <caption id={id} className="visually-hidden">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{caption}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('console.tallies.submitted')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('console.tallies.requested')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('console.tallies.awarded')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('console.tallies.drafts')}</Table.HeaderCell>
            <Table.HeaderCell className="amount">{t('console.tallies.withdrawn')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key} data-key={row.key}>
              <Table.Cell>{label(row.key)}</Table.Cell>
              <Table.Cell className="amount">{number(row.submitted)}</Table.Cell>
              <Table.Cell className="amount">{formatNok(row.requested)}</Table.Cell>
              <Table.Cell className="amount">{row.awarded ? formatNok(row.awarded) : '–'}</Table.Cell>
              <Table.Cell className="amount">{number(row.drafts)}</Table.Cell>
              <Table.Cell className="amount">{number(row.withdrawn)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
