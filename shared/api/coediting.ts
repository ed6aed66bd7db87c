/**
 * Co-editors and requests to join (ADR 096, 097): the request bodies (strict, bounded: ADR
 * 062) and the answers. Requests are marked pure like requests.ts's; the answers are named in
 * responses.ts.
 */
import * as z from 'zod';
import * as zm from 'zod/mini';
import { municipalityNumberSchema } from '../domain/application.ts';

const email = /* @__PURE__ */ zm.email().check(/* @__PURE__ */ zm.maxLength(254));
const name = /* @__PURE__ */ zm
  .string()
  .check(/* @__PURE__ */ zm.trim(), /* @__PURE__ */ zm.minLength(1), /* @__PURE__ */ zm.maxLength(200));
const locale = /* @__PURE__ */ zm.optional(/* @__PURE__ */ zm.enum(['nb', 'nn', 'en']));

/** POST /applications/{applicationId}/coeditors: the owner invites a co-editor. */
export const inviteCoeditorRequest = /* @__PURE__ */ zm.strictObject({ email, name, locale });

/** POST /applications/{applicationId}/join-requests: someone asks the owner to join. */
export const joinRequestRequest = /* @__PURE__ */ zm.strictObject({
  email,
  name,
  /** Their municipality, which the application names (lead or partner). */
  municipality: municipalityNumberSchema,
  locale,
});

// The answers are classic zod (only the OpenAPI document and the tests read them), each built in a
// call marked pure so that a route's bundle, which imports this module for its request, drops
// them — and with them the classic API (~65 KiB, ADR 077).
export const coeditorView = /* @__PURE__ */ (() =>
  z.object({
    coeditorId: z.string(),
    name: z.string(),
    /** The owner sees the addresses; co-editors see names. */
    email: z.string().optional(),
    invitedAt: z.iso.datetime(),
    /** When they first signed in. */
    joinedAt: z.iso.datetime().optional(),
    /** The caller is this co-editor. */
    you: z.boolean(),
  }))();

/** GET /applications/{applicationId}/coeditors: the co-editing panel of the application page. */
export const coeditingResponse = /* @__PURE__ */ (() =>
  z.object({
    /** What the caller is: the owner invites, removes and answers requests; both edit and submit. */
    role: z.enum(['owner', 'coeditor']),
    /** The round's maximum of co-editors. */
    max: z.int(),
    owner: z.object({ name: z.string() }),
    coeditors: z.array(coeditorView),
    /** Pending requests to join (the owner only; empty for a co-editor). */
    joinRequests: z.array(
      z.object({
        requestId: z.string(),
        name: z.string(),
        email: z.string(),
        municipality: z.string(),
        requestedAt: z.iso.datetime(),
      }),
    ),
    /** The last draft writes, newest first: who, when, which sections. */
    changes: z.array(z.object({ at: z.iso.datetime(), name: z.string(), sections: z.array(z.string()) })),
  }))();

export const joinRequested = /* @__PURE__ */ (() => z.object({ status: z.literal('sent') }))();
