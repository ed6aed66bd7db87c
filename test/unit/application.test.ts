import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  applicationDraftSchema,
  budgetSummary,
  issuesFromZod,
  validateDraft,
  validateSubmission,
  type ApplicationDraft,
  type FieldIssue,
} from '../../shared/domain/application.ts';
import { demoRound, findRound } from '../../shared/domain/rounds/index.ts';
import { message } from '../../shared/i18n/index.ts';

const round = findRound('2022', {})!;
/** The 2022 round asks for a letter tied to each municipality and partner (ADR 098): one each. */
const letter = (party: { municipality: string } | { partner: string }) =>
  ({ kind: 'letterOfIntent', party, status: 'ACCEPTED' }) as const;
const everyLetter = [
  letter({ municipality: '3430' }),
  letter({ municipality: '5025' }),
  letter({ municipality: '3431' }),
  letter({ partner: 'Nord-Østerdal videregående skole' }),
  letter({ partner: 'Røros musikkorps' }),
];
const withLetter = { letterOfIntentCount: everyLetter.length, letters: everyLetter };
type Ctx = Parameters<typeof validateSubmission>[2];
/** The same round without the per-party rule: at least one letter in all. */
const oneLetterRound = { ...round, anchoring: undefined };

/** A complete, valid application for the 2022 round; each test breaks one thing. */
const complete = (): ApplicationDraft => ({
  title: '  Fordypning i fjellregionen  ',
  leadMunicipality: '3430', // Os (Innlandet)
  partnerMunicipalities: ['5025', '3431'], // Røros, Dovre
  partners: [
    {
      type: 'upperSecondarySchool',
      name: 'Nord-Østerdal videregående skole',
      organisationNumber: '974 760 673',
    },
    { type: 'voluntaryOrganisation', name: 'Røros musikkorps' },
  ],
  schoolYears: ['2022-2023', '2023-2024'],
  activityAreas: [
    { code: '1a', measure: 'Felles fordypningstilbud i musikk for tre kommuner.' },
    { code: '2b', measure: 'Tolærersystem med videregående skole.' },
  ],
  artSubjects: { subjects: ['music', 'dance'] },
  targetGroup: 'Elever 12–19 år med særlig interesse for musikk og dans.',
  expectedPupils: 40,
  anchoring: 'Vedtatt i alle tre kommunestyrer; intensjonsavtaler vedlagt.',
  sustainability: 'Kommunene viderefører tilbudet i egne budsjetter fra 2024.',
  budget: [
    {
      schoolYear: '2022-2023',
      costLines: [
        { description: 'Lærerressurs', amount: 300_000 },
        { description: 'Reise', amount: 50_000 },
      ],
      ownContribution: 100_000,
      otherFunding: 0,
    },
    {
      schoolYear: '2023-2024',
      costLines: [{ description: 'Lærerressurs', amount: 320_000 }],
      ownContribution: 120_000,
      otherFunding: 20_000,
    },
  ],
  contact: { name: 'Kari Nordmann', email: 'kari.nordmann@os.kommune.no', phone: '+47 912 34 567' },
});

const issuesOf = (draft: ApplicationDraft, ctx: Ctx = withLetter, r: typeof round = round): FieldIssue[] => {
  const result = validateSubmission(draft, r, ctx);
  return result.ok ? [] : result.issues;
};
const codes = (issues: FieldIssue[]) => issues.map((issue) => issue.code);

describe('validateSubmission — a complete application', () => {
  it('passes and comes back trimmed, with organisation numbers without spaces', () => {
    // Prepare
    const draft = complete();

    // Act
    const result = validateSubmission(draft, round, withLetter);

    // Assess
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.application.title).toBe('Fordypning i fjellregionen');
    expect(result.application.partners[0]!.organisationNumber).toBe('974760673');
    expect(result.application.partners[1]).not.toHaveProperty('organisationNumber');
    expect(result.application).not.toHaveProperty('requestedAmount');
  });

  it('collects every issue at once, not just the first', () => {
    // Prepare
    const draft: ApplicationDraft = {};

    // Act
    const issues = issuesOf(draft, { letterOfIntentCount: 0 });

    // Assess
    expect(codes(issues)).toEqual([
      'TITLE_REQUIRED',
      'LEAD_MUNICIPALITY_REQUIRED',
      'MUNICIPALITIES_TOO_FEW',
      'SCHOOL_YEARS_REQUIRED',
      'ACTIVITY_AREAS_REQUIRED',
      'ART_SUBJECTS_REQUIRED',
      'TARGET_GROUP_REQUIRED',
      'EXPECTED_PUPILS_REQUIRED',
      'ANCHORING_REQUIRED',
      'LETTER_OF_INTENT_REQUIRED',
      'SUSTAINABILITY_REQUIRED',
      'BUDGET_REQUIRED',
      'CONTACT_NAME_REQUIRED',
      'CONTACT_EMAIL_REQUIRED',
      'CONTACT_PHONE_REQUIRED',
    ]);
  });

  it('treats whitespace-only text as missing', () => {
    // Prepare
    const draft = { ...complete(), title: '   ', anchoring: '\n\t', sustainability: ' ' };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'title', code: 'TITLE_REQUIRED' },
      { path: 'anchoring', code: 'ANCHORING_REQUIRED' },
      { path: 'sustainability', code: 'SUSTAINABILITY_REQUIRED' },
    ]);
  });

  it('refuses a draft that is not structurally valid, with the structural issues', () => {
    // Prepare
    const draft = { ...complete(), expectedPupils: 'forty' } as unknown as ApplicationDraft;

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'expectedPupils', code: 'FIELD_INVALID_TYPE', params: { expected: 'number' } },
    ]);
  });
});

describe('validateSubmission — municipalities', () => {
  it('refuses fewer than two municipalities', () => {
    // Prepare
    const draft = { ...complete(), partnerMunicipalities: [] };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'partnerMunicipalities', code: 'MUNICIPALITIES_TOO_FEW', params: { min: 2 } },
    ]);
  });

  it('refuses the lead municipality among the partners, and does not count it twice', () => {
    // Prepare
    const draft = { ...complete(), partnerMunicipalities: ['3430'] };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      {
        path: 'partnerMunicipalities.0',
        code: 'LEAD_MUNICIPALITY_AMONG_PARTNERS',
        params: { number: '3430' },
      },
      { path: 'partnerMunicipalities', code: 'MUNICIPALITIES_TOO_FEW', params: { min: 2 } },
    ]);
  });

  it('flags a partner municipality listed twice, counting it once', () => {
    // Prepare
    const draft = { ...complete(), partnerMunicipalities: ['5025', '5025'] };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'partnerMunicipalities.1', code: 'PARTNER_MUNICIPALITY_DUPLICATE', params: { number: '5025' } },
    ]);
  });

  it("refuses a kommunenummer unknown in the round's division", () => {
    // Prepare: 3101 is Halden from 2024, unknown in 2020–2023; 9999 never existed
    const draft = { ...complete(), leadMunicipality: '9999', partnerMunicipalities: ['3101'] };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'leadMunicipality', code: 'MUNICIPALITY_UNKNOWN', params: { number: '9999' } },
      { path: 'partnerMunicipalities.0', code: 'MUNICIPALITY_UNKNOWN', params: { number: '3101' } },
    ]);
  });

  it("checks numbers against the round's own division", () => {
    // Prepare: Halden 3001 (2020–2023) + Halden 3101 (2024)
    const draft = { ...complete(), leadMunicipality: '3101', partnerMunicipalities: ['3107'] };
    const round2024 = demoRound(new Date('2025-03-10T08:00:00Z'));
    const draft2024 = {
      ...draft,
      schoolYears: ['2025-2026'],
      budget: [{ ...complete().budget![0]!, schoolYear: '2025-2026' }],
    };

    // Act
    const in2022 = issuesOf(draft);
    const in2024 = validateSubmission(draft2024, round2024, withLetter);

    // Assess
    expect(codes(in2022)).toEqual(['MUNICIPALITY_UNKNOWN', 'MUNICIPALITY_UNKNOWN']);
    expect(in2024.ok).toBe(true);
  });
});

describe('validateSubmission — partners', () => {
  it('requires a name and, when given, a valid organisation number', () => {
    // Prepare
    const draft = {
      ...complete(),
      partners: [
        { type: 'folkHighSchool' as const, name: '' },
        { type: 'other' as const, name: 'Kulturhuset', organisationNumber: '974760674' },
        { type: 'higherEducation' as const, name: 'NTNU', organisationNumber: '' },
        { type: 'other' as const, name: 'Galleriet', organisationNumber: '97476067' },
        { type: 'other' as const, name: 'Teateret', organisationNumber: '123456789' },
      ],
    };

    // Act
    const issues = issuesOf(draft, { letterOfIntentCount: 1 }, oneLetterRound);

    // Assess: a wrong check digit is its own mistake, not a wrong length (one message per rule)
    expect(issues).toEqual([
      { path: 'partners.0.name', code: 'PARTNER_NAME_REQUIRED' },
      { path: 'partners.1.organisationNumber', code: 'ORGANISATION_NUMBER_CHECK_DIGIT' },
      { path: 'partners.3.organisationNumber', code: 'ORGANISATION_NUMBER_INVALID' },
      { path: 'partners.4.organisationNumber', code: 'ORGANISATION_NUMBER_CHECK_DIGIT' },
    ]);
    for (const locale of ['nb', 'nn', 'en'] as const) {
      expect(message('ORGANISATION_NUMBER_CHECK_DIGIT', locale)).not.toBe(
        message('ORGANISATION_NUMBER_INVALID', locale),
      );
    }
  });
});

describe('validateSubmission — school years', () => {
  it('takes one or two of the round’s school years', () => {
    // Prepare
    const one = { ...complete(), schoolYears: ['2022-2023'], budget: [complete().budget![0]!] };
    const three = { ...complete(), schoolYears: ['2022-2023', '2023-2024', '2024-2025'] };
    const unknown = {
      ...complete(),
      schoolYears: ['2022-2023', '2021-2022'],
      budget: [complete().budget![0]!],
    };

    // Act
    const results = [issuesOf(one), issuesOf(three), issuesOf(unknown)];

    // Assess
    expect(results[0]).toEqual([]);
    expect(results[1]).toContainEqual({
      path: 'schoolYears',
      code: 'SCHOOL_YEARS_TOO_MANY',
      params: { max: 2 },
    });
    expect(results[1]).toContainEqual({
      path: 'schoolYears.2',
      code: 'SCHOOL_YEAR_UNKNOWN',
      params: { schoolYear: '2024-2025' },
    });
    expect(results[2]).toEqual([
      { path: 'schoolYears.1', code: 'SCHOOL_YEAR_UNKNOWN', params: { schoolYear: '2021-2022' } },
    ]);
  });

  it('refuses the same school year twice', () => {
    // Prepare
    const draft = {
      ...complete(),
      schoolYears: ['2022-2023', '2022-2023'],
      budget: [complete().budget![0]!],
    };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'schoolYears.1', code: 'SCHOOL_YEAR_DUPLICATE', params: { schoolYear: '2022-2023' } },
    ]);
  });
});

describe('validateSubmission — activity areas', () => {
  it('refuses an area outside the round’s catalogue', () => {
    // Prepare
    const draft = { ...complete(), activityAreas: [{ code: '6a', measure: 'Noe helt annet.' }] };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'activityAreas.0.code', code: 'ACTIVITY_AREA_UNKNOWN', params: { code: '6a' } },
    ]);
  });

  it('refuses a duplicate code and an area without a measure', () => {
    // Prepare
    const draft = {
      ...complete(),
      activityAreas: [
        { code: '3b', measure: 'Felles forestilling.' },
        { code: '3b', measure: 'Enda en.' },
        { code: '5a', measure: '  ' },
      ],
    };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'activityAreas.1.code', code: 'ACTIVITY_AREA_DUPLICATE', params: { code: '3b' } },
      { path: 'activityAreas.2.measure', code: 'ACTIVITY_AREA_MEASURE_REQUIRED', params: { code: '5a' } },
    ]);
  });
});

describe('validateSubmission — art subjects, target group, anchoring', () => {
  it('accepts the “other” text alone, refuses neither subject nor text', () => {
    // Prepare
    const otherOnly = { ...complete(), artSubjects: { subjects: [], other: 'Animasjon' } };
    const nothing = { ...complete(), artSubjects: { subjects: [], other: ' ' } };

    // Act
    const results = [issuesOf(otherOnly), issuesOf(nothing)];

    // Assess
    expect(results[0]).toEqual([]);
    expect(results[1]).toEqual([{ path: 'artSubjects', code: 'ART_SUBJECTS_REQUIRED' }]);
  });

  it('requires at least one expected pupil', () => {
    // Prepare
    const draft = { ...complete(), expectedPupils: 0 };

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([{ path: 'expectedPupils', code: 'EXPECTED_PUPILS_TOO_FEW', params: { min: 1 } }]);
  });

  it('requires a letter of intent even when the anchoring text is there', () => {
    // Prepare
    const draft = complete();

    // Act
    const issues = issuesOf(draft, { letterOfIntentCount: 0 }, oneLetterRound);

    // Assess
    expect(issues).toEqual([{ path: 'attachments', code: 'LETTER_OF_INTENT_REQUIRED' }]);
  });

  it('names each municipality and partner without a letter tied to it, when the round asks (ADR 098)', () => {
    // Prepare: letters for Os and Røros musikkorps (named with other spacing and case), one
    // untied letter, one for Dovre still being checked, one 'other' attachment for Røros
    const draft = complete();
    const letters = [
      letter({ municipality: '3430' }),
      letter({ partner: '  røros   Musikkorps ' }),
      { kind: 'letterOfIntent', status: 'ACCEPTED' } as const,
      { ...letter({ municipality: '3431' }), status: 'PENDING' } as const,
      { kind: 'other', party: { municipality: '5025' }, status: 'ACCEPTED' } as const,
    ];

    // Act
    const issues = issuesOf(draft, { letterOfIntentCount: 3, letters, pendingAttachmentCount: 1 });

    // Assess
    expect(issues).toEqual([
      {
        path: 'attachments',
        code: 'LETTER_OF_INTENT_MUNICIPALITY_MISSING',
        params: { municipality: 'Røros', number: '5025' },
      },
      {
        path: 'attachments',
        code: 'LETTER_OF_INTENT_MUNICIPALITY_MISSING',
        params: { municipality: 'Dovre', number: '3431' },
      },
      {
        path: 'attachments',
        code: 'LETTER_OF_INTENT_PARTNER_MISSING',
        params: { partner: 'Nord-Østerdal videregående skole' },
      },
      { path: 'attachments', code: 'ATTACHMENTS_PENDING', params: { count: 1 } },
    ]);
    expect(message('LETTER_OF_INTENT_MUNICIPALITY_MISSING', 'nn', issues[0]!.params)).toContain('Røros');
    expect(message('LETTER_OF_INTENT_PARTNER_MISSING', 'en', issues[2]!.params)).toContain(
      'Nord-Østerdal videregående skole',
    );
  });

  it('asks only for what the round configures: per municipality, per partner, or both', () => {
    // Prepare: letters for every municipality, none for the partners
    const draft = complete();
    const municipalities = ['3430', '5025', '3431'].map((municipality) => letter({ municipality }));
    const ctx = { letterOfIntentCount: 3, letters: municipalities };
    const perMunicipality = { ...round, anchoring: { letterPerMunicipality: true, letterPerPartner: false } };
    const perPartner = { ...round, anchoring: { letterPerMunicipality: false, letterPerPartner: true } };

    // Act + Assess
    expect(issuesOf(draft, ctx, perMunicipality)).toEqual([]);
    expect(codes(issuesOf(draft, ctx, perPartner))).toEqual([
      'LETTER_OF_INTENT_PARTNER_MISSING',
      'LETTER_OF_INTENT_PARTNER_MISSING',
    ]);
    expect(codes(issuesOf(draft, { letterOfIntentCount: 0 }, oneLetterRound))).toEqual([
      'LETTER_OF_INTENT_REQUIRED',
    ]);
  });
});

describe('validateSubmission — budget', () => {
  it('requires a budget for exactly each chosen school year', () => {
    // Prepare
    const missing = { ...complete(), budget: [complete().budget![0]!] };
    const notChosen = { ...complete(), schoolYears: ['2022-2023'] };
    const twice = { ...complete(), budget: [...complete().budget!, complete().budget![1]!] };

    // Act
    const results = [issuesOf(missing), issuesOf(notChosen), issuesOf(twice)];

    // Assess
    expect(results[0]).toEqual([
      { path: 'budget', code: 'BUDGET_SCHOOL_YEAR_MISSING', params: { schoolYear: '2023-2024' } },
    ]);
    expect(results[1]).toEqual([
      {
        path: 'budget.1.schoolYear',
        code: 'BUDGET_SCHOOL_YEAR_NOT_CHOSEN',
        params: { schoolYear: '2023-2024' },
      },
    ]);
    expect(results[2]).toEqual([
      {
        path: 'budget.2.schoolYear',
        code: 'BUDGET_SCHOOL_YEAR_DUPLICATE',
        params: { schoolYear: '2023-2024' },
      },
    ]);
  });

  it('requires cost lines with a description and an amount above zero', () => {
    // Prepare
    const draft = complete();
    draft.budget![0]!.costLines = [
      { description: '', amount: 0 },
      { description: 'Reise', amount: 1000 },
    ];
    draft.budget![1]!.costLines = [];

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      { path: 'budget.0.costLines.0.description', code: 'BUDGET_COST_DESCRIPTION_REQUIRED' },
      { path: 'budget.0.costLines.0.amount', code: 'BUDGET_COST_AMOUNT_NOT_POSITIVE' },
      {
        path: 'budget.0',
        code: 'BUDGET_FUNDING_EXCEEDS_COSTS',
        params: { schoolYear: '2022-2023', costs: 1000 },
      },
      { path: 'budget.1.costLines', code: 'BUDGET_COST_LINES_REQUIRED' },
    ]);
  });

  it('refuses own contribution + other funding above the costs, and a request of zero', () => {
    // Prepare
    const draft = complete();
    draft.budget![0]!.ownContribution = 300_000;
    draft.budget![0]!.otherFunding = 50_001; // costs 350 000
    draft.budget![1]!.ownContribution = 300_000;
    draft.budget![1]!.otherFunding = 20_000; // costs 320 000 → requested 0

    // Act
    const issues = issuesOf(draft);

    // Assess
    expect(issues).toEqual([
      {
        path: 'budget.0',
        code: 'BUDGET_FUNDING_EXCEEDS_COSTS',
        params: { schoolYear: '2022-2023', costs: 350_000 },
      },
      { path: 'budget.1', code: 'BUDGET_REQUESTED_NOT_POSITIVE', params: { schoolYear: '2023-2024' } },
    ]);
  });
});

describe('validateSubmission — contact', () => {
  it('accepts Norwegian phone numbers with or without +47 and spaces', () => {
    // Prepare
    const phones = ['91234567', '912 34 567', '+4791234567', '+47 912 34 567', '0047 22 33 44 55'];

    // Act
    const results = phones.map((phone) =>
      issuesOf({ ...complete(), contact: { ...complete().contact, phone } }),
    );

    // Assess
    expect(results).toEqual(phones.map(() => []));
  });

  it('refuses phone numbers that are not 8 digits, and malformed e-mail addresses', () => {
    // Prepare
    const phones = ['1234567', '+46 91234567', '9123456a', '912345678'];
    const emails = ['kari', 'kari@', 'kari@kommune', 'kari nordmann@os.kommune.no'];

    // Act
    const phoneCodes = phones.map((phone) =>
      codes(issuesOf({ ...complete(), contact: { ...complete().contact, phone } })),
    );
    const emailCodes = emails.map((email) =>
      codes(issuesOf({ ...complete(), contact: { ...complete().contact, email } })),
    );

    // Assess
    expect(phoneCodes).toEqual(phones.map(() => ['CONTACT_PHONE_INVALID']));
    expect(emailCodes).toEqual(emails.map(() => ['CONTACT_EMAIL_INVALID']));
  });
});

describe('budgetSummary', () => {
  it('sums costs per school year and derives requested = costs − own contribution − other funding', () => {
    // Prepare
    const budget = complete().budget;

    // Act
    const summary = budgetSummary(budget);

    // Assess
    expect(summary).toEqual({
      perSchoolYear: [
        {
          schoolYear: '2022-2023',
          costs: 350_000,
          ownContribution: 100_000,
          otherFunding: 0,
          requested: 250_000,
        },
        {
          schoolYear: '2023-2024',
          costs: 320_000,
          ownContribution: 120_000,
          otherFunding: 20_000,
          requested: 180_000,
        },
      ],
      total: { costs: 670_000, ownContribution: 220_000, otherFunding: 20_000, requested: 430_000 },
    });
  });

  it('gives zeros for no budget and counts missing figures as zero', () => {
    // Prepare
    const partial = [{ schoolYear: '2022-2023', costLines: [{ amount: 1000 }, {}] }];

    // Act
    const summaries = [budgetSummary(undefined), budgetSummary(partial)];

    // Assess
    expect(summaries[0]).toEqual({
      perSchoolYear: [],
      total: { costs: 0, ownContribution: 0, otherFunding: 0, requested: 0 },
    });
    expect(summaries[1]!.total).toEqual({
      costs: 1000,
      ownContribution: 0,
      otherFunding: 0,
      requested: 1000,
    });
  });
});

describe('validateDraft', () => {
  it('accepts an empty draft and partial data', () => {
    // Prepare
    const drafts = [
      {},
      { title: 'Halvferdig' },
      { contact: { email: 'kari@os.kommune.no' }, artSubjects: { other: 'Film' } },
    ];

    // Act
    const results = drafts.map(validateDraft);

    // Assess
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it('refuses unknown keys at any depth, each with its path and name, instead of dropping them', () => {
    // Prepare
    const input = {
      title: 'Prosjekt',
      requestedAmount: 1_000_000,
      contact: { name: 'Kari', admin: true },
      budget: [
        {
          schoolYear: 'x',
          costLines: [{ description: 'a', amount: 1, belop: 2 }],
          ownContribution: 0,
          otherFunding: 0,
        },
      ],
    };

    // Act
    const result = validateDraft(input);

    // Assess
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'budget.0.costLines.0.belop', code: 'FIELD_UNKNOWN', params: { field: 'belop' } },
        { path: 'contact.admin', code: 'FIELD_UNKNOWN', params: { field: 'admin' } },
        { path: 'requestedAmount', code: 'FIELD_UNKNOWN', params: { field: 'requestedAmount' } },
      ],
    });
  });

  it('refuses wrong types, with dot-joined paths and stable codes', () => {
    // Prepare
    const input = {
      title: 42,
      expectedPupils: 2.5,
      partnerMunicipalities: ['301'],
      partners: [{ type: 'church', name: 'X' }, { name: 'Y' }],
      artSubjects: { subjects: ['painting'] },
      budget: [
        {
          schoolYear: '2022-2023',
          costLines: [{ description: 'Reise', amount: -5 }],
          ownContribution: 0,
          otherFunding: 0,
        },
      ],
    };

    // Act
    const result = validateDraft(input);

    // Assess
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: 'title', code: 'FIELD_INVALID_TYPE', params: { expected: 'string' } },
      { path: 'partnerMunicipalities.0', code: 'FORMAT_INVALID', params: { format: 'regex' } },
      { path: 'partners.0.type', code: 'VALUE_NOT_ALLOWED' },
      { path: 'partners.1.type', code: 'FIELD_REQUIRED' },
      { path: 'artSubjects.subjects.0', code: 'VALUE_NOT_ALLOWED' },
      { path: 'expectedPupils', code: 'NUMBER_NOT_INTEGER' },
      // A minus sign is its own mistake (one message per rule), not 'a whole number' nor 'at least 0'
      { path: 'budget.0.costLines.0.amount', code: 'NUMBER_NEGATIVE' },
    ]);
  });

  it('refuses text beyond the maximum length and lists that are too long', () => {
    // Prepare
    const input = { title: 'x'.repeat(201), schoolYears: Array.from({ length: 11 }, () => '2022-2023') };

    // Act
    const result = validateDraft(input);

    // Assess
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'title', code: 'TEXT_TOO_LONG', params: { max: 200 } },
        { path: 'schoolYears', code: 'LIST_TOO_LONG', params: { max: 10 } },
      ],
    });
  });

  it('refuses something that is not an object at all', () => {
    // Prepare
    const inputs = [null, 'draft', []];

    // Act
    const results = inputs.map(validateDraft);

    // Assess
    expect(results.map((result) => result.ok)).toEqual([false, false, false]);
    expect(applicationDraftSchema.safeParse({}).success).toBe(true);
  });
});

describe('issuesFromZod', () => {
  it('maps any schema’s errors to catalogue codes, missing fields as FIELD_REQUIRED', () => {
    // Prepare
    const schema = z.strictObject({ email: z.email(), roundId: z.string().min(1), count: z.number().max(3) });

    // Act
    const parsed = schema.safeParse({ email: 'nope', count: 4, extra: 1 });

    // Assess
    expect(parsed.success).toBe(false);
    expect(issuesFromZod(parsed.error!)).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'FORMAT_INVALID', params: { format: 'email' } },
        { path: 'roundId', code: 'FIELD_REQUIRED' },
        { path: 'count', code: 'NUMBER_TOO_LARGE', params: { max: 3 } },
        { path: 'extra', code: 'FIELD_UNKNOWN', params: { field: 'extra' } },
      ]),
    );
  });
});
