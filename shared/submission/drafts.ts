/**
 * The applicant's application as they see it, and the draft's one write (ADR 061, 062).
 */
import { applicationView } from '../api/views.ts';
import * as clock from '../clock.ts';
import type { ApplicationDraft } from '../domain/application.ts';
import * as errors from '../errors.ts';
import type { Locale } from '../i18n/index.ts';
import { roundDates } from '../review/schedule.ts';
import { updateDraft } from '../storage/applications.ts';
import { loadApplication, loadOpenDraft } from './load.ts';

/**
 * The draft (or submission), attachments and unmet rules; the stage as the applicant may see
 * it, with the announcement date as it holds now.
 */
export async function applicantView(applicationId: string, locale: Locale) {
  const { application, attachments, round } = await loadApplication(applicationId);
  return applicationView(application, attachments, round, await roundDates(round), locale);
}

/**
 * Replaces the draft whole if the caller edited the current version: one conditional UpdateItem
 * (ADR 062). A draft may be incomplete — only its shape was checked, strictly. The loser of two
 * concurrent edits gets VERSION_CONFLICT with the current version and draft, so nothing is
 * overwritten; a submitted or withdrawn application is READ_ONLY, a draft after the period's
 * effective close APPLICATION_PERIOD_CLOSED (ADR 061).
 */
export async function saveDraft(applicationId: string, version: number, draft: ApplicationDraft) {
  await loadOpenDraft(applicationId);

  const outcome = await updateDraft(applicationId, version, draft, clock.now().toISOString());
  if (outcome.ok) return outcome.value;
  const current = outcome.current;
  if (!current) throw errors.notFound();
  if (current.status !== 'DRAFT') throw errors.readOnly({ status: current.status });
  throw errors.versionConflict({
    currentVersion: current.version,
    current: current.draft,
    updatedAt: current.updatedAt,
  });
}
