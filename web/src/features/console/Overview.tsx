import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { formatDate, formatNok, formatOsloTime } from '../../app/format.ts';
import { LiveRegion, LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { useText } from '../../app/i18n.tsx';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { staffReportsRoute } from '../grant/routes.ts';
import { grantText } from '../grant/text.ts';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { currentRound, useRounds, type RoundView } from '../rounds/rounds.ts';
import { Committees } from './Committees.tsx';
import { useStaff } from './ConsolePage.tsx';
import { Dates } from './Dates.tsx';
import { areaLabel, factsOf, subjectLabel } from './labels.ts';
import {
  applyFilters,
  countiesOf,
  nextSort,
  NO_FILTERS,
  PROGRESS,
  queryOfView,
  sortRows,
  viewFromQuery,
  type Filters,
  type Sort,
  type SortKey,
} from './overview.ts';
import { consoleApplicationRoute, consoleRoute } from './routes.ts';
import { ProgressTag } from './StateTags.tsx';
import { Tallies } from './Tallies.tsx';
import { useConsoleText, type Said } from './text.ts';
import { APPLICATION_OUTCOMES } from '../../../../shared/domain/stages.ts';

/**
 * The round's overview: every application (drafts, submitted, withdrawn, each stage and
 * outcome) with filters, a search and sorting; counts and sums of what is shown per county,
 * activity area and art subject; each committee's progress with its members' links; the
 * round's dates. `?round=` picks the round (the current one otherwise).
 */
export function Overview() {
  const { t, locale } = useConsoleText();
  const { t: grantT } = useText(grantText);
  const { client, refused } = useStaff();
  const { searchParams } = useLocation();
  const rounds = useRounds();
  const roundId = searchParams.get('round') ?? (rounds.data && currentRound(rounds.data)?.id);
  const round = rounds.data?.find((candidate) => candidate.id === roundId);
  const loaded = useResource(roundId && `staff-overview:${roundId}`, async (signal) => {
    try {
      return await client.overview(roundId!, signal);
    } catch (error) {
      refused(error);
      throw error;
    }
  });
  const [announcement, setAnnouncement] = useState<Said>();
  const done = async (message: Said) => {
    await loaded.reload();
    setAnnouncement(() => message);
  };

  const title = t('console.title');
  if (rounds.error !== undefined && !rounds.data)
    return (
      <>
        <PageHeading title={title} />
        <LoadFailure error={rounds.error} retry={rounds.reload} />
      </>
    );
  if (!loaded.data)
    return (
      <>
        <PageHeading title={title} />
        {loaded.error !== undefined ? (
          <LoadFailure error={loaded.error} retry={loaded.reload} />
        ) : (
          <Loading />
        )}
      </>
    );
  const overview = loaded.data;

  return (
    <>
      <PageHeading title={title}>
        {title}
        <span className="heading-sub">{overview.round.title[locale]}</span>
      </PageHeading>
      {rounds.data && rounds.data.length > 1 && (
        <RoundPicker rounds={rounds.data} value={overview.round.id} />
      )}
      <Paragraph>
        <Link
          to={staffReportsRoute.path({}, { query: { round: overview.round.id } })}
          data-testid="console-grants-link"
        >
          {grantT('grant.staffLink')}
        </Link>
      </Paragraph>
      <div role="status" className="console-status" data-testid="console-status">
        {announcement && (
          <Alert data-color="success">
            <Paragraph>{announcement(t, locale)}</Paragraph>
          </Alert>
        )}
      </div>
      <Applications rows={overview.applications} round={round} roundId={overview.round.id} />
      <Tallies
        tallies={overview.tallies}
        round={round}
        counties={countiesOf(overview.applications.map(factsOf))}
      />
      <Committees overview={overview} onDone={done} />
      <Dates overview={overview} onDone={done} />
    </>
  );
}

function RoundPicker({ rounds, value }: { rounds: readonly RoundView[]; value: string }) {
  const { t, locale } = useConsoleText();
  return (
    <Field className="narrow spaced-sm">
      <Label>{t('console.round')}</Label>
      <Select
        value={value}
        onChange={(event) => navigate(consoleRoute.path({}, { query: { round: event.target.value } }))}
      >
        {rounds.map((round) => (
          <Select.Option key={round.id} value={round.id}>
            {round.title[locale]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function Applications({
  rows,
  round,
  roundId,
}: {
  rows: Parameters<typeof factsOf>[0][];
  round?: RoundView;
  roundId: string;
}) {
  const { t, locale } = useConsoleText();
  // The view starts from the address and is kept there (replaced, not pushed): a reload or Back keeps it.
  const [initial] = useState(() => viewFromQuery(new URLSearchParams(location.search)));
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [sort, setSort] = useState<Sort>(initial.sort);
  useEffect(() => {
    const address = consoleRoute.path({}, { query: { round: roundId, ...queryOfView(filters, sort) } });
    if (address !== location.pathname + location.search) history.replaceState(history.state, '', address);
  }, [filters, sort, roundId]);
  const facts = useMemo(() => rows.map(factsOf), [rows]);
  const shown = useMemo(() => sortRows(applyFilters(facts, filters), sort), [facts, filters, sort]);
  const counties = useMemo(() => countiesOf(facts), [facts]);
  const areas = useMemo(() => [...new Set(facts.flatMap((row) => row.activityAreas))].toSorted(), [facts]);
  const subjects = useMemo(() => [...new Set(facts.flatMap((row) => row.artSubjects))].toSorted(), [facts]);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));
  const filtered = Object.values(filters).some(Boolean);

  const header = (key: SortKey, label: string, className?: string) => (
    <Table.HeaderCell
      className={className}
      sort={sort.key === key ? sort.direction : 'none'}
      onClick={() => setSort((current) => nextSort(current, key))}
    >
      {label}
    </Table.HeaderCell>
  );
  const select = (key: Exclude<keyof Filters, 'search'>, label: string, options: [string, string][]) => (
    <Field>
      <Label>{label}</Label>
      <Select
        value={filters[key]}
        onChange={(event) => set(key, event.target.value as never)}
        data-testid={`filter-${key}`}
      >
        <Select.Option value="">{t('console.filter.all')}</Select.Option>
        {options.map(([value, text]) => (
          <Select.Option key={value} value={value}>
            {text}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section aria-labelledby="applications-heading" className="spaced">
      <Heading level={2} data-size="md" id="applications-heading">
        {t('console.applications.heading')}
      </Heading>
      <form
        role="search"
        aria-label={t('console.filter.label')}
        className="console-filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <Textfield
          className="console-filters__search"
          label={t('console.search')}
          description={t('console.search.description')}
          type="search"
          value={filters.search}
          onChange={(event) => set('search', event.target.value)}
          data-testid="console-search"
        />
        {select(
          'progress',
          t('console.filter.progress'),
          PROGRESS.map((progress) => [progress, t(`console.progress.${progress}`)]),
        )}
        {select(
          'outcome',
          t('console.filter.outcome'),
          APPLICATION_OUTCOMES.map((outcome) => [outcome, t(`console.outcome.${outcome}`)]),
        )}
        {select('county', t('console.filter.county'), [...counties])}
        {select(
          'activityArea',
          t('console.filter.activityArea'),
          areas.map((code) => [code, areaLabel(round, code, locale)]),
        )}
        {select(
          'artSubject',
          t('console.filter.artSubject'),
          subjects.map((code) => [code, subjectLabel(code, locale)]),
        )}
        {filtered && (
          <div className="console-filters__reset">
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => setFilters(NO_FILTERS)}>
              {t('console.filter.reset')}
            </Button>
          </div>
        )}
      </form>
      <Paragraph data-size="sm" className="muted" data-testid="console-count" id="applications-count">
        {t('console.shown', { shown: shown.length, count: facts.length })}
      </Paragraph>
      <LiveRegion
        message={filtered ? t('console.shown', { shown: shown.length, count: facts.length }) : ''}
      />
      {shown.length === 0 ? (
        <Paragraph>
          {t(facts.length === 0 ? 'console.applications.none' : 'console.applications.noMatch')}
        </Paragraph>
      ) : (
        <ScrollTable labelledBy="applications-heading">
          <Table
            data-size="sm"
            zebra
            className="console-table"
            data-testid="console-applications"
            aria-describedby="applications-count"
          >
            <Table.Head>
              <Table.Row>
                {header('receipt', t('console.col.receipt'))}
                {header('title', t('console.col.title'))}
                {header('municipality', t('console.col.municipality'))}
                <Table.HeaderCell>{t('console.col.counties')}</Table.HeaderCell>
                {header('progress', t('console.col.progress'))}
                {header('requested', t('console.col.requested'), 'amount')}
                {header('updated', t('console.col.updated'))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map(({ row, progress }) => (
                <Table.Row key={row.applicationId} data-application={row.applicationId}>
                  <Table.Cell className="nowrap">{row.receiptNumber ?? '–'}</Table.Cell>
                  <Table.Cell className="title-cell">
                    <Link to={consoleApplicationRoute.path({ applicationId: row.applicationId })}>
                      {row.title || t('console.untitled')}
                    </Link>
                    {row.contact && (
                      <span className="cell-note">
                        {[row.contact.name, row.contact.email].filter(Boolean).join(', ')}
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {row.leadMunicipality?.name ?? '–'}
                    {row.partnerMunicipalities.length > 0 && (
                      <span className="cell-note">
                        {t('console.partners', {
                          names: row.partnerMunicipalities.map((m) => m.name).join(', '),
                        })}
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell>{row.counties.map((county) => county.name).join(', ') || '–'}</Table.Cell>
                  <Table.Cell>
                    <ProgressTag progress={progress} outcome={row.outcome} />
                  </Table.Cell>
                  <Table.Cell className="amount nowrap">
                    {row.requested ? formatNok(row.requested) : '–'}
                    {row.awarded !== null && (
                      <span className="cell-note">
                        {t('console.awarded', { amount: formatNok(row.awarded) })}
                      </span>
                    )}
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    {formatDate(row.updatedAt, locale)}
                    <span className="cell-note">{formatOsloTime(row.updatedAt, locale)}</span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
