/**
 * Co-editors of an application (ADR 096) and requests to join one (ADR 097). Declarations of
 * the registry (functions/registry.ts); the rules are in shared/submission/coeditors.ts.
 */
import { inviteCoeditorRequest, joinRequestRequest } from '../../shared/api/coediting.ts';
import {
  APPLICATION_PERIOD_CLOSED,
  RATE_LIMITED,
  READ_ONLY,
  ROUND_NOT_FOUND,
} from '../../shared/i18n/api.ts';
import {
  COEDITOR_IS_OWNER,
  COEDITOR_LIMIT_REACHED,
  JOIN_MUNICIPALITY_NOT_IN_APPLICATION,
  OWNER_ONLY,
} from '../../shared/i18n/coediting.ts';
import { http } from '../declare.ts';

/**
 * What adding a co-editor can answer, by invitation or by accepting a request to join: the
 * owner only, within the round's limit, while the application is a draft in its period.
 */
const ADDING_A_COEDITOR = {
  OWNER_ONLY,
  COEDITOR_LIMIT_REACHED,
  READ_ONLY,
  ROUND_NOT_FOUND,
  APPLICATION_PERIOD_CLOSED,
  RATE_LIMITED,
};

export const GetCoediting = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/coeditors',
  auth: 'applicant',
  summary: "The application's co-editors, pending requests to join (owner only) and last changes",
  responses: {
    200: { description: 'Who edits the application and who changed what when', body: 'coeditingResponse' },
  },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/coediting/get-coediting.ts',
  access: ['table:read'],
});

export const InviteCoeditor = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/coeditors',
  auth: 'applicant',
  summary: 'The owner invites a co-editor by e-mail (their own sign-in link; again: a new link)',
  request: inviteCoeditorRequest,
  responses: { 201: { description: 'Invited; the mail is on its way', body: 'coeditorView' } },
  answers: ADDING_A_COEDITOR,
  messages: { COEDITOR_IS_OWNER }, // a field issue: the owner invited as a co-editor
  entry: 'functions/coediting/invite-coeditor.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const RemoveCoeditor = /* @__PURE__ */ http({
  method: 'DELETE',
  path: '/applications/{applicationId}/coeditors/{coeditorId}',
  auth: 'applicant',
  summary: 'The owner removes a co-editor, or a co-editor leaves; their sessions are refused at once',
  responses: { 204: { description: 'Removed' } },
  answers: { OWNER_ONLY },
  entry: 'functions/coediting/remove-coeditor.ts',
  access: ['table:read', 'table:write'],
});

export const RequestToJoin = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/join-requests',
  auth: 'public',
  summary: "Ask the owner of a draft naming one's municipality to be invited (the owner is mailed)",
  request: joinRequestRequest,
  responses: { 202: { description: 'The owner is told', body: 'joinRequested' } },
  answers: { READ_ONLY, ROUND_NOT_FOUND, APPLICATION_PERIOD_CLOSED, RATE_LIMITED },
  // A request to join is public (ADR 097); its field issues are the co-editors' (ADR 115).
  messages: { JOIN_MUNICIPALITY_NOT_IN_APPLICATION },
  entry: 'functions/coediting/request-to-join.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const AcceptJoinRequest = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/join-requests/{requestId}/accept',
  auth: 'applicant',
  summary: 'The owner accepts a request to join: the asker is invited as a co-editor',
  responses: { 201: { description: 'Invited', body: 'coeditorView' } },
  answers: ADDING_A_COEDITOR,
  messages: { COEDITOR_IS_OWNER }, // a field issue: the owner invited as a co-editor
  entry: 'functions/coediting/accept-join-request.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const DeclineJoinRequest = /* @__PURE__ */ http({
  method: 'DELETE',
  path: '/applications/{applicationId}/join-requests/{requestId}',
  auth: 'applicant',
  summary: 'The owner declines a request to join (the asker is not told)',
  responses: { 204: { description: 'Declined' } },
  answers: { OWNER_ONLY },
  entry: 'functions/coediting/decline-join-request.ts',
  access: ['table:read', 'table:write'],
});
