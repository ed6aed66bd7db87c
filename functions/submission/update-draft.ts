import { saveDraft } from '../../shared/submission/drafts.ts';
import { httpHandler } from '../http/applicant.ts';
import { UpdateDraft } from './declarations.ts';

/** PUT /applications/{applicationId}/draft — the draft replaced whole, on its version (ADR 062). */
export const handler = httpHandler(UpdateDraft)(async ({ applicant, body }) => ({
  status: 200,
  body: await saveDraft(applicant.applicationId, body.version, body.draft, applicant.actor),
}));
