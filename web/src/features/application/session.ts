/**
 * The applicant's sessions (from magic links), kept in localStorage per application so that
 * a second tab and a reload find them; expired ones are dropped when read.
 */
import type { SessionResponse } from './types.ts';

const KEY = 'ik.sessions';

function readAll(): Record<string, SessionResponse> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, SessionResponse>;
  } catch {
    return {};
  }
}

function writeAll(sessions: Record<string, SessionResponse>) {
  try {
    localStorage.setItem(KEY, JSON.stringify(sessions));
  } catch {
    // storage blocked: the session lives only as long as this page
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
