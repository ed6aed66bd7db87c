import { saveDraft } from '../../shared/submission/drafts.ts';
import { httpHandler } from '../http/applicant.ts';
import { UpdateDraft } from './declarations.ts';

/**
 * PUT /applications/{applicationId}/draft — the draft replaced whole, on its version (ADR 062),
 * checked against the application as read with the session (ADR 121).
 */
export const handler = httpHandler(UpdateDraft)(async ({ applicant, body }) => ({
  status: 200,
  body: await saveDraft(applicant.application, body.version, body.draft, applicant.actor),
}));
