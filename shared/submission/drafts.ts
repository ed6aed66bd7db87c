/**
 * The applicant's application as they see it, and the draft's one write (ADR 061, 062).
 */
import { applicationView } from '../api/views.ts';
import * as clock from '../clock.ts';
import type { ApplicationDraft } from '../domain/application.ts';
import * as errors from '../errors.ts';
import type { Locale } from '../i18n/index.ts';
import { roundDates } from '../review/schedule.ts';
import type { Actor } from '../auth/tokens.ts';
import { updateDraft, type ApplicationRecord } from '../storage/applications.ts';
import { changeLogAfter, lastChange } from './coeditors.ts';
import { loadApplication, openDraft } from './load.ts';

/**
 * The draft (or submission), attachments and unmet rules; the stage as the applicant may see
 * it, with the announcement date as it holds now; and what the caller is (owner or co-editor).
 */
export async function applicantView(applicationId: string, locale: Locale, actor: Actor = { role: 'owner' }) {
  const { application, attachments, round } = await loadApplication(applicationId);
  return {
    ...applicationView(application, attachments, round, await roundDates(round), locale),
    role: actor.role,
  };
}

/**
 * Replaces the draft whole if the caller edited the current version: one conditional UpdateItem
 * (ADR 062). A draft may be incomplete — only its shape was checked, strictly. The loser of two
 * concurrent edits gets VERSION_CONFLICT with the current version and draft, so nothing is
 * overwritten; a submitted or withdrawn application is READ_ONLY, a draft after the period's
 * effective close APPLICATION_PERIOD_CLOSED (ADR 061). `read` is the application as this
 * request read it — with the session (ADR 121) — undefined if there was none: NOT_FOUND.
 */
export async function saveDraft(
  read: ApplicationRecord | undefined,
  version: number,
  draft: ApplicationDraft,
  actor: Actor = { role: 'owner' },
) {
  const { application } = await openDraft(read);
  const { applicationId } = application;
  // Edited from another version: the conflict at once (the log below is the read version's).
  if (application.version !== version) throw conflictWith(application);

  // Who changed which sections is written with the draft, in its one write (ADR 096).
  const now = clock.now().toISOString();
  const log = await changeLogAfter(application, draft, actor, now);
  const outcome = await updateDraft(applicationId, version, draft, now, log);
  if (outcome.ok) return outcome.value;
  const current = outcome.current;
  if (!current) throw errors.notFound();
  if (current.status !== 'DRAFT') throw errors.readOnly({ status: current.status });
  throw conflictWith(current);
}

/** VERSION_CONFLICT with the current draft and who changed it last (another editor, another tab). */
const conflictWith = (current: ApplicationRecord) =>
  errors.versionConflict({
    currentVersion: current.version,
    current: current.draft,
    updatedAt: current.updatedAt,
    ...(lastChange(current) ? { lastChange: lastChange(current) } : {}),
  });
