import { errors } from '../../shared/api/errors.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { getApplicationWithAttachments } from '../../shared/storage/applications.ts';

/** Loads the caller's application with its attachments and round, or answers 404. */
export async function loadApplication(applicationId: string) {
  const loaded = await getApplicationWithAttachments(applicationId);
  if (!loaded) throw errors.notFound();
  const round = findRound(loaded.application.roundId);
  if (!round) throw errors.roundNotFound();
  return { ...loaded, round };
}
