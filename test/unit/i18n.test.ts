import { describe, expect, it } from 'vitest';
import { FIELD_ISSUE_CODES, validateDraft, validateSubmission } from '../../shared/domain/application.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import type { LocalizedText } from '../../shared/domain/text.ts';
import { hasMessage, LOCALES, localeFromAcceptLanguage, message, messages } from '../../shared/i18n/index.ts';

const API_ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'APPLICATION_PERIOD_CLOSED',
  'APPLICATION_PERIOD_NOT_OPEN',
  'READ_ONLY',
  'RATE_LIMITED',
  'ROUND_NOT_FOUND',
  'ATTACHMENT_LIMIT_REACHED',
  'ATTACHMENT_TYPE_NOT_ALLOWED',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_NOT_FOUND',
  'ATTACHMENT_CONTENT_MISMATCH',
  'ATTACHMENT_EMPTY',
  'WITHDRAW_NOT_ALLOWED',
  'BAD_REQUEST',
  'INTERNAL_ERROR',
  'REVIEW_LINK_INVALID',
  'REVIEW_LINK_REVOKED',
  'WRONG_COMMITTEE',
  'NOT_CHAIR',
  'CONFLICTED',
  'COUNTY_NOT_YOURS',
  'DECLARATION_REQUIRED',
  'DECLARATION_FINAL',
  'STAGE_NOT_OPEN',
  'STAGE_FINALISED',
  'STAGE_INCOMPLETE',
  'OVER_BUDGET',
  'AWARD_EXCEEDS_REQUEST',
  'ORDER_INCOMPLETE',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogue', () => {
  it('has every code in bokmål, nynorsk and English, with the same placeholders', () => {
    // Prepare
    const entries: [string, LocalizedText][] = Object.entries(messages);

    // Act
    const problems = entries.flatMap(([code, text]) => {
      const found: string[] = [];
      for (const locale of LOCALES) if (!text[locale]?.trim()) found.push(`${code}: no ${locale}`);
      if (text.nb === text.en) found.push(`${code}: English is bokmål`);
      const expected = placeholders(text.nb);
      for (const locale of LOCALES) {
        if (placeholders(text[locale]).join() !== expected.join())
          found.push(`${code}: ${locale} placeholders differ`);
      }
      return found;
    });

    // Assess
    expect(entries.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('has every API error code', () => {
    // Prepare
    const required = API_ERROR_CODES;

    // Act
    const missing = required.filter((code) => !hasMessage(code));

    // Assess
    expect(missing).toEqual([]);
  });

  it('has every field-issue code application.ts declares', () => {
    // Prepare
    const required = FIELD_ISSUE_CODES;

    // Act
    const missing = required.filter((code) => !hasMessage(code));

    // Assess
    expect(missing).toEqual([]);
  });

  it('has every code validateSubmission and validateDraft actually emit', () => {
    // Prepare: a spread of broken drafts reaching every rule
    const round = findRound('2022', {})!;
    const drafts = [
      {},
      {
        title: ' ',
        leadMunicipality: '9999',
        partnerMunicipalities: ['9999', '9999', '0301', '0301'],
        partners: [{ type: 'other' as const, name: '', organisationNumber: '123' }],
        schoolYears: ['2022-2023', '2022-2023', '1999-2000'],
        activityAreas: [
          { code: '1a', measure: '' },
          { code: '1a', measure: 'x' },
          { code: '9z', measure: 'x' },
        ],
        artSubjects: { subjects: [] },
        targetGroup: '',
        expectedPupils: 0,
        anchoring: '',
        sustainability: '',
        budget: [
          {
            schoolYear: '2022-2023',
            costLines: [{ description: '', amount: 0 }],
            ownContribution: 5,
            otherFunding: 0,
          },
          { schoolYear: '2022-2023', costLines: [], ownContribution: 0, otherFunding: 0 },
          {
            schoolYear: '2023-2024',
            costLines: [{ description: 'x', amount: 5 }],
            ownContribution: 5,
            otherFunding: 0,
          },
        ],
        contact: { name: '', email: 'x', phone: '1' },
      },
      { schoolYears: ['2022-2023'], contact: { email: '', phone: '' } },
    ];
    const malformed = [
      { title: 1, expectedPupils: 1.5, foo: 1, schoolYears: 'x', partners: [{ type: 'x' }] },
    ];

    // Act
    const emitted = new Set<string>();
    for (const draft of drafts) {
      const result = validateSubmission(draft, round, { letterOfIntentCount: 0 });
      if (!result.ok) for (const issue of result.issues) emitted.add(issue.code);
    }
    for (const input of malformed) {
      const result = validateDraft(input);
      if (!result.ok) for (const issue of result.issues) emitted.add(issue.code);
    }

    // Assess
    expect(emitted.size).toBeGreaterThan(30);
    expect([...emitted].filter((code) => !hasMessage(code))).toEqual([]);
  });
});

describe('message', () => {
  it('fills placeholders and formats numbers for the language', () => {
    // Prepare
    const params = { schoolYear: '2022-2023', costs: 1_250_000 };

    // Act
    const texts = LOCALES.map((locale) => message('BUDGET_FUNDING_EXCEEDS_COSTS', locale, params));

    // Assess
    expect(texts[0]).toContain('(1\u00a0250\u00a0000 kr) for skoleåret 2022-2023');
    expect(texts[1]).toContain('for skuleåret 2022-2023');
    expect(texts[2]).toContain('(NOK 1,250,000) for the school year 2022-2023');
  });

  it('speaks the language asked for', () => {
    // Prepare
    const code = 'LETTER_OF_INTENT_REQUIRED';

    // Act
    const texts = LOCALES.map((locale) => message(code, locale));

    // Assess
    expect(texts).toEqual([
      'Legg ved minst én intensjonsavtale som viser at kommunene og samarbeidspartene står bak tiltaket.',
      'Legg ved minst éin intensjonsavtale som viser at kommunane og samarbeidspartane står bak tiltaket.',
      'Attach at least one letter of intent showing that the municipalities and partners are committed to the measure.',
    ]);
  });

  it('never shows a raw code or placeholder', () => {
    // Prepare
    const unknownCode = 'SOMETHING_NEW';

    // Act
    const texts = [message(unknownCode, 'nb'), message('TEXT_TOO_LONG', 'en')];

    // Assess
    expect(texts[0]).toBe(messages.FIELD_INVALID.nb);
    expect(texts[1]).not.toMatch(/[{}]|SOMETHING_NEW/);
  });
});

describe('localeFromAcceptLanguage', () => {
  it('defaults to bokmål', () => {
    // Prepare
    const headers = [undefined, '', '*', 'de-DE,fr;q=0.8', 'sv'];

    // Act
    const locales = headers.map(localeFromAcceptLanguage);

    // Assess
    expect(locales).toEqual(['nb', 'nb', 'nb', 'nb', 'nb']);
  });

  it('recognises nynorsk, bokmål and English tags', () => {
    // Prepare
    const headers = ['nn', 'nn-NO', 'no-NN', 'nb', 'nb-NO', 'no', 'en', 'en-GB', 'EN-us'];

    // Act
    const locales = headers.map(localeFromAcceptLanguage);

    // Assess
    expect(locales).toEqual(['nn', 'nn', 'nn', 'nb', 'nb', 'nb', 'en', 'en', 'en']);
  });

  it('honours q-values and order', () => {
    // Prepare
    const headers = [
      'en;q=0.5, nn;q=0.9',
      'de, en;q=0.8, nb;q=0.7',
      'nb;q=0, en',
      'nn, en',
      'en;q=0.8, nn;q=0.8',
    ];

    // Act
    const locales = headers.map(localeFromAcceptLanguage);

    // Assess
    expect(locales).toEqual(['nn', 'en', 'en', 'nn', 'en']);
  });
});
