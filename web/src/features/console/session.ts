/**
 * The staff member's session (from the console's magic link), kept in sessionStorage as the
 * applicant's is (ADR 086): a reload and a tab opened from this one find it, closing the tab
 * ends it on this device. An expired one is dropped when read (the API ends it sooner after
 * its idle time, and the console then asks to sign in again).
 */
import type { Answer } from '../../app/api.ts';

/** POST /staff/sessions' answer: the token, the address, when it ends at the latest. */
export type StaffSession = Answer<'POST /staff/sessions'> & { accessToken: string };

export const STAFF_SESSION_KEY = 'ik.staff';

let memory: StaffSession | undefined;

function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined; // storage blocked: the session lives as long as this page
  }
}

export function saveStaffSession(session: StaffSession) {
  memory = session;
  try {
    storage()?.setItem(STAFF_SESSION_KEY, JSON.stringify(session));
  } catch {
    // storage full or blocked: kept in memory only
  }
}

export function getStaffSession(now = Date.now()): StaffSession | undefined {
  let session = memory;
  try {
    const stored = storage()?.getItem(STAFF_SESSION_KEY);
    if (stored) session = JSON.parse(stored) as StaffSession;
  } catch {
    // unreadable: the memory copy, if any
  }
  if (!session?.accessToken) return undefined;
  if (!(Date.parse(session.expiresAt) > now)) {
    clearStaffSession();
    return undefined;
  }
  return session;
}

export function clearStaffSession() {
  memory = undefined;
  try {
    storage()?.removeItem(STAFF_SESSION_KEY);
  } catch {
    // nothing kept
  }
}
