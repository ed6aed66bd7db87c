import type { ApplicationDraft } from '../../shared/domain/application.ts';

/**
 * A complete application for the demo round (2024 division): every rule of the scheme met
 * except the letter of intent, which is an attachment.
 */
export function completeDraft(
  schoolYears: string[],
  overrides: Partial<ApplicationDraft> = {},
): ApplicationDraft {
  return {
    title: 'Fordypning for alle i Osloregionen',
    leadMunicipality: '0301',
    partnerMunicipalities: ['3301', '4601'],
    partners: [
      { type: 'upperSecondarySchool', name: 'Foss videregående skole', organisationNumber: '974760673' },
      { type: 'voluntaryOrganisation', name: 'Drammen musikkorps' },
    ],
    schoolYears,
    activityAreas: [
      { code: '1a', measure: 'Et fast fordypningstilbud i musikk og dans for elever i alle tre kommunene.' },
      { code: '4b', measure: 'Digitale konserter som formidler elevenes arbeid til hele regionen.' },
    ],
    artSubjects: { subjects: ['music', 'dance'], other: 'Elektronisk musikkproduksjon' },
    targetGroup: 'Elever i alderen 12–19 år med særlig interesse og motivasjon.',
    expectedPupils: 45,
    anchoring: 'Vedtatt i alle tre kommunestyrene; intensjonsavtaler er signert av rektorene.',
    sustainability: 'Tilbudet videreføres i kommunenes ordinære budsjetter fra 2024.',
    budget: schoolYears.map((schoolYear) => ({
      schoolYear,
      costLines: [
        { description: 'Lærerressurser', amount: 400_000 },
        { description: 'Reise og samlinger', amount: 100_000 },
      ],
      ownContribution: 150_000,
      otherFunding: 50_000,
    })),
    contact: { name: 'Kari Nordmann', email: 'kari.nordmann@example.no', phone: '+47 912 34 567' },
    ...overrides,
  };
}

/** The magic link's token from an e-mail body (`…/sign-in#token=<token>`). */
export function tokenFromMail(text: string): string {
  const match = /sign-in#token=([^\s"<&]+)/.exec(text);
  if (!match) throw new Error(`No magic link in mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}
