/**
 * The member's link session on a committee's pages: who they are, the stage, the committee's
 * API client; and the committee's list, loaded by key and again after every action.
 */
import { createContext, useContext } from 'react';
import { messageOf } from '../../app/api.ts';
import { useResource } from '../../app/resource.ts';
import type { ReviewApi } from './api.ts';
import type { ReviewI18n } from './i18n.ts';
import type { Committee, ReviewContext } from './types.ts';

export interface ReviewSession {
  committee: Committee;
  client: ReviewApi;
  context: ReviewContext;
  /** The committee and the link: what the pages' loads are keyed by. */
  sessionKey: string;
  reloadContext(): Promise<void>;
}

const SessionContext = createContext<ReviewSession | null>(null);
export const ReviewSessionProvider = SessionContext.Provider;

export function useReview(): ReviewSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useReview outside a review page');
  return session;
}

/** The chair, or the deputy (who acts where the chair declared a conflict). */
export const isChairOrDeputy = (context: ReviewContext) =>
  context.member.role === 'chair' || context.member.role === 'deputy';

export const isOpen = (context: ReviewContext) => context.stage.status === 'open';

/** The message to show for a failed call: the API's own (in the chosen language), or ours. */
export function problemOf(error: unknown, t: ReviewI18n['t']): string {
  return messageOf(error, t('app.networkError'));
}

/** The committee's list, loaded once and again after every action (`reload`). */
export function useReviewList() {
  const { client, sessionKey } = useReview();
  const { data, error, reload } = useResource(`review-list:${sessionKey}`, (signal) => client.list(signal));
  return { list: data, error, reload };
}
