/**
 * The messages of error bodies and field issues: every code the API answers with, from the
 * area catalogues (`api.ts`, `review.ts`, `submission.ts`), looked up by code.
 */
import { apiMessages, structuralMessages } from './api.ts';
import type { Catalogue } from './catalogue.ts';
import { reviewMessages } from './review.ts';
import { submissionMessages } from './submission.ts';

export { apiMessages, reviewMessages, structuralMessages, submissionMessages };

export const messages = {
  ...apiMessages,
  ...reviewMessages,
  ...structuralMessages,
  ...submissionMessages,
} as const satisfies Catalogue;

export type MessageCode = keyof typeof messages;
