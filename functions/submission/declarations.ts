/**
 * Applying: a magic link, a session, the draft, the submission, the withdrawal (ADR 010–013,
 * 060–063). Declarations of the registry (functions/registry.ts); the rules are in
 * shared/submission/.
 */
import {
  createSessionRequest,
  prefillDraftRequest,
  startApplicationRequest,
  updateDraftRequest,
} from '../../shared/api/requests.ts';
import {
  APPLICATION_PERIOD_CLOSED,
  APPLICATION_PERIOD_NOT_OPEN,
  MUNICIPALITY_UNKNOWN,
  RATE_LIMITED,
  READ_ONLY,
  ROUND_NOT_FOUND,
  UNAUTHORIZED,
  VALIDATION_FAILED,
  VERSION_CONFLICT,
  WITHDRAW_NOT_ALLOWED,
} from '../../shared/i18n/api.ts';
import { OWNER_ONLY } from '../../shared/i18n/coediting.ts';
import { applicationViewMessages, submissionRuleMessages } from '../../shared/i18n/messages.ts';
import { http } from '../declare.ts';

export const StartApplication = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications',
  auth: 'public',
  summary: 'Ask for a magic link to a new or existing application',
  request: startApplicationRequest,
  responses: {
    202: {
      description:
        "A magic link is on its way (the same answer whether or not the address is known), and the round's applications already naming the municipality (ADR 097)",
      body: 'startResponse',
    },
  },
  answers: { APPLICATION_PERIOD_CLOSED, RATE_LIMITED },
  // Field issues of the body: an unknown round or municipality (VALIDATION_FAILED's fields).
  messages: { ROUND_NOT_FOUND, MUNICIPALITY_UNKNOWN },
  entry: 'functions/submission/start-application.ts',
  access: ['table:read', 'table:write', 'mail:send', 'signing-key:read'],
});

export const RequestApplicationSignIn = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/sign-in-link',
  auth: 'public',
  summary: "Ask for a sign-in link to one application, mailed to its owner's address",
  responses: {
    202: {
      description:
        "A sign-in link is on its way to the application's owner (the same answer whether or not the application exists)",
      body: 'startResponse',
    },
  },
  answers: { RATE_LIMITED },
  entry: 'functions/submission/request-application-sign-in.ts',
  access: ['table:read', 'table:write', 'mail:send', 'signing-key:read'],
});

export const CreateSession = /* @__PURE__ */ http({
  method: 'POST',
  path: '/sessions',
  auth: 'public',
  summary:
    "Exchange a magic link's token for a session (once; the first use creates a new application's draft)",
  request: createSessionRequest,
  responses: { 201: { description: 'A session token for the application', body: 'sessionResponse' } },
  answers: { UNAUTHORIZED, RATE_LIMITED, APPLICATION_PERIOD_CLOSED },
  entry: 'functions/submission/create-session.ts',
  access: ['table:read', 'table:write', 'signing-key:read'],
});

export const SignOut = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/sign-out',
  auth: 'applicant',
  summary: 'Sign out: the session ends on the server and its token is refused from then on',
  responses: { 204: { description: 'Signed out' } },
  entry: 'functions/submission/sign-out.ts',
  access: ['table:write'],
});

export const GetApplication = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}',
  auth: 'applicant',
  summary: 'The application: draft or submission, attachments, unmet rules, stage',
  responses: { 200: { description: 'The application', body: 'applicationView' } },
  answers: { ROUND_NOT_FOUND },
  // The view's unmet rules are the scheme's (shared/api/views.ts).
  messages: applicationViewMessages,
  entry: 'functions/submission/get-application.ts',
  access: ['table:read'],
});

export const UpdateDraft = /* @__PURE__ */ http({
  method: 'PUT',
  path: '/applications/{applicationId}/draft',
  auth: 'applicant',
  summary: 'Save the draft whole (optimistic concurrency on its version)',
  request: updateDraftRequest,
  responses: { 200: { description: 'The draft was saved', body: 'draftSaved' } },
  answers: { ROUND_NOT_FOUND, READ_ONLY, VERSION_CONFLICT, APPLICATION_PERIOD_CLOSED },
  entry: 'functions/submission/update-draft.ts',
  access: ['table:read', 'table:write'],
});

export const SubmitApplication = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/submit',
  auth: 'applicant',
  summary: 'Submit the application (idempotent)',
  responses: {
    200: { description: 'Submitted (or already submitted): the receipt', body: 'submitResponse' },
  },
  answers: {
    ROUND_NOT_FOUND,
    READ_ONLY,
    VALIDATION_FAILED,
    VERSION_CONFLICT,
    APPLICATION_PERIOD_NOT_OPEN,
    APPLICATION_PERIOD_CLOSED,
  },
  // VALIDATION_FAILED's fields are the scheme's unmet rules (not the view's rejection reasons).
  messages: submissionRuleMessages,
  entry: 'functions/submission/submit-application.ts',
  // The receipt mail is the workflow's (SendReceipt), not the request's (ADR 063).
  access: ['table:read', 'table:write', 'workflow:start'],
});

export const WithdrawApplication = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/withdraw',
  auth: 'applicant',
  summary: 'Withdraw the application while the period is open',
  responses: { 200: { description: 'Withdrawn', body: 'withdrawResponse' } },
  answers: { ROUND_NOT_FOUND, WITHDRAW_NOT_ALLOWED, OWNER_ONLY },
  entry: 'functions/submission/withdraw-application.ts',
  access: ['table:read', 'table:write', 'workflow:stop', 'mail:send'],
});

export const PrefillDraft = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/prefill',
  auth: 'applicant',
  summary:
    "Fill the draft from an application in an earlier round that its owner owned or co-edited (no attachments; the new round's rules apply)",
  request: prefillDraftRequest,
  responses: { 200: { description: 'The prefilled draft was saved', body: 'draftSaved' } },
  answers: { ROUND_NOT_FOUND, READ_ONLY, VERSION_CONFLICT, APPLICATION_PERIOD_CLOSED },
  entry: 'functions/submission/prefill-draft.ts',
  access: ['table:read', 'table:write'],
});

export const EarlierApplications = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/earlier',
  auth: 'applicant',
  summary:
    'The applications in other rounds that the signed-in owner owned or co-edited (for the lead municipality), which this draft can be prefilled from (owner only)',
  responses: {
    200: { description: "The owner's earlier applications", body: 'earlierApplicationsResponse' },
  },
  answers: { OWNER_ONLY },
  entry: 'functions/submission/earlier-applications.ts',
  access: ['table:read'],
});
