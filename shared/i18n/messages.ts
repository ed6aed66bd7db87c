/**
 * The messages of error bodies and field issues: every code the API answers with, from the
 * area catalogues (`api.ts`, `review.ts`, `submission.ts`), looked up by code.
 */
import { apiMessages, structuralMessages } from './api.ts';
import type { Catalogue } from './catalogue.ts';
import { coeditingMessages } from './coediting.ts';
import { grantMessages } from './grants.ts';
import { reviewMessages } from './review.ts';
import { secretariatMessages } from './secretariat.ts';
import { submissionMessages } from './submission.ts';

export { apiMessages, reviewMessages, secretariatMessages, structuralMessages, submissionMessages };

// Each merged catalogue is built in a call marked pure (ADR 077): a bundle that does not look a
// code up in it drops it, and with it the area catalogues nothing else there reads (an object
// literal that spreads imports is otherwise kept whole).
export const messages = /* @__PURE__ */ (() =>
  ({
    ...apiMessages,
    ...coeditingMessages,
    ...grantMessages,
    ...reviewMessages,
    ...secretariatMessages,
    ...structuralMessages,
    ...submissionMessages,
  }) as const satisfies Catalogue)();

/**
 * What an applicant's routes and views can answer: the API's codes, a body's structural field
 * issues and the scheme's rules (unmet rules, attachments' rejection reasons). The applicant
 * auth kind's catalogue (functions/http/applicant.ts) and `applicationView`'s.
 */
export const applicantMessages = /* @__PURE__ */ (() =>
  ({
    ...apiMessages,
    ...coeditingMessages,
    ...grantMessages,
    ...structuralMessages,
    ...submissionMessages,
  }) as const satisfies Catalogue)();

export type MessageCode = keyof typeof messages;
