import { inviteCoeditor } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/applicant.ts';
import { InviteCoeditor } from './declarations.ts';

/** POST /applications/{applicationId}/coeditors — the owner invites a co-editor by e-mail. */
export const handler = httpHandler(InviteCoeditor)(async ({ applicant, body, locale }) => ({
  status: 201,
  body: await inviteCoeditor(applicant.applicationId, applicant.actor, {
    ...body,
    locale: body.locale ?? locale,
  }),
}));
