import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { I18nProvider, type Locale } from '../../web/src/app/i18n.tsx';
import {
  isEmptyDraft,
  PrefillChoices,
  PrefillDone,
  type EarlierApplication,
} from '../../web/src/features/application/PrefillOffer.tsx';
import type { RoundView } from '../../web/src/features/rounds/rounds.ts';

/** "Fill in from an earlier application" on a new draft (ADR 100): the list and the confirmation. */
const round = { ...demoRound(new Date('2026-03-02T08:00:00Z')), id: '2022' } as unknown as RoundView;
const earlier: EarlierApplication = {
  applicationId: 'A1',
  roundId: '2022',
  title: 'Fordypning på tvers',
  leadMunicipality: '0301',
  partnerMunicipalities: ['4601'],
  stage: 'IN_REVIEW',
  submittedAt: '2022-03-15T10:00:00.000Z',
  updatedAt: '2022-03-15T10:00:00.000Z',
};
const names: Record<string, string> = { '0301': 'Oslo', '4601': 'Bergen' };

function text(locale: Locale, chosen?: EarlierApplication) {
  const html = renderToStaticMarkup(
    <I18nProvider initial={locale}>
      <PrefillChoices
        applications={[
          earlier,
          { ...earlier, applicationId: 'A2', title: undefined, submittedAt: undefined },
        ]}
        rounds={[round]}
        municipalityName={(number) => names[number] ?? number}
        chosen={chosen}
      />
    </I18nProvider>,
  );
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

describe('the offer to fill in a new draft from an earlier application', () => {
  it('lists the earlier applications by name, round, municipalities and submission, in every language', () => {
    const title = round.title;
    expect(text('nb')).toContain(`Fyll ut fra en tidligere søknad`);
    expect(text('nb')).toContain(
      `Fordypning på tvers – ${title.nb} Kommuner: Oslo og Bergen Sendt 15. mars 2022 Bruk denne`,
    );
    expect(text('nb')).toContain(
      `Uten prosjektnavn – ${title.nb} Kommuner: Oslo og Bergen Ikke sendt Bruk denne`,
    );
    expect(text('nn')).toContain(`Fyll ut frå ein tidlegare søknad`);
    expect(text('nn')).toContain(`Kommunar: Oslo og Bergen Send 15. mars 2022 Bruk denne`);
    expect(text('en')).toContain(`Fill in from an earlier application`);
    expect(text('en')).toContain(`Municipalities: Oslo and Bergen Submitted 15 March 2022 Use this one`);
    expect(text('nb')).not.toContain('erstattet'); // no confirmation until one is chosen
    // …and a way to decline and start blank
    expect(text('nb')).toMatch(/Nei takk, jeg starter med et tomt skjema$/);
    expect(text('nn')).toMatch(/Nei takk, eg startar med eit tomt skjema$/);
    expect(text('en')).toMatch(/No thanks, I will start with an empty form$/);
  });

  it('asks before it replaces what the draft holds', () => {
    expect(text('nb', earlier)).toContain(
      'Fylle ut søknaden fra «Fordypning på tvers»? Det som alt står i denne søknaden, blir erstattet. Ja, fyll ut Avbryt',
    );
    expect(text('nn', earlier)).toContain('blir erstatta. Ja, fyll ut Avbryt');
    expect(text('en', earlier)).toContain(
      'Anything already in this application will be replaced. Yes, fill in Cancel',
    );
    expect(text('nb', earlier)).not.toContain('Nei takk'); // the confirmation asks first
  });

  it('says what was done and what is left to do, in every language', () => {
    const done = (locale: Locale) =>
      renderToStaticMarkup(
        <I18nProvider initial={locale}>
          <PrefillDone title="Fordypning på tvers" />
        </I18nProvider>,
      ).replace(/<[^>]+>/g, '');
    expect(done('nb')).toContain('Søknaden er fylt ut fra «Fordypning på tvers». Gå gjennom hvert steg');
    expect(done('nn')).toContain('Søknaden er fylt ut frå «Fordypning på tvers». Gå gjennom kvart steg');
    expect(done('en')).toContain('The application has been filled in from “Fordypning på tvers”.');
  });

  it('is offered on a new draft only: nothing written yet but what the start set', () => {
    expect(isEmptyDraft({})).toBe(true);
    expect(isEmptyDraft({ leadMunicipality: '0301', partnerMunicipalities: [] })).toBe(true);
    // A new draft as the start creates it: the lead and the contact's address (the owner's).
    expect(isEmptyDraft({ leadMunicipality: '0301', contact: { email: 'leder@oslo.example.no' } })).toBe(
      true,
    );
    expect(isEmptyDraft({ leadMunicipality: '0301', contact: { email: 'a@b.no', name: 'Kari' } })).toBe(
      false,
    );
    expect(isEmptyDraft({ leadMunicipality: '0301', title: 'Noe' })).toBe(false);
    expect(isEmptyDraft({ leadMunicipality: '0301', partnerMunicipalities: ['4601'] })).toBe(false);
  });
});
