/**
 * The next round (ADR 100): a draft prefilled from an application in an earlier round that its
 * owner wrote. The applicant starts an application in the open round as always (a magic link),
 * then asks for it to be filled from the earlier one (`POST /applications/{id}/prefill`): the
 * new draft's owner (the address that signed in) owned the earlier one or was a co-editor of it
 * (ADR 111), the draft must still be open, and the
 * write is the draft's one conditional write on its version, so nothing typed is lost unseen.
 * What carries over: the project's text, the partner municipalities, the partners, the target
 * group, the activity areas the new round has, the art subjects it has, the budget lines moved
 * onto its school years in order, the contact person. What does not: the lead municipality (the
 * new application's own), attachments (letters of intent are signed for one round), school
 * years the new round lacks, activity areas outside its catalogue, the committees' work. The
 * new round's rules are checked afresh: the form shows what the draft still misses there.
 */
import { emailHash } from '../auth/email.ts';
import type { Actor } from '../auth/tokens.ts';
import type { ApplicationDraft } from '../domain/application.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import * as errors from '../errors.ts';
import { getApplication } from '../storage/applications.ts';
import { saveDraft } from './drafts.ts';
import { wroteApplication } from './earlier.ts';
import { loadOpenDraft } from './load.ts';

/** The earlier draft as a new round's draft (see above): pure. */
export function prefilledDraft(
  earlier: ApplicationDraft,
  round: Pick<RoundSchedule, 'schoolYears' | 'activityAreas' | 'artSubjects'>,
): ApplicationDraft {
  const areas = new Set(round.activityAreas.map((area) => area.code));
  // The earlier school years in order onto the new round's: a two-year plan stays a two-year plan.
  const moved = new Map(
    (earlier.schoolYears ?? []).flatMap((id, index) => {
      const next = round.schoolYears[index]?.id;
      return next ? [[id, next] as const] : [];
    }),
  );
  const subjects = (earlier.artSubjects?.subjects ?? []).filter((subject) =>
    round.artSubjects.includes(subject),
  );
  const { title, leadMunicipality, partnerMunicipalities, partners, targetGroup, expectedPupils } = earlier;
  const { anchoring, sustainability, contact } = earlier;
  return {
    ...(title !== undefined && { title }),
    ...(leadMunicipality !== undefined && { leadMunicipality }),
    ...(partnerMunicipalities && { partnerMunicipalities: [...partnerMunicipalities] }),
    ...(partners && { partners: partners.map((partner) => ({ ...partner })) }),
    schoolYears: [...moved.values()],
    activityAreas: (earlier.activityAreas ?? [])
      .filter((area) => areas.has(area.code))
      .map((area) => ({ ...area })),
    ...(earlier.artSubjects && {
      artSubjects: {
        subjects,
        ...(earlier.artSubjects.other !== undefined && { other: earlier.artSubjects.other }),
      },
    }),
    ...(targetGroup !== undefined && { targetGroup }),
    ...(expectedPupils !== undefined && { expectedPupils }),
    ...(anchoring !== undefined && { anchoring }),
    ...(sustainability !== undefined && { sustainability }),
    budget: (earlier.budget ?? []).flatMap((entry) => {
      const schoolYear = moved.get(entry.schoolYear);
      return schoolYear
        ? [{ ...entry, schoolYear, costLines: entry.costLines.map((line) => ({ ...line })) }]
        : [];
    }),
    ...(contact && { contact: { ...contact } }),
  };
}

/**
 * Fills the open draft `applicationId` from the owner's earlier application `from` (any state,
 * another round), on the draft's `version`. NOT_FOUND when the owner neither owned nor co-edited
 * `from` (the caller learns nothing of others' applications), VALIDATION_FAILED on `from` when it
 * is of the same round.
 */
export async function prefillFromEarlier(
  applicationId: string,
  from: string,
  version: number,
  actor: Actor = { role: 'owner' },
) {
  const { application, round } = await loadOpenDraft(applicationId);
  const earlier = await getApplication(from);
  // The new draft's owner wrote the earlier one: as its owner or as a co-editor (ADR 111).
  if (!earlier || !(await wroteApplication(emailHash(application.ownerEmail), earlier))) {
    throw errors.notFound();
  }
  if (earlier.roundId === application.roundId) {
    throw errors.validation([{ path: 'from', code: 'FIELD_INVALID' }]);
  }
  const draft = prefilledDraft(earlier.draft, round);
  // The new application's lead stays; the earlier lead, if another, joins the partners.
  const lead = application.draft.leadMunicipality ?? draft.leadMunicipality;
  const partners = [draft.leadMunicipality, ...(draft.partnerMunicipalities ?? [])].filter(
    (number): number is string => number !== undefined && number !== lead,
  );
  return saveDraft(
    application,
    version,
    {
      ...draft,
      ...(lead !== undefined && { leadMunicipality: lead }),
      partnerMunicipalities: [...new Set(partners)],
      // Without a contact there, the new draft's own stays (the start sets its address).
      ...(!draft.contact && application.draft.contact && { contact: application.draft.contact }),
    },
    actor,
  );
}
