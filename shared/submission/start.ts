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
  verifyApplicantToken,
} from '../auth/tokens.ts';
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { findRound } from '../domain/rounds/index.ts';
import { applicationPeriodState } from '../domain/time.ts';
import * as errors from '../errors.ts';
import type { Locale } from '../i18n/index.ts';
import { magicLinkMail } from '../mail/templates.ts';
import { sendMail } from '../mail/ses.ts';
import { effectiveRound } from '../review/schedule.ts';
import { createApplication, findOwnedApplication } from '../storage/applications.ts';
import { limitIp, limitMailbox } from './limits.ts';

export interface StartRequest {
  email: string;
  roundId: string;
  leadMunicipality: string;
  locale?: Locale | undefined;
}

/**
 * E-mail + lead municipality → a magic link by e-mail. Creates the draft on the first request
 * (per address, round and lead municipality) and sends a link to the same draft afterwards; the
 * caller learns nothing about whether the address was known. Until the period's effective
 * close; within the limits per mailbox and per IP address (./limits.ts).
 */
export async function requestMagicLink(
  input: StartRequest,
  callerLocale: Locale,
  sourceIp: string,
): Promise<{ created?: { applicationId: string; roundId: string } }> {
  await limitIp('start-ip', sourceIp);
  const round = findRound(input.roundId);
  if (!round) throw errors.validation([{ path: 'roundId', code: 'ROUND_NOT_FOUND' }]);
  if (!findMunicipality(round.division, input.leadMunicipality)) {
    throw errors.validation([
      { path: 'leadMunicipality', code: 'MUNICIPALITY_UNKNOWN', params: { number: input.leadMunicipality } },
    ]);
  }
  const now = clock.now();
  if (applicationPeriodState(await effectiveRound(round), now) === 'closed') throw errors.periodClosed();

  // Counted per mailbox (case and +tag folded), delivered to the address as typed (ADR 085).
  const email = input.email.trim();
  const hash = emailHash(email);
  await limitMailbox(email);

  const locale = input.locale ?? callerLocale;
  let applicationId = await findOwnedApplication(hash, round.id, input.leadMunicipality);
  let created: { applicationId: string; roundId: string } | undefined;
  if (!applicationId) {
    applicationId = ulid();
    const timestamp = now.toISOString();
    await createApplication(
      {
        applicationId,
        roundId: round.id,
        ownerEmail: email,
        status: 'DRAFT',
        version: 1,
        draft: { leadMunicipality: input.leadMunicipality, contact: { email } },
        locale,
        createdAt: timestamp,
        updatedAt: timestamp,
        attachmentCount: 0,
      },
      hash,
      input.leadMunicipality,
    );
    created = { applicationId, roundId: round.id };
  }

  const token = await signLinkToken(applicationId, email);
  const link = `${requireEnv(ENV.webBaseUrl)}/sign-in#token=${encodeURIComponent(token)}`;
  const mail = magicLinkMail({ locale, round, link, validHours: TOKEN_LIFETIME_HOURS.link });
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: email,
    ...mail,
    about: { mail: 'magic-link', round: round.id, application: applicationId },
  });
  return created ? { created } : {};
}

/** A magic link's token → a session token for its application (UNAUTHORIZED otherwise). */
export async function openSession(linkToken: string, sourceIp: string) {
  await limitIp('session-ip', sourceIp);
  const link = await verifyApplicantToken(linkToken, 'link');
  const accessToken = await signSessionToken(link.applicationId, link.email);
  const session = await verifyApplicantToken(accessToken, 'session');
  return { accessToken, applicationId: session.applicationId, expiresAt: session.expiresAt };
}
