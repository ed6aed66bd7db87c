import * as errors from '../errors.ts';
import { findRound } from '../domain/rounds/index.ts';
import { getApplicationWithAttachments } from '../storage/applications.ts';

/** The application with its attachments and round (NOT_FOUND, ROUND_NOT_FOUND otherwise). */
export async function loadApplication(applicationId: string) {
  const loaded = await getApplicationWithAttachments(applicationId);
  if (!loaded) throw errors.notFound();
  const round = findRound(loaded.application.roundId);
  if (!round) throw errors.roundNotFound();
  return { ...loaded, round };
}
