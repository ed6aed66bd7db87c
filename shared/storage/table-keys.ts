/**
 * The single table's key builders, each its own export (the scheme and the access patterns are in
 * ./keys.ts, which gives them as the namespace `keys`): a bundle keeps the builders it calls and no
 * others — one object of them was kept whole by every function (~2.4 KiB; ADR 126).
 */
import type { RateLimitScope } from './keys.ts';

export const application = (applicationId: string) => ({ pk: `APP#${applicationId}`, sk: 'APP' });
export const attachment = (applicationId: string, attachmentId: string) => ({
  pk: `APP#${applicationId}`,
  sk: `ATT#${attachmentId}`,
});
export const attachmentPrefix = 'ATT#' as const;
export const applicationPartition = (applicationId: string) => `APP#${applicationId}`;
/** A co-editor's slot of an application (ADR 096): slots 1…the round's maximum. */
export const coeditorSlot = (applicationId: string, slot: number) => ({
  pk: `APP#${applicationId}`,
  sk: `COEDITOR#${String(slot).padStart(2, '0')}`,
});
export const coeditorPrefix = 'COEDITOR#' as const;
/** A request to join an application (ADR 097), until the owner answers it or it expires. */
export const joinRequest = (applicationId: string, requestId: string) => ({
  pk: `APP#${applicationId}`,
  sk: `JOIN#${requestId}`,
});
export const joinRequestPrefix = 'JOIN#' as const;
export const owner = (emailHash: string, roundId: string) => ({
  gsi1pk: `OWNER#${emailHash}#ROUND#${roundId}`,
});
export const ownerLead = (kommunenummer: string) => `LEAD#${kommunenummer}`;
export const submittedInRound = (roundId: string, submittedAt: string, applicationId: string) => ({
  gsi2pk: `ROUND#${roundId}#SUBMITTED`,
  gsi2sk: `${submittedAt}#${applicationId}`,
});
/** A draft of a round, until it is submitted or withdrawn (the deadline reminders, ADR 091). */
export const draftInRound = (roundId: string, createdAt: string, applicationId: string) => ({
  gsi2pk: `ROUND#${roundId}#DRAFT`,
  gsi2sk: `${createdAt}#${applicationId}`,
});
/** A withdrawn application of a round, until its retention erases it (ADR 089). */
export const withdrawnInRound = (roundId: string, withdrawnAt: string, applicationId: string) => ({
  gsi2pk: `ROUND#${roundId}#WITHDRAWN`,
  gsi2sk: `${withdrawnAt}#${applicationId}`,
});
/** The outbox entry of a submission whose execution or receipt mail may still be missing. */
export const submissionOutbox = (submittedAt: string, applicationId: string) => ({
  gsi3pk: 'OUTBOX#SUBMITTED',
  gsi3sk: `${submittedAt}#${applicationId}`,
});
/** The outbox entry of a withdrawal whose confirmation mail may still be missing (same index). */
export const withdrawalOutbox = (withdrawnAt: string, applicationId: string) => ({
  gsi3pk: 'OUTBOX#WITHDRAWN',
  gsi3sk: `${withdrawnAt}#${applicationId}`,
});
export const rateLimit = (scope: RateLimitScope, subjectHash: string, hour: string) => ({
  pk: `RATE#${scope}#${subjectHash}`,
  sk: `WINDOW#${hour}`,
});
export const magicLink = (linkId: string) => ({ pk: `MAGIC#${linkId}`, sk: 'MAGIC' });
/** The id a new application of an owner, round and lead will have once a link to it is used. */
export const applicationClaim = (emailHash: string, roundId: string, kommunenummer: string) => ({
  pk: `CLAIM#${emailHash}#ROUND#${roundId}#LEAD#${kommunenummer}`,
  sk: 'CLAIM',
});
export const session = (sessionId: string) => ({ pk: `SESSION#${sessionId}`, sk: 'SESSION' });
/** A staff member's sign-in link, used once (ADR 093). */
export const staffLink = (linkId: string) => ({ pk: `STAFF#LINK#${linkId}`, sk: 'STAFF#LINK' });
/** A staff member's session, read (and kept alive) on every staff request (ADR 093). */
export const staffSession = (sessionId: string) => ({
  pk: `STAFF#SESSION#${sessionId}`,
  sk: 'STAFF#SESSION',
});
export const roundSchedule = (roundId: string) => ({ pk: `ROUND#${roundId}`, sk: 'SCHEDULE' });
export const roundStage = (roundId: string, committee: string) => ({
  pk: `ROUND#${roundId}`,
  sk: `STAGE#${committee}`,
});
export const reviewLink = (roundId: string, linkId: string) => ({
  pk: `ROUND#${roundId}`,
  sk: `LINK#${linkId}`,
});
export const roundPartition = (roundId: string) => `ROUND#${roundId}`;
export const reviewLinkPrefix = 'LINK#' as const;
export const applicationReviews = (roundId: string, committee: string, applicationId: string) => ({
  pk: `ROUND#${roundId}#REVIEW#${committee}`,
  sk: `APP#${applicationId}`,
});
export const applicationReviewsPartition = (roundId: string, committee: string) =>
  `ROUND#${roundId}#REVIEW#${committee}`;
export const applicationReviewsPrefix = 'APP#' as const;
export const auditEntry = (roundId: string, at: string, id: string) => ({
  pk: `AUDIT#${roundId}`,
  sk: `${at}#${id}`,
});
export const auditPartition = (roundId: string) => `AUDIT#${roundId}`;
/** A report on one school year of an award (ADR 103). */
export const report = (applicationId: string, schoolYear: string) => ({
  pk: `APP#${applicationId}`,
  sk: `REPORT#${schoolYear}`,
});
export const reportPrefix = 'REPORT#' as const;
/** A round's reports, for the secretariat's list and export (access pattern 23). */
export const reportInRound = (roundId: string, schoolYear: string, applicationId: string) => ({
  gsi2pk: `ROUND#${roundId}#REPORT`,
  gsi2sk: `${schoolYear}#${applicationId}`,
});
