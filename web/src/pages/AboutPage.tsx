import { Alert, Heading, List, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import { partnerTypeLabels, PARTNER_TYPES } from '../../../shared/domain/partners.ts';
import type { RoundView } from '../api/types.ts';
import { PageHeading } from '../components/Page.tsx';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNok,
  isoWeek,
  osloDate,
  weekdayName,
} from '../format.ts';
import { useText } from '../i18n/i18n.tsx';
import { aboutText } from '../i18n/about.ts';
import { Link } from '../router.tsx';

/** Everything an applicant should know before starting, read from the round's configuration. */
export function AboutPage({ round }: { round: RoundView | undefined }) {
  const { t, locale } = useText(aboutText);
  if (!round) {
    return (
      <>
        <PageHeading title={t('app.name')} />
        <Alert data-color="info">{t('app.noRound')}</Alert>
      </>
    );
  }
  const { opens, closes } = round.applicationPeriod;
  const total = Object.values(round.budgetPerYear).reduce((sum, amount) => sum + amount, 0);
  const announcement = osloDate(round.announcementDate);
  const areas = Map.groupBy(round.activityAreas, (area) => area.code.charAt(0));
  const webinars = Map.groupBy(round.webinars, (webinar) => webinar.title[locale]);
  const weeks = (from: string, to: string) => {
    const [a, b] = [isoWeek(from), isoWeek(to)];
    return a === b ? t('about.timeline.week', { week: a }) : t('about.timeline.weeks', { from: a, to: b });
  };
  const helpdesk = round.helpdesk;

  return (
    <article className="about">
      <PageHeading title={round.title[locale]} />
      <Paragraph data-size="lg">{t('about.lead')}</Paragraph>

      {round.applicationPeriodState === 'open' && (
        <Alert data-color="success">
          <Paragraph>{t('about.state.open', { closes: formatDateTime(closes, locale) })}</Paragraph>
          <Paragraph>
            <Link to="/start" className="cta-link">
              {t('about.cta')}
            </Link>
          </Paragraph>
        </Alert>
      )}
      {round.applicationPeriodState === 'not-open' && (
        <Alert data-color="info">
          <Paragraph>{t('about.state.notOpen', { opens: formatDateTime(opens, locale) })}</Paragraph>
          <Paragraph>
            <Link to="/start">{t('about.cta')}</Link>
          </Paragraph>
        </Alert>
      )}
      {round.applicationPeriodState === 'closed' && (
        <Alert data-color="warning">
          {t('about.state.closed', { closes: formatDateTime(closes, locale) })}
        </Alert>
      )}

      <section aria-labelledby="purpose">
        <Heading level={2} data-size="md" id="purpose">
          {t('about.purpose.heading')}
        </Heading>
        <Paragraph>{t('about.purpose.body')}</Paragraph>
      </section>

      <section aria-labelledby="who">
        <Heading level={2} data-size="md" id="who">
          {t('about.who.heading')}
        </Heading>
        <Paragraph>{t('about.who.body')}</Paragraph>
        <List.Unordered>
          {PARTNER_TYPES.filter((type) => type !== 'other').map((type) => (
            <List.Item key={type}>{partnerTypeLabels[type][locale]}</List.Item>
          ))}
        </List.Unordered>
      </section>

      <section aria-labelledby="years">
        <Heading level={2} data-size="md" id="years">
          {t('about.years.heading')}
        </Heading>
        <Paragraph>{t('about.years.body')}</Paragraph>
        <List.Unordered>
          {round.schoolYears.map((year) => (
            <List.Item key={year.id}>{year.label[locale]}</List.Item>
          ))}
        </List.Unordered>
      </section>

      <section aria-labelledby="areas">
        <Heading level={2} data-size="md" id="areas">
          {t('about.areas.heading')}
        </Heading>
        <Paragraph>{t('about.areas.body')}</Paragraph>
        <Tabs defaultValue={[...areas.keys()][0]} className="area-tabs">
          <Tabs.List aria-label={t('about.areas.tabs')}>
            {[...areas.entries()].map(([number, list]) => (
              <Tabs.Tab key={number} value={number}>
                {number}. {list[0]!.area[locale]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {[...areas.entries()].map(([number, list]) => (
            <Tabs.Panel key={number} value={number}>
              <Heading level={3} data-size="sm">
                {number}. {list[0]!.area[locale]}
              </Heading>
              <dl className="area-list">
                {list.map((area) => (
                  <div key={area.code}>
                    <dt>
                      <strong>{area.code}</strong> {area.title[locale]}
                    </dt>
                    <dd>{area.description[locale]}</dd>
                  </div>
                ))}
              </dl>
            </Tabs.Panel>
          ))}
        </Tabs>
      </section>

      <section aria-labelledby="priority">
        <Heading level={2} data-size="md" id="priority">
          {t('about.priority.heading')}
        </Heading>
        <Paragraph>{t('about.priority.body')}</Paragraph>
      </section>

      <section aria-labelledby="budget">
        <Heading level={2} data-size="md" id="budget">
          {t('about.budget.heading')}
        </Heading>
        <Paragraph>{t('about.budget.body', { total: formatNok(total) })}</Paragraph>
        <Table className="compact-table">
          <caption>{t('about.budget.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('about.budget.year')}</Table.HeaderCell>
              <Table.HeaderCell className="amount">{t('about.budget.amount')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {Object.entries(round.budgetPerYear).map(([year, amount]) => (
              <Table.Row key={year}>
                <Table.Cell>{year}</Table.Cell>
                <Table.Cell className="amount">{formatNok(amount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell>{t('about.budget.total')}</Table.HeaderCell>
              <Table.Cell className="amount">{formatNok(total)}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </section>

      <section aria-labelledby="timeline">
        <Heading level={2} data-size="md" id="timeline">
          {t('about.timeline.heading')}
        </Heading>
        <Paragraph>
          {t('about.timeline.period', {
            opens: formatDateTime(opens, locale),
            closes: formatDateTime(closes, locale),
          })}{' '}
          {t('about.timeline.announcement', {
            week: isoWeek(announcement),
            date: formatDate(round.announcementDate, locale),
          })}
        </Paragraph>
        <Table className="compact-table">
          <caption>{t('about.timeline.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('about.timeline.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('about.timeline.what')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {round.timeline.map((row) => (
              <Table.Row key={`${row.from}-${row.label.nb}`}>
                <Table.Cell>
                  {weeks(row.from, row.to)}
                  <br />
                  <span className="muted">
                    {row.from === row.to
                      ? formatDate(row.from, locale)
                      : `${formatDate(row.from, locale)} – ${formatDate(row.to, locale)}`}
                  </span>
                </Table.Cell>
                <Table.Cell>{row.label[locale]}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </section>

      <section aria-labelledby="process">
        <Heading level={2} data-size="md" id="process">
          {t('about.process.heading')}
        </Heading>
        <List.Ordered>
          <List.Item>{t('about.process.expert')}</List.Item>
          <List.Item>{t('about.process.geographic')}</List.Item>
          <List.Item>{t('about.process.final')}</List.Item>
        </List.Ordered>
      </section>

      <section aria-labelledby="webinars">
        <Heading level={2} data-size="md" id="webinars">
          {t('about.webinars.heading')}
        </Heading>
        {webinars.size === 0 ? (
          <Paragraph>{t('about.webinars.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('about.webinars.body')}</Paragraph>
            <Table className="compact-table">
              <caption>{t('about.webinars.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('about.webinars.topic')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('about.webinars.times')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {[...webinars.entries()].map(([title, sessions]) => (
                  <Table.Row key={title}>
                    <Table.Cell>{title}</Table.Cell>
                    <Table.Cell>
                      <ul className="plain-list">
                        {sessions.map((session) => (
                          <li key={session.startsAt}>
                            <time dateTime={session.startsAt}>
                              {formatDateTime(session.startsAt, locale)}
                            </time>
                          </li>
                        ))}
                      </ul>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </>
        )}
      </section>

      <section aria-labelledby="helpdesk">
        <Heading level={2} data-size="md" id="helpdesk">
          {t('about.helpdesk.heading')}
        </Heading>
        <Paragraph>
          {t('about.helpdesk.body', {
            weekdays: formatList(
              helpdesk.weekdays.map((day) => weekdayName(day, locale)),
              locale,
            ),
            opens: helpdesk.opensAt,
            closes: helpdesk.closesAt,
            from: formatDate(helpdesk.from, locale),
            to: formatDate(helpdesk.to, locale),
          })}{' '}
          {t('about.helpdesk.contact', { email: round.mail.replyTo })}
        </Paragraph>
      </section>

      {round.applicationPeriodState !== 'closed' && (
        <Paragraph>
          <Link to="/start" className="cta-link">
            {t('about.cta')}
          </Link>
        </Paragraph>
      )}
    </article>
  );
}
