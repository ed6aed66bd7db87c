/**
 * The review pages' and the awards page's text: the app's catalogue (`i18n/strings.ts`) plus
 * the committees' own (`i18n/review-strings.ts`), which is loaded only with these pages so the
 * applicant's first page does not carry it.
 */
import { useMemo } from 'react';
import { useI18n, type I18n, type Params } from '../i18n/i18n.tsx';
import { reviewStrings, type ReviewStringKey } from '../i18n/review-strings.ts';
import type { StringKey } from '../i18n/strings.ts';
import { fill } from '../i18n/translate.ts';

export type AnyKey = StringKey | ReviewStringKey;

export interface ReviewI18n extends Omit<I18n, 't'> {
  t(key: AnyKey, params?: Params): string;
}

export function isReviewKey(key: string): key is ReviewStringKey {
  return Object.hasOwn(reviewStrings, key);
}

export function useReviewI18n(): ReviewI18n {
  const app = useI18n();
  return useMemo(
    () => ({
      ...app,
      t: (key: AnyKey, params?: Params) =>
        isReviewKey(key) ? fill(reviewStrings[key][app.locale], params) : app.t(key, params),
    }),
    [app],
  );
}
