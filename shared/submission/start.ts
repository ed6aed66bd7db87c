/**
 * Starting an application and signing in (ADR 010–012): an e-mail address and a lead
 * municipality get a magic link; the link's token is exchanged for a session.
 */
import { ulid } from 'ulid';
import { emailHash } from '../auth/email.ts';
import {
  signLinkToken,
  signSessionToken,
  TOKEN_LIFETIME_HOURS,
  verifyLinkToken,
  verifySessionToken,
} from '../auth/tokens.ts';
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { findRound, type RoundSchedule } from '../domain/rounds/index.ts';
import { applicationPeriodState } from '../domain/time.ts';
import * as errors from '../errors.ts';
import type { Locale } from '../i18n/index.ts';
import { isLocale } from '../i18n/locale.ts';
import { magicLinkMail } from '../mail/templates.ts';
import { sendMail } from '../mail/ses.ts';
import { effectiveRound } from '../review/schedule.ts';
import { createApplication, findOwnedApplication, getApplication } from '../storage/applications.ts';
import { isConditionFailed } from '../storage/dynamo.ts';
import {
  claimApplicationId,
  createMagicLink,
  createSession,
  useMagicLink,
  type MagicLinkRecord,
} from '../storage/sessions.ts';
import { markCoeditorJoined } from '../storage/coeditors.ts';
import {
  applicationsNaming,
  assertStillCoeditor,
  coeditedApplication,
  existingApplications,
} from './coeditors.ts';
import { limitIp, limitMailbox } from './limits.ts';

export interface StartRequest {
  email: string;
  roundId: string;
  leadMunicipality: string;
  locale?: Locale | undefined;
}

const hoursFrom = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000);

/**
 * E-mail + lead municipality → a magic link by e-mail, good once for an hour (ADR 086). The
 * link's record holds the request; the draft is created when the link is used, not before, so
 * an address nobody signs in with is never kept beyond the link's TTL. The caller learns
 * nothing about whether the address was known. Until the period's effective close; within the
 * limits per mailbox and per IP address (./limits.ts).
 */
export async function requestMagicLink(
  input: StartRequest,
  callerLocale: Locale,
  sourceIp: string,
): Promise<{ linkId: string; existing: ReturnType<typeof existingApplications> }> {
  await limitIp('start-ip', sourceIp);
  const round = findRound(input.roundId);
  if (!round) throw errors.validation([{ path: 'roundId', code: 'ROUND_NOT_FOUND' }]);
  if (!findMunicipality(round.division, input.leadMunicipality)) {
    throw errors.validation([
      { path: 'leadMunicipality', code: 'MUNICIPALITY_UNKNOWN', params: { number: input.leadMunicipality } },
    ]);
  }
  const now = clock.now();
  const closed = applicationPeriodState(await effectiveRound(round), now) === 'closed';
  // After the close an applicant still signs in to the application they have (to read its
  // status, receipt and outcome); only a new draft is refused.
  const ownedAfterClose = closed
    ? await findOwnedApplication(emailHash(input.email.trim()), round.id, input.leadMunicipality)
    : undefined;
  if (closed && !ownedAfterClose) throw errors.periodClosed();

  // Counted per mailbox (case and +tag folded), delivered to the address as typed (ADR 085).
  const email = input.email.trim();
  await limitMailbox(email);

  const locale = input.locale ?? callerLocale;
  const expiresAt = hoursFrom(now, TOKEN_LIFETIME_HOURS.link);
  // The applications already naming the municipality (ADR 097): a co-editor of one signs into
  // it; everyone is told of them alike, whoever the address is.
  const named = await applicationsNaming(round.id, input.leadMunicipality);
  const coedited =
    ownedAfterClose || (await findOwnedApplication(emailHash(email), round.id, input.leadMunicipality))
      ? undefined
      : await coeditedApplication(email, named);
  const applicationId =
    ownedAfterClose ??
    coedited?.applicationId ??
    (await applicationIdFor(email, round.id, input.leadMunicipality, expiresAt, now));
  const linkId = ulid();
  await createMagicLink(
    {
      linkId,
      email,
      roundId: round.id,
      leadMunicipality: input.leadMunicipality,
      locale,
      applicationId,
      ...(coedited ? { coeditor: coedited.coeditor } : {}),
    },
    expiresAt,
  );
  const token = await signLinkToken(linkId, expiresAt);
  const link = `${requireEnv(ENV.webBaseUrl)}/sign-in#token=${encodeURIComponent(token)}`;
  const mail = magicLinkMail({ locale, round, link, validHours: TOKEN_LIFETIME_HOURS.link });
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: email,
    ...mail,
    about: { mail: 'magic-link', round: round.id, application: applicationId },
  });
  return { linkId, existing: existingApplications(named) };
}

/**
 * A sign-in link for one application, to the address that owns it (issue 9 point 6: a mail's
 * "see the application" opened in a browser without a session). The caller gets the same
 * answer whether or not the application exists, and learns no address; the mail goes only to
 * the owner, within the limits per IP address and per mailbox (a mailbox over its limit is
 * skipped silently, so the answer tells nothing). Works after the period closed: the
 * application exists.
 */
export async function requestApplicationSignIn(
  applicationId: string,
  callerLocale: Locale,
  sourceIp: string,
): Promise<void> {
  await limitIp('start-ip', sourceIp);
  const application = await getApplication(applicationId);
  const round = application ? findRound(application.roundId) : undefined;
  if (!application || !round) return;
  const email = application.ownerEmail.trim();
  try {
    await limitMailbox(email);
  } catch (error) {
    if (error instanceof errors.DomainError && error.code === 'RATE_LIMITED') return;
    throw error;
  }
  await mailApplicationSignInLink(application, round, callerLocale);
}

/**
 * Mails a sign-in link (good once, for an hour; ADR 086) into an existing application to the
 * address that owns it, in the application's language — the one way an existing application's
 * link is made, for the applicant asking on the way (above) and the secretariat resending it
 * (shared/secretariat/actions.ts). Limits are the caller's.
 */
export async function mailApplicationSignInLink(
  application: {
    applicationId: string;
    ownerEmail: string;
    locale?: string;
    draft: { leadMunicipality?: string };
  },
  round: RoundSchedule,
  fallbackLocale: Locale,
): Promise<{ linkId: string; email: string; expiresAt: Date }> {
  const { applicationId } = application;
  const email = application.ownerEmail.trim();
  const locale = isLocale(application.locale) ? application.locale : fallbackLocale;
  const expiresAt = hoursFrom(clock.now(), TOKEN_LIFETIME_HOURS.link);
  const linkId = ulid();
  await createMagicLink(
    {
      linkId,
      email,
      roundId: round.id,
      leadMunicipality: application.draft.leadMunicipality ?? '',
      locale,
      applicationId,
    },
    expiresAt,
  );
  const token = await signLinkToken(linkId, expiresAt);
  const link = `${requireEnv(ENV.webBaseUrl)}/sign-in#token=${encodeURIComponent(token)}`;
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: email,
    ...magicLinkMail({ locale, round, link, validHours: TOKEN_LIFETIME_HOURS.link }),
    about: { mail: 'magic-link', round: round.id, application: applicationId },
  });
  return { linkId, email, expiresAt };
}

/**
 * The application a link signs into: the owner's for the round and lead (not withdrawn), or
 * the id a new one will have — claimed, so every link asked for before the first is used
 * names the same one.
 */
async function applicationIdFor(
  email: string,
  roundId: string,
  leadMunicipality: string,
  until: Date,
  now: Date,
) {
  const hash = emailHash(email);
  const owned = await findOwnedApplication(hash, roundId, leadMunicipality);
  if (owned) return owned;
  const claim = { emailHash: hash, roundId, leadMunicipality };
  const claimed = await claimApplicationId(claim, ulid(), until, now);
  // The claimed application may exist by now (the owner's index lags); if it was withdrawn, a new one.
  const existing = await getApplication(claimed);
  if (existing?.status === 'WITHDRAWN') return claimApplicationId(claim, ulid(), until, now, true);
  return claimed;
}

/** The application a used link signs into, its draft created on the first use (ADR 086). */
async function applicationOf(link: MagicLinkRecord, now: Date) {
  const applicationId = link.applicationId;
  if (await getApplication(applicationId)) return { applicationId };
  const round = findRound(link.roundId);
  if (!round) throw errors.unauthorized();
  if (applicationPeriodState(await effectiveRound(round), now) === 'closed') throw errors.periodClosed();
  const timestamp = now.toISOString();
  try {
    await createApplication(
      {
        applicationId,
        roundId: round.id,
        ownerEmail: link.email,
        status: 'DRAFT',
        version: 1,
        draft: { leadMunicipality: link.leadMunicipality, contact: { email: link.email } },
        locale: isLocale(link.locale) ? link.locale : 'nb',
        createdAt: timestamp,
        updatedAt: timestamp,
        attachmentCount: 0,
      },
      emailHash(link.email),
      link.leadMunicipality,
    );
  } catch (error) {
    // Another link to the same claimed application was used at the same time: it exists now.
    if (isConditionFailed(error)) return { applicationId };
    throw error;
  }
  return { applicationId, created: { applicationId, roundId: round.id } };
}

/** A co-editor's link signs into an existing application, while they still are a co-editor (ADR 096). */
async function coeditorApplicationOf(
  link: MagicLinkRecord,
  coeditor: { slot: number; coeditorId: string },
  now: Date,
): Promise<{ applicationId: string; created?: undefined }> {
  if (!(await getApplication(link.applicationId))) throw errors.unauthorized();
  await assertStillCoeditor(link.applicationId, coeditor.slot, coeditor.coeditorId);
  await markCoeditorJoined(link.applicationId, coeditor.slot, coeditor.coeditorId, now.toISOString());
  return { applicationId: link.applicationId };
}

/**
 * A magic link's token → a session for its application, once (UNAUTHORIZED otherwise: a
 * forged, expired or already used link). The first use of a link to a new application creates
 * its draft. The session has its record, which sign-out revokes.
 */
export async function openSession(linkToken: string, sourceIp: string) {
  await limitIp('session-ip', sourceIp);
  const { linkId } = await verifyLinkToken(linkToken);
  const now = clock.now();
  const link = await useMagicLink(linkId, now);
  if (!link) throw errors.unauthorized();
  const { applicationId, created } = link.coeditor
    ? await coeditorApplicationOf(link, link.coeditor, now)
    : await applicationOf(link, now);
  const sessionId = ulid();
  const expiresAt = hoursFrom(now, TOKEN_LIFETIME_HOURS.session);
  await createSession({ sessionId, applicationId, coeditor: link.coeditor }, expiresAt);
  const accessToken = await signSessionToken(applicationId, sessionId, expiresAt);
  const session = await verifySessionToken(accessToken);
  return {
    session: { accessToken, applicationId: session.applicationId, expiresAt: session.expiresAt },
    ...(created ? { created } : {}),
  };
}
