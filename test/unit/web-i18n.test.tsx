import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { demoRound } from '../../shared/domain/rounds/demo.ts';
import { translator } from '../../shared/i18n/catalogue.ts';
import { LOCALES } from '../../shared/i18n/locale.ts';
import type { RoundView } from '../../web/src/features/rounds/rounds.ts';
import { aboutText } from '../../web/src/features/about/text.ts';
import { awardsText } from '../../web/src/features/awards/text.ts';
import { formText } from '../../web/src/features/application/text.ts';
import { frameText } from '../../web/src/app/frame.ts';
import { I18nProvider, type Locale } from '../../web/src/app/i18n.tsx';
import { reviewText } from '../../web/src/features/review/text.ts';
import { About } from '../../web/src/features/about/AboutPage.tsx';

/**
 * The web app's text: catalogues per area (`web/src/i18n/*.ts`) of the one mechanism
 * (`shared/i18n/catalogue.ts`); that every entry has three languages and the same
 * placeholders is `test/unit/i18n.test.ts`'s check of every catalogue.
 */
describe('the web catalogues', () => {
  it('fill placeholders and choose plural forms through the same mechanism as the server', () => {
    // Prepare
    const figures = { county: 'Vestland', amount: '12 000 000 kr' };

    // Act
    const t = (locale: Locale) => translator(locale, reviewText, frameText);
    const steps = t('nn')('form.stepOf', { n: 2, total: 8 });
    const counties = [1, 2].flatMap((count) => [
      t('nb')('committee.map.county', { ...figures, count }),
      t('en')('committee.map.county', { ...figures, count }),
    ]);

    // Assess
    expect(steps).toBe('Steg 2 av 8');
    expect(counties).toEqual([
      'Vestland: 1 søknad, 12 000 000 kr søkt',
      'Vestland: 1 application, 12 000 000 kr requested',
      'Vestland: 2 søknader, 12 000 000 kr søkt',
      'Vestland: 2 applications, 12 000 000 kr requested',
    ]);
  });

  it('count in the singular and the plural wherever a count is shown', () => {
    // Prepare
    const t = LOCALES.map((locale) => translator(locale, reviewText, awardsText, frameText));

    // Act
    const texts = t.map((tr) => [
      tr('committee.list.heading.geographic', { count: 1 }),
      tr('committee.progress.assessed', { done: 0, count: 1 }),
      tr('awards.summary', { count: 1, total: '300 000 kr' }),
      tr('conflict.items', { count: 1 }),
      tr('conflict.items', { count: 3 }),
    ]);

    // Assess
    expect(texts[0]).toEqual([
      'Nasjonal prioritering (1 kvalifisert søknad)',
      'Du har vurdert 0 av 1 søknad.',
      'Tilskudd til 1 samarbeid, til sammen 300 000 kr.',
      '1 oppføring',
      '3 oppføringer',
    ]);
    expect(texts[2]).toEqual([
      'National priority order (1 qualified application)',
      'You have assessed 0 of 1 application.',
      'A grant to 1 collaboration, 300 000 kr in total.',
      '1 entry',
      '3 entries',
    ]);
  });

  it('type each page’s t by its catalogue: keys and params', () => {
    // Prepare: each @ts-expect-error is a compile error `npx tsc --noEmit -p web` requires
    const t = translator('nb', formText, frameText);

    // Act
    const texts = [t('app.retry'), t('form.stepOf', { n: 1, total: 8 })];
    // @ts-expect-error -- a committee key is not in the form's catalogue
    t('committee.list.empty');
    // @ts-expect-error -- {n} and {total} need values
    t('form.stepOf');
    // @ts-expect-error -- a plural entry needs its count
    translator('nb', reviewText)('committee.map.county', { county: 'Oslo', amount: '1 kr' });

    // Assess
    expect(texts).toEqual(['Prøv igjen', 'Steg 1 av 8']);
  });

  it('keeps the first page’s catalogues free of the form’s and the committees’ text', () => {
    // Prepare: the first page loads the frame, the about and the start catalogues
    const firstPage = [frameText, aboutText].flatMap((catalogue) => Object.keys(catalogue));

    // Act
    const foreign = firstPage.filter((key) => /^(form|field|budget|att|committee|awards)\./.test(key));

    // Assess
    expect(foreign).toEqual([]);
    expect(Object.keys(reviewText).length).toBeGreaterThan(300);
  });
});

describe('the about page', () => {
  const round = {
    ...demoRound(new Date('2026-03-02T08:00:00Z')),
    applicationPeriodState: 'open',
  } as RoundView;
  const text = (locale: Locale) =>
    renderToStaticMarkup(
      <I18nProvider initial={locale}>
        <About rounds={{ data: [round], error: undefined, reload: async () => {} }} />
      </I18nProvider>,
    )
      .replace(/<[^>]+>/g, ' ')
      .replace(/[\s\u00a0]+/g, ' ');

  it('names the helpdesk’s weekdays and joins them as each language does', () => {
    // Prepare
    const locales = LOCALES;

    // Act
    const texts = locales.map((locale) =>
      /(\S+day|\S+dag), (\S+) (?:og|and) (\S+?),? (?:kl\.|\d)/.exec(text(locale)),
    );

    // Assess
    expect(texts.map((match) => match?.slice(1, 4))).toEqual([
      ['mandag', 'onsdag', 'fredag'],
      ['måndag', 'onsdag', 'fredag'],
      ['Monday', 'Wednesday', 'Friday'],
    ]);
  });
});
