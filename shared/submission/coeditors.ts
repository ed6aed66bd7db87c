/**
 * Co-editors of an application (ADR 096) and requests to join one (ADR 097).
 *
 * - The owner (who started the application) invites co-editors by e-mail, up to the round's
 *   maximum; each gets their own sign-in link into the same application, and later signs in
 *   on the start page with their address and any municipality of the application.
 * - Owner and co-editors edit and submit; only the owner invites, removes, answers join
 *   requests and withdraws. A co-editor may leave (remove themselves).
 * - Every draft write records who changed which sections when (the change log on the
 *   application item, written in the draft's one conditional write).
 * - Someone starting an application for a municipality that another draft or submitted
 *   application of the round already names is told whose it is — the owner's name as they
 *   typed it and the lead municipality, never an address — and may ask to join: the owner is
 *   mailed and accepts (an invitation) or declines in the web app.
 */
import { ulid } from 'ulid';
import { emailHash } from '../auth/email.ts';
import { signLinkToken, type Actor } from '../auth/tokens.ts';
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import type { ApplicationDraft } from '../domain/application.ts';
import { findMunicipality } from '../domain/municipalities/index.ts';
import { findRound } from '../domain/rounds/index.ts';
import { maxCoeditorsOf, type RoundSchedule } from '../domain/rounds/schema.ts';
import * as errors from '../errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { isLocale } from '../i18n/locale.ts';
import { sendMail } from '../mail/ses.ts';
import { coeditorInvitationMail, joinRequestMail } from '../mail/templates.ts';
import {
  getApplication,
  listDraftApplications,
  listSubmittedApplications,
  type ApplicationRecord,
} from '../storage/applications.ts';
import {
  deleteCoeditor,
  getCoeditor,
  listCoeditors,
  listJoinRequests,
  putCoeditor,
  putJoinRequest,
  takeJoinRequest,
  type CoeditorRecord,
} from '../storage/coeditors.ts';
import type { ChangeEntry } from '../storage/items.ts';
import { recordAudit } from '../storage/audit.ts';
import { createMagicLink } from '../storage/sessions.ts';
import { limitIp, limitMailbox } from './limits.ts';
import { loadOpenDraft } from './load.ts';

/** How long an invitation's sign-in link works (once). */
export const INVITATION_LIFETIME_HOURS = 72;
/** How long a request to join waits for the owner's answer. */
export const JOIN_REQUEST_LIFETIME_DAYS = 14;
/** The draft writes an application keeps in its change log. */
export const CHANGE_LOG_LENGTH = 50;
/** The change log entries the web app shows. */
export const CHANGES_SHOWN = 10;
/** Pending join requests an application takes at most (more are dropped until some are answered). */
export const MAX_PENDING_JOIN_REQUESTS = 20;

const hoursFrom = (now: Date, hours: number) => new Date(now.getTime() + hours * 3_600_000);

/** The round's audit trail names who acted on the co-editors by role and ids only (no address, no name). */
async function audit(
  application: ApplicationRecord,
  actor: Actor,
  action: string,
  details: Record<string, string>,
) {
  await recordAudit({
    roundId: application.roundId,
    at: clock.now().toISOString(),
    actor: { kind: 'applicant', applicationId: application.applicationId },
    action,
    applicationId: application.applicationId,
    details: { ...details, by: actor.role === 'owner' ? 'owner' : actor.coeditorId },
  });
}

/** Only the owner may: OWNER_ONLY otherwise. */
export function assertOwner(actor: Actor): void {
  if (actor.role !== 'owner') throw errors.ownerOnly();
}

/** The owner's name as they typed it as contact person, if they did. */
const ownerNameOf = (application: ApplicationRecord) => application.draft.contact?.name?.trim() || undefined;

/** What the change log and the co-editors see of the owner: the name typed, else the address. */
const ownerLabel = (application: ApplicationRecord) => ownerNameOf(application) ?? application.ownerEmail;

// ── the change log ────────────────────────────────────────────────────────────────────────

/** The draft's sections (top-level fields) that differ between two drafts. */
export function changedSections(before: ApplicationDraft, after: ApplicationDraft): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof ApplicationDraft>;
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

/** The change log after one more draft write by `actor` (unchanged when no section changed). */
export async function changeLogAfter(
  application: ApplicationRecord,
  draft: ApplicationDraft,
  actor: Actor,
  at: string,
): Promise<ChangeEntry[]> {
  const log = application.changeLog ?? [];
  const sections = changedSections(application.draft, draft);
  if (sections.length === 0) return log;
  const name =
    actor.role === 'owner'
      ? draft.contact?.name?.trim() || ownerLabel(application)
      : ((await getCoeditor(application.applicationId, actor.slot))?.name ?? '');
  const by = actor.role === 'owner' ? 'owner' : actor.coeditorId;
  return [...log, { at, by, name, sections }].slice(-CHANGE_LOG_LENGTH);
}

/** The last change of the log, as a conflict answer names it (who changed what when). */
export function lastChange(application: ApplicationRecord) {
  const last = application.changeLog?.at(-1);
  return last ? { name: last.name, at: last.at, sections: last.sections } : undefined;
}

// ── what the application page shows ───────────────────────────────────────────────────────

/**
 * The co-editing panel: who may do what, the co-editors (their addresses for the owner only),
 * the pending join requests (the owner only) and the last changes.
 */
export async function coeditingView(applicationId: string, actor: Actor) {
  const application = await getApplication(applicationId);
  if (!application) throw errors.notFound();
  const round = findRound(application.roundId);
  if (!round) throw errors.roundNotFound();
  const owner = actor.role === 'owner';
  const coeditors = await listCoeditors(applicationId);
  const requests = owner ? await listJoinRequests(applicationId, clock.now()) : [];
  return {
    role: actor.role,
    max: maxCoeditorsOf(round),
    owner: { name: ownerLabel(application) },
    coeditors: coeditors.map((coeditor) => ({
      coeditorId: coeditor.coeditorId,
      name: coeditor.name,
      ...(owner ? { email: coeditor.email } : {}),
      invitedAt: coeditor.invitedAt,
      ...(coeditor.joinedAt ? { joinedAt: coeditor.joinedAt } : {}),
      you: actor.role === 'coeditor' && actor.coeditorId === coeditor.coeditorId,
    })),
    joinRequests: requests.map((request) => ({
      requestId: request.requestId,
      name: request.name,
      email: request.email,
      municipality: request.municipality,
      requestedAt: request.requestedAt,
    })),
    changes: (application.changeLog ?? [])
      .slice(-CHANGES_SHOWN)
      .reverse()
      .map((entry) => ({ at: entry.at, name: entry.name, sections: entry.sections })),
  };
}

// ── inviting and removing ─────────────────────────────────────────────────────────────────

export interface Invitation {
  email: string;
  name: string;
  locale?: Locale | undefined;
}

/**
 * The owner invites a co-editor (an open draft only): a free slot up to the round's maximum
 * (COEDITOR_LIMIT_REACHED otherwise), and a mail with their own sign-in link. Inviting an
 * address that is a co-editor already sends them a new link (their slot stays). Counted against
 * the invitee's mailbox like any sign-in link (ADR 085).
 */
export async function inviteCoeditor(applicationId: string, actor: Actor, invitation: Invitation) {
  assertOwner(actor);
  const { application, round } = await loadOpenDraft(applicationId);
  const email = invitation.email.trim();
  const hash = emailHash(email);
  if (hash === emailHash(application.ownerEmail)) {
    throw errors.validation([{ path: 'email', code: 'COEDITOR_IS_OWNER' }]);
  }
  const coeditors = await listCoeditors(applicationId);
  const existing = coeditors.find((coeditor) => coeditor.emailHash === hash);
  const max = maxCoeditorsOf(round);
  if (!existing && coeditors.length >= max) throw errors.coeditorLimitReached(max);
  await limitMailbox(email);

  const now = clock.now();
  const coeditor = existing ?? (await takeSlot(applicationId, coeditors, max, now, { ...invitation, email }));
  await sendInvitation(application, round, coeditor, now);
  await audit(application, actor, existing ? 'coeditor.reinvited' : 'coeditor.invited', {
    coeditorId: coeditor.coeditorId,
  });
  return {
    coeditorId: coeditor.coeditorId,
    name: coeditor.name,
    email: coeditor.email,
    invitedAt: coeditor.invitedAt,
    ...(coeditor.joinedAt ? { joinedAt: coeditor.joinedAt } : {}),
    you: false,
  };
}

/** The first free slot, taken by a conditional write (another invitation may take it first). */
async function takeSlot(
  applicationId: string,
  taken: CoeditorRecord[],
  max: number,
  now: Date,
  invitation: Invitation,
): Promise<CoeditorRecord> {
  const used = new Set(taken.map((coeditor) => coeditor.slot));
  for (let slot = 1; slot <= max; slot++) {
    if (used.has(slot)) continue;
    const record: CoeditorRecord = {
      slot,
      coeditorId: ulid(),
      email: invitation.email,
      emailHash: emailHash(invitation.email),
      name: invitation.name.trim(),
      locale: invitation.locale ?? 'nb',
      invitedAt: now.toISOString(),
    };
    if (await putCoeditor(applicationId, record)) return record;
  }
  throw errors.coeditorLimitReached(max);
}

async function sendInvitation(
  application: ApplicationRecord,
  round: RoundSchedule,
  coeditor: CoeditorRecord,
  now: Date,
) {
  const expiresAt = hoursFrom(now, INVITATION_LIFETIME_HOURS);
  const linkId = ulid();
  await createMagicLink(
    {
      linkId,
      email: coeditor.email,
      roundId: round.id,
      leadMunicipality: application.draft.leadMunicipality ?? '',
      locale: coeditor.locale,
      applicationId: application.applicationId,
      coeditor: { slot: coeditor.slot, coeditorId: coeditor.coeditorId },
    },
    expiresAt,
  );
  const token = await signLinkToken(linkId, expiresAt);
  const locale = isLocale(coeditor.locale) ? coeditor.locale : 'nb';
  const mail = coeditorInvitationMail({
    locale,
    round,
    owner: ownerLabel(application),
    title: application.draft.title,
    link: `${requireEnv(ENV.webBaseUrl)}/sign-in#token=${encodeURIComponent(token)}`,
    validHours: INVITATION_LIFETIME_HOURS,
  });
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: coeditor.email,
    ...mail,
    about: { mail: 'coeditor-invitation', round: round.id, application: application.applicationId },
  });
}

/**
 * Removes a co-editor: the owner removes anyone, a co-editor only themselves (leaving). Their
 * sessions are refused from the next request on (their slot no longer names them).
 */
export async function removeCoeditor(applicationId: string, actor: Actor, coeditorId: string) {
  if (actor.role !== 'owner' && actor.coeditorId !== coeditorId) throw errors.ownerOnly();
  const application = await getApplication(applicationId);
  const coeditor = (await listCoeditors(applicationId)).find((c) => c.coeditorId === coeditorId);
  if (!application || !coeditor || !(await deleteCoeditor(applicationId, coeditor.slot, coeditorId))) {
    throw errors.notFound();
  }
  await audit(application, actor, actor.role === 'owner' ? 'coeditor.removed' : 'coeditor.left', {
    coeditorId,
  });
}

// ── signing in as a co-editor ─────────────────────────────────────────────────────────────

/** The applications of a round (drafts and submitted) that name a municipality, lead or partner. */
export async function applicationsNaming(roundId: string, municipality: string) {
  const [drafts, submitted] = await Promise.all([
    listDraftApplications(roundId),
    listSubmittedApplications(roundId),
  ]);
  return [...drafts, ...submitted].filter(
    (application) =>
      application.status !== 'WITHDRAWN' &&
      (application.draft.leadMunicipality === municipality ||
        (application.draft.partnerMunicipalities ?? []).includes(municipality)),
  );
}

/** The application among `named` that the address co-edits, and as which slot. */
export async function coeditedApplication(email: string, named: ApplicationRecord[]) {
  const hash = emailHash(email);
  for (const application of named) {
    const coeditor = (await listCoeditors(application.applicationId)).find((c) => c.emailHash === hash);
    if (coeditor) {
      return {
        applicationId: application.applicationId,
        coeditor: { slot: coeditor.slot, coeditorId: coeditor.coeditorId },
      };
    }
  }
  return undefined;
}

/**
 * What the start page says about the applications naming a municipality — the same for every
 * address (no enumeration): the application to ask to join, its status, its lead municipality
 * and the owner's name as they typed it (never an address).
 */
export const existingApplications = (named: ApplicationRecord[]) =>
  named.map((application) => ({
    applicationId: application.applicationId,
    status: application.status === 'DRAFT' ? ('DRAFT' as const) : ('SUBMITTED' as const),
    ...(application.draft.leadMunicipality ? { leadMunicipality: application.draft.leadMunicipality } : {}),
    ...(ownerNameOf(application) ? { ownerName: ownerNameOf(application) } : {}),
  }));

/** A co-editor's link is good only while their slot still names their invitation. */
export async function assertStillCoeditor(applicationId: string, slot: number, coeditorId: string) {
  const coeditor = await getCoeditor(applicationId, slot);
  if (coeditor?.coeditorId !== coeditorId) throw errors.unauthorized();
}

// ── requests to join ──────────────────────────────────────────────────────────────────────

export interface JoinRequest {
  email: string;
  name: string;
  municipality: string;
  locale?: Locale | undefined;
}

/**
 * Someone asks to join an open draft that names their municipality (lead or partner): the
 * owner is mailed, and sees the request in the web app. Limited per IP and per the asker's
 * mailbox like the sign-in (ADR 085); the asker learns nothing about the owner's address.
 */
export async function requestToJoin(
  applicationId: string,
  request: JoinRequest,
  callerLocale: Locale,
  sourceIp: string,
) {
  await limitIp('join-ip', sourceIp);
  const { application, round } = await loadOpenDraft(applicationId);
  const { leadMunicipality, partnerMunicipalities = [] } = application.draft;
  if (request.municipality !== leadMunicipality && !partnerMunicipalities.includes(request.municipality)) {
    throw errors.validation([{ path: 'municipality', code: 'JOIN_MUNICIPALITY_NOT_IN_APPLICATION' }]);
  }
  const email = request.email.trim();
  await limitMailbox(email, 'join-mailbox');
  const now = clock.now();
  // A flood of requests to one application is dropped quietly until the owner answers some.
  if ((await listJoinRequests(applicationId, now)).length >= MAX_PENDING_JOIN_REQUESTS) return;

  const locale = request.locale ?? callerLocale;
  await putJoinRequest(
    applicationId,
    {
      requestId: ulid(),
      email,
      name: request.name.trim(),
      municipality: request.municipality,
      locale,
      requestedAt: now.toISOString(),
    },
    hoursFrom(now, JOIN_REQUEST_LIFETIME_DAYS * 24),
  );
  const ownerLocale = isLocale(application.locale) ? application.locale : 'nb';
  const mail = joinRequestMail({
    locale: ownerLocale,
    round,
    name: request.name.trim(),
    email,
    municipality: findMunicipality(round.division, request.municipality)?.name ?? request.municipality,
    link: `${requireEnv(ENV.webBaseUrl)}/start`,
    validDays: JOIN_REQUEST_LIFETIME_DAYS,
  });
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: application.ownerEmail,
    ...mail,
    about: { mail: 'join-request', round: round.id, application: applicationId },
  });
}

/** The owner accepts a join request: the asker is invited (and the request is gone). */
export async function acceptJoinRequest(applicationId: string, actor: Actor, requestId: string) {
  assertOwner(actor);
  const request = (await listJoinRequests(applicationId, clock.now())).find((r) => r.requestId === requestId);
  if (!request) throw errors.notFound();
  const invited = await inviteCoeditor(applicationId, actor, {
    email: request.email,
    name: request.name,
    locale: isLocale(request.locale) ? request.locale : undefined,
  });
  await takeJoinRequest(applicationId, requestId, clock.now());
  const application = await getApplication(applicationId);
  if (application)
    await audit(application, actor, 'join.accepted', { requestId, coeditorId: invited.coeditorId });
  return invited;
}

/** The owner declines a join request: it is gone; the asker is not told. */
export async function declineJoinRequest(applicationId: string, actor: Actor, requestId: string) {
  assertOwner(actor);
  if (!(await takeJoinRequest(applicationId, requestId, clock.now()))) throw errors.notFound();
  const application = await getApplication(applicationId);
  if (application) await audit(application, actor, 'join.declined', { requestId });
}

/** The co-editors and join requests of an application, for the owner's own-data download (ADR 089). */
export async function coeditingData(applicationId: string) {
  const [coeditors, requests] = await Promise.all([
    listCoeditors(applicationId),
    listJoinRequests(applicationId, clock.now()),
  ]);
  return {
    coeditors: coeditors.map((c) => ({
      name: c.name,
      email: c.email,
      invitedAt: c.invitedAt,
      ...(c.joinedAt ? { joinedAt: c.joinedAt } : {}),
    })),
    joinRequests: requests.map((r) => ({
      name: r.name,
      email: r.email,
      municipality: r.municipality,
      requestedAt: r.requestedAt,
    })),
  };
}
