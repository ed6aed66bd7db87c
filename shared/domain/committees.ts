/**
 * The three committees (utvalg) of a round and their members: configuration in the round
 * (`committees`), validated with the round. Members reach their pages through signed review
 * links (shared/review/links.ts), never accounts.
 *
 * - expert (sakkyndig utvalg): assesses each application; the chair sets qualified / not.
 * - geographic (geografisk utvalg): county advisers, each responsible for counties of the
 *   round's division; the chair sets one national priority order.
 * - final (innstillingsutvalg): awards amounts within the budget; the chair finalises.
 *
 * The chair acts for the committee; on an application the chair has declared a conflict of
 * interest for, the deputy chair acts instead (docs/decisions/043-committee-roles-and-conflicts.md).
 */
import * as z from 'zod/mini';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale.ts';
import { COMMITTEES, type Committee } from './stages.ts';

// The list lives with the stages (no zod there): the web's route table reads it too.
export { COMMITTEES, isCommittee, type Committee } from './stages.ts';

// zod/mini (ADR 077): only the round schema parses these; a classic schema here would bring
// zod's classic API and JSON Schema converter into every function that names a committee.
const memberIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug')))();

export const committeeMemberSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Stable slug: the review link's subject and the audit's actor. */
    id: memberIdSchema,
    name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1)),
    email: /* @__PURE__ */ z.email(),
    /** The language of the member's e-mails (invitation, reminders); bokmål when not set. */
    locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(LOCALES)),
    /** Geographic committee only: the counties (fylkesnummer) the adviser is responsible for. */
    counties: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.string().check(z.regex(/^\d{2}$/, 'expected a county number like 03')),
      ),
    ),
  }))();

export const committeeSchema = /* @__PURE__ */ (() =>
  z.object({
    chair: memberIdSchema,
    /** Acts for the chair on applications the chair is conflicted on. */
    deputyChair: /* @__PURE__ */ z.optional(memberIdSchema),
    members: /* @__PURE__ */ z.array(committeeMemberSchema).check(z.minLength(1)),
  }))();

export const committeesSchema = /* @__PURE__ */ (() =>
  z.object({
    expert: committeeSchema,
    geographic: committeeSchema,
    final: committeeSchema,
  }))();

export type CommitteeMember = z.infer<typeof committeeMemberSchema>;
export type CommitteeConfig = z.infer<typeof committeeSchema>;
export type Committees = z.infer<typeof committeesSchema>;
export type CommitteeRole = 'chair' | 'deputy' | 'member';

/** The language a member is written to in (their configuration's, else bokmål). */
export const memberLocale = (member: { locale?: Locale }): Locale => member.locale ?? DEFAULT_LOCALE;

/**
 * Checks a round's committees against its division's counties: chair and deputy are members,
 * member ids are unique per committee, county advisers name counties of the division, every
 * county has an adviser, and only geographic members have counties.
 */
export function committeeIssues(
  committees: Committees,
  countyNumbers: readonly string[],
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const known = new Set(countyNumbers);
  for (const committee of COMMITTEES) {
    const config = committees[committee];
    const ids = new Set<string>();
    for (const [index, member] of config.members.entries()) {
      if (ids.has(member.id))
        issues.push({ path: [committee, 'members', index, 'id'], message: `duplicate ${member.id}` });
      ids.add(member.id);
      if (committee !== 'geographic' && member.counties !== undefined) {
        issues.push({
          path: [committee, 'members', index, 'counties'],
          message: 'only geographic committee members have counties',
        });
      }
      for (const [countyIndex, county] of (member.counties ?? []).entries()) {
        if (!known.has(county)) {
          issues.push({
            path: [committee, 'members', index, 'counties', countyIndex],
            message: `county ${county} is not in the round's division`,
          });
        }
      }
    }
    if (!ids.has(config.chair))
      issues.push({ path: [committee, 'chair'], message: `chair ${config.chair} is not a member` });
    if (config.deputyChair !== undefined) {
      if (!ids.has(config.deputyChair))
        issues.push({
          path: [committee, 'deputyChair'],
          message: `deputy chair ${config.deputyChair} is not a member`,
        });
      if (config.deputyChair === config.chair)
        issues.push({ path: [committee, 'deputyChair'], message: 'deputy chair must not be the chair' });
    }
  }
  const covered = new Set(committees.geographic.members.flatMap((member) => member.counties ?? []));
  const uncovered = countyNumbers.filter((county) => !covered.has(county));
  if (uncovered.length > 0) {
    issues.push({
      path: ['geographic', 'members'],
      message: `no county adviser for ${uncovered.join(', ')}`,
    });
  }
  return issues;
}

export function findMember(committees: Committees, committee: Committee, memberId: string) {
  return committees[committee].members.find((member) => member.id === memberId);
}

export function roleOf(config: CommitteeConfig, memberId: string): CommitteeRole {
  if (config.chair === memberId) return 'chair';
  if (config.deputyChair === memberId) return 'deputy';
  return 'member';
}
