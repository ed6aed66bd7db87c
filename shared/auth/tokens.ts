import * as errors from '../errors.ts';
import * as clock from '../clock.ts';
import type { ApplicationRecord } from '../storage/items.ts';
import { signJwt, unverifiedHeader, verifyJwt, type JwtPayload } from './jws.ts';
import { signingKeyFor, verificationKeyFor, type KeyAudience } from './signing-key.ts';

export { TOKEN_ALGORITHM } from './jws.ts';

/** Every token's issuer, checked on verification. */
export const TOKEN_ISSUER = 'inkluderende-kulturskoler';

/**
 * Applicant tokens (ADR 086). A *link* token travels in the magic-link e-mail (in the URL
 * fragment, so it never reaches a server log); it names only its link's record (`jti`), is
 * good once, for POST /sessions, and lives one hour. The *session* token it is exchanged for
 * names the application (`sub`) and its session's record (`jti`), which sign-out revokes. No
 * token carries an e-mail address: the address stays in the table.
 */
export const TOKEN_LIFETIME_HOURS = { link: 1, session: 12 } as const;
type Purpose = keyof typeof TOKEN_LIFETIME_HOURS;
/** Each purpose its own audience: a magic link's token is not a session (RFC 8725 §3.9). */
export const applicantAudience = (purpose: Purpose) => `applicant-${purpose}`;

/** Issue and expiry times follow the clock (ADR 075). */
export const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * A token for `audience` (its `aud`), signed with the current key of `keyAudience`: the key's
 * `kid` in the header, the portal as issuer, issued now and good until `expiresAt`.
 */
export async function signWith(
  keyAudience: KeyAudience,
  audience: string,
  expiresAt: Date,
  claims: JwtPayload,
): Promise<string> {
  const exp = epochSeconds(expiresAt);
  if (!Number.isFinite(exp)) throw new TypeError('A token needs a valid expiry');
  const { kid, key } = await signingKeyFor(keyAudience);
  return signJwt(key, kid, {
    ...claims,
    aud: audience,
    iat: epochSeconds(clock.now()),
    exp,
    iss: TOKEN_ISSUER,
  });
}

/**
 * Verifies a token with the key its header's `kid` names in `keyAudience`'s keys (a kid not
 * in the set, or none: refused), its issuer, audience and expiry; any failure → `refused()`.
 */
export async function verifyWith(
  keyAudience: KeyAudience,
  token: string,
  audience: string,
  refused: () => errors.DomainError,
): Promise<JwtPayload> {
  const kid = unverifiedHeader(token)?.kid;
  const key = typeof kid === 'string' ? await verificationKeyFor(keyAudience, kid) : undefined;
  if (!key) throw refused();
  const now = epochSeconds(clock.now());
  const payload = await verifyJwt(token, key, { issuer: TOKEN_ISSUER, audience, now });
  if (!payload) throw refused();
  return payload;
}

export interface LinkClaims {
  linkId: string;
  expiresAt: string;
}

export interface SessionClaims {
  applicationId: string;
  sessionId: string;
  expiresAt: string;
}

/**
 * Who is signed in to an application (ADR 096): its owner, or one of its co-editors — the slot
 * they hold and the invitation that gave it (a removed co-editor's slot no longer names it).
 */
export type Actor = { role: 'owner' } | { role: 'coeditor'; slot: number; coeditorId: string };

/**
 * The signed-in applicant as the HTTP wrapper hands it to a route: a checked session, who it
 * is, and the application's item as it was read with the session (undefined if there is none):
 * a route that needs the item takes it from here rather than read it again (ADR 121).
 */
export type ApplicantClaims = SessionClaims & {
  readonly actor: Actor;
  readonly application: ApplicationRecord | undefined;
};

/** A magic link's token: its record's id, nothing else. */
export const signLinkToken = (linkId: string, expiresAt: Date) =>
  signWith('applicant', applicantAudience('link'), expiresAt, { jti: linkId });

/** A session's token: the application and the session's record. */
export const signSessionToken = (applicationId: string, sessionId: string, expiresAt: Date) =>
  signWith('applicant', applicantAudience('session'), expiresAt, { sub: applicationId, jti: sessionId });

/** A magic link's token (signature, kid, audience, expiry); anything else → UNAUTHORIZED. */
export async function verifyLinkToken(token: string): Promise<LinkClaims> {
  const { jti, exp } = await verifyWith('applicant', token, applicantAudience('link'), errors.unauthorized);
  if (typeof jti !== 'string' || typeof exp !== 'number') throw errors.unauthorized();
  return { linkId: jti, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * A session token's signature, kid, audience and expiry; anything else → UNAUTHORIZED. Whether
 * the session still holds (not signed out) is its record's: `verifySession` (./sessions.ts).
 */
export async function verifySessionToken(token: string): Promise<SessionClaims> {
  const { sub, jti, exp } = await verifyWith(
    'applicant',
    token,
    applicantAudience('session'),
    errors.unauthorized,
  );
  if (typeof sub !== 'string' || typeof jti !== 'string' || typeof exp !== 'number') {
    throw errors.unauthorized();
  }
  return { applicationId: sub, sessionId: jti, expiresAt: new Date(exp * 1000).toISOString() };
}

/**
 * Review links: a committee member's signed link, scoped to member + committee + round, with
 * the link's id (`jti`) that the table records as issued or revoked. It expires at the stage's
 * deadline. Travels in the URL fragment of the review page and then as a bearer token.
 */
export const REVIEW_AUDIENCE = 'review';

export interface ReviewClaims {
  memberId: string;
  committee: string;
  roundId: string;
  linkId: string;
  expiresAt: string;
}

export async function signReviewToken(claims: ReviewClaims): Promise<string> {
  return signWith('review', REVIEW_AUDIENCE, new Date(claims.expiresAt), {
    committee: claims.committee,
    round: claims.roundId,
    sub: claims.memberId,
    jti: claims.linkId,
  });
}

/** Verifies a review link's signature, audience and expiry; anything else → REVIEW_LINK_INVALID. */
export async function verifyReviewToken(token: string): Promise<ReviewClaims> {
  const payload = await verifyWith('review', token, REVIEW_AUDIENCE, errors.reviewLinkInvalid);
  const { sub, jti, exp, committee, round } = payload;
  if (
    typeof sub !== 'string' ||
    typeof jti !== 'string' ||
    typeof exp !== 'number' ||
    typeof committee !== 'string' ||
    typeof round !== 'string'
  ) {
    throw errors.reviewLinkInvalid();
  }
  return {
    memberId: sub,
    committee,
    roundId: round,
    linkId: jti,
    expiresAt: new Date(exp * 1000).toISOString(),
  };
}
