/**
 * The messages of error bodies and field issues: every code the API answers with, from the
 * area catalogues (`api.ts`, `attachments.ts`, `review.ts`, `submission.ts` …), looked up by code.
 */
import { apiMessages, MUNICIPALITY_UNKNOWN, SCHOOL_YEAR_UNKNOWN, structuralMessages } from './api.ts';
import { ATTACHMENTS_PENDING, attachmentMessages } from './attachments.ts';
import type { Catalogue } from './catalogue.ts';
import { coeditingMessages } from './coediting.ts';
import { grantMessages } from './grants.ts';
import { reviewMessages } from './review.ts';
import { secretariatMessages } from './secretariat.ts';
import { submissionMessages } from './submission.ts';

export {
  apiMessages,
  attachmentMessages,
  reviewMessages,
  secretariatMessages,
  structuralMessages,
  submissionMessages,
};

// Each merged catalogue is built in a call marked pure (ADR 077): a bundle that does not look a
// code up in it drops it, and with it the area catalogues nothing else there reads (an object
// literal that spreads imports is otherwise kept whole).
export const messages = /* @__PURE__ */ (() =>
  ({
    ...apiMessages,
    ...attachmentMessages,
    ...coeditingMessages,
    ...grantMessages,
    ...reviewMessages,
    ...secretariatMessages,
    ...structuralMessages,
    ...submissionMessages,
  }) as const satisfies Catalogue)();

/**
 * What the scheme's rules report (`validateSubmission`, shared/domain/application.ts): the
 * scheme's codes, two of the API's field issues, ATTACHMENTS_PENDING and the structural ones —
 * the fields of a submission's VALIDATION_FAILED (SubmitApplication, ADR 126).
 */
export const submissionRuleMessages = /* @__PURE__ */ (() =>
  ({
    MUNICIPALITY_UNKNOWN,
    SCHOOL_YEAR_UNKNOWN,
    ATTACHMENTS_PENDING,
    ...structuralMessages,
    ...submissionMessages,
  }) as const satisfies Catalogue)();

/**
 * What an application's view shows: the scheme's unmet rules (`submissionRuleMessages`) and the
 * attachments' rejection reasons (`applicationView`, shared/api/views.ts).
 */
export const applicationViewMessages = /* @__PURE__ */ (() =>
  ({
    ...submissionRuleMessages,
    ...attachmentMessages,
  }) as const satisfies Catalogue)();

export type MessageCode = keyof typeof messages;
