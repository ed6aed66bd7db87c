import { Alert, Heading, List, Paragraph, Table, Tabs } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { partnerTypeLabels, PARTNER_TYPES } from '../../../../shared/domain/partners.ts';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNok,
  isoWeek,
  osloDate,
  weekdayName,
} from '../../app/format.ts';
import { useText, type Text } from '../../app/i18n.tsx';
import { LoadFailure, PageHeading } from '../../app/Page.tsx';
import type { Resource } from '../../app/resource.ts';
import { Link } from '../../app/router.tsx';
import { ScrollTable } from '../../app/ScrollTable.tsx';
import { currentRound, useRounds, type RoundView } from '../rounds/rounds.ts';
import { awardsRoute } from '../awards/routes.ts';
import { startRoute } from '../start/routes.ts';
import { aboutText } from './text.ts';
import { timelineRows } from './timeline.ts';

type T = Text<typeof aboutText>['t'];
type Locale = Text<typeof aboutText>['locale'];

/**
 * Everything an applicant should know before starting. The scheme's own text shows at once; what
 * the round's configuration says (its period, school years, areas, budget, timeline, webinars,
 * helpdesk) fills in when GET /rounds answers — the round's status at the top in a block whose
 * space is kept meanwhile, so nothing on the first screen moves when it arrives.
 */
export function AboutPage() {
  return <About rounds={useRounds()} />;
}

/** The page as the rounds stand: loading, failed, or loaded. */
export function About({ rounds }: { rounds: Pick<Resource<RoundView[]>, 'data' | 'error' | 'reload'> }) {
  const { t, locale } = useText(aboutText);
  const round = rounds.data && currentRound(rounds.data);
  // Each part that needs the round: nothing until it is there (the status block says why).
  const part = (render: (round: RoundView) => ReactNode) => (round ? render(round) : null);

  return (
    <article className="about">
      <PageHeading title={t('app.nav.about')}>{t('app.name')}</PageHeading>
      <Paragraph data-size="lg">{t('about.lead')}</Paragraph>

      <div className="round-status" data-testid="round-status">
        {round ? (
          <RoundStatus round={round} t={t} locale={locale} />
        ) : rounds.error ? (
          <LoadFailure error={rounds.error} retry={rounds.reload} />
        ) : rounds.data ? (
          <Alert data-color="info">{t('app.noRound')}</Alert>
        ) : null}
      </div>

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
        {part((round) => (
          <List.Unordered>
            {round.schoolYears.map((year) => (
              <List.Item key={year.id}>{year.label[locale]}</List.Item>
            ))}
          </List.Unordered>
        ))}
      </section>

      <section aria-labelledby="areas">
        <Heading level={2} data-size="md" id="areas">
          {t('about.areas.heading')}
        </Heading>
        <Paragraph>{t('about.areas.body')}</Paragraph>
        {part((round) => (
          <ActivityAreas round={round} t={t} locale={locale} />
        ))}
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
        {part((round) => (
          <Budget round={round} t={t} />
        ))}
      </section>

      <section aria-labelledby="timeline">
        <Heading level={2} data-size="md" id="timeline">
          {t('about.timeline.heading')}
        </Heading>
        {part((round) => (
          <Timeline round={round} t={t} locale={locale} />
        ))}
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
        {part((round) => (
          <Webinars round={round} t={t} locale={locale} />
        ))}
      </section>

      <section aria-labelledby="helpdesk">
        <Heading level={2} data-size="md" id="helpdesk">
          {t('about.helpdesk.heading')}
        </Heading>
        {part((round) => (
          <Paragraph>
            {t('about.helpdesk.body', {
              weekdays: formatList(
                round.helpdesk.weekdays.map((day) => weekdayName(day, locale)),
                locale,
              ),
              opens: round.helpdesk.opensAt,
              closes: round.helpdesk.closesAt,
              from: formatDate(round.helpdesk.from, locale),
              to: formatDate(round.helpdesk.to, locale),
            })}{' '}
            {t('about.helpdesk.contact', { email: round.mail.replyTo })}
          </Paragraph>
        ))}
      </section>

      {round && round.applicationPeriodState !== 'closed' && (
        <Paragraph>
          <Link to={startRoute.path()} className="cta-link">
            {t('about.cta')}
          </Link>
        </Paragraph>
      )}
    </article>
  );
}

/** The round, and whether one can apply now: the first thing the round's data fills in. */
function RoundStatus({ round, t, locale }: { round: RoundView; t: T; locale: Locale }) {
  const { opens, closes } = round.applicationPeriod;
  const title = (
    <Heading level={2} data-size="xs" className="round-status__title">
      {round.title[locale]}
    </Heading>
  );
  if (round.applicationPeriodState === 'closed')
    return (
      <Alert data-color="warning">
        {title}
        <Paragraph>{t('about.state.closed', { closes: formatDateTime(closes, locale) })}</Paragraph>
      </Alert>
    );
  const open = round.applicationPeriodState === 'open';
  return (
    <Alert data-color={open ? 'success' : 'info'}>
      {title}
      <Paragraph>
        {open
          ? t('about.state.open', { closes: formatDateTime(closes, locale) })
          : t('about.state.notOpen', { opens: formatDateTime(opens, locale) })}
      </Paragraph>
      <Paragraph>
        <Link to={startRoute.path()} className="cta-link">
          {t('about.cta')}
        </Link>
      </Paragraph>
    </Alert>
  );
}

function ActivityAreas({ round, t, locale }: { round: RoundView; t: T; locale: Locale }) {
  const areas = Map.groupBy(round.activityAreas, (area) => area.code.charAt(0));
  return (
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
  );
}

function Budget({ round, t }: { round: RoundView; t: T }) {
  const total = Object.values(round.budgetPerYear).reduce((sum, amount) => sum + amount, 0);
  return (
    <>
      <Paragraph>{t('about.budget.body', { total: formatNok(total) })}</Paragraph>
      <ScrollTable labelledBy="budget-caption">
        <Table className="compact-table">
          <caption id="budget-caption">{t('about.budget.caption')}</caption>
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
      </ScrollTable>
    </>
  );
}

function Timeline({ round, t, locale }: { round: RoundView; t: T; locale: Locale }) {
  const { opens, closes } = round.applicationPeriod;
  const announcement = osloDate(round.announcementDate);
  // Read once when the page opens: the sentence says whether the announcement is past.
  const [now] = useState(() => Date.now());
  const announced = Date.parse(round.announcementDate) <= now;
  const weeks = (from: string, to: string) => {
    const [a, b] = [isoWeek(from), isoWeek(to)];
    return a === b ? t('about.timeline.week', { week: a }) : t('about.timeline.weeks', { from: a, to: b });
  };
  return (
    <>
      <Paragraph>
        {t('about.timeline.period', {
          opens: formatDateTime(opens, locale),
          closes: formatDateTime(closes, locale),
        })}{' '}
        {t(announced ? 'about.timeline.announced' : 'about.timeline.announcement', {
          week: isoWeek(announcement),
          date: formatDate(round.announcementDate, locale),
        })}{' '}
        <Link to={awardsRoute.path()}>{t(announced ? 'about.awards.after' : 'about.awards.before')}</Link>
      </Paragraph>
      <ScrollTable labelledBy="timeline-caption">
        <Table className="compact-table" data-testid="timeline">
          <caption id="timeline-caption">{t('about.timeline.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('about.timeline.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('about.timeline.what')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {timelineRows(round).map((row) => (
              <Table.Row key={`${row.from}-${row.step ?? row.label?.nb}`}>
                <Table.Cell>
                  {weeks(row.from, row.to)}
                  <br />
                  <span className="muted">
                    {row.from === row.to
                      ? formatDate(row.from, locale)
                      : `${formatDate(row.from, locale)} – ${formatDate(row.to, locale)}`}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  {row.step ? t(`about.timeline.step.${row.step}`) : row.label?.[locale]}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </>
  );
}

function Webinars({ round, t, locale }: { round: RoundView; t: T; locale: Locale }) {
  const webinars = Map.groupBy(round.webinars, (webinar) => webinar.title[locale]);
  if (webinars.size === 0) return <Paragraph>{t('about.webinars.none')}</Paragraph>;
  return (
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
                      <time dateTime={session.startsAt}>{formatDateTime(session.startsAt, locale)}</time>
                    </li>
                  ))}
                </ul>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </>
  );
}
