/**
 * What the secretariat console's API answers (ADR 093–094): the response schemas of the
 * OpenAPI document, checked against every answer the integration tests receive, and the web
 * console's types (`web/src/features/console/`). They describe `shared/secretariat/`.
 */
import * as z from 'zod';
import { applicationDraftSchema } from '../domain/application.ts';
import { ATTACHMENT_KINDS } from '../domain/attachments.ts';
import { COMMITTEES } from '../domain/committees.ts';
import { APPLICATION_OUTCOMES, APPLICATION_STATUSES, STAGES } from '../domain/stages.ts';
import { roundDatesView } from './review-responses.ts';
import { attachmentParty } from './schemas.ts';

const instant = z.iso.datetime();

/** POST /staff/sign-in: the same answer for every address. */
export const staffSignInResponse = z.object({ status: z.literal('sent') });

/** POST /staff/sessions and GET /staff/session: the signed-in staff member and their session. */
export const staffSession = z.object({
  /** The bearer token of every staff request (POST /staff/sessions only). */
  accessToken: z.string().optional(),
  /** The allow-listed address: the staff member's identity in the audit trail. */
  email: z.string(),
  /** When the session ends at the latest (it ends sooner after `idleMinutes` without a request). */
  expiresAt: instant,
  idleMinutes: z.int(),
});

// ── the round overview (GET /staff/rounds/{roundId}) ─────────────────────────────────────

const municipalityRef = z.object({
  number: z.string(),
  name: z.string(),
  countyNumber: z.string(),
  countyName: z.string(),
});

/** One application of the round, whatever its state (shared/secretariat/overview.ts). */
export const overviewRow = z.object({
  applicationId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  /** The workflow's stage (null for a draft). */
  stage: z.enum([...STAGES, 'WITHDRAWN']).nullable(),
  outcome: z.enum(APPLICATION_OUTCOMES).nullable(),
  title: z.string(),
  receiptNumber: z.string().nullable(),
  leadMunicipality: municipalityRef.nullable(),
  partnerMunicipalities: z.array(municipalityRef),
  counties: z.array(z.object({ number: z.string(), name: z.string() })),
  activityAreas: z.array(z.string()),
  artSubjects: z.array(z.string()),
  /** Kroner asked for in all (the draft's budget so far, for a draft). */
  requested: z.int(),
  /** Kroner awarded in all by the final committee's decision, or null. */
  awarded: z.int().nullable(),
  contact: z.object({ name: z.string(), email: z.string() }).nullable(),
  /** The address that signed in and owns the application (its sign-in links go there). */
  ownerEmail: z.string(),
  createdAt: instant,
  updatedAt: instant,
  submittedAt: instant.nullable(),
  withdrawnAt: instant.nullable(),
});

/** Counts by status, and the submitted applications' sums, under one key. */
const tallyView = z.object({
  key: z.string(),
  drafts: z.int(),
  submitted: z.int(),
  withdrawn: z.int(),
  requested: z.int(),
  awarded: z.int(),
});

const committeeProgressView = z.object({
  committee: z.enum(COMMITTEES),
  deadline: instant,
  status: z.enum(['not-open', 'open', 'finalised']),
  openedAt: instant.nullable(),
  finalisedAt: instant.nullable(),
  /** Opened, not finalised, and its deadline has passed. */
  overdue: z.boolean(),
  /** The applications in the stage. */
  applications: z.int(),
  members: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(['chair', 'deputy', 'member']),
      /** The stage's applications the member has declared on, declared a conflict on, assessed (expert) or commented (geographic). */
      declared: z.array(z.string()),
      conflicts: z.array(z.string()),
      assessed: z.array(z.string()),
      /** What the member has left to do while the stage is open (as the reminders count it). */
      outstanding: z.int(),
      /** The latest review link issued to the member for the committee. */
      link: z
        .object({ linkId: z.string(), issuedAt: instant, expiresAt: instant, revokedAt: instant.nullable() })
        .nullable(),
    }),
  ),
});

/** The round's dates as they hold now (the overview; POST …/dates and …/announce answer them too). */
export const staffRoundDates = roundDatesView.extend({
  /** After the award (ADR 113): the acceptance deadline and report due dates as they hold now. */
  acceptBy: instant.optional(),
  reportsDue: z.record(z.string(), instant).optional(),
});

export const roundOverview = z.object({
  round: z.object({ id: z.string(), title: z.object({ nb: z.string(), nn: z.string(), en: z.string() }) }),
  dates: staffRoundDates,
  /** Every application of the round, oldest first: filter, search and sort in the client (ADR 094). */
  applications: z.array(overviewRow),
  /** Each application counts once under each county, activity area and art subject it names. */
  tallies: z.object({
    total: tallyView,
    byCounty: z.array(tallyView),
    byActivityArea: z.array(tallyView),
    byArtSubject: z.array(tallyView),
  }),
  committees: z.array(committeeProgressView),
});

// ── one application (GET /staff/applications/{applicationId}) ──────────────────────────

export const auditEntryView = z.object({
  at: instant,
  actor: z.object({
    kind: z.string(),
    id: z.string().optional(),
    committee: z.string().optional(),
    /** A committee member's name in the round's configuration (the id stays beside it). */
    name: z.string().optional(),
  }),
  action: z.string(),
  committee: z.string().optional(),
  applicationId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

export const staffApplicationDetail = z.object({
  application: overviewRow.extend({
    roundId: z.string(),
    locale: z.string(),
    version: z.int(),
    draft: applicationDraftSchema,
    announcedAt: instant.nullable(),
  }),
  /** Each committee's share of its decision, once recorded on the application. */
  stages: z.array(
    z.object({
      committee: z.enum(COMMITTEES),
      decided: z.boolean(),
      decidedAt: instant.optional(),
      standAside: z.array(z.string()).optional(),
      qualified: z.boolean().optional(),
      rank: z.int().optional(),
      comment: z.string().nullable().optional(),
      awarded: z.boolean().optional(),
      amounts: z.record(z.string(), z.int()).optional(),
      total: z.int().optional(),
      reason: z.string().nullable().optional(),
    }),
  ),
  /** The submitted files once submitted; before, the draft's uploads and their status. */
  attachments: z.array(
    z.object({
      attachmentId: z.string(),
      kind: z.enum(ATTACHMENT_KINDS),
      /** Whose commitment a letter of intent documents (ADR 098): a municipality or a partner. */
      party: attachmentParty.optional(),
      fileName: z.string(),
      contentType: z.string(),
      size: z.int(),
      status: z.string(),
      createdAt: instant,
    }),
  ),
  /** Bounces and complaints SES reported for the application's mail (ADR 083). */
  mailProblems: z.array(
    z.object({
      type: z.enum(['bounce', 'complaint']),
      detail: z.string(),
      recipients: z.array(z.string()),
      mail: z.string().nullable(),
      at: z.string(),
    }),
  ),
  /** The application's audit trail, oldest first. */
  audit: z.array(auditEntryView),
});

// ── the staff's actions ─────────────────────────────────────────────────────────────────

/** POST /staff/applications/{applicationId}/resend-link: where the link went, and until when it works. */
export const signInLinkResent = z.object({
  applicationId: z.string(),
  /** The application's owner address: the only one a link is sent to. */
  sentTo: z.string(),
  expiresAt: instant,
});

/** POST /staff/rounds/{roundId}/links: the link issued and mailed (never the link itself). */
export const committeeLinkIssued = z.object({
  linkId: z.string(),
  committee: z.enum(COMMITTEES),
  memberId: z.string(),
  issuedAt: instant,
  expiresAt: instant,
  /** The member's earlier links for the committee, revoked by this one. */
  revoked: z.array(z.string()),
});
