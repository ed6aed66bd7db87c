/** Partners (samarbeidsparter) of an application and the Norwegian organisation number. */
import type { LocalizedText } from './text.ts';

export const PARTNER_TYPES = [
  'upperSecondarySchool',
  'folkHighSchool',
  'higherEducation',
  'professionalArts',
  'voluntaryOrganisation',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const partnerTypeLabels: Readonly<Record<PartnerType, LocalizedText>> = {
  upperSecondarySchool: {
    nb: 'Videregående skole (også MDD/KDA)',
    nn: 'Vidaregåande skule (også MDD/KDA)',
    en: 'Upper-secondary school (including MDD/KDA programmes)',
  },
  folkHighSchool: { nb: 'Folkehøgskole', nn: 'Folkehøgskule', en: 'Folk high school' },
  higherEducation: {
    nb: 'Universitet eller høgskole (UH-sektoren)',
    nn: 'Universitet eller høgskule (UH-sektoren)',
    en: 'University or university college',
  },
  professionalArts: {
    nb: 'Profesjonell kunstinstitusjon eller kunstner',
    nn: 'Profesjonell kunstinstitusjon eller kunstnar',
    en: 'Professional arts institution or artist',
  },
  voluntaryOrganisation: {
    nb: 'Frivillig organisasjon',
    nn: 'Frivillig organisasjon',
    en: 'Voluntary organisation',
  },
  other: { nb: 'Annen samarbeidspart', nn: 'Annan samarbeidspart', en: 'Other partner' },
};

const ORGANISATION_NUMBER_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Removes the spaces people type into an organisation number ('974 760 673' → '974760673'). */
export function normaliseOrganisationNumber(input: string): string {
  return input.replace(/\s+/g, '');
}

/**
 * Brønnøysund organisation number: nine digits, the last a modulus-11 check digit over the
 * first eight with weights 3,2,7,6,5,4,3,2. Remainder 0 → check digit 0; remainder 1 → no
 * valid number; otherwise 11 − remainder. Spaces in the input are allowed.
 */
export function isValidOrganisationNumber(s: string): boolean {
  const digits = normaliseOrganisationNumber(s);
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (const [index, weight] of ORGANISATION_NUMBER_WEIGHTS.entries()) sum += Number(digits[index]) * weight;
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(digits[8]);
}
