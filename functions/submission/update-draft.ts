import { errors } from '../../shared/api/errors.ts';
import { updateDraftRequest } from '../../shared/api/schemas.ts';
import { assertDraftsOpen } from '../../shared/application/period.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { getApplication, updateDraft } from '../../shared/storage/applications.ts';
import { httpHandler } from '../http.ts';
import * as clock from '../../shared/clock.ts';

/**
 * PUT /applications/{applicationId}/draft — replaces the draft whole if the caller edited the
 * current version: one conditional UpdateItem (ADR 062). A draft may be incomplete; only its
 * shape is checked, strictly: a key the schema does not know, at any depth, is 400 with its
 * path and nothing is saved. The loser of two concurrent edits gets 409 with the current
 * version and draft, so nothing is overwritten; a submitted application answers 409
 * READ_ONLY, a draft after the period's effective close 409 APPLICATION_PERIOD_CLOSED (ADR 061).
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const { version, draft } = request.body(updateDraftRequest);

  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  if (application.status !== 'DRAFT') throw errors.readOnly({ status: application.status });
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  await assertDraftsOpen(round);

  const outcome = await updateDraft(applicationId, version, draft, clock.now().toISOString());
  if (outcome.ok) return { status: 200, body: outcome.value };
  const current = outcome.current;
  if (!current) throw errors.notFound();
  if (current.status !== 'DRAFT') throw errors.readOnly({ status: current.status });
  throw errors.versionConflict({
    currentVersion: current.version,
    current: current.draft,
    updatedAt: current.updatedAt,
  });
});
