import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../web/src/app/api.ts';
import { linkFailure, tokenExpiry } from '../../web/src/features/start/link.ts';

/** A Storage over a Map, as a browser's sessionStorage/localStorage behaves. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const base64url = (json: unknown) =>
  Buffer.from(JSON.stringify(json))
    .toString('base64')
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
const token = (claims: Record<string, unknown>) =>
  `${base64url({ alg: 'HS256', kid: 'k1' })}.${base64url(claims)}.sig`;
const NOW = Date.parse('2026-12-02T10:00:00Z');
const unauthorized = new ApiError(401, 'UNAUTHORIZED', 'Lenken er ugyldig eller utløpt.');

describe('a refused magic link (ADR 086)', () => {
  it('is told apart: expired by its own expiry, else used already', () => {
    // Prepare: a link that expired a minute ago, one valid for another half hour
    const expired = token({ jti: 'l1', exp: NOW / 1000 - 60 });
    const live = token({ jti: 'l2', exp: NOW / 1000 + 1800 });

    // Act + Assess
    expect(linkFailure(expired, unauthorized, NOW)).toBe('expired');
    expect(linkFailure(live, unauthorized, NOW)).toBe('used');
  });

  it('calls a token without a readable expiry invalid, and leaves other refusals to the API', () => {
    expect(tokenExpiry('not-a-token')).toBeUndefined();
    expect(tokenExpiry('a.%%%.c')).toBeUndefined();
    expect(tokenExpiry(token({ exp: 'soon' }))).toBeUndefined();
    expect(linkFailure('garbage', unauthorized, NOW)).toBe('invalid');
    const live = token({ exp: NOW / 1000 + 60 });
    expect(linkFailure(live, new ApiError(429, 'RATE_LIMITED', 'Vent litt.'), NOW)).toBe('other');
    expect(linkFailure(live, new ApiError(0, 'NETWORK', 'offline'), NOW)).toBe('other');
  });
});

describe("the applicant's session store (ADR 086)", () => {
  let session: MemoryStorage;
  let local: MemoryStorage;
  beforeEach(() => {
    vi.resetModules();
    session = new MemoryStorage();
    local = new MemoryStorage();
    vi.stubGlobal('sessionStorage', session);
    vi.stubGlobal('localStorage', local);
  });
  afterEach(() => vi.unstubAllGlobals());

  const stored = (applicationId: string, expiresAt = '2099-01-01T00:00:00Z') => ({
    applicationId,
    accessToken: `token-${applicationId}`,
    expiresAt,
  });

  it('keeps sessions in sessionStorage, never in localStorage, and removes an old localStorage copy', async () => {
    // Prepare: a session left in localStorage by the earlier version
    local.setItem('ik.sessions', JSON.stringify({ old: stored('old') }));

    // Act
    const store = await import('../../web/src/features/application/session.ts');
    store.saveSession(stored('app-1'));

    // Assess
    expect(local.getItem('ik.sessions')).toBeNull();
    expect(JSON.parse(session.getItem('ik.sessions')!)).toEqual({ 'app-1': stored('app-1') });
    expect(store.getSession('app-1')?.accessToken).toBe('token-app-1');
    expect(store.getSession('old')).toBeUndefined();
  });

  it('forgets a cleared session (sign-out) and an expired one', async () => {
    const store = await import('../../web/src/features/application/session.ts');
    store.saveSession(stored('app-1'));
    store.saveSession(stored('app-2', '2026-12-02T09:00:00Z'));

    store.clearSession('app-1');

    expect(store.getSession('app-1')).toBeUndefined();
    expect(store.getSession('app-2', NOW)).toBeUndefined();
    expect(session.getItem('ik.sessions')).toBeNull();
  });
});

describe('the addresses of the pages added with the session and the statements', () => {
  it('are in the route table and match back', async () => {
    const { matchRoute, routes } = await import('../../web/src/routes.ts');
    expect([routes.signedOut.path(), routes.privacy.path(), routes.accessibility.path()]).toEqual([
      '/signed-out',
      '/personvern',
      '/tilgjengelighet',
    ]);
    expect(['/signed-out', '/personvern', '/tilgjengelighet'].map((path) => matchRoute(path)?.name)).toEqual([
      'signedOut',
      'privacy',
      'accessibility',
    ]);
  });
});
