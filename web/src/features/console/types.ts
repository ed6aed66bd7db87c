/**
 * What the secretariat's API answers. PROVISIONAL: written against the shapes expected from
 * the staff routes (functions/secretariat) until their declarations land, then derived from
 * them with `Answer<…>` (app/api.ts) like every feature's types.
 */
import type { ApplicationDraft } from '../../../../shared/domain/application.ts';
import type {
  ApplicationOutcome,
  ApplicationStatus,
  Committee,
  Stage,
} from '../../../../shared/domain/stages.ts';
import type { LocalizedText } from '../../../../shared/domain/text.ts';

export type { Committee };

export interface MunicipalityRef {
  number: string;
  name: string;
  countyNumber?: string;
  countyName?: string;
}

export interface OverviewRow {
  applicationId: string;
  status: ApplicationStatus;
  stage: Stage | null;
  outcome: ApplicationOutcome | null;
  title: string;
  receiptNumber: string | null;
  leadMunicipality: MunicipalityRef | null;
  partnerMunicipalities: MunicipalityRef[];
  counties: { number: string; name: string }[];
  activityAreas: string[];
  artSubjects: string[];
  requested: number;
  contact: { name: string; email: string } | null;
  ownerEmail: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  withdrawnAt: string | null;
}

export interface MemberProgress {
  memberId: string;
  name: string;
  email: string;
  role: string;
  assessed: number;
  conflicts: number;
  outstanding: number;
  link: { linkId: string; issuedAt: string; revokedAt: string | null } | null;
}

export interface CommitteeProgress {
  committee: Committee;
  deadline: string;
  status: 'not-open' | 'open' | 'finalised';
  overdue: boolean;
  applications: number;
  members: MemberProgress[];
}

export interface RoundOverview {
  round: { id: string; title: LocalizedText };
  dates: Record<'applicationCloses' | 'expert' | 'geographic' | 'final' | 'announcement', string>;
  applications: OverviewRow[];
  committees: CommitteeProgress[];
}

export interface AuditView {
  at: string;
  actor: { kind: string; id?: string; committee?: string; name?: string };
  action: string;
  committee?: string;
  details?: Record<string, unknown>;
}

export interface ApplicationDetail {
  application: OverviewRow & { roundId: string; draft: ApplicationDraft; version: number };
  attachments: { attachmentId: string; fileName: string; kind: string; size?: number }[];
  stages: { committee: Committee; outcome: string | null; reason?: string | null; at?: string | null }[];
  audit: AuditView[];
}

export type ScheduledEvent = keyof RoundOverview['dates'];
