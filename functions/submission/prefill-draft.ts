import { prefillFromEarlier } from '../../shared/submission/prefill.ts';
import { httpHandler } from '../http/applicant.ts';
import { PrefillDraft } from './declarations.ts';

/** POST /applications/{applicationId}/prefill — the draft filled from the owner's earlier application (ADR 100). */
export const handler = httpHandler(PrefillDraft)(async ({ applicant, body }) => ({
  status: 200,
  body: await prefillFromEarlier(applicant.applicationId, body.from, body.version, applicant.actor),
}));
