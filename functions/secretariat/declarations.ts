/**
 * The secretariat's console (issue 9 point 1; ADR 093–094): staff sign-in, the round overview,
 * one application's full view and the staff's actions. Declarations of the registry
 * (functions/registry.ts); the rules are in shared/secretariat/, which the admin CLI
 * (scripts/admin.ts) shares.
 */
import { staffSessionRequest, staffSignInRequest } from '../../shared/api/secretariat-requests.ts';
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
  errors: ['RATE_LIMITED'],
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
  errors: ['UNAUTHORIZED', 'RATE_LIMITED'],
  entry: 'functions/secretariat/create-session.ts',
  access: ['table:read', 'table:write', 'signing-key:read', 'staff-list:read'],
});

export const GetStaffSession = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/session',
  auth: 'staff',
  summary: 'The signed-in staff member and when the session ends',
  responses: { 200: { description: 'The session', body: 'staffSession' } },
  errors: [],
  entry: 'functions/secretariat/get-session.ts',
  access: [],
});

export const StaffSignOut = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/sign-out',
  auth: 'staff',
  summary: 'Sign out: the staff session ends on the server and its token is refused from then on',
  responses: { 204: { description: 'Signed out' } },
  errors: [],
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
  errors: ['ROUND_NOT_FOUND'],
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
  errors: ['NOT_FOUND'],
  entry: 'functions/secretariat/get-application.ts',
  access: ['table:read'],
});
