import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import type { ApplicationView } from '../../web/src/features/application/types.ts';
import type { RoundView } from '../../web/src/features/rounds/rounds.ts';
import { StageLabel, StatusNote } from '../../web/src/features/application/receipt/Status.tsx';
import { I18nProvider, type Locale } from '../../web/src/app/i18n.tsx';

/** The applicant's status page (ADR 066): in review until the announcement, then the outcome. */
const round = {
  ...demoRound(new Date('2026-03-02T08:00:00Z')),
  applicationPeriodState: 'closed',
} as RoundView;
const schoolYear = round.schoolYears[0]!;
const view = (changes: Partial<ApplicationView>) =>
  ({
    applicationId: '01J0000000000000000000000A',
    stage: 'IN_REVIEW',
    announcementDate: '2027-01-20T11:00:00.000Z',
    ...changes,
  }) as ApplicationView;

function text(locale: Locale, application: ApplicationView) {
  const html = renderToStaticMarkup(
    <I18nProvider initial={locale}>
      <StageLabel view={application} /> | <StatusNote view={application} round={round} />
    </I18nProvider>,
  );
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

describe('the status of a submitted application', () => {
  it('says it is in review and when the awards are announced, in every language', () => {
    expect(text('nb', view({}))).toBe(
      'Til behandling | Søknaden er til behandling. Tildelingene offentliggjøres 20. januar 2027.',
    );
    expect(text('nn', view({}))).toBe(
      'Til handsaming | Søknaden er til handsaming. Tildelingane blir offentleggjorde 20. januar 2027.',
    );
    expect(text('en', view({}))).toBe(
      'In review | The application is being processed. The awards will be announced on 20 January 2027.',
    );
  });

  it('says in the past tense when the awards were announced, with the outcome', () => {
    const declined = view({
      stage: 'ANNOUNCED',
      outcome: { result: 'DECLINED', reason: 'Budsjettet er brukt opp.' },
    });
    const awarded = view({
      stage: 'ANNOUNCED',
      outcome: { result: 'AWARDED', amounts: { [schoolYear.id]: 250_000 }, total: 250_000 },
    });

    expect(text('nb', declined)).toBe(
      'Tildelingene er offentliggjort | Tildelingene ble offentliggjort 20. januar 2027. ' +
        'Søknaden har ikke fått tilskudd Begrunnelse: Budsjettet er brukt opp.',
    );
    expect(text('nn', awarded)).toBe(
      'Tildelingane er offentleggjorde | Tildelingane vart offentleggjorde 20. januar 2027. ' +
        `Søknaden har fått tilskot Til saman 250 000 kr: ${schoolYear.label.nn}: 250 000 kr ` +
        'Aksepter tilskotet og lever rapportar',
    );
    expect(text('en', view({ stage: 'WITHDRAWN' }))).toBe('Withdrawn |');
  });
});
