/**
 * The application's own abuse limits (ADR 085): per mailbox on asking for a magic link, per IP
 * address on every public route that mails or stores. They hold wherever the portal runs — on
 * the local stack as in AWS — in front of AWS WAF's rate rules, which stop floods earlier.
 */
import { createHash } from 'node:crypto';
import { mailboxHash } from '../auth/email.ts';
import * as clock from '../clock.ts';
import { ENV } from '../config/env.ts';
import * as errors from '../errors.ts';
import type { RateLimitScope } from '../storage/keys.ts';
import { takeRateLimitToken } from '../storage/rate-limit.ts';

/** Magic-link requests per mailbox (case and `+tag` folded) and hour. */
export const START_REQUESTS_PER_MAILBOX_HOUR = 5;
/** Requests per IP address and hour on each limited route, unless the deployment says otherwise. */
export const DEFAULT_IP_REQUESTS_PER_HOUR = 30;

/** The per-IP limit of this deployment (`IP_REQUESTS_PER_HOUR`; a load test raises it). */
export function ipRequestsPerHour(): number {
  const value = Number(process.env[ENV.ipRequestsPerHour]);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_IP_REQUESTS_PER_HOUR;
}

const ipHash = (ip: string) =>
  createHash('sha256').update(ip.trim().toLowerCase()).digest('hex').slice(0, 32);

async function take(scope: RateLimitScope, subjectHash: string, limit: number) {
  const answer = await takeRateLimitToken(scope, subjectHash, limit, clock.now());
  if (!answer.ok) throw errors.rateLimited(answer.retryAfterSeconds);
}

/** One more request from `ip` on a limited public route; over the limit → RATE_LIMITED. */
export const limitIp = (scope: 'start-ip' | 'session-ip' | 'staff-ip' | 'join-ip', ip: string) =>
  take(scope, ipHash(ip), ipRequestsPerHour());

/** One more magic link to the mailbox of `email`; over the limit → RATE_LIMITED. */
export const limitMailbox = (
  email: string,
  scope: 'start-mailbox' | 'staff-mailbox' | 'join-mailbox' = 'start-mailbox',
) => take(scope, mailboxHash(email), START_REQUESTS_PER_MAILBOX_HOUR);
