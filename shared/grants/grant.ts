/**
 * An award as the operations after the announcement read it (ADR 102, 103): the application
 * item (its answer, token, claimed reminders), its reports, the round and its dates now.
 */
import { ENV, requireEnv } from '../config/env.ts';
import { resumeTask } from '../workflow/callbacks.ts';
import { findRound } from '../domain/rounds/index.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import * as errors from '../errors.ts';
import type { ApplicationRecord } from '../storage/items.ts';
import { grantDates } from './dates.ts';
import type { ReportStatus } from './report.ts';
import type { GrantDates, GrantSituation } from './state.ts';
import { getGrantApplication, listReports, type ReportRecord } from './store.ts';

/** The web page of an award (the web's grant route has the same pattern: `/grant/:applicationId`). */
export const grantLink = (applicationId: string) => `${requireEnv(ENV.webBaseUrl)}/grant/${applicationId}`;

/** The secretariat's reports page of a round (the web's `/sekretariat/rapporter?round=`). */
export const staffReportsLink = (roundId: string) =>
  `${requireEnv(ENV.webBaseUrl)}/sekretariat/rapporter?round=${encodeURIComponent(roundId)}`;

/** An announced award: its application is ANNOUNCED with outcome AWARDED and a final award. */
export const isAnnouncedAward = (application: ApplicationRecord) =>
  application.status === 'SUBMITTED' &&
  application.stage === 'ANNOUNCED' &&
  application.outcome === 'AWARDED' &&
  application.finalDecision?.awarded === true;

/** The school years an award covers, in the round's order, with their amounts. */
export function awardedYears(round: RoundSchedule, application: ApplicationRecord) {
  const decision = application.finalDecision;
  const amounts = decision?.awarded ? decision.amounts : {};
  return round.schoolYears
    .filter((year) => amounts[year.id] !== undefined)
    .map((year) => ({
      schoolYear: year.id,
      label: year.label,
      amount: amounts[year.id]!,
    }));
}

export interface LoadedGrant {
  application: ApplicationRecord;
  claims: Set<string>;
  reports: ReportRecord[];
  round: RoundSchedule;
  dates: GrantDates;
  situation: GrantSituation;
}

export function situationOf(
  round: RoundSchedule,
  application: ApplicationRecord,
  reports: readonly ReportRecord[],
): GrantSituation {
  const byYear: Record<string, ReportStatus> = Object.fromEntries(
    reports.map((r) => [r.schoolYear, r.status]),
  );
  return {
    ...(application.grant ? { status: application.grant.status } : {}),
    schoolYears: awardedYears(round, application).map((year) => year.schoolYear),
    reports: byYear,
  };
}

/** The award as it is now; undefined when the application is gone. */
export async function loadGrant(applicationId: string): Promise<LoadedGrant | undefined> {
  const found = await getGrantApplication(applicationId);
  if (!found) return undefined;
  const round = findRound(found.application.roundId);
  if (!round)
    throw new Error(`Application ${applicationId} has an unknown round ${found.application.roundId}`);
  const [reports, dates] = await Promise.all([listReports(applicationId), grantDates(round)]);
  return { ...found, reports, round, dates, situation: situationOf(round, found.application, reports) };
}

/** The award an applicant's request is about: refused unless it is an announced award. */
export async function loadAward(applicationId: string): Promise<LoadedGrant> {
  const grant = await loadGrant(applicationId);
  if (!grant) throw errors.notFound();
  if (!isAnnouncedAward(grant.application)) throw errors.notAwarded();
  return grant;
}

/**
 * Tells the workflow something changed: resumes the callback it waits with now, read after
 * the change was written. (The workflow stores its token, then reads the award again: either
 * this read finds its new token, or its own read finds the change — nothing waits unseen.)
 */
export async function nudgeWorkflow(applicationId: string, change: string): Promise<void> {
  const found = await getGrantApplication(applicationId);
  const token = found?.application.grantToken;
  if (token) await resumeTask(token, { changed: change });
}
