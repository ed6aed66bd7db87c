/**
 * One application as the secretariat sees it (ADR 094): the application whole (draft or
 * submission), where it stands with each committee, its attachments, the mail problems SES
 * reported for it, and its audit trail — GetItem/Query only (the application with its
 * attachments, one Query; its mail problems are on its item; the round's audit partition).
 */
import { COMMITTEES, type Committee } from '../domain/committees.ts';
import { findRound, type RoundSchedule } from '../domain/rounds/index.ts';
import * as errors from '../errors.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import { getApplicationWithAttachments } from '../storage/applications.ts';
import { listAudit, type AuditEntry } from '../storage/audit.ts';
import { listMailProblems } from '../storage/mail-problems.ts';
import { overviewRow } from './overview.ts';

/** An application of a round the portal knows, or NOT_FOUND. */
export async function loadApplication(applicationId: string) {
  const found = await getApplicationWithAttachments(applicationId);
  const round = found && findRound(found.application.roundId);
  if (!found || !round) throw errors.notFound();
  return { ...found, round };
}

/** Each committee's share of its decision for the application, as recorded on it. */
function stagesOf(application: ApplicationRecord) {
  return COMMITTEES.map((committee) => {
    const decision = application[`${committee}Decision`];
    if (!decision) return { committee, decided: false as const };
    const base = {
      committee,
      decided: true as const,
      decidedAt: decision.decidedAt,
      standAside: decision.standAside,
    };
    if ('qualified' in decision) return { ...base, qualified: decision.qualified, reason: decision.reason };
    if ('rank' in decision) return { ...base, rank: decision.rank, comment: decision.comment ?? null };
    return decision.awarded
      ? {
          ...base,
          awarded: true,
          amounts: decision.amounts,
          total: decision.total,
          reason: decision.reason ?? null,
        }
      : { ...base, awarded: false, reason: decision.reason };
  });
}

/**
 * A committee member's name by their id in the round's configuration, if the round still names
 * them (a member removed from the configuration keeps only their id in the trail).
 */
function memberName(round: RoundSchedule, committee: string, memberId: string) {
  const config = (COMMITTEES as readonly string[]).includes(committee)
    ? round.committees[committee as Committee]
    : undefined;
  return config?.members.find((member) => member.id === memberId)?.name;
}

/**
 * An audit entry as the console shows it: who (their kind and id; a committee member also by
 * the name the round's configuration gives them), what, when.
 */
export function auditView(entry: AuditEntry, round: RoundSchedule) {
  const { actor } = entry;
  const name = actor.kind === 'member' ? memberName(round, actor.committee, actor.id) : undefined;
  return {
    at: entry.at,
    actor: {
      kind: actor.kind,
      ...('id' in actor ? { id: actor.id } : {}),
      ...('committee' in actor ? { committee: actor.committee } : {}),
      ...(name ? { name } : {}),
    },
    action: entry.action,
    ...(entry.committee ? { committee: entry.committee } : {}),
    ...(entry.applicationId ? { applicationId: entry.applicationId } : {}),
    ...(entry.details ? { details: entry.details } : {}),
  };
}

export async function applicationDetail(applicationId: string) {
  const { application, attachments, round } = await loadApplication(applicationId);
  return detailOf(round, application, attachments);
}

async function detailOf(
  round: RoundSchedule,
  application: ApplicationRecord,
  attachments: Awaited<ReturnType<typeof loadApplication>>['attachments'],
) {
  const [mailProblems, audit] = await Promise.all([
    listMailProblems({ kind: 'application', applicationId: application.applicationId }),
    listAudit(round.id, application.applicationId),
  ]);
  // After the submission, what was submitted is the truth (ADR 060); before, the draft's uploads.
  const files = application.submittedAttachments
    ? application.submittedAttachments.map((file) => ({
        attachmentId: file.attachmentId,
        kind: file.kind,
        ...(file.party ? { party: file.party } : {}),
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        status: 'SUBMITTED' as const,
        createdAt: file.createdAt,
      }))
    : attachments.map((file) => ({
        attachmentId: file.attachmentId,
        kind: file.kind,
        ...(file.party ? { party: file.party } : {}),
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size ?? file.declaredSize,
        status: file.status,
        createdAt: file.createdAt,
      }));
  return {
    application: {
      ...overviewRow(round, application),
      roundId: round.id,
      locale: application.locale,
      version: application.version,
      draft: application.draft,
      announcedAt: application.announcedAt ?? null,
    },
    stages: stagesOf(application),
    attachments: files,
    mailProblems: mailProblems.map((problem) => ({
      type: problem.type,
      detail: problem.detail,
      recipients: [...problem.recipients],
      mail: problem.mail ?? null,
      at: problem.at,
    })),
    audit: audit.map((entry) => auditView(entry, round)),
  };
}
