import { describe, expect, it } from 'vitest';
import { DISCUSSION_TEXT_MAX } from '../../shared/domain/review.ts';
import { reviewMessages } from '../../shared/i18n/review.ts';
import { emptyPost, postBody } from '../../web/src/features/review/discussion/post.ts';
import { reviewText } from '../../web/src/features/review/text.ts';

/** The committee's discussion without a browser: what a post sends, and what it refuses first. */
const row = {
  requested: {
    perSchoolYear: [
      { schoolYear: '2026-2027', budgetYear: '2026', amount: 300_000 },
      { schoolYear: '2027-2028', budgetYear: '2027', amount: 200_000 },
    ],
    total: 500_000,
  },
};

describe('a post to the discussion', () => {
  it('sends the trimmed text, and refuses an empty or too long one', () => {
    expect(postBody('expert', row, { ...emptyPost(), text: '  Svak forankring.  ' })).toEqual({
      body: { text: 'Svak forankring.' },
    });
    expect(postBody('geographic', row, { ...emptyPost(), text: '   ' })).toEqual({
      issues: [{ field: 'text' }],
    });
    expect(postBody('expert', row, { ...emptyPost(), text: 'x'.repeat(DISCUSSION_TEXT_MAX + 1) })).toEqual({
      issues: [{ field: 'text', tooLong: true }],
    });
  });

  it('sends a final member’s suggestion: an award per school year (as typed) or a rejection', () => {
    const award = postBody('final', row, {
      text: 'Bør få noe.',
      suggestion: 'award',
      amounts: { '2026-2027': '250 000', '2027-2028': '0' },
    });
    expect(award).toEqual({
      body: {
        text: 'Bør få noe.',
        suggestion: { awarded: true, amounts: { '2026-2027': 250_000, '2027-2028': 0 } },
      },
    });
    expect(postBody('final', row, { text: 'Nei.', suggestion: 'decline', amounts: {} })).toEqual({
      body: { text: 'Nei.', suggestion: { awarded: false } },
    });
  });

  it('refuses an award above the request, unreadable, or of nothing — by the API’s own rule', () => {
    const over = postBody('final', row, {
      text: 'Mer!',
      suggestion: 'award',
      amounts: { '2026-2027': '300 001', '2027-2028': '200000' },
    });
    expect(over).toEqual({ issues: [{ field: 'amount', schoolYear: '2026-2027', max: 300_000 }] });
    const unreadable = postBody('final', row, {
      text: '',
      suggestion: 'award',
      amounts: { '2026-2027': 'mye', '2027-2028': '1' },
    });
    expect(unreadable).toEqual({
      issues: [{ field: 'text' }, { field: 'amount', schoolYear: '2026-2027', max: 300_000 }],
    });
    expect(
      postBody('final', row, {
        text: 'Null',
        suggestion: 'award',
        amounts: { '2026-2027': '0', '2027-2028': '0' },
      }),
    ).toEqual({ issues: [{ field: 'total' }] });
  });

  it('never sends a suggestion from the expert or geographic committee', () => {
    expect(postBody('expert', row, { text: 'Hei', suggestion: 'decline', amounts: {} })).toEqual({
      body: { text: 'Hei' },
    });
  });

  it('says what the API says to an expert member who has not assessed yet, in three languages', () => {
    expect(reviewText['committee.discussion.assessmentFirst']).toBe(reviewMessages.ASSESSMENT_REQUIRED);
    const texts = Object.values(reviewText['committee.discussion.assessmentFirst']);
    expect(new Set(texts).size).toBe(3);
  });
});
