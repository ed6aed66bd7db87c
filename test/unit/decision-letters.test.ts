import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { round2022Content, round2022 as schedule2022 } from '../../shared/domain/rounds/round-2022.ts';
import { withContent } from '../../shared/domain/rounds/with-content.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import { letterContent, type LetterApplication } from '../../shared/letters/content.ts';
import { renderLetter } from '../../shared/letters/pdf.ts';
import { completeDraft } from '../support/applications.ts';

/** The whole 2022 round: the letter prints its content (ADR 118). */
const round2022 = withContent(schedule2022(), round2022Content());

/** The letter's text as a PDF reader extracts it (pdf.js through unpdf), whitespace (also no-break) collapsed. */
async function letterText(application: LetterApplication, locale: Locale) {
  const bytes = await renderLetter(letterContent(application, round2022, locale, round2022.announcementDate));
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: true });
  return {
    text: text.replace(/\s+/g, ' '),
    bytes,
    pages: pdf.numPages,
    info: (await pdf.getMetadata()).info,
  };
}

const base = {
  applicationId: '01J0000000000000000000000A',
  receipt: { number: 'IK-2022-0042', submittedAt: '2022-04-01T10:00:00.000Z' },
  announcedAt: '2022-05-09T06:00:00.000Z',
  // 2 × (500 000 − 150 000 − 50 000) = 600 000 requested over two school years.
  draft: completeDraft(['2022-2023', '2023-2024'], {
    title: 'Dans og sirkus på tvers – «Ærlig og øm»',
    partnerMunicipalities: ['3005', '4601'],
  }),
} as unknown as LetterApplication;

/** What every stage's decision records besides its outcome. */
const decided = { decidedAt: '2022-05-06T10:00:00.000Z', finalisedBy: 'innstilling-1', standAside: [] };

const awarded = {
  ...base,
  outcome: 'AWARDED',
  finalDecision: {
    ...decided,
    awarded: true,
    amounts: { '2022-2023': 300_000, '2023-2024': 300_000 },
    total: 600_000,
  },
} as LetterApplication;
const reduced = {
  ...base,
  outcome: 'AWARDED',
  finalDecision: {
    ...decided,
    awarded: true,
    amounts: { '2022-2023': 250_000, '2023-2024': 150_000 },
    total: 400_000,
    reason: 'Budsjettet for 2023 rakk ikke til hele beløpet; sirkus i Bærum prioriteres 🎪.',
  },
} as LetterApplication;
const declined = {
  ...base,
  outcome: 'DECLINED',
  finalDecision: {
    ...decided,
    awarded: false,
    reason: 'Andre søknader dekket regionen bedre innenfor rammen.',
  },
} as LetterApplication;
const notQualified = {
  ...base,
  outcome: 'NOT_QUALIFIED',
  expertDecision: {
    ...decided,
    qualified: false,
    reason: 'Søknaden mangler forankring i samarbeidskommunene.',
  },
} as LetterApplication;

describe('the decision letter as a PDF, read back by a PDF parser', () => {
  it.each([
    [
      'nb',
      'Vedtak om tilskudd',
      'Skoleåret 2022–2023',
      'Dere aksepterer tilskuddet og vilkårene',
      'Med vennlig hilsen',
    ],
    [
      'nn',
      'Vedtak om tilskot',
      'Skuleåret 2022–2023',
      'De aksepterer tilskotet og vilkåra',
      'Med venleg helsing',
    ],
    [
      'en',
      'Decision on a grant',
      'School year 2022–2023',
      'You accept the grant and its conditions',
      'Yours sincerely',
    ],
  ] as const)(
    'awarded, in %s: outcome, amounts per school year, conditions, deadlines, signatory',
    async (locale, heading, year, accept, greeting) => {
      // Act
      const { text, info } = await letterText(awarded, locale);

      // Assess
      expect(text).toContain(`${heading}: Dans og sirkus på tvers – «Ærlig og øm»`);
      expect(text).toContain('IK-2022-0042');
      expect(text).toContain(`${year} ${'300 000 kr'}`);
      expect(text).toContain('600 000 kr');
      expect(text).toContain(accept);
      expect(text).toContain(round2022.grant.conditions[0]![locale]);
      expect(text).toMatch(
        locale === 'en' ? /report by 15 September 2023/ : /rapport inn[ae]n 15\. september 2023/,
      );
      expect(text).toContain(locale === 'en' ? 'report by 15 September 2024' : '15. september 2024');
      expect(text).toContain('Oslo, Drammen og Bergen'.replace(' og ', locale === 'en' ? ' and ' : ' og '));
      expect(text).toContain(greeting);
      expect(text).toContain('post@kulturskoleradet.no');
      expect(text).not.toMatch(
        /Begrunnelse\b(?! og klage)|Grunngjeving\b(?! og klage)|Reasons\b(?! and complaints)/,
      );
      expect(info).toMatchObject({ Title: expect.stringContaining('IK-2022-0042') });
    },
  );

  it.each([
    ['nb', 'Det er mindre enn de', 'Begrunnelse'],
    ['nn', 'Det er mindre enn dei', 'Grunngjeving'],
    ['en', 'This is less than the', 'Reasons'],
  ] as const)(
    'a reduced award, in %s: the lower amounts, what was requested and why',
    async (locale, less, reasons) => {
      // Act
      const { text } = await letterText(reduced, locale);

      // Assess
      expect(text).toContain(`${less} ${'600 000 kr'}`);
      expect(text).toContain('250 000 kr');
      expect(text).toContain('400 000 kr');
      expect(text).toContain(
        `${reasons} Budsjettet for 2023 rakk ikke til hele beløpet; sirkus i Bærum prioriteres ?.`,
      );
    },
  );

  it.each([
    ['nb', 'Avslag på søknad om tilskudd', 'Søknaden får ikke tilskudd.', 'Begrunnelse og klage'],
    ['nn', 'Avslag på søknad om tilskot', 'Søknaden får ikkje tilskot.', 'Grunngjeving og klage'],
    ['en', 'Application for a grant declined', 'not awarded a grant', 'Reasons and complaints'],
  ] as const)(
    'declined, in %s: the outcome, the reason, how to ask and complain; no amounts or deadlines',
    async (locale, heading, outcome, complaint) => {
      // Act
      const { text } = await letterText(declined, locale);

      // Assess
      expect(text).toContain(heading);
      expect(text).toContain(outcome);
      expect(text).toContain('Andre søknader dekket regionen bedre innenfor rammen.');
      expect(text).toContain(complaint);
      expect(text).toContain(round2022.decisionLetter?.complaint[locale] ?? '');
      expect(text).not.toMatch(/\d\skr\b/);
      expect(text).not.toContain('2023-09');
      expect(text).not.toMatch(/15\. september|15 September/);
    },
  );

  it.each([
    ['nb', 'Søknaden er ikke kvalifisert', 'Det sakkyndige utvalget'],
    ['nn', 'Søknaden er ikkje kvalifisert', 'Det sakkunnige utvalet'],
    ['en', 'The application did not qualify', 'The expert committee'],
  ] as const)('not qualified, in %s: the expert committee’s reason', async (locale, heading, committee) => {
    // Act
    const { text } = await letterText(notQualified, locale);

    // Assess
    expect(text).toContain(heading);
    expect(text).toContain(committee);
    expect(text).toContain('Søknaden mangler forankring i samarbeidskommunene.');
    expect(text).not.toMatch(/\d\skr\b/);
  });

  it('runs a long reason onto a second page, numbered, and writes what Helvetica cannot show as ?', async () => {
    // Prepare
    const long = {
      ...declined,
      finalDecision: {
        ...decided,
        awarded: false,
        reason: `${'Lang begrunnelse med æøå ÆØÅ. '.repeat(220)}Slutt ✓ 中`,
      },
    } as LetterApplication;

    // Act
    const { text, pages } = await letterText(long, 'nb');

    // Assess
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain('Side 1 av');
    expect(text).toContain('Slutt ? ?');
    expect(text).toContain('Med vennlig hilsen');
  });
});
