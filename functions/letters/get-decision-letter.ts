import { applicantLetter, LETTER_CONTENT_TYPE } from '../../shared/letters/letters.ts';
import { httpHandler } from '../http/applicant.ts';
import { GetDecisionLetter } from './declarations.ts';

/** GET /applications/{applicationId}/decision-letter — the announced decision as a PDF. */
export const handler = httpHandler(GetDecisionLetter)(async ({ applicant }) => {
  const letter = await applicantLetter(applicant.applicationId);
  return { status: 200, file: { ...letter, contentType: LETTER_CONTENT_TYPE } };
});
