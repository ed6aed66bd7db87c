/** The public awards page's call: a round's announced awards. */
import { call, type Answer } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';

export type AwardsAnswer = Answer<'GET /rounds/{roundId}/awards'>;
export type MunicipalityRef = AwardsAnswer['awards'][number]['leadMunicipality'];

/** GET /rounds/{roundId}/awards: nothing until the round is announced. */
export const roundAwards = (roundId: string, locale: Locale, signal?: AbortSignal) =>
  call('GET /rounds/{roundId}/awards', { roundId }, { locale, signal });
