import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingKeyFor } from '../../shared/auth/signing-key.ts';
import { signReviewToken } from '../../shared/auth/tokens.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { issueLink, revokeReviewLink } from '../../shared/review/links.ts';
import { createLink } from '../../shared/storage/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';

/**
 * Every review endpoint against every kind of token that must not get in: none, an applicant's
 * session, another committee's link, an expired link, a tampered one, a revoked one, one signed
 * with another audience's key or under a kid not in the key set or none (ADR 086) — and a
 * member who declared a conflict of interest, who may see the application but none of the
 * committee's discussion and take no part in its decision.
 */
let test: TestStack;
let app: Submitted;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  test = await startTestStack();
  app = await submitApplication(test, { lead: '0301', partners: ['3201'], title: 'Sikkerhet' });
  await openEarly();
  await waitForStage([app.applicationId], 'EXPERT_REVIEW');
  const links = await waitForLinks(test, 'expert', ['ekspert.leder@example.no', 'ekspert.medlem@example.no']);
  tokens.chair = links.get('ekspert.leder@example.no')!;
  tokens.member = links.get('ekspert.medlem@example.no')!;
  tokens.applicant = app.token;

  const round = findRound('demo')!;
  const actor = { kind: 'admin' as const, id: 'test' };
  // Another committee's link (the geographic stage is not open, but the link is genuine).
  tokens.otherCommittee = (
    await issueLink({ round, committee: 'geographic', memberId: 'geo-leder', actor, webBaseUrl: 'http://x' })
  ).token;
  // A link that expired: recorded as issued, signed with an expiry in the past.
  const linkId = ulid();
  const past = new Date(test.clock.now().getTime() - 60_000).toISOString();
  await createLink({
    linkId,
    roundId: 'demo',
    committee: 'expert',
    memberId: 'ekspert-leder',
    issuedAt: past,
    issuedBy: 'test',
    expiresAt: past,
  });
  tokens.expired = await signReviewToken({
    memberId: 'ekspert-leder',
    committee: 'expert',
    roundId: 'demo',
    linkId,
    expiresAt: past,
  });
  // A tampered link: the chair's, with the subject changed to another member.
  const [header, payload, signature] = tokens.chair.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
  tokens.tampered = [
    header,
    Buffer.from(JSON.stringify({ ...claims, sub: 'ekspert-medlem' })).toString('base64url'),
    signature,
  ].join('.');
  // A revoked link.
  const revoked = await issueLink({
    round,
    committee: 'expert',
    memberId: 'ekspert-nestleder',
    actor,
    webBaseUrl: 'http://x',
  });
  await revokeReviewLink({ roundId: 'demo', linkId: revoked.record.linkId, actor });
  tokens.revoked = revoked.token;
  // A link for a link id that was never issued (signed with the right key).
  tokens.unknown = await signReviewToken({
    memberId: 'ekspert-leder',
    committee: 'expert',
    roundId: 'demo',
    linkId: ulid(),
    expiresAt: new Date(test.clock.now().getTime() + 3_600_000).toISOString(),
  });
  // The chair's link with its claims as they are, signed as an attacker with some key could
  // (ADR 086): with the applicant audience's key under the right kid, a kid not in the key set,
  // and no kid at all. A control signed like the genuine one must get in (see below).
  const chairClaims = decodeJwt(tokens.chair);
  const { kid } = decodeProtectedHeader(tokens.chair);
  const forge = async (audience: 'applicant' | 'review', header: { kid?: string }) =>
    new SignJWT(chairClaims)
      .setProtectedHeader({ alg: 'HS256', ...header })
      .sign((await signingKeyFor(audience)).key);
  tokens.applicantKey = await forge('applicant', { kid });
  tokens.unknownKid = await forge('review', { kid: 'not-a-key' });
  tokens.noKid = await forge('review', {});
  tokens.control = await forge('review', { kid });
});
afterAll(async () => test?.stop());

const endpoints = () => [
  { method: 'GET', path: '/review/context' },
  { method: 'GET', path: '/review/applications' },
  { method: 'GET', path: `/review/applications/${app.applicationId}` },
  {
    method: 'POST',
    path: `/review/applications/${app.applicationId}/declaration`,
    body: { conflicted: false },
  },
  {
    method: 'POST',
    path: `/review/applications/${app.applicationId}/assessment`,
    body: {
      activityAreaFit: { score: 3, comment: '' },
      anchoring: { score: 3, comment: '' },
      sustainability: { score: 3, comment: '' },
      recommendation: 'qualified',
    },
  },
  {
    method: 'POST',
    path: `/review/applications/${app.applicationId}/outcome`,
    body: { qualified: true, reason: 'x' },
  },
  {
    method: 'POST',
    path: `/review/applications/${app.applicationId}/discussion`,
    body: { text: 'Sterk søknad.' },
  },
  { method: 'POST', path: '/review/order', body: { order: [app.applicationId] } },
  { method: 'POST', path: '/review/finalise', body: { version: 0 } },
  { method: 'GET', path: '/review/export?format=csv' },
];

/** Nothing of the application may leak into a refusal. */
function expectNoData(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toContain('Sikkerhet');
  expect(text).not.toContain(app.applicationId);
  expect(Object.keys(body as object).sort()).toEqual(expect.arrayContaining(['code', 'message']));
}

describe('review endpoints refuse every token that must not get in', () => {
  const cases: [string, number, string][] = [
    ['none', 401, 'REVIEW_LINK_INVALID'],
    ['applicant', 401, 'REVIEW_LINK_INVALID'],
    ['expired', 401, 'REVIEW_LINK_INVALID'],
    ['tampered', 401, 'REVIEW_LINK_INVALID'],
    ['unknown', 401, 'REVIEW_LINK_INVALID'],
    ['revoked', 401, 'REVIEW_LINK_REVOKED'],
    ['applicantKey', 401, 'REVIEW_LINK_INVALID'],
    ['unknownKid', 401, 'REVIEW_LINK_INVALID'],
    ['noKid', 401, 'REVIEW_LINK_INVALID'],
  ];
  it('the control — the genuine claims signed with the review key under its kid — gets in', async () => {
    expect((await test.api('GET', '/review/context', { token: tokens.control })).status).toBe(200);
  });
  it.each(cases)('%s token → %i %s on every endpoint', async (kind, status, code) => {
    for (const endpoint of endpoints()) {
      const answer = await test.api(endpoint.method, endpoint.path, {
        ...(kind === 'none' ? {} : { token: tokens[kind] }),
        ...(endpoint.body ? { body: endpoint.body } : {}),
      });
      expect(answer.status, `${endpoint.method} ${endpoint.path}`).toBe(status);
      expect(answer.body.code, `${endpoint.method} ${endpoint.path}`).toBe(code);
      expectNoData(answer.body);
    }
  });

  it("another committee's link reaches nothing of this committee's stage", async () => {
    for (const endpoint of endpoints()) {
      const answer = await test.api(endpoint.method, endpoint.path, {
        token: tokens.otherCommittee,
        ...(endpoint.body ? { body: endpoint.body } : {}),
      });
      const where = `${endpoint.method} ${endpoint.path}`;
      if (endpoint.path === '/review/context') {
        // Its own context only: the geographic committee, its stage not open.
        expect(answer.status, where).toBe(200);
        expect(answer.body).toMatchObject({ committee: 'geographic', stage: { status: 'not-open' } });
        continue;
      }
      // A body is parsed as the caller's committee's before the route runs (ADR 070): a body of
      // another committee's form is refused as such, telling nothing of the stage either.
      expect([400, 403, 404, 409], where).toContain(answer.status);
      expect(['VALIDATION_FAILED', 'WRONG_COMMITTEE', 'STAGE_NOT_OPEN', 'NOT_FOUND'], where).toContain(
        answer.body.code,
      );
      expectNoData(answer.body);
    }
  });

  it('a conflicted member sees the application but no discussion, and takes no part in the decision', async () => {
    // Prepare: the chair assesses and proposes; the member declares a conflict
    const assessment = endpoints()[4]!.body;
    await test.api('POST', `/review/applications/${app.applicationId}/declaration`, {
      token: tokens.chair,
      body: { conflicted: false },
    });
    expect(
      (
        await test.api('POST', `/review/applications/${app.applicationId}/assessment`, {
          token: tokens.chair,
          body: assessment,
        })
      ).status,
    ).toBe(200);
    const declared = await test.api('POST', `/review/applications/${app.applicationId}/declaration`, {
      token: tokens.member,
      body: { conflicted: true, reason: 'Søsteren min leder kulturskolen' },
    });
    expect(declared.status).toBe(200);

    // Act / Assess
    const detail = await test.api('GET', `/review/applications/${app.applicationId}`, {
      token: tokens.member,
    });
    expect(detail.status).toBe(200);
    expect(detail.body.declaration.conflicted).toBe(true);
    for (const field of ['mine', 'assessments', 'comments', 'proposal', 'standAside', 'discussion']) {
      expect(detail.body, field).not.toHaveProperty(field);
    }
    const list = await test.api('GET', '/review/applications', { token: tokens.member });
    expect(list.body.applications[0]).toMatchObject({ mine: null, proposal: null, assessments: null });

    const assess = await test.api('POST', `/review/applications/${app.applicationId}/assessment`, {
      token: tokens.member,
      body: assessment,
    });
    expect(assess.status).toBe(403);
    expect(assess.body.code).toBe('CONFLICTED');
    const discuss = await test.api('POST', `/review/applications/${app.applicationId}/discussion`, {
      token: tokens.member,
      body: { text: 'Kan jeg mene noe?' },
    });
    expect(discuss.status).toBe(403);
    expect(discuss.body.code).toBe('CONFLICTED');
    const outcome = await test.api('POST', `/review/applications/${app.applicationId}/outcome`, {
      token: tokens.member,
      body: { qualified: true, reason: 'x' },
    });
    expect(outcome.status).toBe(403);
    const finalise = await test.api('POST', '/review/finalise', {
      token: tokens.member,
      body: { version: 0 },
    });
    expect(finalise.body.code).toBe('NOT_CHAIR');
  });

  it("another committee's link on this committee's page → 403 WRONG_COMMITTEE on every endpoint", async () => {
    for (const endpoint of endpoints()) {
      const path = `${endpoint.path}${endpoint.path.includes('?') ? '&' : '?'}committee=expert`;
      const answer = await test.api(endpoint.method, path, {
        token: tokens.otherCommittee,
        ...(endpoint.body ? { body: endpoint.body } : {}),
      });
      expect(answer.status, `${endpoint.method} ${path}`).toBe(403);
      expect(answer.body.code, `${endpoint.method} ${path}`).toBe('WRONG_COMMITTEE');
      expectNoData(answer.body);
    }
    const own = await test.api('GET', '/review/context?committee=expert', { token: tokens.chair });
    expect(own.status).toBe(200);
  });

  it('an expert link cannot act as the geographic committee', async () => {
    const order = await test.api('POST', '/review/order', {
      token: tokens.chair,
      body: { order: [app.applicationId] },
    });
    expect(order.status).toBe(403);
    expect(order.body.code).toBe('WRONG_COMMITTEE');
  });
});
