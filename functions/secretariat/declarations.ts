/**
 * The secretariat's console (issue 9 point 1; ADR 093–094): staff sign-in, the round overview,
 * one application's full view and the staff's actions. Declarations of the registry
 * (functions/registry.ts); the rules are in shared/secretariat/, which the admin CLI
 * (scripts/admin.ts) shares.
 */
import {
  staffIssueLinkRequest,
  staffMoveDatesRequest,
  staffSessionRequest,
  staffSignInRequest,
  staffWithdrawRequest,
} from '../../shared/api/secretariat-requests.ts';
import { RATE_LIMITED, ROUND_NOT_FOUND, UNAUTHORIZED, WITHDRAW_NOT_ALLOWED } from '../../shared/i18n/api.ts';
import { GRANT_DATE_TOO_EARLY, GRANT_DATE_TOO_LATE } from '../../shared/i18n/grants.ts';
import {
  ANNOUNCEMENT_NOT_READY,
  DATES_REQUIRED,
  DATE_TOO_EARLY,
  DATE_TOO_LATE,
  LINK_NOT_FOUND,
  MEMBER_UNKNOWN,
  STAGE_DEADLINE_PASSED,
} from '../../shared/i18n/secretariat.ts';
import { http } from '../declare.ts';

export const StaffSignIn = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/sign-in',
  auth: 'public',
  summary: "Ask for a sign-in link to the secretariat's console (sent only to an allow-listed address)",
  request: staffSignInRequest,
  responses: {
    202: {
      description: 'A link is on its way if the address is on the staff list (the same answer either way)',
      body: 'staffSignInResponse',
    },
  },
  answers: { RATE_LIMITED },
  entry: 'functions/secretariat/sign-in.ts',
  access: ['table:write', 'mail:send', 'signing-key:read', 'staff-list:read'],
});

export const CreateStaffSession = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/sessions',
  auth: 'public',
  summary: "Exchange a staff sign-in link's token for a session (once)",
  request: staffSessionRequest,
  responses: { 201: { description: 'A staff session', body: 'staffSession' } },
  answers: { UNAUTHORIZED, RATE_LIMITED },
  entry: 'functions/secretariat/create-session.ts',
  access: ['table:read', 'table:write', 'signing-key:read', 'staff-list:read'],
});

export const GetStaffSession = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/session',
  auth: 'staff',
  summary: 'The signed-in staff member and when the session ends',
  responses: { 200: { description: 'The session', body: 'staffSession' } },
  entry: 'functions/secretariat/get-session.ts',
  access: [],
});

export const StaffSignOut = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/sign-out',
  auth: 'staff',
  summary: 'Sign out: the staff session ends on the server and its token is refused from then on',
  responses: { 204: { description: 'Signed out' } },
  entry: 'functions/secretariat/sign-out.ts',
  access: [],
});

export const GetRoundOverview = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/rounds/{roundId}',
  auth: 'staff',
  summary:
    "The round overview: every application (draft, submitted, withdrawn, each stage and outcome), counts and sums per county, activity area and art subject, each committee's progress",
  responses: { 200: { description: 'The round as it stands', body: 'roundOverview' } },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/secretariat/get-round-overview.ts',
  access: ['table:read'],
  timeoutSeconds: 20,
});

export const GetStaffApplication = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/applications/{applicationId}',
  auth: 'staff',
  summary:
    'One application in full: the application, its stage and each committee share, attachments, mail problems, audit trail',
  responses: { 200: { description: 'The application', body: 'staffApplicationDetail' } },
  entry: 'functions/secretariat/get-application.ts',
  access: ['table:read'],
});

// ── actions, each audited with the staff member as its actor ─────────────────────────────

export const ResendSignInLink = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/applications/{applicationId}/resend-link',
  auth: 'staff',
  summary: "Mail the application's owner a new sign-in link (to the owner's address only)",
  responses: { 202: { description: 'The link is on its way', body: 'signInLinkResent' } },
  answers: { RATE_LIMITED },
  entry: 'functions/secretariat/resend-link.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const WithdrawOnRequest = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/applications/{applicationId}/withdraw',
  auth: 'staff',
  summary:
    "Withdraw an application on the applicant's written request (the reason is audited): the applicant's own rules",
  request: staffWithdrawRequest,
  responses: { 200: { description: 'Withdrawn (or withdrawn already)', body: 'withdrawResponse' } },
  answers: { ROUND_NOT_FOUND, WITHDRAW_NOT_ALLOWED },
  entry: 'functions/secretariat/withdraw.ts',
  access: ['table:read', 'table:write', 'workflow:stop', 'mail:send'],
});

export const IssueCommitteeLink = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/rounds/{roundId}/links',
  auth: 'staff',
  summary: "Issue a committee member a new review link and mail it (the member's earlier links revoked)",
  request: staffIssueLinkRequest,
  responses: { 201: { description: 'Issued and mailed', body: 'committeeLinkIssued' } },
  answers: { ROUND_NOT_FOUND, STAGE_DEADLINE_PASSED },
  messages: { MEMBER_UNKNOWN },
  entry: 'functions/secretariat/issue-link.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const RevokeCommitteeLink = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/rounds/{roundId}/links/{linkId}/revoke',
  auth: 'staff',
  summary: "Revoke a committee member's review link",
  responses: { 204: { description: 'Revoked' } },
  answers: { ROUND_NOT_FOUND, LINK_NOT_FOUND },
  entry: 'functions/secretariat/revoke-link.ts',
  access: ['table:read', 'table:write'],
});

export const MoveRoundDates = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/rounds/{roundId}/dates',
  auth: 'staff',
  summary: "Move some of the round's dates (they keep their order: deadline, committees, announcement)",
  request: staffMoveDatesRequest,
  responses: { 200: { description: 'The dates as they hold now', body: 'staffRoundDates' } },
  answers: { ROUND_NOT_FOUND },
  messages: { DATES_REQUIRED, DATE_TOO_EARLY, DATE_TOO_LATE, GRANT_DATE_TOO_EARLY, GRANT_DATE_TOO_LATE },
  entry: 'functions/secretariat/move-dates.ts',
  access: ['table:read', 'table:write'],
});

export const AnnounceRoundNow = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/rounds/{roundId}/announce',
  auth: 'staff',
  summary:
    "Announce now: the announcement date moves to now, once the final committee's decision is finalised",
  responses: { 200: { description: 'The dates as they hold now', body: 'staffRoundDates' } },
  answers: { ROUND_NOT_FOUND, ANNOUNCEMENT_NOT_READY },
  entry: 'functions/secretariat/announce.ts',
  access: ['table:read', 'table:write'],
});
