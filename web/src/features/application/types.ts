/**
 * What the applicant's calls answer, typed from the API's own declarations (app/api.ts): the
 * application as its owner sees it, its attachments, a session.
 */
import type { Answer } from '../../app/api.ts';

export type ApplicationView = Answer<'GET /applications/{applicationId}'>;
export type AttachmentView = ApplicationView['attachments'][number];
export type SessionResponse = Answer<'POST /sessions'>;
export type UploadResponse = Answer<'POST /applications/{applicationId}/attachments'>;
