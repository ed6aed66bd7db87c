import { ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signingKeyFor } from '../../shared/auth/signing-key.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { startTestStack } from '../support/stack.ts';
import { minimalPdf, uploadAttachment } from '../support/uploads.ts';

/**
 * The applicant's whole journey through the real handlers, against the emulators (dynalite,
 * s3rver, the SES emulator, the local Step Functions endpoint) started in this process.
 */
let test: Awaited<ReturnType<typeof startTestStack>>;
let demo: { id: string; schoolYears: { id: string }[]; applicationPeriod: { opens: string; closes: string } };
let emailCounter = 0;

beforeAll(async () => {
  test = await startTestStack();
  const rounds = await test.api('GET', '/rounds');
  demo = rounds.body.rounds.find((round: { id: string }) => round.id === 'demo');
});
afterAll(async () => test?.stop());
afterEach(() => test.clock.reset());

const uniqueEmail = () => `leder${++emailCounter}@kulturskole.example.no`;

/** Start an application and sign in through the magic link, as the web app does. */
async function signIn(email = uniqueEmail(), leadMunicipality = '0301') {
  const started = await test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality },
  });
  expect(started.status).toBe(202);
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1);
  expect(mail, `a magic link mail to ${email}`).toBeDefined();
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail!.text) } });
  expect(session.status).toBe(201);
  return {
    email,
    token: session.body.accessToken as string,
    applicationId: session.body.applicationId as string,
  };
}

async function fillAndAttach(applicant: { token: string; applicationId: string }) {
  const current = await test.api('GET', `/applications/${applicant.applicationId}`, {
    token: applicant.token,
  });
  const saved = await test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
    token: applicant.token,
    body: { version: current.body.version, draft: completeDraft([demo.schoolYears[0]!.id]) },
  });
  expect(saved.status).toBe(200);
  await uploadAttachment(test.api, applicant.token, applicant.applicationId, {
    fileName: 'intensjonsavtale.pdf',
    contentType: 'application/pdf',
    bytes: minimalPdf(),
  });
  await test.stack.idle();
}

async function executionsNamed(name: string) {
  const sfn = new SFNClient({ endpoint: test.stack.urls.sfn, region: 'eu-north-1' });
  const { executions } = await sfn.send(
    new ListExecutionsCommand({ stateMachineArn: test.stack.env.STATE_MACHINE_ARN }),
  );
  return (executions ?? []).filter((execution) => execution.name === name);
}

describe('the applicant journey', () => {
  it('starts, signs in, drafts, attaches, submits and gets a receipt', async () => {
    // Prepare
    expect(demo).toBeDefined();
    const applicant = await signIn();

    // Act: the draft starts with the lead municipality and the contact's address
    const fresh = await test.api('GET', `/applications/${applicant.applicationId}`, {
      token: applicant.token,
    });

    // Assess
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ status: 'DRAFT', version: 1, draft: { leadMunicipality: '0301' } });
    expect(fresh.body.unmetRules.length).toBeGreaterThan(0);

    // Act: submitting an incomplete application lists every unmet rule
    const early = await test.api('POST', `/applications/${applicant.applicationId}/submit`, {
      token: applicant.token,
    });
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('VALIDATION_FAILED');
    expect(early.body.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['partnerMunicipalities', 'sustainability']),
    );

    // Act: fill in everything, but no letter of intent yet
    const saved = await test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
      token: applicant.token,
      body: { version: 1, draft: completeDraft([demo.schoolYears[0]!.id]) },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    const noLetter = await test.api('POST', `/applications/${applicant.applicationId}/submit`, {
      token: applicant.token,
    });
    expect(noLetter.status).toBe(400);
    expect(noLetter.body.fields).toHaveLength(1);
    expect(noLetter.body.fields[0].path).toBe('attachments');
    expect(noLetter.body.fields[0].message).toMatch(/intensjonsavtale/i);

    // Act: attach the letter of intent and submit
    await uploadAttachment(test.api, applicant.token, applicant.applicationId, {
      fileName: 'intensjonsavtale.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(),
    });
    await test.stack.idle();
    const submitted = await test.api('POST', `/applications/${applicant.applicationId}/submit`, {
      token: applicant.token,
    });

    // Assess: the receipt, the read-only application, the e-mail, the workflow
    expect(submitted.status).toBe(200);
    expect(submitted.body.receipt.number).toMatch(/^IK-DEMO-/);
    const after = await test.api('GET', `/applications/${applicant.applicationId}`, {
      token: applicant.token,
    });
    expect(after.body).toMatchObject({
      status: 'SUBMITTED',
      receipt: submitted.body.receipt,
      unmetRules: [],
    });
    const edit = await test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
      token: applicant.token,
      body: {
        version: after.body.version,
        draft: completeDraft([demo.schoolYears[0]!.id], { title: 'Endret' }),
      },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('READ_ONLY');

    // The workflow mails the receipt (ADR 063), a moment after the answer.
    let receipts: Awaited<ReturnType<typeof test.mails>> = [];
    await vi.waitFor(
      async () => {
        receipts = (await test.mails()).filter((m) => m.subject.includes(submitted.body.receipt.number));
        expect(receipts.map((m) => m.to).flat()).toEqual(
          expect.arrayContaining([applicant.email, 'kari.nordmann@example.no']),
        );
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(receipts[0]!.text).toContain('Fordypning for alle i Osloregionen');
    expect(receipts[0]!.text).toContain('Oslo (0301');
    expect(receipts[0]!.text).toContain('300 000 kr'); // 500 000 in costs − 150 000 own − 50 000 other

    await test.stack.idle();
    const executions = await executionsNamed(applicant.applicationId);
    expect(executions).toHaveLength(1);
    await vi.waitFor(
      async () => expect((await getApplication(applicant.applicationId))?.stage).toBe('SUBMITTED'),
      { timeout: 10_000, interval: 100 },
    );
    // The applicant sees a neutral stage and the announcement date (ADR 066)
    const status = await test.api('GET', `/applications/${applicant.applicationId}`, {
      token: applicant.token,
    });
    expect(status.body).toMatchObject({ stage: 'IN_REVIEW', announcementDate: expect.any(String) });
  });

  it('answers the same for a known and an unknown address, and re-sends a link to the same draft', async () => {
    const email = uniqueEmail();
    const first = await test.api('POST', '/applications', {
      body: { email, roundId: 'demo', leadMunicipality: '4601' },
    });
    const second = await test.api('POST', '/applications', {
      body: { email, roundId: 'demo', leadMunicipality: '4601' },
    });
    expect(second).toMatchObject({ status: first.status, body: first.body });
    const links = (await test.mails()).filter((m) => m.to.includes(email)).map((m) => tokenFromMail(m.text));
    expect(links).toHaveLength(2);
    const sessions = await Promise.all(
      links.map((token) => test.api('POST', '/sessions', { body: { token } })),
    );
    expect(new Set(sessions.map((s) => s.body.applicationId)).size).toBe(1);
  });

  it('limits repeated start requests for one address', async () => {
    const email = uniqueEmail();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await test.api('POST', '/applications', {
        body: { email, roundId: 'demo', leadMunicipality: '0301' },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('refuses an unknown municipality and a bad address with field-level messages in the caller’s language', async () => {
    const res = await test.api('POST', '/applications', {
      body: { email: 'not-an-address', roundId: 'demo', leadMunicipality: '9999' },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path)).toContain('email');
    expect(res.body.fields.every((f: { message: string }) => f.message.length > 0)).toBe(true);

    const unknown = await test.api('POST', '/applications', {
      body: { email: uniqueEmail(), roundId: 'demo', leadMunicipality: '9999' },
      headers: { 'accept-language': 'nn' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].path).toBe('leadMunicipality');
  });

  it('detects concurrent edits of a draft: one wins, the other gets 409 with the current version', async () => {
    const applicant = await signIn();
    const draft = completeDraft([demo.schoolYears[0]!.id]);
    const [a, b] = await Promise.all([
      test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
        token: applicant.token,
        body: { version: 1, draft: { ...draft, title: 'Fane A' } },
      }),
      test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
        token: applicant.token,
        body: { version: 1, draft: { ...draft, title: 'Fane B' } },
      }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const winnerTitle = a.status === 200 ? 'Fane A' : 'Fane B';
    expect(loser.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: 2,
      current: { title: winnerTitle },
    });
  });

  it('keeps a draft that fails its shape check as it was, and says which field is wrong', async () => {
    const applicant = await signIn();
    const bad = await test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
      token: applicant.token,
      body: { version: 1, draft: { expectedPupils: 'mange' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].path).toBe('draft.expectedPupils');
    const still = await test.api('GET', `/applications/${applicant.applicationId}`, {
      token: applicant.token,
    });
    expect(still.body.version).toBe(1);
  });

  it('submits once when the same application is submitted twice at the same time', async () => {
    const applicant = await signIn();
    await fillAndAttach(applicant);
    const [a, b] = await Promise.all([
      test.api('POST', `/applications/${applicant.applicationId}/submit`, { token: applicant.token }),
      test.api('POST', `/applications/${applicant.applicationId}/submit`, { token: applicant.token }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.receipt).toEqual(b.body.receipt);
    const retry = await test.api('POST', `/applications/${applicant.applicationId}/submit`, {
      token: applicant.token,
    });
    expect(retry.body.receipt).toEqual(a.body.receipt);
    await test.stack.idle();
    expect(await executionsNamed(applicant.applicationId)).toHaveLength(1);
    const receipts = async () =>
      (await test.mails()).filter(
        (m) => m.subject.includes(a.body.receipt.number) && m.to.includes(applicant.email),
      );
    await vi.waitFor(async () => expect(await receipts()).not.toHaveLength(0), {
      timeout: 10_000,
      interval: 100,
    });
    await test.stack.idle();
    expect(await receipts()).toHaveLength(1);
  });

  it('accepts a submission at 23:59:59 on the closing day and refuses one at 00:00:00', async () => {
    // Prepare: two complete applications, then the stack's clock (ADR 075) moved to a minute
    // before the deadline; their sessions from weeks earlier have expired by then, so the
    // applicants sign in again, as they would on the last evening.
    const onTime = await signIn();
    const late = await signIn();
    await fillAndAttach(onTime);
    await fillAndAttach(late);
    const closes = Date.parse(demo.applicationPeriod.closes);
    test.clock.set(closes - 60_000);
    const onTimeSession = await signIn(onTime.email);
    const lateSession = await signIn(late.email);

    // Act
    test.clock.set(closes); // 23:59:59 Oslo
    const accepted = await test.api('POST', `/applications/${onTime.applicationId}/submit`, {
      token: onTimeSession.token,
    });
    test.clock.set(closes + 1000); // 00:00:00 Oslo the next day
    const refused = await test.api('POST', `/applications/${late.applicationId}/submit`, {
      token: lateSession.token,
      headers: { 'accept-language': 'nb' },
    });

    // Assess
    expect(accepted.body).toMatchObject({ status: 'SUBMITTED' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('APPLICATION_PERIOD_CLOSED');
    expect(refused.body.message).toMatch(/frist/i);
    const still = await test.api('GET', `/applications/${late.applicationId}`, { token: lateSession.token });
    expect(still.body.status).toBe('DRAFT');
  });

  it('lets a draft or a submission be withdrawn before the deadline, but not edited afterwards', async () => {
    const applicant = await signIn();
    await fillAndAttach(applicant);
    await test.api('POST', `/applications/${applicant.applicationId}/submit`, { token: applicant.token });
    const withdrawn = await test.api('POST', `/applications/${applicant.applicationId}/withdraw`, {
      token: applicant.token,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    const again = await test.api('POST', `/applications/${applicant.applicationId}/submit`, {
      token: applicant.token,
    });
    expect(again.status).toBe(409);
  });
});

describe('who may touch an application', () => {
  it('refuses another applicant’s session, tampered, wrong-purpose, replayed, wrong-key, signed-out, expired and missing tokens', async () => {
    const owner = await signIn();
    const other = await signIn();
    const path = `/applications/${owner.applicationId}`;
    const attempts = [
      ['GET', path],
      ['PUT', `${path}/draft`],
      ['POST', `${path}/submit`],
      ['POST', `${path}/withdraw`],
      ['GET', `${path}/attachments`],
    ] as const;

    for (const [method, url] of attempts) {
      const body = method === 'PUT' ? { version: 1, draft: { title: 'Kapret' } } : undefined;
      expect((await test.api(method, url, { token: other.token, body })).status, `${method} ${url}`).toBe(
        403,
      );
      expect((await test.api(method, url, { body })).status, `${method} ${url} without token`).toBe(401);
      const tampered = owner.token.slice(0, -3) + (owner.token.endsWith('AAA') ? 'BBB' : 'AAA');
      expect(
        (await test.api(method, url, { token: tampered, body })).status,
        `${method} ${url} tampered`,
      ).toBe(401);
    }

    // A magic-link token is not a session token, and it was used: it opens no second session.
    const mail = (await test.mails()).filter((m) => m.to.includes(owner.email)).at(-1)!;
    expect((await test.api('GET', path, { token: tokenFromMail(mail.text) })).status).toBe(401);
    expect((await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } })).status).toBe(
      401,
    );

    // The owner's session with its claims as they are, signed as an attacker with some key could
    // (ADR 086): the review audience's key under the right kid, a kid not in the key set, no kid.
    // The control, signed like the genuine one, gets in: the others fail for their key alone.
    const claims = decodeJwt(owner.token);
    const { kid } = decodeProtectedHeader(owner.token);
    const forge = async (audience: 'applicant' | 'review', header: { kid?: string }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', ...header })
        .sign((await signingKeyFor(audience)).key);
    for (const [what, token] of [
      ['review key', await forge('review', { kid })],
      ['unknown kid', await forge('applicant', { kid: 'not-a-key' })],
      ['no kid', await forge('applicant', {})],
    ] as const) {
      expect((await test.api('GET', path, { token })).status, what).toBe(401);
    }
    expect((await test.api('GET', path, { token: await forge('applicant', { kid }) })).status).toBe(200);

    // A session that signed out is refused on every route.
    const leaving = await signIn(owner.email);
    expect((await test.api('POST', `${path}/sign-out`, { token: leaving.token })).status).toBe(204);
    for (const [method, url] of attempts) {
      const body = method === 'PUT' ? { version: 1, draft: { title: 'Kapret' } } : undefined;
      expect(
        (await test.api(method, url, { token: leaving.token, body })).status,
        `${method} ${url} signed out`,
      ).toBe(401);
    }

    // The owner's draft is untouched.
    const mine = await test.api('GET', path, { token: owner.token });
    expect(mine.body.version).toBe(1);

    // Sessions expire.
    test.clock.advance(13 * 3_600_000);
    expect((await test.api('GET', path, { token: owner.token })).status).toBe(401);
  });
});

describe('public endpoints', () => {
  it('lists the rounds with their catalogue and the OpenAPI document', async () => {
    const rounds = await test.api('GET', '/rounds');
    expect(rounds.status).toBe(200);
    const ids = rounds.body.rounds.map((round: { id: string }) => round.id);
    expect(ids).toEqual(expect.arrayContaining(['2022', 'demo']));
    expect(demo).toMatchObject({ applicationPeriodState: 'open' });

    const openapi = await test.api('GET', '/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(openapi.body.paths['/applications/{applicationId}/submit'].post.operationId).toBe(
      'SubmitApplication',
    );
    expect(
      openapi.body.paths['/applications/{applicationId}/draft'].put.requestBody.content['application/json']
        .schema.properties.draft.properties,
    ).toHaveProperty('partnerMunicipalities');
  });
});
