import { ulid } from 'ulid';
import { errors } from '../../shared/api/errors.ts';
import { startApplicationRequest } from '../../shared/api/schemas.ts';
import { emailHash, normaliseEmail } from '../../shared/auth/email.ts';
import { signLinkToken, TOKEN_LIFETIME_HOURS } from '../../shared/auth/tokens.ts';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import { findMunicipality } from '../../shared/domain/municipalities/index.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { applicationPeriodState } from '../../shared/domain/time.ts';
import { effectiveRound } from '../../shared/review/schedule.ts';
import { magicLinkMail } from '../../shared/mail/templates.ts';
import { sendMail } from '../../shared/mail/ses.ts';
import { createApplication, findOwnedApplication } from '../../shared/storage/applications.ts';
import { takeRateLimitToken } from '../../shared/storage/rate-limit.ts';
import { httpHandler } from '../http.ts';
import { logger } from '../observability.ts';
import * as clock from '../../shared/clock.ts';

/** Magic-link requests per address and hour; more are refused with 429 for any address. */
export const START_REQUESTS_PER_HOUR = 5;

/**
 * POST /applications — e-mail + lead municipality → a magic link by e-mail.
 * Creates the draft on the first request (per address, round and lead municipality) and
 * re-sends a link to the same draft afterwards. The answer is the same whether or not the
 * address was known.
 */
export const handler = httpHandler(async (request) => {
  const input = request.body(startApplicationRequest);
  const round = findRound(input.roundId);
  if (!round) throw errors.validation([{ path: 'roundId', code: 'ROUND_NOT_FOUND' }]);
  if (!findMunicipality(round.division, input.leadMunicipality)) {
    throw errors.validation([
      { path: 'leadMunicipality', code: 'MUNICIPALITY_UNKNOWN', params: { number: input.leadMunicipality } },
    ]);
  }
  const now = clock.now();
  if (applicationPeriodState(await effectiveRound(round), now) === 'closed') throw errors.periodClosed();

  const email = normaliseEmail(input.email);
  const hash = emailHash(email);
  if (!(await takeRateLimitToken(hash, START_REQUESTS_PER_HOUR, now))) throw errors.rateLimited();

  const locale = input.locale ?? request.locale;
  let applicationId = await findOwnedApplication(hash, round.id, input.leadMunicipality);
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
    logger.info('application created', { applicationId, roundId: round.id });
  }

  const token = await signLinkToken(applicationId, email);
  const link = `${requireEnv(ENV.webBaseUrl)}/sign-in#token=${encodeURIComponent(token)}`;
  const mail = magicLinkMail({ locale, round, link, validHours: TOKEN_LIFETIME_HOURS.link });
  await sendMail({ from: round.mail.from, replyTo: round.mail.replyTo, to: email, ...mail });

  return { status: 202, body: { status: 'sent' } };
});
