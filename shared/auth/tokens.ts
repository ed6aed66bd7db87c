import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import * as errors from '../errors.ts';
import * as clock from '../clock.ts';
import { signingKey } from './signing-key.ts';

/** Every token's issuer, checked on verification. */
export const TOKEN_ISSUER = 'inkluderende-kulturskoler';
/** The one algorithm tokens are signed and verified with (an HMAC key held in AWS, ADR 011). */
export const TOKEN_ALGORITHM = 'HS256';

/**
 * Applicant tokens. A *link* token travels in the magic-link e-mail (in the URL fragment, so
 * it never reaches a server log) and is only good for POST /sessions, which answers a
 * *session* token for the API. Both are scoped to one application.
 */
export const TOKEN_LIFETIME_HOURS = { link: 24, session: 12 } as const;
type Purpose = keyof typeof TOKEN_LIFETIME_HOURS;
/** Each purpose its own audience: a magic link's token is not a session (RFC 8725 §3.9). */
export const applicantAudience = (purpose: Purpose) => `applicant-${purpose}`;

/** Issue and expiry times follow the clock (ADR 075), not jose's own `new Date()`. */
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export interface ApplicantClaims {
  applicationId: string;
  email: string;
  expiresAt: string;
}

async function sign(purpose: Purpose, applicationId: string, email: string): Promise<string> {
  const now = clock.now();
  return new SignJWT({ email })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(applicantAudience(purpose))
    .setSubject(applicationId)
    .setIssuedAt(epochSeconds(now))
    .setExpirationTime(epochSeconds(now) + TOKEN_LIFETIME_HOURS[purpose] * 3600)
    .sign(await signingKey());
}

export const signLinkToken = (applicationId: string, email: string) => sign('link', applicationId, email);
export const signSessionToken = (applicationId: string, email: string) =>
  sign('session', applicationId, email);

/** Verifies a token for its purpose; expired, tampered or wrong-purpose tokens → UNAUTHORIZED. */
export async function verifyApplicantToken(token: string, purpose: Purpose): Promise<ApplicantClaims> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), {
      issuer: TOKEN_ISSUER,
      audience: applicantAudience(purpose),
      algorithms: [TOKEN_ALGORITHM],
      currentDate: clock.now(),
    });
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.email !== 'string' ||
      typeof payload.exp !== 'number'
    ) {
      throw errors.unauthorized();
    }
    return {
      applicationId: payload.sub,
      email: payload.email,
      expiresAt: new Date(payload.exp * 1000).toISOString(),
    };
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) throw errors.unauthorized();
    throw error;
  }
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
  return new SignJWT({ committee: claims.committee, round: claims.roundId })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(REVIEW_AUDIENCE)
    .setSubject(claims.memberId)
    .setJti(claims.linkId)
    .setIssuedAt(epochSeconds(clock.now()))
    .setExpirationTime(epochSeconds(new Date(claims.expiresAt)))
    .sign(await signingKey());
}

/** Verifies a review link's signature, audience and expiry; anything else → REVIEW_LINK_INVALID. */
export async function verifyReviewToken(token: string): Promise<ReviewClaims> {
  try {
    const { payload } = await jwtVerify(token, await signingKey(), {
      issuer: TOKEN_ISSUER,
      audience: REVIEW_AUDIENCE,
      algorithms: [TOKEN_ALGORITHM],
      currentDate: clock.now(),
    });
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
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) throw errors.reviewLinkInvalid();
    throw error;
  }
}
