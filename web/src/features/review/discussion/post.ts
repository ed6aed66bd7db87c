/**
 * A post to the committee's discussion (ADR 090), checked as the member types: the text, and
 * for a final committee member an optional suggested outcome — an award per school year (the
 * API's own rule against the request, through `draftIssues`) or a rejection. The API checks again.
 */
import { DISCUSSION_TEXT_MAX } from '../../../../../shared/domain/review.ts';
import { awardedAmounts, draftIssues, type AwardIssue } from '../final/figures.ts';
import type { Committee, DiscussionInput, ReviewRow } from '../types.ts';

export type SuggestionChoice = 'none' | 'award' | 'decline';

export interface PostDraft {
  text: string;
  suggestion: SuggestionChoice;
  /** School year → the amount as typed (an award only). */
  amounts: Record<string, string>;
}

export type PostIssue = { field: 'text'; tooLong?: true } | Exclude<AwardIssue, { field: 'reason' }>;

export const emptyPost = (): PostDraft => ({ text: '', suggestion: 'none', amounts: {} });

/** What the API would refuse in a post, or the body to send. */
export function postBody(
  committee: Committee,
  row: Pick<ReviewRow, 'requested'>,
  draft: PostDraft,
): { issues: PostIssue[] } | { body: DiscussionInput } {
  const text = draft.text.trim();
  const issues: PostIssue[] = [];
  if (!text) issues.push({ field: 'text' });
  else if (text.length > DISCUSSION_TEXT_MAX) issues.push({ field: 'text', tooLong: true });
  // Only the final committee suggests an outcome; elsewhere the choice is never sent.
  const suggestion = committee === 'final' ? draft.suggestion : 'none';
  if (suggestion === 'award') {
    const award = { decision: 'award' as const, amounts: draft.amounts, reason: '' };
    for (const issue of draftIssues(row, award)) if (issue.field !== 'reason') issues.push(issue);
    if (issues.length > 0) return { issues };
    return { body: { text, suggestion: { awarded: true, amounts: awardedAmounts(award)! } } };
  }
  if (issues.length > 0) return { issues };
  return { body: suggestion === 'decline' ? { text, suggestion: { awarded: false } } : { text } };
}
