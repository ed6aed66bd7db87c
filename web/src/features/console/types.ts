/**
 * What the secretariat's API answers (functions/secretariat, ADR 093–094), typed from its own
 * response schemas (shared/api/secretariat-responses.ts; type-only imports — nothing of them
 * reaches the bundle). The names below only pick the parts the pages talk about.
 */
import type * as z from 'zod';
import type { roundOverview, staffApplicationDetail } from '../../../../shared/api/secretariat-responses.ts';
import type { Committee } from '../../../../shared/domain/stages.ts';

export type { Committee };

export type RoundOverview = z.output<typeof roundOverview>;
export type OverviewRow = RoundOverview['applications'][number];
export type CommitteeProgress = RoundOverview['committees'][number];
export type MemberProgress = CommitteeProgress['members'][number];
export type TallyView = RoundOverview['tallies']['byCounty'][number];
/** The round's own dates (the award's — acceptBy, reportsDue — beside them in `dates`, ADR 113). */
export type ScheduledEvent = Exclude<keyof RoundOverview['dates'], 'acceptBy' | 'reportsDue'>;
/** A move of dates as the API takes it: one of the round's, the acceptance deadline, or a report's. */
export type DateMove =
  Partial<Record<ScheduledEvent, string>> | { acceptBy: string } | { reportsDue: Record<string, string> };

export type ApplicationDetail = z.output<typeof staffApplicationDetail>;
export type StageRecord = ApplicationDetail['stages'][number];
export type AuditView = ApplicationDetail['audit'][number];
