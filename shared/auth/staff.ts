/**
 * The secretariat's staff (ADR 093): who may sign in to the console, their tokens and their
 * session as every staff request checks it.
 *
 * - The allow-list is configuration (`STAFF_EMAILS`: the deploy configuration's `staff.emails`,
 *   a local default for `npm start`), read on every check: an address taken off the list loses
 *   its session at its next request, not when the session would have expired.
 * - A sign-in link's token names only its record (`jti` → `STAFF#LINK#<id>`), audience
 *   `staff-link`, good once for an hour; the session token names its record (`jti` →
 *   `STAFF#SESSION#<id>`), audience `staff-session`. Both are signed with the `staff` key, derived
 *   from the key set like every audience's (ADR 086), so no applicant's or member's token can
 *   ever pass as a staff member's. No token carries the address.
 * - A session ends after STAFF_SESSION.idleMinutes without a request, after maxHours in any
 *   case, or at sign-out.
 */
import * as clock from '../clock.ts';
import { ENV } from '../config/env.ts';
import * as errors from '../errors.ts';
import type { AuditActor } from '../storage/audit.ts';
import { getStaffSession, revokeStaffSession, touchStaffSession } from '../storage/staff.ts';
import { normaliseEmail } from './email.ts';
import { signWith, verifyWith } from './tokens.ts';

/** A staff sign-in: the link's life, the session's idle limit and longest life (ADR 093). */
export const STAFF_SESSION = {
  linkHours: 1,
  idleMinutes: 120,
  maxHours: 8,
  /** The session's `lastSeenAt` is moved on at most this often (one write per few minutes of use). */
  touchMinutes: 5,
} as const;

export const staffAudience = (purpose: 'link' | 'session') => `staff-${purpose}`;

/** The allow-list of this deployment, normalised (case and surrounding space). */
export function staffAllowList(): ReadonlySet<string> {
  const listed = (process.env[ENV.staffEmails] ?? '').split(/[\s,;]+/).filter(Boolean);
  return new Set(listed.map(normaliseEmail));
}

export const isStaffAddress = (email: string) => staffAllowList().has(normaliseEmail(email));

/** The signed-in staff member as the HTTP wrapper hands it to a route. */
export interface StaffMember {
  /** The address on the allow-list, normalised: the staff member's identity in the audit trail. */
  email: string;
  sessionId: string;
  /** When the session ends at the latest (ISO). */
  expiresAt: string;
  actor: AuditActor;
}

export const signStaffLinkToken = (linkId: string, expiresAt: Date) =>
  signWith('staff', staffAudience('link'), expiresAt, { jti: linkId });

export const signStaffSessionToken = (sessionId: string, expiresAt: Date) =>
  signWith('staff', staffAudience('session'), expiresAt, { jti: sessionId });

/** A staff link's token (signature, kid, audience, expiry) → its record's id; else UNAUTHORIZED. */
export async function verifyStaffLinkToken(token: string): Promise<string> {
  const { jti } = await verifyWith('staff', token, staffAudience('link'), errors.unauthorized);
  if (typeof jti !== 'string') throw errors.unauthorized();
  return jti;
}

/**
 * A staff request's caller: the session token (signature, kid, audience, expiry), its record
 * (there, not signed out, used within the idle limit) and the address still on the allow-list.
 * Anything else → UNAUTHORIZED.
 */
export async function authenticateStaff(token: string): Promise<StaffMember> {
  const { jti, exp } = await verifyWith('staff', token, staffAudience('session'), errors.unauthorized);
  if (typeof jti !== 'string' || typeof exp !== 'number') throw errors.unauthorized();
  const session = await getStaffSession(jti);
  const now = clock.now();
  if (!session || session.revokedAt || !isStaffAddress(session.email)) throw errors.unauthorized();
  const idleSince = Date.parse(session.lastSeenAt);
  if (now.getTime() - idleSince >= STAFF_SESSION.idleMinutes * 60_000) throw errors.unauthorized();
  if (now.getTime() - idleSince >= STAFF_SESSION.touchMinutes * 60_000) {
    await touchStaffSession(jti, now, new Date(now.getTime() - STAFF_SESSION.touchMinutes * 60_000));
  }
  const email = normaliseEmail(session.email);
  return {
    email,
    sessionId: jti,
    expiresAt: new Date(exp * 1000).toISOString(),
    actor: { kind: 'staff', id: email },
  };
}

/** Sign-out: the session ends on the server; its token is refused from now on. */
export const endStaffSession = (staff: StaffMember) => revokeStaffSession(staff.sessionId, clock.now());
