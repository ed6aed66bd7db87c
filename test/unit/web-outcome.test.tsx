import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { I18nProvider, type Locale } from '../../web/src/app/i18n.tsx';
import { About } from '../../web/src/features/about/AboutPage.tsx';
import { timelineRows } from '../../web/src/features/about/timeline.ts';
import { StatusNote } from '../../web/src/features/application/receipt/Status.tsx';
import { ApplicationSummary } from '../../web/src/features/application/Summary.tsx';
import type { ApplicationView } from '../../web/src/features/application/types.ts';
import type { RoundView } from '../../web/src/features/rounds/rounds.ts';
import { completeDraft } from '../support/applications.ts';

/** Issue 9, point 6: what an applicant sees of the outcome, the budget and the round's dates. */
const round = { ...demoRound(new Date('2026-03-02T08:00:00Z')), applicationPeriodState: 'open' } as RoundView;
const [first, second] = round.schoolYears as [
  RoundView['schoolYears'][number],
  RoundView['schoolYears'][number],
];

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
const render = (locale: Locale, node: React.ReactNode) =>
  plain(renderToStaticMarkup(<I18nProvider initial={locale}>{node}</I18nProvider>));

describe('the outcome on the status page', () => {
  const draft = completeDraft([first.id, second.id]); // 300 000 kr asked per school year
  const reduced = {
    applicationId: '01J0000000000000000000000A',
    stage: 'ANNOUNCED',
    announcementDate: '2027-01-20T11:00:00.000Z',
    draft,
    outcome: {
      result: 'AWARDED',
      amounts: { [first.id]: 300_000, [second.id]: 200_000 },
      total: 500_000,
      reason: 'Rammen for 2027 er brukt opp.',
    },
  } as unknown as ApplicationView;

  it('gives a reduced award per school year beside what was asked, and why, in every language', () => {
    expect(render('nb', <StatusNote view={reduced} round={round} />)).toBe(
      'Tildelingene ble offentliggjort 20. januar 2027. Søknaden har fått tilskudd Til sammen 500 000 kr: ' +
        `${first.label.nb}: 300 000 kr ${second.label.nb}: 200 000 kr (søkt 300 000 kr) ` +
        'Tilskuddet ble satt lavere enn søknadsbeløpet. Begrunnelse: Rammen for 2027 er brukt opp. ' +
        'Aksepter tilskuddet og lever rapporter',
    );
    expect(render('nn', <StatusNote view={reduced} round={round} />)).toContain(
      'Tilskotet vart sett lågare enn søknadsbeløpet. Grunngjeving: Rammen for 2027 er brukt opp.',
    );
    expect(render('en', <StatusNote view={reduced} round={round} />)).toContain(
      `${second.label.en}: 200 000 kr (300 000 kr requested) The grant was set lower than the amount requested.`,
    );
  });

  it('says nothing of a reduction for an award in full', () => {
    const full = {
      ...reduced,
      outcome: { result: 'AWARDED', amounts: { [first.id]: 300_000, [second.id]: 300_000 }, total: 600_000 },
    } as unknown as ApplicationView;
    const text = render('nb', <StatusNote view={full} round={round} />);
    expect(text).not.toContain('søkt');
    expect(text).not.toContain('lavere');
  });
});

describe("the applicant's summary", () => {
  it('shows the budget line by line: costs, own contribution, other funding and the amount requested', () => {
    const draft = completeDraft([first.id]);
    const text = render(
      'nn',
      <ApplicationSummary draft={draft} round={round} attachments={[]} budgetLines />,
    );
    expect(text).toContain(
      `${first.label.nn} Lærerressurser 400 000 kr Reise og samlinger 100 000 kr Kostnader 500 000 kr ` +
        'Eigendel − 150 000 kr Anna finansiering − 50 000 kr Søknadsbeløp 300 000 kr De søkjer om 300 000 kr totalt.',
    );
    // The committees' summary keeps its totals (their page shows the lines on its own).
    expect(render('nn', <ApplicationSummary draft={draft} round={round} attachments={[]} />)).not.toContain(
      'Lærerressurser',
    );
  });
});

describe("the About page's timeline", () => {
  it('follows the dates as they hold: moved dates move the rows; configured rows after the opening give way', () => {
    // Prepare: the period closed a week later than configured, the committees and the announcement after it
    const moved = {
      ...round,
      applicationPeriod: { ...round.applicationPeriod, closes: '2026-04-10T21:59:59.999Z' },
      committeeDeadlines: {
        expert: '2026-04-20T21:59:59.999Z',
        geographic: '2026-04-27T21:59:59.999Z',
        final: '2026-05-04T21:59:59.999Z',
      },
      announcementDate: '2026-05-06T08:00:00.000Z',
      timeline: [
        ...round.timeline,
        {
          from: '2026-01-05',
          to: '2026-02-27',
          label: { nb: 'Informasjon', nn: 'Informasjon', en: 'Information' },
        },
      ],
    } as RoundView;

    // Act
    const rows = timelineRows(moved);

    // Assess
    expect(rows.map((row) => [row.from, row.to, row.step ?? row.label?.en])).toEqual([
      ['2026-01-05', '2026-02-27', 'Information'],
      ['2026-03-02', '2026-04-10', 'period'],
      ['2026-04-11', '2026-04-20', 'expert'],
      ['2026-04-21', '2026-04-27', 'geographic'],
      ['2026-04-28', '2026-05-04', 'final'],
      ['2026-05-06', '2026-05-06', 'announcement'],
    ]);
    const about = (now: string) => {
      vi.useFakeTimers({ now: new Date(now), toFake: ['Date'] });
      try {
        return render('en', <About rounds={{ data: [moved], error: undefined, reload: async () => {} }} />);
      } finally {
        vi.useRealTimers();
      }
    };
    const before = about('2026-04-01T10:00:00Z');
    expect(before).toContain(
      'The awards are announced in week 19 (6 May 2026). The awards will be published here.',
    );
    expect(before).toContain('week 19 6 May 2026 Awards are announced');
    expect(before).toContain(
      'weeks 15–17 11 April 2026 – 20 April 2026 The expert committee assesses the applications',
    );
    expect(about('2026-05-07T10:00:00Z')).toContain(
      'The awards were announced in week 19 (6 May 2026). See the awards.',
    );
  });
});
