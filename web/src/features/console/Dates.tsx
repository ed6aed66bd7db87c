import { Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { osloInstant } from '../../../../shared/domain/time.ts';
import { formatDateTime } from '../../app/format.ts';
import { ConsoleTable } from './ConsoleTable.tsx';
import { ConfirmedAction } from '../../app/ConfirmedAction.tsx';
import { useStaff } from './ConsolePage.tsx';
import { osloLocalInput } from './labels.ts';
import { useConsoleText, type ConsoleText, type Said } from './text.ts';
import type { DateMove, RoundOverview, ScheduledEvent } from './types.ts';

const EVENTS: readonly ScheduledEvent[] = [
  'applicationCloses',
  'expert',
  'geographic',
  'final',
  'announcement',
];

/** One row of the dates: its field path (as the API names its errors), when, its name, the move. */
interface MovableDate {
  path: string;
  at: string;
  name(t: ConsoleText['t']): string;
  body(at: string): DateMove;
}

/** The round's dates, then the award's: the acceptance deadline and each school year's report. */
function movableDates(dates: RoundOverview['dates']): MovableDate[] {
  const round = EVENTS.map((event) => ({
    path: event,
    at: dates[event],
    name: (t: ConsoleText['t']) => t(`console.dates.${event}`),
    body: (at: string) => ({ [event]: at }),
  }));
  const acceptBy = dates.acceptBy;
  const grant = acceptBy
    ? [
        {
          path: 'acceptBy',
          at: acceptBy,
          name: (t: ConsoleText['t']) => t('console.dates.acceptBy'),
          body: (at: string) => ({ acceptBy: at }),
        },
      ]
    : [];
  const reports = Object.entries(dates.reportsDue ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([schoolYear, at]) => ({
      path: `reportsDue.${schoolYear}`,
      at,
      name: (t: ConsoleText['t']) => t('console.dates.report', { schoolYear: schoolYear.replace('-', '–') }),
      body: (next: string) => ({ reportsDue: { [schoolYear]: next } }),
    }));
  return [...round, ...grant, ...reports];
}

/**
 * The round's dates as they hold (the configured ones, with any moved) and, after them, the
 * award's (ADR 113): each can be moved, in Oslo time, and the announcement brought forward to
 * now. The workflow reads the dates when it wakes (an award's wait is resumed by a move), so a
 * moved date strands nothing.
 */
export function Dates({
  overview,
  onDone,
}: {
  overview: RoundOverview;
  onDone(message: Said): Promise<void>;
}) {
  const { t, locale } = useConsoleText();
  const { client } = useStaff();
  const roundId = overview.round.id;
  return (
    <section aria-labelledby="dates-heading" className="spaced">
      <Heading level={2} data-size="md" id="dates-heading">
        {t('console.dates.heading')}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t('console.dates.lead')}
      </Paragraph>
      <ConsoleTable
        labelledBy="dates-heading"
        testId="console-dates"
        headers={[
          t('console.dates.event'),
          t('console.dates.when'),
          <span key="actions" className="visually-hidden">
            {t('console.member.actions')}
          </span>,
        ]}
      >
        {movableDates(overview.dates).map(({ path, at, name, body }) => (
          <Table.Row key={path} data-event={path}>
            <Table.Cell>{name(t)}</Table.Cell>
            <Table.Cell className="nowrap" data-testid={`date-${path}`}>
              {formatDateTime(at, locale)}
            </Table.Cell>
            <Table.Cell>
              <MoveDate
                path={path}
                name={name(t)}
                current={at}
                perform={(next) => client.moveDates(roundId, body(next))}
                onDone={(next) =>
                  onDone((say, language) =>
                    say('console.move.done', { event: name(say), when: formatDateTime(next, language) }),
                  )
                }
              />
            </Table.Cell>
          </Table.Row>
        ))}
      </ConsoleTable>
      <div className="spaced-sm">
        <ConfirmedAction
          label={t('console.announce')}
          heading={t('console.announce.title')}
          confirm={t('console.announce.confirm')}
          body={t('console.announce.body')}
          variant="secondary"
          size="sm"
          testId="announce"
          perform={() => client.announce(roundId)}
          onDone={() => onDone((say) => say('console.announce.done'))}
        />
      </div>
    </section>
  );
}

function MoveDate({
  path,
  name,
  current,
  perform,
  onDone,
}: {
  path: string;
  name: string;
  current: string;
  perform(at: string): Promise<unknown>;
  onDone(at: string): Promise<void>;
}) {
  const { t } = useConsoleText();
  const [value, setValue] = useState('');
  return (
    <ConfirmedAction
      label={
        <>
          {t('console.move')}
          <span className="visually-hidden"> {name}</span>
        </>
      }
      heading={t('console.move.title', { event: name })}
      confirm={t('console.move.confirm')}
      testId={`move-${path}`}
      variant="tertiary"
      size="sm"
      fields={[path]}
      onOpen={() => setValue(osloLocalInput(current))}
      validate={() => {
        if (!value) return { [path]: t('console.move.required') };
        try {
          osloInstant(value);
          return {};
        } catch {
          return { [path]: t('console.move.invalid') };
        }
      }}
      perform={() => perform(osloInstant(value))}
      onDone={() => onDone(osloInstant(value))}
    >
      {(errors) => (
        <Textfield
          label={t('console.move.field')}
          description={t('console.move.description')}
          type="datetime-local"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={errors[path]}
          data-testid={`move-${path}-input`}
        />
      )}
    </ConfirmedAction>
  );
}
