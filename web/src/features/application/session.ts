/**
 * The applicant's sessions (from magic links), kept in sessionStorage per application (ADR
 * 086, issue 11): a reload and a tab opened from this one find them, closing the tab ends
 * them on this device, and another tab or browser signs in with a link of its own. Expired
 * ones are dropped when read. A copy left in localStorage by an earlier version is removed.
 */
import type { SessionResponse } from './types.ts';

export const SESSIONS_KEY = 'ik.sessions';

function storage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined; // storage blocked: the session lives only as long as this page
  }
}

// Sessions from before ADR 086 sat in localStorage for as long as the browser kept it.
try {
  localStorage.removeItem(SESSIONS_KEY);
} catch {
  // nothing stored, or storage blocked
}

function readAll(): Record<string, SessionResponse> {
  try {
    return JSON.parse(storage()?.getItem(SESSIONS_KEY) ?? '{}') as Record<string, SessionResponse>;
  } catch {
    return {};
  }
}

function writeAll(sessions: Record<string, SessionResponse>) {
  try {
    if (Object.keys(sessions).length === 0) storage()?.removeItem(SESSIONS_KEY);
    else storage()?.setItem(SESSIONS_KEY, JSON.stringify(sessions));
  } catch {
    // storage full or blocked: the session lives only as long as this page
  }
}

const memory = new Map<string, SessionResponse>();

export function saveSession(session: SessionResponse) {
  memory.set(session.applicationId, session);
  writeAll({ ...readAll(), [session.applicationId]: session });
}

export function getSession(applicationId: string, now = Date.now()): SessionResponse | undefined {
  const session = readAll()[applicationId] ?? memory.get(applicationId);
  if (!session) return undefined;
  if (Date.parse(session.expiresAt) <= now) {
    clearSession(applicationId);
    return undefined;
  }
  return session;
}

export function clearSession(applicationId: string) {
  memory.delete(applicationId);
  const all = readAll();
  delete all[applicationId];
  writeAll(all);
}
