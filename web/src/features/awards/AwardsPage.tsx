/**
 * /awards — the announcement (offentliggjøring): every round's awarded applications once they
 * are announced, with lead and partner municipalities, activity areas and amounts. Nothing
 * about declined or not qualified applications (the API does not send it). Public, no link
 * needed; lazy-loaded.
 */
import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { apiBaseUrl } from '../../app/api.ts';
import { formatDate, formatNok } from '../../app/format.ts';
import { useText } from '../../app/i18n.tsx';
import { LoadFailure, Loading, PageHeading } from '../../app/Page.tsx';
import { useResource } from '../../app/resource.ts';
import { useLocation } from '../../app/router.tsx';
import { fetchRounds } from '../rounds/rounds.ts';
import { roundAwards, type MunicipalityRef } from './api.ts';
import { awardsText } from './text.ts';
import { ScrollTable } from '../../app/ScrollTable.tsx';

export default function AwardsPage() {
  const { t, locale } = useText(awardsText);
  const { searchParams } = useLocation();
  const only = searchParams.get('round');
  // The rounds, newest announcement first (or the one asked for), each with its awards.
  const awards = useResource(`awards:${only ?? '*'}:${locale}`, async (signal) => {
    const rounds = (await fetchRounds())
      .filter((round) => !only || round.id === only)
      .toSorted((a, b) => Date.parse(b.announcementDate) - Date.parse(a.announcementDate));
    return Promise.all(
      rounds.map(async (round) => ({ round, answer: await roundAwards(round.id, locale, signal) })),
    );
  });

  const municipality = (m: MunicipalityRef) =>
    m.name ? t('committee.municipality', { name: m.name, county: m.countyName }) : m.number;

  const loaded = awards.data;
  // Worded for before and after an announcement: no "these have received" while none has.
  const anyAnnounced = loaded?.some((entry) => entry.answer.announced && entry.answer.awards.length > 0);
  let body;
  if (!loaded && awards.error) body = <LoadFailure error={awards.error} retry={awards.reload} />;
  else if (!loaded) body = <Loading />;
  else {
    // A round announced without awards (an old round on a fresh installation) has nothing to show.
    const announced = loaded.filter((entry) => entry.answer.announced && entry.answer.awards.length > 0);
    const upcoming = loaded
      .filter((entry) => !entry.answer.announced)
      .toSorted((a, b) => Date.parse(a.round.announcementDate) - Date.parse(b.round.announcementDate))[0];
    body = (
      <>
        {upcoming && (
          <Alert data-color="info" data-testid="awards-upcoming">
            <Paragraph>
              {t('awards.notYet', {
                round: upcoming.round.title[locale],
                date: formatDate(upcoming.round.announcementDate, locale),
              })}
            </Paragraph>
          </Alert>
        )}
        {!upcoming && announced.length === 0 && (
          <Alert data-color="info" data-testid="awards-none">
            <Paragraph>{t('awards.noRounds')}</Paragraph>
          </Alert>
        )}
        {announced.map(({ round, answer }) => {
          const area = (code: string) => {
            const entry = round.activityAreas.find((candidate) => candidate.code === code);
            return entry ? `${code} ${entry.title[locale]}` : code;
          };
          const schoolYear = (id: string) =>
            round.schoolYears.find((year) => year.id === id)?.label[locale] ?? id;
          const captionId = `awards-${round.id}`;
          return (
            <section key={round.id} aria-labelledby={`${captionId}-heading`} className="spaced">
              <Heading level={2} data-size="md" id={`${captionId}-heading`}>
                {round.title[locale]}
              </Heading>
              <Paragraph data-testid="awards-summary">
                {t('awards.summary', { count: answer.awards.length, total: formatNok(answer.total) })}
              </Paragraph>
              <OpenDataLinks roundId={round.id} />
              {answer.awards.length > 0 && (
                <ScrollTable labelledBy={captionId}>
                  <Table data-size="sm" className="awards-table" data-testid="awards-table">
                    <caption id={captionId}>{t('awards.caption', { round: round.title[locale] })}</caption>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>{t('awards.col.measure')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('field.leadMunicipality')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('field.partnerMunicipalities')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('field.activityAreas')}</Table.HeaderCell>
                        <Table.HeaderCell className="amount">{t('awards.col.amount')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {answer.awards.map((award, index) => (
                        <Table.Row key={index}>
                          <Table.HeaderCell scope="row">{award.title}</Table.HeaderCell>
                          <Table.Cell>{municipality(award.leadMunicipality)}</Table.Cell>
                          <Table.Cell>
                            <ul className="plain-list">
                              {award.partnerMunicipalities.map((partner) => (
                                <li key={partner.number}>{municipality(partner)}</li>
                              ))}
                            </ul>
                          </Table.Cell>
                          <Table.Cell>
                            <ul className="plain-list">
                              {award.activityAreas.map((code) => (
                                <li key={code}>{area(code)}</li>
                              ))}
                            </ul>
                          </Table.Cell>
                          <Table.Cell className="amount">
                            <strong>{formatNok(award.amount)}</strong>
                            {Object.keys(award.amounts).length > 1 && (
                              <ul className="plain-list muted">
                                {Object.entries(award.amounts).map(([year, amount]) => (
                                  <li key={year}>
                                    {schoolYear(year)}: {formatNok(amount)}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                    <tfoot>
                      <Table.Row>
                        <Table.HeaderCell scope="row" colSpan={4}>
                          {t('committee.total')}
                        </Table.HeaderCell>
                        <Table.Cell className="amount">
                          <strong>{formatNok(answer.total)}</strong>
                        </Table.Cell>
                      </Table.Row>
                    </tfoot>
                  </Table>
                </ScrollTable>
              )}
            </section>
          );
        })}
      </>
    );
  }

  return (
    <article className="awards">
      <PageHeading title={t('awards.title')} />
      <Paragraph data-size="lg" data-testid="awards-lead">
        {t(!loaded ? 'awards.lead.neutral' : anyAnnounced ? 'awards.lead' : 'awards.lead.before')}
      </Paragraph>
      {body}
    </article>
  );
}

/** The round's awards as open data (ADR 101): the API's CSV and JSON files, under NLOD 2.0. */
function OpenDataLinks({ roundId }: { roundId: string }) {
  const { t } = useText(awardsText);
  const base = useResource('api-base', () => apiBaseUrl());
  if (base.data === undefined) return null;
  const file = (format: 'csv' | 'json') =>
    `${base.data}/rounds/${encodeURIComponent(roundId)}/awards.${format}`;
  return (
    <Paragraph data-size="sm" data-testid="awards-open-data">
      {t('awards.openData')} <Link href={file('csv')}>CSV</Link> · <Link href={file('json')}>JSON</Link> (
      <Link href="https://data.norge.no/nlod/no/2.0">{t('awards.licence')}</Link>)
    </Paragraph>
  );
}
