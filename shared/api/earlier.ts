/**
 * GET /applications/{applicationId}/earlier (ADR 100): the signed-in owner's applications in
 * other rounds, which the new draft can be prefilled from (POST …/prefill). Named in
 * responses.ts.
 */
import * as z from 'zod';
import { APPLICANT_STAGES } from '../domain/stages.ts';

export const earlierApplication = z.object({
  applicationId: z.string(),
  roundId: z.string(),
  /** The project's name, if it had one. */
  title: z.string().optional(),
  leadMunicipality: z.string().optional(),
  partnerMunicipalities: z.array(z.string()),
  stage: z.enum(APPLICANT_STAGES),
  /** When it was submitted (absent for a draft, or one withdrawn before submission). */
  submittedAt: z.iso.datetime().optional(),
  updatedAt: z.iso.datetime(),
});

export const earlierApplicationsResponse = z.object({ applications: z.array(earlierApplication) });
