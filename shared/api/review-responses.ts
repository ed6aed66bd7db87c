/**
 * What the committees' review API answers (docs/review-api.md): the response schemas of the
 * OpenAPI document, checked against every answer the integration tests receive. They describe
 * `shared/review/views.ts` and the review handlers; a change there that is not made here fails
 * those tests.
 */
import * as z from 'zod';
import { applicationDraftSchema } from '../domain/application.ts';
import { ART_SUBJECTS } from '../domain/art-subjects.ts';
import { COMMITTEES } from '../domain/committees.ts';
import { activityAreaSchema, roundSchema } from '../domain/rounds/schema.ts';
import { ATTACHMENT_KINDS } from '../domain/attachments.ts';
import { attachmentParty, budgetSummaryView, budgetUseView } from './schemas.ts';

const instant = z.iso.datetime();

export const stageView = z.object({
  status: z.enum(['not-open', 'open', 'finalised']),
  openedAt: instant.nullable(),
  deadline: instant,
  finalisedAt: instant.nullable(),
  finalisedBy: z.string().nullable(),
  version: z.int(),
});

/** The round's dates as they hold now (`RoundDates`, shared/review/schedule.ts). */
export const roundDatesView = z.object({
  applicationCloses: instant,
  expert: instant,
  geographic: instant,
  final: instant,
  announcement: instant,
});

export const reviewContext = z.object({
  member: z.object({ id: z.string(), name: z.string(), role: z.enum(['chair', 'deputy', 'member']) }),
  committee: z.enum(COMMITTEES),
  round: z
    .object(roundSchema.shape)
    .pick({
      id: true,
      title: true,
      division: true,
      budgetPerYear: true,
      schoolYears: true,
      artSubjects: true,
    })
    .extend({
      activityAreas: z.array(
        z.object(activityAreaSchema.shape).pick({ code: true, area: true, title: true }),
      ),
      dates: roundDatesView,
    }),
  counties: z.array(z.string()),
  stage: stageView,
  linkExpiresAt: instant,
});

const municipality = z.object({
  number: z.string(),
  name: z.string(),
  countyNumber: z.string(),
  countyName: z.string(),
});

const summary = {
  applicationId: z.string(),
  receiptNumber: z.string(),
  /** Empty for an application without a receipt (never in a committee's list). */
  submittedAt: z.string(),
  title: z.string(),
  leadMunicipality: municipality,
  partnerMunicipalities: z.array(municipality),
  counties: z.array(z.object({ number: z.string(), name: z.string() })),
  activityAreas: z.array(z.string()),
  artSubjects: z.array(z.enum(ART_SUBJECTS)),
  requested: z.object({
    perSchoolYear: z.array(z.object({ schoolYear: z.string(), budgetYear: z.string(), amount: z.number() })),
    total: z.number(),
  }),
  /** Each municipality and partner, and whether a submitted letter of intent is tied to it (ADR 098). */
  commitment: z.array(z.object({ party: attachmentParty, documented: z.boolean() })).optional(),
};

export const declarationView = z.object({
  conflicted: z.boolean(),
  reason: z.string().optional(),
  declaredAt: instant,
});

const criterion = z.object({ score: z.int().min(1).max(5), comment: z.string() });
const assessment = {
  activityAreaFit: criterion,
  anchoring: criterion,
  sustainability: criterion,
  recommendation: z.enum(['qualified', 'notQualified']),
  updatedAt: instant,
};
const assessmentView = z.object(assessment);
const commentView = z.object({ text: z.string(), updatedAt: instant });
/** The caller's own assessment (expert) or county comment (geographic). */
const mine = z.union([assessmentView, commentView]).nullable();

const expertOutcome = z.object({ qualified: z.boolean(), reason: z.string() }).nullable();
const geographicOutcome = z.object({ rank: z.int(), comment: z.string() }).nullable();

/**
 * What is set so far (a proposal, with who set it and when) or, once finalised, the decision
 * (`setBy` when known).
 */
const by = { setBy: z.string().optional(), setAt: instant.optional() };
const proposal = z
  .union([
    z.object({ qualified: z.boolean(), reason: z.string(), ...by }),
    z.object({ rank: z.int(), comment: z.string() }),
    z.object({
      awarded: z.literal(true),
      amounts: z.record(z.string(), z.number()),
      total: z.number(),
      /** Why less than requested was awarded. */
      reason: z.string().optional(),
      ...by,
    }),
    z.object({ awarded: z.literal(false), reason: z.string(), ...by }),
  ])
  .nullable();

const averages = z.object({
  count: z.int(),
  averages: z.object({
    activityAreaFit: z.number().optional(),
    anchoring: z.number().optional(),
    sustainability: z.number().optional(),
  }),
  recommendations: z.object({ qualified: z.int(), notQualified: z.int() }),
});

const comment = z.object({
  memberId: z.string(),
  memberName: z.string(),
  comment: z.string(),
  updatedAt: instant,
});

export const reviewRow = z.object({
  ...summary,
  declaration: declarationView.nullable(),
  mine,
  /** Geographic and final committees, once the caller declared no conflict. */
  expert: expertOutcome.optional(),
  /** Final committee, once the caller declared no conflict. */
  geographic: geographicOutcome.optional(),
  proposal,
  /** Expert chair and deputy only. */
  assessments: averages.nullable(),
  /** Geographic committee. */
  comments: z.array(comment).nullable(),
  /** Final committee, once the caller declared no conflict: the geographic advisers' comments. */
  advisers: z.array(comment).optional(),
});

export const reviewList = z.object({
  stage: stageView,
  /** Whether the caller acts for the committee now: sets the order, finalises (ADR 043). */
  actsForCommittee: z.boolean(),
  applications: z.array(reviewRow),
  /** Geographic: the chair's current order. */
  order: z.array(z.string()).optional(),
  /** Final: the budget meter and the indicators over the awards proposed. */
  budget: budgetUseView.optional(),
  indicators: z
    .object({
      awarded: z.int(),
      artSubjects: z.record(z.string(), z.int()),
      activityAreas: z.record(z.string(), z.int()),
      counties: z.record(z.string(), z.int()),
    })
    .optional(),
});

/** The committee's discussion of an application (ADR 090). */
const discussion = z.array(
  z.object({
    id: z.string(),
    memberId: z.string(),
    memberName: z.string(),
    text: z.string(),
    at: instant,
    /** Final committee: a member's suggested outcome, advice to the chair. */
    suggestion: z
      .union([
        z.object({ awarded: z.literal(true), amounts: z.record(z.string(), z.number()) }),
        z.object({ awarded: z.literal(false) }),
      ])
      .optional(),
    /** The author has since declared a conflict of interest on the application. */
    standsAside: z.boolean(),
  }),
);

export const reviewDetail = z.object({
  application: z.object({
    ...summary,
    draft: applicationDraftSchema,
    budgetSummary: budgetSummaryView,
  }),
  /** The accepted attachments, each with a presigned GET (5 minutes). */
  attachments: z.array(
    z.object({
      attachmentId: z.string(),
      kind: z.enum(ATTACHMENT_KINDS),
      party: attachmentParty.optional(),
      fileName: z.string(),
      contentType: z.string(),
      size: z.number().optional(),
      url: z.string(),
      expiresAt: instant,
    }),
  ),
  declaration: declarationView.nullable(),
  // Only once the caller declared no conflict:
  mine: mine.optional(),
  expert: expertOutcome.optional(),
  geographic: geographicOutcome.optional(),
  proposal: proposal.optional(),
  standAside: z.array(z.string()).optional(),
  assessments: z.array(z.object({ memberId: z.string(), memberName: z.string(), ...assessment })).optional(),
  averages: averages.optional(),
  comments: z.array(comment).optional(),
  /** Final committee: the geographic advisers' comments. */
  advisers: z.array(comment).optional(),
  /** Once the caller declared no conflict (expert members: and gave their own assessment). */
  discussion: discussion.optional(),
});

export const discussionResponse = z.object({ discussion });

export const declarationResponse = z.object({ declaration: declarationView });
export const assessmentResponse = z.object({ mine: z.union([assessmentView, commentView]) });
export const outcomeResponse = z.object({
  proposal: proposal.unwrap(),
  stage: z.object({ version: z.int() }),
});
export const orderResponse = z.object({
  order: z.array(z.string()),
  comments: z.record(z.string(), z.string()),
  stage: z.object({ version: z.int() }),
});
export const finaliseResponse = z.object({
  finalisedAt: instant,
  finalisedBy: z.string(),
  applications: z.int(),
  resumed: z.int(),
  /** Shares not handed on yet: the decision stands, those executions pick it up later. */
  pending: z.int(),
});

export const awardsResponse = z.object({
  roundId: z.string(),
  announced: z.boolean(),
  awards: z.array(
    z.object({
      title: z.string(),
      leadMunicipality: municipality,
      partnerMunicipalities: z.array(municipality),
      activityAreas: z.array(z.string()),
      amounts: z.record(z.string(), z.number()),
      amount: z.number(),
    }),
  ),
  total: z.number(),
});
