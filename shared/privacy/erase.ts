/**
 * Erasing an application (ADR 089): the retention's scheduled run, the administrator's
 * `npm run admin -- erase <applicationId>` and, later, the secretariat's console use this one
 * service.
 *
 * What goes: every version of every object under the application's upload and frozen prefixes
 * (and their delete markers), the committees' review items for it (declarations, assessments,
 * comments), its attachment items, and last the application item itself — the draft, the
 * owner's address, the receipt, the manifest, the outbox entry and every index entry with it.
 * What stays: an audit tombstone (`application.erased`: the id, why, who, what was removed —
 * counts, status and outcome, no personal data) in the round's append-only trail; the trail's
 * earlier entries name the application by id only. Magic links, claims and sessions expire by
 * TTL within a day (ADR 086).
 *
 * Order makes it safe to run again: the application item goes last, so an erase cut short is
 * found again (through its index entry or by id) and finished; erasing what is gone finds
 * nothing. Awarded applications are kept (the council must keep them) unless the caller says
 * `evenIfAwarded`; one still in the committees' hands (submitted, not announced) is refused:
 * the applicant withdraws it first.
 */
import type { AuditActor } from '../storage/items.ts';
import { getApplication } from '../storage/applications.ts';
import { recordAudit } from '../storage/audit.ts';
import {
  applicationPartitionKeys,
  deleteItem,
  deleteReviewItems,
  isApplicationItem,
} from '../storage/erasure.ts';
import { ATTACHMENT_FROZEN_PREFIX, ATTACHMENT_UPLOAD_PREFIX } from '../storage/keys.ts';
import * as keys from '../storage/table-keys.ts';
import { deleteObjectVersion, listObjectVersions } from '../files/s3.ts';
import * as clock from '../clock.ts';

export type EraseReason = 'draft-never-submitted' | 'withdrawn' | 'unsuccessful' | 'request';

export type EraseOutcome =
  | {
      outcome: 'erased';
      applicationId: string;
      roundId?: string;
      /** Table items deleted (application, attachments, review items). */
      items: number;
      /** Object versions and delete markers deleted. */
      objectVersions: number;
    }
  /** Nothing is stored under this id (never was, or erased already). */
  | { outcome: 'nothing'; applicationId: string }
  | { outcome: 'refused'; applicationId: string; reason: 'AWARDED' | 'IN_REVIEW' };

export async function eraseApplication(
  applicationId: string,
  options: { reason: EraseReason; actor: AuditActor; evenIfAwarded?: boolean },
): Promise<EraseOutcome> {
  const application = await getApplication(applicationId);
  if (application?.outcome === 'AWARDED' && !options.evenIfAwarded)
    return { outcome: 'refused', applicationId, reason: 'AWARDED' };
  if (application?.status === 'SUBMITTED' && !application.announcedAt)
    return { outcome: 'refused', applicationId, reason: 'IN_REVIEW' };

  // The files first: every version under the application's prefixes.
  const versions = [
    ...(await listObjectVersions(`${ATTACHMENT_UPLOAD_PREFIX}${applicationId}/`)),
    ...(await listObjectVersions(`${ATTACHMENT_FROZEN_PREFIX}${applicationId}/`)),
  ];
  for (const version of versions) await deleteObjectVersion(version);

  // Then the items: review items, attachments, and the application item last.
  let items = application ? await deleteReviewItems(application.roundId, applicationId) : 0;
  const partition = await applicationPartitionKeys(applicationId);
  for (const key of partition) {
    if (!isApplicationItem(key, applicationId) && (await deleteItem(key))) items++;
  }
  if (!application) {
    return items + versions.length > 0
      ? { outcome: 'erased', applicationId, items, objectVersions: versions.length }
      : { outcome: 'nothing', applicationId };
  }

  // The tombstone before the item it stands for: an erase cut short here is run again.
  const now = clock.now().toISOString();
  await recordAudit(
    {
      roundId: application.roundId,
      at: now,
      actor: options.actor,
      action: 'application.erased',
      applicationId,
      details: {
        reason: options.reason,
        status: application.status,
        outcome: application.outcome ?? null,
        attachmentItems: partition.length - 1,
        objectVersions: versions.length,
      },
    },
    `ERASED-${applicationId}`,
  );
  if (await deleteItem(keys.application(applicationId))) items++;
  return {
    outcome: 'erased',
    applicationId,
    roundId: application.roundId,
    items,
    objectVersions: versions.length,
  };
}
