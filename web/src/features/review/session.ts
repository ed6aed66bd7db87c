/**
 * The review link's token (docs/review-api.md, ADR 042): it arrives in the page address's
 * fragment (`/review/expert#token=…`), is taken out of the address bar at once, and is kept in
 * sessionStorage per committee — for this tab only, so that the application pages and a reload
 * find it. It is sent as a bearer token on every call; the API checks it every time.
 */
import { tokenFromHash } from './token.ts';
import type { Committee } from './types.ts';

export { tokenFromHash };

const key = (committee: Committee) => `ik.review.${committee}`;
const memory = new Map<Committee, string>();

/** Takes a fresh link's token from the address bar, else the one kept for this committee. */
export function takeReviewToken(committee: Committee): string | undefined {
  const fresh = tokenFromHash(location.hash);
  if (fresh) {
    history.replaceState(history.state, '', location.pathname + location.search);
    memory.set(committee, fresh);
    try {
      sessionStorage.setItem(key(committee), fresh);
    } catch {
      // storage blocked: the token lives as long as this page
    }
    return fresh;
  }
  try {
    return sessionStorage.getItem(key(committee)) ?? memory.get(committee);
  } catch {
    return memory.get(committee);
  }
}

/** Forgets a refused token, so a reload does not try it again. */
export function forgetReviewToken(committee: Committee) {
  memory.delete(committee);
  try {
    sessionStorage.removeItem(key(committee));
  } catch {
    // nothing kept
  }
}
