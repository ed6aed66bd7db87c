/**
 * The single table's key scheme — the only module that builds keys. The table definition
 * (infra/constructs/data.ts) documents the same access patterns; keep the two in step.
 *
 * | item              | pk                         | sk                   | gsi1pk                           | gsi1sk                 |
 * |-------------------|----------------------------|----------------------|----------------------------------|------------------------|
 * | application       | APP#<applicationId>        | APP                  | OWNER#<emailHash>#ROUND#<roundId> | LEAD#<kommunenummer>   |
 * | attachment        | APP#<applicationId>        | ATT#<attachmentId>   | —                                | —                      |
 * | co-editor         | APP#<applicationId>        | COEDITOR#<slot>      | —                                | —                      |
 * | join request      | APP#<applicationId>        | JOIN#<requestId>     | —                                | —                      |
 * | rate limit window | RATE#<scope>#<hash>        | WINDOW#<hour>        | —                                | —                      |
 * | magic link        | MAGIC#<linkId>             | MAGIC                | —                                | —                      |
 * | application claim | CLAIM#<emailHash>#ROUND#<r>#LEAD#<k> | CLAIM      | —                                | —                      |
 * | applicant session | SESSION#<sessionId>        | SESSION              | —                                | —                      |
 * | staff sign-in link | STAFF#LINK#<linkId>       | STAFF#LINK           | —                                | —                      |
 * | staff session     | STAFF#SESSION#<sessionId>  | STAFF#SESSION        | —                                | —                      |
 * | round schedule    | ROUND#<roundId>            | SCHEDULE             | —                                | —                      |
 * | round stage       | ROUND#<roundId>            | STAGE#<committee>    | —                                | —                      |
 * | review link       | ROUND#<roundId>            | LINK#<linkId>        | —                                | —                      |
 * | app's reviews     | ROUND#<roundId>#REVIEW#<committee> | APP#<applicationId> | —                   | —                      |
 * | audit entry       | AUDIT#<roundId>            | <ISO instant>#<id>   | —                                | —                      |
 *
 * The round schedule holds an administrator's date overrides (`npm run admin -- stages …`);
 * the round stage one committee's working state (opening, proposals, order, the one decision);
 * the reviews of an application every member's conflict-of-interest declaration and assessment
 * or comment for it, and the finalisation's seal (ADR 065); audit entries are append-only.
 *
 * gsi2 (submitted applications of a round, for the committees; a round's drafts, for the
 * reminders — the submission moves an application from the one to the other; a withdrawal
 * moves it to the round's withdrawn ones, for the retention's erasure, ADR 089):
 * | application (submitted) | gsi2pk ROUND#<roundId>#SUBMITTED | gsi2sk <submittedAt ISO>#<applicationId> |
 * | application (draft)     | gsi2pk ROUND#<roundId>#DRAFT     | gsi2sk <createdAt ISO>#<applicationId>   |
 * | application (withdrawn) | gsi2pk ROUND#<roundId>#WITHDRAWN | gsi2sk <withdrawnAt ISO>#<applicationId> |
 *
 * gsi3 (sparse: the submission outbox, ADR 063 — set by the submission's one write, removed
 * once the receipt mail is out, which the workflow sends after its execution recorded itself):
 * | application (follow-up pending) | gsi3pk OUTBOX#SUBMITTED | gsi3sk <submittedAt ISO>#<applicationId> |
 *
 * Access patterns (GetItem / Query only — no Scan anywhere):
 * 1. application by id ............................ GetItem pk=APP#id, sk=APP
 * 2. application + its attachments ................ Query pk=APP#id
 * 3. attachments of an application ................ Query pk=APP#id, sk begins_with ATT#
 * 4. an applicant's application for a round+lead ... Query gsi1 pk=OWNER#h#ROUND#r, sk=LEAD#k
 * 5. requests of a mailbox or an IP this hour ...... UpdateItem pk=RATE#scope#h, sk=WINDOW#hour (ADR 085)
 * 6. submitted applications of a round ............ Query gsi2 pk=ROUND#r#SUBMITTED
 *    (every committee list: the stage's applications are filtered from it in memory)
 * 7. a round's date overrides ...................... GetItem pk=ROUND#r, sk=SCHEDULE
 * 8. a committee's stage (proposals, decision) ...... GetItem/UpdateItem pk=ROUND#r, sk=STAGE#c
 * 9. a review link, on every review request ........ GetItem pk=ROUND#r, sk=LINK#id
 * 10. a round's review links (admin) ............... Query pk=ROUND#r, sk begins_with LINK#
 * 11. all members' reviews in a stage .............. Query pk=ROUND#r#REVIEW#c
 * 12. the members' reviews of one application ...... GetItem pk=ROUND#r#REVIEW#c, sk=APP#<appId>
 * 13. a member's declaration/assessment, a seal .... UpdateItem pk=ROUND#r#REVIEW#c, sk=APP#<appId>
 *     (one item per application: every write conditional on the stage's seal not being there)
 * 14. a round's audit trail, oldest first .......... Query pk=AUDIT#r
 * 15. submissions whose follow-up is pending, oldest first (the sweep) .. Query gsi3 pk=OUTBOX#SUBMITTED, sk < cutoff
 * 16. a magic link, used once ...................... UpdateItem pk=MAGIC#id (conditional on unused; ADR 086)
 *     (links to an application not created yet share the id its claim holds: PutItem/GetItem pk=CLAIM#…)
 * 17. an applicant session, on every applicant request .. BatchGetItem pk=SESSION#id with the
 *     application pk=APP#id, sk=APP (one round trip, ADR 121); sign-out UpdateItem
 * 18. a round's drafts (the deadline reminders, ADR 091) .. Query gsi2 pk=ROUND#r#DRAFT
 *     (each reminder claimed on the application item: `reminder#<kind>`, only while a draft)
 * 19. a round's withdrawn applications (retention, ADR 089) .. Query gsi2 pk=ROUND#r#WITHDRAWN
 *     (a round's drafts and submitted ones: patterns 18 and 6; an erase reads pattern 2 and deletes
 *     each item by its key — the application item last — and the review items by pattern 12's key)
 *
 * 20. a staff sign-in link, used once; a staff session on every staff request (ADR 093) ..
 *     UpdateItem pk=STAFF#LINK#id (conditional on unused); GetItem/UpdateItem pk=STAFF#SESSION#id
 *
 * 21. an application's co-editors (ADR 096) ......... Query pk=APP#id, sk begins_with COEDITOR#
 *     (one item per slot 01…max: an invitation is a conditional Put on a free slot, so the round's
 *     maximum holds under races; a co-editor's session GetItems its slot on every request)
 * 22. an application's join requests (ADR 097) ..... Query pk=APP#id, sk begins_with JOIN#
 *
 * 23. an award's reports (ADR 103) ................ Query pk=APP#id, sk begins_with REPORT#
 *     (pk APP#<id>, sk REPORT#<schoolYear>; gsi2pk ROUND#<r>#REPORT, gsi2sk <schoolYear>#<id>:
 *     a round's reports for the secretariat, Query gsi2 pk=ROUND#r#REPORT)
 *
 * Rate-limit windows, magic links and sessions (the staff's too) and join requests expire by TTL (`expiresAt`).
 */
/** What a rate limit counts (ADR 085): magic-link requests per mailbox and per IP, sessions per IP. */
export type RateLimitScope =
  | 'start-mailbox'
  | 'start-ip'
  | 'session-ip'
  // The secretariat's sign-in (ADR 093): its own windows, so applicants and staff never share one.
  | 'staff-mailbox'
  | 'staff-ip'
  // Asking to join an application (ADR 097): per mailbox of the asker and per IP.
  | 'join-mailbox'
  | 'join-ip';

export const TABLE_INDEXES = { byOwner: 'gsi1', byRoundStatus: 'gsi2', submissionOutbox: 'gsi3' } as const;

// The key builders are ./table-keys.ts, one export each, imported as a namespace
// (`import * as keys from './table-keys.ts'`; `keys.application(id)`), so a bundle keeps only
// those it calls (ADR 126).

/**
 * The attachment bucket's object keys (ADR 060). Every attachment object lives under
 * `applications/` (the prefix IAM grants are limited to), in two places:
 *
 * | object                         | key                                                          |
 * |--------------------------------|--------------------------------------------------------------|
 * | an upload (presigned POST)     | applications/uploads/<applicationId>/<attachmentId>          |
 * | the verified, frozen copy      | applications/frozen/<applicationId>/<attachmentId>/<sha256>  |
 *
 * Upload forms are issued only for upload keys, each bound to one attachment record, and S3
 * notifies the verification handler of those alone. The frozen copy is written by the
 * verification handler only; its key names the SHA-256 of its bytes, so two copies of one
 * attachment never share a key, and no upload form is ever issued for it.
 */
export const ATTACHMENT_OBJECT_PREFIX = 'applications/';
// Calls marked pure: a module-level template of another const is kept by every bundle (ADR 122).
export const ATTACHMENT_UPLOAD_PREFIX = /* @__PURE__ */ (() =>
  `${ATTACHMENT_OBJECT_PREFIX}uploads/` as const)();
export const ATTACHMENT_FROZEN_PREFIX = /* @__PURE__ */ (() =>
  `${ATTACHMENT_OBJECT_PREFIX}frozen/` as const)();

/** The key an attachment's upload form posts to; the verification handler parses it back. */
export const attachmentUploadKey = (applicationId: string, attachmentId: string) =>
  `${ATTACHMENT_UPLOAD_PREFIX}${applicationId}/${attachmentId}`;

/** The key of an attachment's verified copy, named by the SHA-256 (hex) of its bytes. */
export const frozenAttachmentKey = (applicationId: string, attachmentId: string, sha256: string) =>
  `${ATTACHMENT_FROZEN_PREFIX}${applicationId}/${attachmentId}/${sha256}`;

const ID = '[A-Za-z0-9]+';
// Each made in a call marked pure, so that a bundle that never parses a key keeps neither (ADR 122).
const UPLOAD_KEY = /* @__PURE__ */ (() => new RegExp(`^${ATTACHMENT_UPLOAD_PREFIX}(${ID})/(${ID})$`))();

const FROZEN_KEY = /* @__PURE__ */ (() =>
  new RegExp(`^${ATTACHMENT_FROZEN_PREFIX}(${ID})/(${ID})/([0-9a-f]{64})$`))();

/** The attachment a frozen copy's key names (the malware scan's result names the key: ADR 089). */
export function parseFrozenAttachmentKey(
  key: string,
): { applicationId: string; attachmentId: string; sha256: string } | null {
  const match = FROZEN_KEY.exec(key);
  return match ? { applicationId: match[1]!, attachmentId: match[2]!, sha256: match[3]! } : null;
}

export function parseAttachmentUploadKey(
  key: string,
): { applicationId: string; attachmentId: string } | null {
  const match = UPLOAD_KEY.exec(key);
  return match ? { applicationId: match[1]!, attachmentId: match[2]! } : null;
}
