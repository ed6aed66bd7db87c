import * as errors from '../errors.ts';
import { findRound } from '../domain/rounds/index.ts';
import {
  getApplication,
  getApplicationWithAttachments,
  type ApplicationRecord,
} from '../storage/applications.ts';
import { assertDraftsOpen } from './period.ts';

/** An application already read, with its round: NOT_FOUND without it, ROUND_NOT_FOUND without its round. */
export function withRound(application: ApplicationRecord | undefined) {
  if (!application) throw errors.notFound();
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  return { application, round };
}

/** The application with its attachments and round (NOT_FOUND, ROUND_NOT_FOUND otherwise). */
export async function loadApplication(applicationId: string) {
  const loaded = await getApplicationWithAttachments(applicationId);
  const { application, round } = withRound(loaded?.application);
  return { application, attachments: loaded!.attachments, round };
}

/**
 * A draft that may still change, and its round: NOT_FOUND, READ_ONLY (submitted or withdrawn),
 * ROUND_NOT_FOUND or APPLICATION_PERIOD_CLOSED (after the period's effective close, ADR 061)
 * otherwise.
 */
export async function loadOpenDraft(applicationId: string) {
  return openDraft(await getApplication(applicationId));
}

/** `loadOpenDraft`'s checks on an application already read (e.g. with the session, ADR 121). */
export async function openDraft(application: ApplicationRecord | undefined) {
  if (!application) throw errors.notFound();
  if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  await assertDraftsOpen(round);
  return { application, round };
}
