import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../shared/domain/application.ts';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { minimalPdf, uploadAttachment } from '../support/uploads.ts';

/**
 * The next round (issue 12 point 4; ADR 100): a second round configured beside the first (2023:
 * three activity areas, at least 40 % co-funding, its own school years) is applied to like the
 * first, by its own rules; a municipality's new application is prefilled from its 2022 one —
 * one its owner owned or co-edited (ADR 111), no attachments, the new round's catalogue and
 * school years.
 */
let test: TestStack;
const OWNER = 'leder@kulturskole.example.no';
/** A co-editor of the owner's 2022 application, who starts the 2023 one for Drammen (ADR 111). */
const COEDITOR_2022 = 'leder@drammen.example.no';
/** Oslo with Drammen and Bergen (2020–2023 numbers); 25 % co-funding; areas 1a and 4b. */
const draft2022 = (schoolYears: string[]): ApplicationDraft =>
  completeDraft(schoolYears, {
    title: 'Fordypning på tvers',
    partnerMunicipalities: ['3005', '4601'],
    budget: schoolYears.map((schoolYear) => ({
      schoolYear,
      costLines: [{ description: 'Lærerressurser', amount: 400_000 }],
      ownContribution: 60_000,
      otherFunding: 40_000,
    })),
  });

/** Starts (or signs into) the application of `email` in a round, and its session. */
async function signIn(roundId: string, email: string, leadMunicipality = '0301') {
  const started = await test.api('POST', '/applications', { body: { email, roundId, leadMunicipality } });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
  expect(session.status).toBe(201);
  return { applicationId: session.body.applicationId as string, token: session.body.accessToken as string };
}

const view = (app: { applicationId: string; token: string }) =>
  test.api('GET', `/applications/${app.applicationId}`, { token: app.token });

/** A letter of intent from each municipality and partner of the draft (ADR 098 may ask for each). */
async function attachLetters(app: { applicationId: string; token: string }) {
  const { draft } = (await view(app)).body as { draft: ApplicationDraft };
  const parties = [
    ...[draft.leadMunicipality!, ...(draft.partnerMunicipalities ?? [])].map((municipality) => ({
      municipality,
    })),
    ...(draft.partners ?? []).map((partner) => ({ partner: partner.name })),
  ];
  for (const [index, party] of parties.entries()) {
    const { attachmentId } = await uploadAttachment(test.api, app.token, app.applicationId, {
      fileName: `intensjonsavtale-${index + 1}.pdf`,
      contentType: 'application/pdf',
      bytes: minimalPdf(),
    });
    await test.stack.idle();
    const tied = await test.api('PUT', `/applications/${app.applicationId}/attachments/${attachmentId}`, {
      token: app.token,
      body: { kind: 'letterOfIntent', party },
    });
    expect(tied.status, JSON.stringify(tied.body)).toBe(200);
  }
}

let earlier: { applicationId: string; token: string };
let stranger: { applicationId: string; token: string };

beforeAll(async () => {
  test = await startTestStack();
  // In the 2022 round's application period: a submitted application, and someone else's draft.
  test.clock.set('2022-03-15T10:00:00Z');
  earlier = await signIn('2022', OWNER);
  const saved = await test.api('PUT', `/applications/${earlier.applicationId}/draft`, {
    token: earlier.token,
    body: { version: 1, draft: draft2022(['2022-2023', '2023-2024']) },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  // Drammen's kulturskole leader writes it with the owner (ADR 096).
  const invited = await test.api('POST', `/applications/${earlier.applicationId}/coeditors`, {
    token: earlier.token,
    body: { email: COEDITOR_2022, name: 'Dina Drammen' },
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  await attachLetters(earlier);
  const submitted = await test.api('POST', `/applications/${earlier.applicationId}/submit`, {
    token: earlier.token,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200); // 25 % is enough in 2022
  stranger = await signIn('2022', 'annen@kulturskole.example.no', '4601');
  // Bergen's draft, its contact taken out (the start had set its address there).
  const bergen = await test.api('PUT', `/applications/${stranger.applicationId}/draft`, {
    token: stranger.token,
    body: { version: 1, draft: { leadMunicipality: '4601', title: 'Bergen synger' } },
  });
  expect(bergen.status, JSON.stringify(bergen.body)).toBe(200);

  // A year on, in the 2023 round's period.
  test.clock.set('2023-03-15T10:00:00Z');
}, 60_000);
afterAll(async () => test?.stop());

describe('a second round beside the first', () => {
  it('lists both configured rounds; only 2023 is open, with its own areas, school years and co-funding rule', async () => {
    // Act
    const answer = await test.api('GET', '/rounds');

    // Assess
    const byId = Object.fromEntries(answer.body.rounds.map((round: { id: string }) => [round.id, round]));
    expect(byId['2022']).toMatchObject({ applicationPeriodState: 'closed' });
    expect(byId['2022'].coFunding).toBeUndefined();
    expect(byId['2023']).toMatchObject({
      applicationPeriodState: 'open',
      coFunding: { minimumPercent: 40 },
      schoolYears: [{ id: '2023-2024' }, { id: '2024-2025' }],
    });
    expect(new Set(byId['2023'].activityAreas.map((area: { code: string }) => area.code[0]))).toEqual(
      new Set(['1', '2', '3']),
    );
  });

  it("lists the owner's own applications of other rounds on the new draft, never another owner's", async () => {
    // Prepare
    const next = await signIn('2023', OWNER);
    const other = await signIn('2023', 'tredje@kulturskole.example.no', '4601');
    const list = (app: { applicationId: string; token: string }) =>
      test.api('GET', `/applications/${app.applicationId}/earlier`, { token: app.token });

    // Act
    const mine = await list(next);
    const theirs = await list(other);
    const crossed = await test.api('GET', `/applications/${earlier.applicationId}/earlier`, {
      token: next.token,
    });

    // Assess
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.applications).toEqual([
      expect.objectContaining({
        applicationId: earlier.applicationId,
        roundId: '2022',
        title: 'Fordypning på tvers',
        leadMunicipality: '0301',
        partnerMunicipalities: ['3005', '4601'],
        stage: 'IN_REVIEW',
        submittedAt: expect.stringMatching(/^2022-03-15T/),
      }),
    ]);
    const listed = mine.body.applications.map((app: { applicationId: string }) => app.applicationId);
    expect(listed).not.toContain(stranger.applicationId);
    expect(listed).not.toContain(next.applicationId); // not the draft itself
    expect([theirs.status, theirs.body.applications]).toEqual([200, []]);
    expect(crossed.status).toBe(403); // a session reads its own application's list only
  });

  it("shows a co-editor nothing of the owner's other applications (OWNER_ONLY)", async () => {
    // Prepare
    const next = await signIn('2023', OWNER);
    const email = 'medforfatter@kulturskole.example.no';
    const invited = await test.api('POST', `/applications/${next.applicationId}/coeditors`, {
      token: next.token,
      body: { email, name: 'Per Medforfatter' },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1)!;
    const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
    expect(session.status).toBe(201);

    // Act
    const listed = await test.api('GET', `/applications/${next.applicationId}/earlier`, {
      token: session.body.accessToken,
    });

    // Assess
    expect([listed.status, listed.body.code]).toEqual([403, 'OWNER_ONLY']);
  });

  it("prefills a new 2023 application from the owner's 2022 one, checked by 2023's rules, without attachments", async () => {
    // Prepare
    const next = await signIn('2023', OWNER);
    expect(next.applicationId).not.toBe(earlier.applicationId);
    const before = await view(next);

    // Act
    const prefilled = await test.api('POST', `/applications/${next.applicationId}/prefill`, {
      token: next.token,
      body: { from: earlier.applicationId, version: before.body.version },
    });

    // Assess
    expect(prefilled.status, JSON.stringify(prefilled.body)).toBe(200);
    const again = await test.api('POST', `/applications/${next.applicationId}/prefill`, {
      token: next.token,
      body: { from: earlier.applicationId, version: before.body.version },
    });
    expect([again.status, again.body.code]).toEqual([409, 'VERSION_CONFLICT']); // nothing overwritten unseen
    const after = await view(next);
    expect(after.body.roundId).toBe('2023');
    expect(after.body.draft).toMatchObject({
      title: 'Fordypning på tvers',
      leadMunicipality: '0301',
      partnerMunicipalities: ['3005', '4601'],
      schoolYears: ['2023-2024', '2024-2025'],
      // 4b (digital development) is not among 2023's areas
      activityAreas: [{ code: '1a' }],
      budget: [
        { schoolYear: '2023-2024', ownContribution: 60_000, otherFunding: 40_000 },
        { schoolYear: '2024-2025', ownContribution: 60_000, otherFunding: 40_000 },
      ],
      contact: { name: 'Kari Nordmann' },
    });
    expect(after.body.attachments).toEqual([]);
    const unmet = after.body.unmetRules.map((rule: { code: string }) => rule.code);
    expect(unmet).toEqual(expect.arrayContaining(['BUDGET_CO_FUNDING_TOO_LOW', 'LETTER_OF_INTENT_REQUIRED']));
    // The 2022 application is as it was.
    const old = await test.api('GET', `/applications/${earlier.applicationId}`, { token: earlier.token });
    expect(old.status).toBe(401); // its session ran out a year ago
  });

  it('refuses 25 % co-funding at submission in 2023 with a field error, and takes 40 %', async () => {
    // Prepare
    const next = await signIn('2023', OWNER);
    await attachLetters(next);
    const current = await view(next);

    // Act
    const refused = await test.api('POST', `/applications/${next.applicationId}/submit`, {
      token: next.token,
    });
    const budget = (current.body.draft.budget as ApplicationDraft['budget'])!.map((entry) => ({
      ...entry,
      ownContribution: 120_000,
    }));
    const saved = await test.api('PUT', `/applications/${next.applicationId}/draft`, {
      token: next.token,
      body: { version: current.body.version, draft: { ...current.body.draft, budget } },
    });
    const submitted = await test.api('POST', `/applications/${next.applicationId}/submit`, {
      token: next.token,
    });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({
        path: 'budget',
        code: 'BUDGET_CO_FUNDING_TOO_LOW',
        message: expect.stringContaining('minst 40 %'),
      }),
    ]);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.receipt).toBeDefined();
  });

  it('lists and prefills from an earlier application its co-editor wrote, on their own new draft (ADR 111)', async () => {
    // Prepare: the 2022 co-editor starts the 2023 application for Drammen, which 2022's named.
    const next = await signIn('2023', COEDITOR_2022, '3005');
    const { version } = (await view(next)).body;

    // Act
    const listed = await test.api('GET', `/applications/${next.applicationId}/earlier`, {
      token: next.token,
    });
    const prefilled = await test.api('POST', `/applications/${next.applicationId}/prefill`, {
      token: next.token,
      body: { from: earlier.applicationId, version },
    });

    // Assess
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(listed.body.applications.map((app: { applicationId: string }) => app.applicationId)).toEqual([
      earlier.applicationId,
    ]);
    expect(prefilled.status, JSON.stringify(prefilled.body)).toBe(200);
    const after = await view(next);
    expect(after.body.draft).toMatchObject({
      title: 'Fordypning på tvers',
      leadMunicipality: '3005', // the new application's own lead; the earlier lead joins the partners
      partnerMunicipalities: ['0301', '4601'],
      schoolYears: ['2023-2024', '2024-2025'],
    });
  });

  it("keeps the new draft's contact address when the earlier application has no contact", async () => {
    // Prepare
    const next = await signIn('2023', 'annen@kulturskole.example.no', '4601');
    const before = await view(next);
    expect(before.body.draft.contact).toEqual({ email: 'annen@kulturskole.example.no' });

    // Act
    const prefilled = await test.api('POST', `/applications/${next.applicationId}/prefill`, {
      token: next.token,
      body: { from: stranger.applicationId, version: before.body.version },
    });

    // Assess
    expect(prefilled.status, JSON.stringify(prefilled.body)).toBe(200);
    expect((await view(next)).body.draft).toMatchObject({
      title: 'Bergen synger',
      contact: { email: 'annen@kulturskole.example.no' },
    });
  });

  it("refuses to prefill from another owner's application (404) or from the same round (400)", async () => {
    // Prepare
    const other = await signIn('2023', 'tredje@kulturskole.example.no', '4601');
    const { version } = (await view(other)).body;
    const prefill = (from: string, at = version) =>
      test.api('POST', `/applications/${other.applicationId}/prefill`, {
        token: other.token,
        body: { from, version: at },
      });
    const sameRound = await signIn('2023', 'tredje@kulturskole.example.no', '5001');

    // Act
    const foreign = await prefill(earlier.applicationId);
    const fromStranger = await prefill(stranger.applicationId);
    const same = await prefill(sameRound.applicationId);

    // Assess
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    expect([fromStranger.status, fromStranger.body.code]).toEqual([404, 'NOT_FOUND']);
    expect([same.status, same.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(same.body.fields[0]).toMatchObject({ path: 'from' });
    expect((await view(other)).body.version).toBe(version); // nothing written
  });
});
