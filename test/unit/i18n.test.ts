import { describe, expect, it } from 'vitest';
import { FIELD_ISSUE_CODES, validateDraft, validateSubmission } from '../../shared/domain/application.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { apiMessages, structuralMessages } from '../../shared/i18n/api.ts';
import { attachmentMessages } from '../../shared/i18n/attachments.ts';
import { applicationText } from '../../shared/i18n/application.ts';
import {
  format,
  isPluralEntry,
  placeholders,
  translator,
  type Catalogue,
  type Entry,
} from '../../shared/i18n/catalogue.ts';
import { committeeText } from '../../shared/i18n/committees.ts';
import { exportText } from '../../shared/i18n/export.ts';
import { hasMessage, LOCALES, localeFromAcceptLanguage, message, messages } from '../../shared/i18n/index.ts';
import { formatList, formatNok, formatNumber } from '../../shared/i18n/intl.ts';
import {
  invitationText,
  magicLinkText,
  mailProblemText,
  outcomeText,
  overdueText,
  receiptText,
  signatureText,
} from '../../shared/i18n/mail.ts';
import { reviewMessages } from '../../shared/i18n/review.ts';
import { submissionMessages } from '../../shared/i18n/submission.ts';
import { aboutText } from '../../web/src/features/about/text.ts';
import { awardsText } from '../../web/src/features/awards/text.ts';
import { formText } from '../../web/src/features/application/text.ts';
import { frameText } from '../../web/src/app/frame.ts';
import { municipalityText } from '../../web/src/features/municipalities/text.ts';
import { reviewText } from '../../web/src/features/review/text.ts';
import { signInText, startText } from '../../web/src/features/start/text.ts';

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

/** Every catalogue of the portal, server and web, by area. */
const CATALOGUES: Record<string, Catalogue> = {
  api: apiMessages,
  attachments: attachmentMessages,
  structural: structuralMessages,
  review: reviewMessages,
  submission: submissionMessages,
  application: applicationText,
  committees: committeeText,
  'mail signature': signatureText,
  'mail sign-in link': magicLinkText,
  'mail receipt': receiptText,
  'mail invitation': invitationText,
  'mail overdue': overdueText,
  'mail outcome': outcomeText,
  'mail problem (to the secretariat)': mailProblemText,
  export: exportText,
  'web frame': frameText,
  'web about': aboutText,
  'web start': startText,
  'web sign-in': signInText,
  'web municipality': municipalityText,
  'web application form': formText,
  'web review pages': reviewText,
  'web awards': awardsText,
};

type Lang = (typeof LOCALES)[number];
/** The texts of an entry in a language: the string, or each plural form. */
const textsOf = (entry: Entry, locale: Lang): string[] => {
  const form = entry[locale];
  return typeof form === 'string' ? [form] : Object.values(form);
};
/** The placeholders a language's texts use; a plural form may leave the count out. */
const holes = (entry: Entry, locale: Lang) =>
  [...new Set(textsOf(entry, locale).flatMap(placeholders))]
    .filter((name) => !isPluralEntry(entry) || name !== 'count')
    .sort();

describe('the catalogues', () => {
  it('have every entry in bokmål, nynorsk and English, with the same placeholders', () => {
    // Prepare
    const entries = Object.entries(CATALOGUES).flatMap(([area, catalogue]) =>
      Object.entries(catalogue).map(([key, entry]) => [`${area}:${key}`, entry] as const),
    );

    // Act
    const problems = entries.flatMap(([key, entry]) => {
      const found: string[] = [];
      for (const locale of LOCALES) {
        if (!textsOf(entry, locale).every((text) => text.trim())) found.push(`${key}: no ${locale}`);
        if (holes(entry, locale).join() !== holes(entry, 'nb').join())
          found.push(`${key}: ${locale} placeholders differ`);
      }
      return found;
    });

    // Assess
    expect(entries.length).toBeGreaterThan(800);
    expect(problems).toEqual([]);
  });

  it('give a key one text: a key in two catalogues is the very same entry (shared, never restated)', () => {
    // Prepare
    const seen = new Map<string, { area: string; entry: Entry }>();

    // Act
    const differing: string[] = [];
    for (const [area, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, entry] of Object.entries(catalogue)) {
        const first = seen.get(key);
        if (!first) seen.set(key, { area, entry });
        else if (first.entry !== entry) differing.push(`${key}: ${first.area} and ${area}`);
      }
    }

    // Assess
    expect(differing).toEqual([]);
  });
});

describe('the message catalogue', () => {
  it('has English that is not bokmål', () => {
    // Prepare
    const entries = Object.entries(messages);

    // Act
    const untranslated = entries.filter(([, entry]) => JSON.stringify(entry.nb) === JSON.stringify(entry.en));

    // Assess
    expect(untranslated.map(([code]) => code)).toEqual([]);
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

describe('format', () => {
  const waiting = {
    nb: { one: '{count} søknad venter', other: '{count} søknader venter' },
    nn: { one: '{count} søknad ventar', other: '{count} søknader ventar' },
    en: { one: '{count} application is waiting', other: '{count} applications are waiting' },
  } as const;

  it('chooses the plural form of each language by the count', () => {
    // Prepare
    const counts = [0, 1, 2, 21, 1000];

    // Act
    const texts = LOCALES.map((locale) => counts.map((count) => format(waiting, locale, { count })));

    // Assess
    expect(texts).toEqual([
      [
        '0 søknader venter',
        '1 søknad venter',
        '2 søknader venter',
        '21 søknader venter',
        '1\u00a0000 søknader venter',
      ],
      [
        '0 søknader ventar',
        '1 søknad ventar',
        '2 søknader ventar',
        '21 søknader ventar',
        '1\u00a0000 søknader ventar',
      ],
      [
        '0 applications are waiting',
        '1 application is waiting',
        '2 applications are waiting',
        '21 applications are waiting',
        '1,000 applications are waiting',
      ],
    ]);
  });

  it('writes numbers the language’s way and leaves out a placeholder without a value', () => {
    // Prepare
    const entry = { nb: '{a} av {b}', nn: '{a} av {b}', en: '{a} of {b}' };

    // Act
    const texts = LOCALES.map((locale) => format(entry, locale, { a: 12_500, b: undefined }));
    const decimals = LOCALES.map((locale) => formatNumber(4.25, locale, 1));

    // Assess
    expect(texts).toEqual(['12\u00a0500 av ', '12\u00a0500 av ', '12,500 of ']);
    expect(decimals).toEqual(['4,3', '4,3', '4.3']);
    expect(formatNok(12_500_000)).toBe('12\u00a0500\u00a0000\u00a0kr');
    expect(formatNok(300_000, ' ')).toBe('300 000 kr');
    expect(LOCALES.map((locale) => formatList(['a', 'b', 'c'], locale))).toEqual([
      'a, b og c',
      'a, b og c',
      'a, b and c',
    ]);
  });

  it('names the applications a finalisation waits for in the singular or the plural', () => {
    // Prepare
    const one = { applications: 'IK-DEMO-1 «Kor»', count: 1 };
    const two = { applications: 'IK-DEMO-1 «Kor», IK-DEMO-2 «Korps»', count: 2 };

    // Act
    const texts = [message('STAGE_INCOMPLETE', 'nb', one), message('STAGE_INCOMPLETE', 'en', two)];

    // Assess
    expect(texts[0]).toMatch(/^Denne søknaden mangler fortsatt utfall .*: IK-DEMO-1 «Kor»\./);
    expect(texts[1]).toMatch(
      /^These applications still have no outcome .*: IK-DEMO-1 «Kor», IK-DEMO-2 «Korps»\./,
    );
  });

  it('types a catalogue so that a missing language, plural category or param fails the type check', () => {
    // Prepare: each @ts-expect-error below is a compile error `npx tsc --noEmit` requires
    const good = {
      plain: { nb: 'Hei {name}', nn: 'Hei {name}', en: 'Hello {name}' },
      plural: waiting,
    } as const satisfies Catalogue;
    const missingLanguage = {
      // @ts-expect-error -- no English
      plain: { nb: 'Hei', nn: 'Hei' },
    } satisfies Catalogue;
    const missingCategory = {
      plural: {
        nb: { one: '{count} søknad', other: '{count} søknader' },
        // @ts-expect-error -- nynorsk has no `one` form
        nn: { other: '{count} søknader' },
        en: { one: '{count} application', other: '{count} applications' },
      },
    } satisfies Catalogue;
    const mixed = {
      // @ts-expect-error -- plural forms in one language, plain text in another
      plural: {
        nb: { one: '{count} søknad', other: '{count} søknader' },
        nn: 'søknader',
        en: 'applications',
      },
    } satisfies Catalogue;
    const t = translator('en', good);

    // Act
    const texts = [t('plain', { name: 'Kari' }), t('plural', { count: 1 })];
    // @ts-expect-error -- no such key
    t('missing');
    // @ts-expect-error -- {name} needs a value
    t('plain');
    // @ts-expect-error -- a plural entry needs its count
    t('plural', {});

    // Assess
    expect(texts).toEqual(['Hello Kari', '1 application is waiting']);
    expect([missingLanguage, missingCategory, mixed].every(Boolean)).toBe(true);
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
