/**
 * The review pages' text: their catalogue (`i18n/review.ts`, with the application's text they
 * show and the committees' shared words), loaded only with these pages so the applicant's
 * first page does not carry it.
 */
import { useText, type Text } from '../../app/i18n.tsx';
import type { frameText } from '../../app/frame.ts';
import { reviewText } from './text.ts';

export type AnyKey = keyof typeof reviewText | keyof typeof frameText;

export type ReviewI18n = Text<typeof reviewText>;

export function useReviewI18n(): ReviewI18n {
  return useText(reviewText);
}
