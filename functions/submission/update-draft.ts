import { errors } from '../../shared/api/errors.ts';
import { updateDraftRequest } from '../../shared/api/schemas.ts';
import { updateDraft } from '../../shared/storage/applications.ts';
import { httpHandler } from '../http.ts';

/**
 * PUT /applications/{applicationId}/draft — replaces the draft if the caller edited the
 * current version: one conditional UpdateItem. A draft may be incomplete; only its shape is
 * checked. The loser of two concurrent edits gets 409 with the current version and draft,
 * so nothing is overwritten; a submitted application answers 409 READ_ONLY.
 */
export const handler = httpHandler(async (request) => {
  const { applicationId } = await request.applicant();
  const { version, draft } = request.body(updateDraftRequest);
  const outcome = await updateDraft(applicationId, version, draft, new Date().toISOString());
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
