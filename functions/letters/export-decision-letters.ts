import { LETTERS_ZIP_CONTENT_TYPE, roundLetters } from '../../shared/letters/letters.ts';
import { httpHandler } from '../http/staff.ts';
import { ExportDecisionLetters } from './declarations.ts';

/** GET /staff/rounds/{roundId}/decision-letters — the round's decision letters as one zip (audited). */
export const handler = httpHandler(ExportDecisionLetters)(async ({ staff, params }) => {
  const { bytes, fileName } = await roundLetters(params.roundId, staff.actor);
  return { status: 200, file: { bytes, fileName, contentType: LETTERS_ZIP_CONTENT_TYPE } };
});
