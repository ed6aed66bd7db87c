/**
 * Decision letters (ADR 099): made on request from the stored decision and the round's
 * configuration — never stored, so a letter always says what the record says — once the
 * application's outcome is announced, in the language the applicant applied in. The applicant
 * reads their own (GET /applications/{applicationId}/decision-letter); the secretariat takes
 * every letter of a round as one zip (`roundLetters`: the staff route and the admin CLI).
 */
import { zipSync } from 'fflate';
import * as clock from '../clock.ts';
import { findRoundWithContent } from '../domain/rounds/content.ts';
import type { Round } from '../domain/rounds/schema.ts';
import * as errors from '../errors.ts';
import { grantDates } from '../grants/dates.ts';
import { isLocale, type Locale } from '../i18n/locale.ts';
import {
  getApplication,
  listSubmittedApplications,
  type ApplicationRecord,
} from '../storage/applications.ts';
import { recordAudit } from '../storage/audit.ts';
import type { AuditActor } from '../storage/items.ts';
import { letterContent } from './content.ts';
import { renderLetter } from './pdf.ts';

export const LETTER_CONTENT_TYPE = 'application/pdf';
export const LETTERS_ZIP_CONTENT_TYPE = 'application/zip';

export interface LetterFile {
  bytes: Uint8Array;
  fileName: string;
}

/** Whether the application's outcome is out: submitted, decided and announced. */
export function hasLetter(application: ApplicationRecord): boolean {
  return application.status === 'SUBMITTED' && application.stage === 'ANNOUNCED' && !!application.outcome;
}

const caseNumberOf = (application: ApplicationRecord) =>
  application.receipt?.number ?? application.applicationId;

/** The round with its acceptance and report dates as they hold now (an administrator may move them). */
async function withDatesNow(round: Round): Promise<Round> {
  return { ...round, grant: { ...round.grant, ...(await grantDates(round)) } };
}

async function letterOf(application: ApplicationRecord, round: Round): Promise<LetterFile> {
  const locale: Locale = isLocale(application.locale) ? application.locale : 'nb';
  const content = letterContent(application, round, locale, round.announcementDate);
  return {
    bytes: await renderLetter(content),
    fileName: `vedtak-${caseNumberOf(application)}.pdf`.replace(/[^\w.-]/g, '_'),
  };
}

/**
 * The application's decision letter for its applicant: NOT_FOUND until its outcome is announced
 * (nothing tells whether there is an outcome before then).
 */
export async function applicantLetter(applicationId: string): Promise<LetterFile> {
  const application = await getApplication(applicationId);
  if (!application || !hasLetter(application)) throw errors.notFound();
  const round = findRoundWithContent(application.roundId);
  if (!round) throw errors.roundNotFound();
  return letterOf(application, await withDatesNow(round));
}

/**
 * Every announced application's letter in a round (one PDF each, named by its case number).
 * ROUND_NOT_FOUND for an unknown round; none before the announcement.
 */
export async function roundLetterFiles(roundId: string): Promise<LetterFile[]> {
  const round = findRoundWithContent(roundId);
  if (!round) throw errors.roundNotFound();
  const announced = (await listSubmittedApplications(round.id)).filter(hasLetter);
  const files: LetterFile[] = [];
  // One at a time: a round's letters are a few hundred small documents, and memory stays flat.
  const now = await withDatesNow(round);
  for (const application of announced) files.push(await letterOf(application, now));
  return files;
}

/** The round's letters as one zip (the secretariat's download, audited), and how many. */
export async function roundLetters(
  roundId: string,
  actor: AuditActor,
): Promise<LetterFile & { count: number }> {
  const files = await roundLetterFiles(roundId);
  const round = findRoundWithContent(roundId)!;
  await recordAudit({
    roundId: round.id,
    at: clock.now().toISOString(),
    actor,
    action: 'letters.downloaded',
    details: { count: files.length },
  });
  return {
    // PDFs are compressed already: stored as they are.
    bytes: zipSync(Object.fromEntries(files.map((file) => [file.fileName, file.bytes])), {
      level: 0,
      mtime: new Date(round.announcementDate),
    }),
    fileName: `vedtaksbrev-${round.id}.zip`,
    count: files.length,
  };
}
