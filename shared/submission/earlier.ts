/**
 * The applications a new draft can be prefilled from (ADR 100): the owner's own in the other
 * configured rounds, found by the owner index (access pattern 4, one Query per round: the
 * index's partition is an owner's round). Only the owner sees them: a co-editor was invited
 * to one application, not to the owner's others (OWNER_ONLY).
 */
import { applicantStage } from '../api/views.ts';
import { emailHash } from '../auth/email.ts';
import type { Actor } from '../auth/tokens.ts';
import { listRounds } from '../domain/rounds/index.ts';
import * as errors from '../errors.ts';
import { getApplication, listOwnedApplications } from '../storage/applications.ts';

export async function listEarlierApplications(applicationId: string, actor: Actor = { role: 'owner' }) {
  if (actor.role !== 'owner') throw errors.ownerOnly();
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const owner = emailHash(application.ownerEmail);
  const others = listRounds().filter((round) => round.id !== application.roundId);
  const owned = (await Promise.all(others.map((round) => listOwnedApplications(owner, round.id)))).flat();
  const applications = owned
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
