/**
 * GET /rounds/{roundId}/awards.json: a round's awards as open data (ADR 101;
 * shared/opendata/awards.ts). Read by the OpenAPI document and the contract tests only.
 */
import * as z from 'zod';

const municipality = z.object({
  number: z.string().describe("SSB's kommunenummer, four digits"),
  name: z.string(),
  countyNumber: z.string().describe("SSB's fylkesnummer, two digits"),
  countyName: z.string(),
});

export const openAwardsResponse = z.object({
  roundId: z.string(),
  round: z.string(),
  publisher: z.string(),
  licence: z.object({ name: z.string(), url: z.string() }),
  /** The announcement date (an instant). */
  announced: z.string(),
  currency: z.literal('NOK'),
  /** Which municipality division the numbers are from ('2020-2023' or '2024'). */
  municipalityDivision: z.string(),
  schoolYears: z.array(z.string()),
  awards: z.array(
    z.object({
      caseNumber: z.string(),
      title: z.string(),
      leadMunicipality: municipality,
      partnerMunicipalities: z.array(municipality),
      counties: z.array(z.object({ number: z.string(), name: z.string() })),
      activityAreas: z.array(z.object({ code: z.string(), area: z.string(), title: z.string() })),
      artSubjects: z.array(z.object({ code: z.string(), label: z.string() })),
      amounts: z.array(z.object({ schoolYear: z.string(), amount: z.int() })),
      total: z.int(),
    }),
  ),
  total: z.int(),
});
