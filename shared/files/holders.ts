/**
 * What an attachment belongs to, for the changes that must exclude a submission (ADR 060): the
 * application's draft, or a report on a school year of its award (ADR 112). Each commits an
 * attachment change with one conditional write on its own item (the application's, or the
 * report's: still a draft or returned) and keeps its own slots.
 */
import { bumpReportAttachments, getReport, releaseReportAttachmentSlot } from '../grants/store.ts';
import { reportEditable } from '../grants/report.ts';
import {
  bumpAttachmentsRevision,
  releaseAttachmentSlot,
  type AttachmentRecord,
} from '../storage/attachments.ts';

/** Why an upload may not change its attachment when its holder is no longer open. */
export type HolderClosed = 'APPLICATION_NOT_DRAFT' | 'REPORT_NOT_EDITABLE';

export interface AttachmentHolder {
  /** Commits an attachment change; false when the holder no longer takes changes. */
  commit(): Promise<boolean>;
  /** Gives a slot back. */
  release(): Promise<void>;
  closed: HolderClosed;
}

export function holderOf(
  attachment: Pick<AttachmentRecord, 'applicationId' | 'schoolYear'>,
): AttachmentHolder {
  const { applicationId, schoolYear } = attachment;
  if (schoolYear === undefined)
    return {
      commit: () => bumpAttachmentsRevision(applicationId),
      release: () => releaseAttachmentSlot(applicationId),
      closed: 'APPLICATION_NOT_DRAFT',
    };
  return {
    commit: () => bumpReportAttachments(applicationId, schoolYear),
    release: () => releaseReportAttachmentSlot(applicationId, schoolYear),
    closed: 'REPORT_NOT_EDITABLE',
  };
}

/** True while a report takes changes to its attachments (a draft, or returned for more). */
export async function reportOpen(applicationId: string, schoolYear: string): Promise<boolean> {
  const report = await getReport(applicationId, schoolYear);
  return report !== undefined && reportEditable(report.status);
}
