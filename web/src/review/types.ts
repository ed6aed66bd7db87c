/**
 * What the review API answers (docs/review-api.md; shaped by shared/review/views.ts). The
 * request bodies are the API's own zod schemas in shared/domain/review.ts (type-only here).
 */
import type * as z from 'zod';
import type { ApplicationDraft } from '../../../shared/domain/application.ts';
import type { ArtSubject } from '../../../shared/domain/art-subjects.ts';
import type { Committee } from '../../../shared/domain/committees.ts';
import type {
  EXPERT_CRITERIA,
  expertAssessmentSchema,
  expertOutcomeSchema,
  finalOutcomeSchema,
} from '../../../shared/domain/review.ts';
import type { LocalizedText } from '../../../shared/domain/text.ts';

export type { Committee };
export type ExpertCriterion = (typeof EXPERT_CRITERIA)[number];
export type ExpertAssessmentInput = z.input<typeof expertAssessmentSchema>;
export type ExpertOutcomeInput = z.input<typeof expertOutcomeSchema>;
export type FinalOutcomeInput = z.input<typeof finalOutcomeSchema>;

export type Role = 'chair' | 'deputy' | 'member';
export type StageStatus = 'not-open' | 'open' | 'finalised';

export interface StageView {
  status: StageStatus;
  openedAt: string | null;
  deadline: string;
  finalisedAt: string | null;
  finalisedBy: string | null;
  version: number;
}

export interface ReviewContext {
  member: { id: string; name: string; role: Role };
  committee: Committee;
  round: {
    id: string;
    title: LocalizedText;
    division: '2020-2023' | '2024';
    budgetPerYear: Record<string, number>;
    schoolYears: { id: string; label: LocalizedText; budgetYear: string }[];
    activityAreas: { code: string; area: LocalizedText; title: LocalizedText }[];
    artSubjects: ArtSubject[];
    dates: Record<'applicationCloses' | 'expert' | 'geographic' | 'final' | 'announcement', string>;
  };
  counties: string[];
  stage: StageView;
  linkExpiresAt: string;
}

export interface MunicipalityRef {
  number: string;
  name: string;
  countyNumber: string;
  countyName: string;
}

export interface Declaration {
  conflicted: boolean;
  reason?: string;
  declaredAt: string;
}

export interface Criterion {
  score: number;
  comment: string;
}

export type ExpertAssessment = Record<ExpertCriterion, Criterion> & {
  recommendation: 'qualified' | 'notQualified';
  updatedAt: string;
};

export interface GeographicComment {
  text: string;
  updatedAt: string;
}

export interface AssessmentAverages {
  count: number;
  averages: Partial<Record<ExpertCriterion, number>>;
  recommendations: { qualified: number; notQualified: number };
}

export interface MemberComment {
  memberId: string;
  memberName: string;
  comment: string;
  updatedAt: string;
}

export type ExpertProposal = { qualified: boolean; reason: string; setBy?: string; setAt?: string };
export type GeographicProposal = { rank: number; comment: string };
export type FinalProposal = (
  { awarded: true; amounts: Record<string, number>; total: number } | { awarded: false; reason: string }
) & { setBy?: string; setAt?: string };

export interface Requested {
  perSchoolYear: { schoolYear: string; budgetYear: string; amount: number }[];
  total: number;
}

/** The facts every list row and detail carries. */
export interface ApplicationSummaryView {
  applicationId: string;
  receiptNumber: string;
  submittedAt: string;
  title: string;
  leadMunicipality: MunicipalityRef;
  partnerMunicipalities: MunicipalityRef[];
  counties: { number: string; name: string }[];
  activityAreas: string[];
  artSubjects: ArtSubject[];
  requested: Requested;
}

export interface ReviewRow extends ApplicationSummaryView {
  declaration: Declaration | null;
  mine: ExpertAssessment | GeographicComment | null;
  expert?: { qualified: boolean; reason: string } | null;
  geographic?: { rank: number; comment: string } | null;
  proposal: ExpertProposal | GeographicProposal | FinalProposal | null;
  assessments: AssessmentAverages | null;
  comments: MemberComment[] | null;
}

export interface BudgetFigures {
  perYear: { year: string; budget: number; awarded: number; remaining: number }[];
  total: { budget: number; awarded: number; remaining: number };
  overBudget: boolean;
}

export interface Indicators {
  awarded: number;
  artSubjects: Record<string, number>;
  activityAreas: Record<string, number>;
  counties: Record<string, number>;
}

export interface ReviewList {
  stage: StageView;
  /** Whether the caller acts for the committee now: sets the order, finalises (ADR 043). */
  actsForCommittee: boolean;
  /** The applications the caller stood aside on come without their standing (ADR 065). */
  applications: ReviewRow[];
  order?: string[];
  budget?: BudgetFigures;
  indicators?: Indicators;
}

export interface ReviewAttachment {
  attachmentId: string;
  kind: 'letterOfIntent' | 'other';
  fileName: string;
  contentType: string;
  size?: number;
  url: string;
  expiresAt: string;
}

export interface ReviewDetail {
  application: ApplicationSummaryView & { draft: ApplicationDraft };
  attachments: ReviewAttachment[];
  declaration: Declaration | null;
  mine?: ExpertAssessment | GeographicComment | null;
  expert?: { qualified: boolean; reason: string } | null;
  geographic?: { rank: number; comment: string } | null;
  proposal?: ExpertProposal | GeographicProposal | FinalProposal | null;
  standAside?: string[];
  assessments?: (Record<ExpertCriterion, Criterion> & {
    memberId: string;
    memberName: string;
    recommendation: 'qualified' | 'notQualified';
    updatedAt: string;
  })[];
  averages?: AssessmentAverages;
  comments?: MemberComment[];
}

export interface FinaliseResult {
  finalisedAt: string;
  finalisedBy: string;
  applications: number;
  resumed: number;
  pending: number;
}

export interface AwardsAnswer {
  roundId: string;
  announced: boolean;
  awards: {
    title: string;
    leadMunicipality: MunicipalityRef;
    partnerMunicipalities: MunicipalityRef[];
    activityAreas: string[];
    amounts: Record<string, number>;
    amount: number;
  }[];
  total: number;
}
