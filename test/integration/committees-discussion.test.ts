import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../shared/storage/audit.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  announceEarly,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * Committee work (issue 9, point 5; ADR 090): expert members see each other's assessments
 * once they have given their own; each committee discusses each application (a member standing
 * aside sees none of it and cannot post; the posts are sealed with the stage); the advisers'
 * comments and the expert reasons reach the final committee; its members post and suggest; a
 * reduced award needs a reason, which the outcome e-mail and the status page give.
 */
let test: TestStack;
const apps: Record<'salten' | 'trondheim' | 'oslo', Submitted> = {} as never;
const expert = DEMO_MEMBERS.expert;
const geo = DEMO_MEMBERS.geographic;
const final = DEMO_MEMBERS.final;
let tokens = new Map<string, string>();

const api = (method: string, path: string, email: string, body?: unknown, language?: string) =>
  test.api(method, path, {
    token: tokens.get(email)!,
    ...(body !== undefined ? { body } : {}),
    ...(language ? { headers: { 'accept-language': language } } : {}),
  });
const detail = (id: string, email: string) => api('GET', `/review/applications/${id}`, email);
const post = (id: string, email: string, body: unknown, language?: string) =>
  api('POST', `/review/applications/${id}/discussion`, email, body, language);
const declare = (id: string, email: string, conflicted = false) =>
  api('POST', `/review/applications/${id}/declaration`, email, { conflicted });
const assessment = (score: number) => ({
  activityAreaFit: { score, comment: 'Passer godt.' },
  anchoring: { score, comment: '' },
  sustainability: { score, comment: '' },
  recommendation: 'qualified',
});

beforeAll(async () => {
  test = await startTestStack();
  apps.salten = await submitApplication(test, { lead: '1804', partners: ['1833'], title: 'Salten og Rana' });
  apps.trondheim = await submitApplication(test, {
    lead: '5001',
    partners: ['5028'],
    title: 'Trondheim og Melhus',
  });
  apps.oslo = await submitApplication(test, { lead: '0301', partners: ['3201'], title: 'Oslo og Bærum' });
  const ids = Object.values(apps).map((app) => app.applicationId);
  await waitForStage(ids, 'SUBMITTED');
  await openEarly();
  await waitForStage(ids, 'EXPERT_REVIEW');
  tokens = await waitForLinks(test, 'expert', Object.values(expert));
});
afterAll(async () => test?.stop());

describe('the expert committee', () => {
  it('shows a member the others’ assessments and the discussion only after their own assessment', async () => {
    // Prepare: the deputy has assessed Salten; the member has declared, not assessed
    const salten = apps.salten.applicationId;
    for (const email of [expert.deputy, expert.member])
      expect((await declare(salten, email)).status).toBe(200);
    expect(
      (await api('POST', `/review/applications/${salten}/assessment`, expert.deputy, assessment(4))).status,
    ).toBe(200);

    // Act + Assess: before their own assessment, nothing of the others'
    const before = await detail(salten, expert.member);
    expect(before.body).not.toHaveProperty('assessments');
    expect(before.body).not.toHaveProperty('discussion');
    const listBefore = (await api('GET', '/review/applications', expert.member)).body;
    expect(
      listBefore.applications.find((a: { applicationId: string }) => a.applicationId === salten).assessments,
    ).toBeNull();
    const early = await post(salten, expert.member, { text: 'Jeg synes dette er sterkt.' }, 'nn');
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('ASSESSMENT_REQUIRED');
    expect(early.body.message).toMatch(/eiga vurdering/);

    // Act: the member assesses
    expect(
      (await api('POST', `/review/applications/${salten}/assessment`, expert.member, assessment(2))).status,
    ).toBe(200);

    // Assess: both assessments, the averages and the (empty) discussion
    const after = await detail(salten, expert.member);
    expect(after.body.assessments.map((a: { memberName: string }) => a.memberName).sort()).toEqual([
      'Elin Ekspert',
      'Erik Ekspert',
    ]);
    expect(after.body.averages.averages.anchoring).toBe(3);
    expect(after.body.discussion).toEqual([]);
    const listAfter = (await api('GET', '/review/applications', expert.member)).body;
    expect(
      listAfter.applications.find((a: { applicationId: string }) => a.applicationId === salten).assessments
        .count,
    ).toBe(2);
  });

  it('keeps a discussion per application, refused to the undeclared and the empty post with field errors', async () => {
    // Prepare
    const salten = apps.salten.applicationId;

    // Act
    const first = await post(salten, expert.member, { text: 'Forankringen er svak i Rana.' });
    const second = await post(salten, expert.deputy, { text: 'Enig, men bærekraften er god.' });
    const empty = await Promise.all(
      ['nb', 'nn', 'en'].map((l) => post(salten, expert.deputy, { text: '  ' }, l)),
    );
    const undeclared = await post(salten, expert.chair, { text: 'Hei' });

    // Assess
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(
      second.body.discussion.map((p: { memberName: string; text: string }) => [p.memberName, p.text]),
    ).toEqual([
      ['Elin Ekspert', 'Forankringen er svak i Rana.'],
      ['Erik Ekspert', 'Enig, men bærekraften er god.'],
    ]);
    for (const answer of empty) {
      expect(answer.status).toBe(400);
      expect(answer.body.fields[0].path).toBe('text');
    }
    expect(new Set(empty.map((answer) => answer.body.fields[0].message)).size).toBe(3);
    expect(undeclared.status).toBe(409);
    expect(undeclared.body.code).toBe('DECLARATION_REQUIRED');
    const audit = await listAudit('demo', salten);
    expect(audit.filter((entry) => entry.action === 'discussion.posted')).toHaveLength(2);
  });

  it('shows a member with a declared conflict none of the discussion and refuses their post', async () => {
    // Prepare: the chair declares a conflict on Salten, where the others discuss
    const salten = apps.salten.applicationId;
    expect((await declare(salten, expert.chair, true)).status).toBe(200);

    // Act
    const seen = await detail(salten, expert.chair);
    const posted = await post(salten, expert.chair, { text: 'Kan jeg si noe?' });

    // Assess
    expect(seen.body).not.toHaveProperty('discussion');
    expect(JSON.stringify(seen.body)).not.toContain('Forankringen er svak');
    expect(posted.status).toBe(403);
    expect(posted.body.code).toBe('CONFLICTED');
  });

  it('seals the discussion with the stage', async () => {
    // Prepare: outcomes for all three (the deputy on Salten, where the chair stood aside)
    for (const [key, app] of Object.entries(apps)) {
      const decider = key === 'salten' ? expert.deputy : expert.chair;
      if (key !== 'salten') expect((await declare(app.applicationId, expert.chair)).status).toBe(200);
      if (key !== 'salten') expect((await declare(app.applicationId, expert.deputy)).status).toBe(200);
      const set = await api('POST', `/review/applications/${app.applicationId}/outcome`, decider, {
        qualified: true,
        reason: `Godt forankret (${key}).`,
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    const { version } = (await api('GET', '/review/context', expert.deputy)).body.stage;
    expect((await api('POST', '/review/finalise', expert.deputy, { version })).status).toBe(200);

    // Act
    const late = await post(apps.salten.applicationId, expert.member, { text: 'For sent?' });

    // Assess
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('STAGE_FINALISED');
  });
});

describe('the final committee', () => {
  it('reads the advisers’ comments and the expert reasons, and lets members post and suggest', async () => {
    // Prepare: the geographic committee comments and ranks
    const ids = Object.values(apps).map((app) => app.applicationId);
    await waitForStage(ids, 'GEOGRAPHIC_REVIEW');
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'geographic', Object.values(geo)))]);
    for (const email of Object.values(geo)) for (const id of ids) await declare(id, email);
    expect(
      (
        await api('POST', `/review/applications/${apps.salten.applicationId}/assessment`, geo.nord, {
          comment: 'Lite tilbud i Salten i dag.',
        })
      ).status,
    ).toBe(200);
    const geoPost = await post(apps.salten.applicationId, geo.nord, { text: 'Bør prioriteres høyt.' });
    expect(geoPost.status).toBe(200);
    const order = await api('POST', '/review/order', geo.chair, { order: ids, comments: {} });
    expect(order.status).toBe(200);
    expect(
      (await api('POST', '/review/finalise', geo.chair, { version: order.body.stage.version })).status,
    ).toBe(200);
    await waitForStage(ids, 'FINAL_REVIEW');
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'final', Object.values(final)))]);
    for (const email of Object.values(final)) for (const id of ids) await declare(id, email);
    const salten = apps.salten.applicationId;

    // Act
    const seen = await detail(salten, final.member);
    const year = seen.body.application.requested.perSchoolYear[0];
    const suggested = await post(salten, final.member, {
      text: 'Jeg foreslår litt mindre enn søkt.',
      suggestion: { awarded: true, amounts: { [year.schoolYear]: year.amount - 100_000 } },
    });
    const tooMuch = await post(salten, final.member, {
      text: 'Eller mer?',
      suggestion: { awarded: true, amounts: { [year.schoolYear]: year.amount + 1 } },
    });

    // Assess: the earlier stages' words reach the final committee (not the geographic discussion)
    expect(seen.body.expert).toMatchObject({ qualified: true, reason: 'Godt forankret (salten).' });
    expect(seen.body.advisers).toEqual([
      expect.objectContaining({
        memberName: 'Gunn Geografi (Midt og Nord)',
        comment: 'Lite tilbud i Salten i dag.',
      }),
    ]);
    expect(seen.body.discussion).toEqual([]);
    const row = (await api('GET', '/review/applications', final.member)).body.applications.find(
      (a: { applicationId: string }) => a.applicationId === salten,
    );
    expect(row.advisers[0].comment).toBe('Lite tilbud i Salten i dag.');
    expect(suggested.status).toBe(200);
    expect(suggested.body.discussion[0]).toMatchObject({
      memberName: 'Ida Innstilling',
      suggestion: { awarded: true, amounts: { [year.schoolYear]: year.amount - 100_000 } },
      standsAside: false,
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.fields[0]).toMatchObject({
      path: `suggestion.amounts.${year.schoolYear}`,
      code: 'AWARD_EXCEEDS_REQUEST',
    });
    const chair = await detail(salten, final.chair);
    expect(chair.body.discussion).toHaveLength(1);
  });

  it('asks a reason for a reduced award, field by field in three languages, and tells the applicant why', async () => {
    // Prepare
    const salten = apps.salten.applicationId;
    const requested = (await detail(salten, final.chair)).body.application.requested;
    const year = requested.perSchoolYear[0];
    const reduced = { awarded: true, amounts: { [year.schoolYear]: year.amount - 100_000 } };

    // Act
    const refused = await Promise.all(
      ['nb', 'nn', 'en'].map((l) =>
        api('POST', `/review/applications/${salten}/outcome`, final.chair, reduced, l),
      ),
    );
    const set = await api('POST', `/review/applications/${salten}/outcome`, final.chair, {
      ...reduced,
      reason: 'Reisekostnadene er satt for høyt.',
    });

    // Assess
    for (const answer of refused) {
      expect(answer.status).toBe(400);
      expect(answer.body.fields).toEqual([
        expect.objectContaining({ path: 'reason', code: 'AWARD_REDUCED_REASON_REQUIRED' }),
      ]);
    }
    expect(refused.map((answer) => answer.body.fields[0].message)).toEqual([
      expect.stringMatching(/lavere enn søkt/),
      expect.stringMatching(/lågare enn søkt/),
      expect.stringMatching(/less than the amount requested/),
    ]);
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.proposal.reason).toBe('Reisekostnadene er satt for høyt.');

    // The others: a full award (no reason needed), a rejection; then finalised and announced
    const others = [apps.trondheim, apps.oslo];
    const full = (await detail(others[0]!.applicationId, final.chair)).body.application.requested;
    expect(
      (
        await api('POST', `/review/applications/${others[0]!.applicationId}/outcome`, final.chair, {
          awarded: true,
          amounts: Object.fromEntries(
            full.perSchoolYear.map((y: { schoolYear: string; amount: number }) => [y.schoolYear, y.amount]),
          ),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api('POST', `/review/applications/${others[1]!.applicationId}/outcome`, final.chair, {
          awarded: false,
          reason: 'Budsjettet er brukt opp.',
        })
      ).status,
    ).toBe(200);
    const { version } = (await api('GET', '/review/context', final.chair)).body.stage;
    expect((await api('POST', '/review/finalise', final.chair, { version })).status).toBe(200);
    const ids = Object.values(apps).map((app) => app.applicationId);
    await waitForStage(ids, 'AWAITING_ANNOUNCEMENT');
    await announceEarly();
    await waitForStage(ids, 'ANNOUNCED', 30_000);

    const mails = await test.mails();
    const outcome = (app: Submitted) =>
      mails.find((m) => /Svar på søknad/.test(m.subject) && m.text.includes(`«${app.title}»`))!;
    expect(outcome(apps.salten).text).toContain('Tilskuddet er lavere enn søkt beløp');
    expect(outcome(apps.salten).text).toContain('Begrunnelse: Reisekostnadene er satt for høyt.');
    expect(outcome(apps.trondheim).text).not.toContain('lavere enn søkt');
    const status = await test.api('GET', `/applications/${salten}`, { token: apps.salten.token });
    expect(status.body.outcome).toMatchObject({
      result: 'AWARDED',
      reason: 'Reisekostnadene er satt for høyt.',
    });
  });
});
