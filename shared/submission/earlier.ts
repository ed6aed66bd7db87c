/**
 * The applications a new draft can be prefilled from (ADR 100, ADR 111): in the other configured
 * rounds, those the new draft's owner owned (the owner index, access pattern 4, one Query per
 * round: the index's partition is an owner's round) and those naming the new draft's lead
 * municipality that the owner was a co-editor of (the round's applications, patterns 6 and 18,
 * and their co-editors, pattern 21: what the start page reads for a co-editor's sign-in).
 * Only the new draft's owner sees them: a co-editor of the new draft was invited to one
 * application, not to the owner's others (OWNER_ONLY).
 */
import { applicantStage } from '../api/views.ts';
import { emailHash } from '../auth/email.ts';
import type { Actor } from '../auth/tokens.ts';
import { listRounds } from '../domain/rounds/index.ts';
import * as errors from '../errors.ts';
import { getApplication, listOwnedApplications } from '../storage/applications.ts';
import { listCoeditors } from '../storage/coeditors.ts';
import type { ApplicationRecord } from '../storage/items.ts';
import { applicationsNaming } from './coeditors.ts';

/** Whether the address (by its hash) owned `earlier` or holds a co-editor's slot in it. */
export async function wroteApplication(hash: string, earlier: ApplicationRecord): Promise<boolean> {
  if (emailHash(earlier.ownerEmail) === hash) return true;
  return (await listCoeditors(earlier.applicationId)).some((coeditor) => coeditor.emailHash === hash);
}

/** The applications of `roundId` naming `municipality` that the address co-edits. */
async function coeditedIn(hash: string, roundId: string, municipality: string | undefined) {
  if (municipality === undefined) return [];
  const named = await applicationsNaming(roundId, municipality);
  const coedited = await Promise.all(
    named.map(async (application) =>
      emailHash(application.ownerEmail) !== hash &&
      (await listCoeditors(application.applicationId)).some((coeditor) => coeditor.emailHash === hash)
        ? [application]
        : [],
    ),
  );
  return coedited.flat();
}

export async function listEarlierApplications(applicationId: string, actor: Actor = { role: 'owner' }) {
  if (actor.role !== 'owner') throw errors.ownerOnly();
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const owner = emailHash(application.ownerEmail);
  const lead = application.draft.leadMunicipality;
  const others = listRounds().filter((round) => round.id !== application.roundId);
  const found = (
    await Promise.all(
      others.flatMap((round) => [listOwnedApplications(owner, round.id), coeditedIn(owner, round.id, lead)]),
    )
  ).flat();
  const applications = [...new Map(found.map((earlier) => [earlier.applicationId, earlier])).values()]
    .filter((earlier) => earlier.status !== 'WITHDRAWN')
    .map((earlier) => ({
      applicationId: earlier.applicationId,
      roundId: earlier.roundId,
      ...(earlier.draft.title !== undefined && { title: earlier.draft.title }),
      ...(earlier.draft.leadMunicipality !== undefined && {
        leadMunicipality: earlier.draft.leadMunicipality,
      }),
      partnerMunicipalities: earlier.draft.partnerMunicipalities ?? [],
      stage: applicantStage(earlier),
      ...(earlier.receipt && { submittedAt: earlier.receipt.submittedAt }),
      updatedAt: earlier.updatedAt,
    }))
    // The latest first.
    .sort((a, b) => (b.submittedAt ?? b.updatedAt).localeCompare(a.submittedAt ?? a.updatedAt));
  return { applications };
}
