/**
 * The secretariat's sign-in (ADR 093): an allow-listed address gets a link by e-mail, good once
 * for an hour; the link's token is exchanged for a short session; sign-out ends it. An address
 * not on the list gets the very same answer and no mail, so the answer tells nobody who is staff.
 */
import { ulid } from 'ulid';
import { normaliseEmail } from '../auth/email.ts';
import {
  isStaffAddress,
  signStaffLinkToken,
  signStaffSessionToken,
  STAFF_SESSION,
  verifyStaffLinkToken,
} from '../auth/staff.ts';
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import * as errors from '../errors.ts';
import { isLocale, type Locale } from '../i18n/locale.ts';
import { sendMail } from '../mail/ses.ts';
import { staffSignInMail } from '../mail/templates.ts';
import { createStaffLink, createStaffSession, useStaffLink } from '../storage/staff.ts';
import { limitIp, limitMailbox } from '../submission/limits.ts';

/** The console's sign-in page in the web app: the link's token rides in the fragment. */
export const STAFF_SIGN_IN_PATH = '/sekretariat/logg-inn';

const addHours = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000);

/**
 * An address → a sign-in link by e-mail if it is on the allow-list; nothing otherwise. Counted
 * per IP and per mailbox either way (ADR 085), so a flood is refused alike for both.
 */
export async function requestStaffLink(
  input: { email: string; locale?: Locale | undefined },
  callerLocale: Locale,
  sourceIp: string,
): Promise<void> {
  await limitIp('staff-ip', sourceIp);
  const email = input.email.trim();
  await limitMailbox(email, 'staff-mailbox');
  if (!isStaffAddress(email)) return;
  const now = clock.now();
  const locale = input.locale ?? callerLocale;
  const expiresAt = addHours(now, STAFF_SESSION.linkHours);
  const linkId = ulid();
  await createStaffLink({ linkId, email, locale }, expiresAt);
  const token = await signStaffLinkToken(linkId, expiresAt);
  const link = `${requireEnv(ENV.webBaseUrl)}${STAFF_SIGN_IN_PATH}#token=${encodeURIComponent(token)}`;
  const mail = staffSignInMail({
    locale,
    link,
    validHours: STAFF_SESSION.linkHours,
    idleMinutes: STAFF_SESSION.idleMinutes,
    maxHours: STAFF_SESSION.maxHours,
  });
  await sendMail({ from: requireEnv(ENV.staffMailFrom), to: email, ...mail });
}

/**
 * A sign-in link's token → a staff session, once (UNAUTHORIZED for a forged, expired or used
 * link, and for an address taken off the list since the link was sent).
 */
export async function openStaffSession(linkToken: string, sourceIp: string) {
  await limitIp('staff-ip', sourceIp);
  const linkId = await verifyStaffLinkToken(linkToken);
  const now = clock.now();
  const link = await useStaffLink(linkId, now);
  if (!link || !isStaffAddress(link.email)) throw errors.unauthorized();
  const sessionId = ulid();
  const expiresAt = addHours(now, STAFF_SESSION.maxHours);
  const email = normaliseEmail(link.email);
  await createStaffSession({ sessionId, email }, now, expiresAt);
  return {
    accessToken: await signStaffSessionToken(sessionId, expiresAt),
    email,
    expiresAt: expiresAt.toISOString(),
    idleMinutes: STAFF_SESSION.idleMinutes,
    locale: isLocale(link.locale) ? link.locale : ('nb' as Locale),
  };
}
