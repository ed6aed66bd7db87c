/**
 * The single table's key scheme — the only module that builds keys. The table definition
 * (infra/constructs/data.ts) documents the same access patterns; keep the two in step.
 *
 * | item              | pk                         | sk                   | gsi1pk                           | gsi1sk                 |
 * |-------------------|----------------------------|----------------------|----------------------------------|------------------------|
 * | application       | APP#<applicationId>        | APP                  | OWNER#<emailHash>#ROUND#<roundId> | LEAD#<kommunenummer>   |
 * | attachment        | APP#<applicationId>        | ATT#<attachmentId>   | —                                | —                      |
 * | start rate limit  | RATE#<emailHash>           | WINDOW#<hour>        | —                                | —                      |
 *
 * gsi2 (submitted applications of a round, for the committees):
 * | application (submitted) | gsi2pk ROUND#<roundId>#SUBMITTED | gsi2sk <submittedAt ISO>#<applicationId> |
 *
 * Access patterns (GetItem / Query only — no Scan anywhere):
 * 1. application by id ............................ GetItem pk=APP#id, sk=APP
 * 2. application + its attachments ................ Query pk=APP#id
 * 3. attachments of an application ................ Query pk=APP#id, sk begins_with ATT#
 * 4. an applicant's application for a round+lead ... Query gsi1 pk=OWNER#h#ROUND#r, sk=LEAD#k
 * 5. start requests by an address this hour ........ GetItem/UpdateItem pk=RATE#h, sk=WINDOW#hour
 * 6. submitted applications of a round ............ Query gsi2 pk=ROUND#r#SUBMITTED
 */
export const TABLE_INDEXES = { byOwner: 'gsi1', byRoundStatus: 'gsi2' } as const;

export const keys = {
  application: (applicationId: string) => ({ pk: `APP#${applicationId}`, sk: 'APP' }),
  attachment: (applicationId: string, attachmentId: string) => ({
    pk: `APP#${applicationId}`,
    sk: `ATT#${attachmentId}`,
  }),
  attachmentPrefix: 'ATT#',
  applicationPartition: (applicationId: string) => `APP#${applicationId}`,
  owner: (emailHash: string, roundId: string) => ({
    gsi1pk: `OWNER#${emailHash}#ROUND#${roundId}`,
  }),
  ownerLead: (kommunenummer: string) => `LEAD#${kommunenummer}`,
  submittedInRound: (roundId: string, submittedAt: string, applicationId: string) => ({
    gsi2pk: `ROUND#${roundId}#SUBMITTED`,
    gsi2sk: `${submittedAt}#${applicationId}`,
  }),
  startRateLimit: (emailHash: string, hour: string) => ({ pk: `RATE#${emailHash}`, sk: `WINDOW#${hour}` }),
} as const;

/** S3 object key of an attachment; the verification handler parses it back. */
export const attachmentObjectKey = (applicationId: string, attachmentId: string) =>
  `applications/${applicationId}/${attachmentId}`;

export function parseAttachmentObjectKey(
  key: string,
): { applicationId: string; attachmentId: string } | null {
  const match = /^applications\/([A-Za-z0-9]+)\/([A-Za-z0-9]+)$/.exec(key);
  return match ? { applicationId: match[1]!, attachmentId: match[2]! } : null;
}
