/**
 * What the API answers, typed from the API's own zod schemas (`shared/api/schemas.ts`).
 * Type-only imports: nothing of zod reaches the first page's bundle from here.
 */
import type * as z from 'zod';
import type {
  applicationView,
  attachmentView,
  publicRound,
  receiptBody,
  sessionResponse,
  uploadResponse,
} from '../../../shared/api/schemas.ts';

export type ApplicationView = z.infer<typeof applicationView>;
export type AttachmentView = z.infer<typeof attachmentView>;
export type Receipt = z.infer<typeof receiptBody>;
export type SessionResponse = z.infer<typeof sessionResponse>;
export type UploadResponse = z.infer<typeof uploadResponse>;
/** GET /rounds: each round's public fields, with where "now" lies in its application period. */
export type RoundView = z.infer<typeof publicRound>;
export interface FieldError {
  path: string;
  code: string;
  message: string;
}
