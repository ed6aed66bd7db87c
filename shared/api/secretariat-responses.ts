/**
 * What the secretariat console's API answers (ADR 093–094): the response schemas of the
 * OpenAPI document, checked against every answer the integration tests receive, and the web
 * console's types (`web/src/features/console/`). They describe `shared/secretariat/`.
 */
import * as z from 'zod';

const instant = z.iso.datetime();

/** POST /staff/sign-in: the same answer for every address. */
export const staffSignInResponse = z.object({ status: z.literal('sent') });

/** POST /staff/sessions and GET /staff/session: the signed-in staff member and their session. */
export const staffSession = z.object({
  /** The bearer token of every staff request (POST /staff/sessions only). */
  accessToken: z.string().optional(),
  /** The allow-listed address: the staff member's identity in the audit trail. */
  email: z.string(),
  /** When the session ends at the latest (it ends sooner after `idleMinutes` without a request). */
  expiresAt: instant,
  idleMinutes: z.int(),
});
