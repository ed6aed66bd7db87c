import { Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { osloInstant } from '../../../../shared/domain/time.ts';
import { formatDateTime } from '../../app/format.ts';
import { ConsoleTable } from './ConsoleTable.tsx';
import { ConfirmedAction } from '../../app/ConfirmedAction.tsx';
import { useStaff } from './ConsolePage.tsx';
import { osloLocalInput } from './labels.ts';
import { useConsoleText, type Said } from './text.ts';
import type { RoundOverview, ScheduledEvent } from './types.ts';

const EVENTS: readonly ScheduledEvent[] = [
  'applicationCloses',
  'expert',
  'geographic',
  'final',
  'announcement',
];

/**
 * The round's dates as they hold (the configured ones, with any moved): each can be moved, in
 * Oslo time, and the announcement brought forward to now. The workflow reads the dates when it
 * wakes, so a moved date strands nothing.
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
        {EVENTS.map((event) => (
          <Table.Row key={event} data-event={event}>
            <Table.Cell>{t(`console.dates.${event}`)}</Table.Cell>
            <Table.Cell className="nowrap" data-testid={`date-${event}`}>
              {formatDateTime(overview.dates[event], locale)}
            </Table.Cell>
            <Table.Cell>
              <MoveDate
                event={event}
                current={overview.dates[event]}
                perform={(at) => client.moveDate(roundId, event, at)}
                onDone={(at) =>
                  onDone((say, language) =>
                    say('console.move.done', {
                      event: say(`console.dates.${event}`),
                      when: formatDateTime(at, language),
                    }),
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
  event,
  current,
  perform,
  onDone,
}: {
  event: ScheduledEvent;
  current: string;
  perform(at: string): Promise<unknown>;
  onDone(at: string): Promise<void>;
}) {
  const { t } = useConsoleText();
  const [value, setValue] = useState('');
  const name = t(`console.dates.${event}`);
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
      testId={`move-${event}`}
      variant="tertiary"
      size="sm"
      fields={[event]}
      onOpen={() => setValue(osloLocalInput(current))}
      validate={() => {
        if (!value) return { [event]: t('console.move.required') };
        try {
          osloInstant(value);
          return {};
        } catch {
          return { [event]: t('console.move.invalid') };
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
          error={errors[event]}
          data-testid={`move-${event}-input`}
        />
      )}
    </ConfirmedAction>
  );
}
