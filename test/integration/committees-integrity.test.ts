import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEAL_STALE_MS } from '../../shared/review/stages.ts';
import { getSeals, sealOf, sealReviews, unsealReviews } from '../../shared/storage/review.ts';
import { registry } from '../../functions/registry.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import {
  interceptWrites,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * What a committee decides cannot change behind anyone's back (issue 7, findings 6, 7, 8, 10):
 * a member who declares a conflict of interest after proposing, ordering or awarding leaves
 * nothing of it in the decision and sees nothing of the application's standing; nothing a
 * member writes lands after the finalisation, even a write that started before it; each stage
 * takes its applications from the previous stage's decision, and an application whose share
 * did not arrive holds the next finalisation up by name; the CSV export defuses formulas.
 */
let test: TestStack;
const apps: Record<'a' | 'b' | 'c' | 'd', Submitted> = {} as never;
let tokens = new Map<string, string>();

/** While set, this application's execution does not pick its expert share up itself. */
let holdShareOf: string | undefined;
/** Refuses the write of application A's expert share (until released). */
let shareFails: ReturnType<typeof interceptWrites>;

const expert = DEMO_MEMBERS.expert;
const geo = DEMO_MEMBERS.geographic;
const final = DEMO_MEMBERS.final;

const api = (method: string, path: string, email: string, body?: unknown) =>
  test.api(method, path, { token: tokens.get(email)!, ...(body !== undefined ? { body } : {}) });
const version = async (email: string) => (await api('GET', '/review/context', email)).body.stage.version;
const ids = (rows: { applicationId: string }[]) => rows.map((row) => row.applicationId);
const row = (list: { applications: { applicationId: string }[] }, id: string) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  list.applications.find((candidate) => candidate.applicationId === id) as any;

async function declareAll(email: string, conflictedOn: string[] = []) {
  for (const app of Object.values(apps)) {
    const conflicted = conflictedOn.includes(app.applicationId);
    const answer = await api('POST', `/review/applications/${app.applicationId}/declaration`, email, {
      conflicted,
      ...(conflicted ? { reason: 'Jeg sitter i styret for en av kulturskolene' } : {}),
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  }
}

beforeAll(async () => {
  test = await startTestStack({
    handlers: {
      // Application A's execution, entering the expert stage again, does not pick up its share
      // while the test holds it back (as when its re-entry is still a wait away in AWS).
      [registry.OpenReview.entry]: async (input: { applicationId: string; committee: string }, context) => {
        if (input.applicationId === holdShareOf && input.committee === 'expert') return { waiting: true };
        const { handler } = await import('../../functions/workflow/open-review.ts');
        return handler(input as never, context);
      },
    },
  });
  apps.a = await submitApplication(test, {
    lead: '0301',
    partners: ['3201'],
    title: 'Kor og korps;=2+5*7',
    areas: ['1a'],
    subjects: ['music'],
  });
  apps.b = await submitApplication(test, {
    lead: '4601',
    partners: ['4624'],
    title: 'Bergensregionen',
    areas: ['3a'],
    subjects: ['theatre'],
  });
  apps.c = await submitApplication(test, {
    lead: '5001',
    partners: ['5028'],
    title: 'Trondheim og Melhus',
    areas: ['4a'],
    subjects: ['visualArt'],
  });
  apps.d = await submitApplication(test, {
    lead: '1804',
    partners: ['1833'],
    title: 'Salten og Rana',
    areas: ['5a'],
    subjects: ['circus'],
  });
  await openEarly();
  await waitForStage(
    Object.values(apps).map((app) => app.applicationId),
    'EXPERT_REVIEW',
  );
  tokens = await waitForLinks(test, 'expert', Object.values(expert));
});
afterAll(async () => test?.stop());

describe('the expert committee', () => {
  it('voids what the chair set on an application once the chair declares a conflict on it', async () => {
    // Prepare: everyone declares no conflict; the chair assesses A and sets every outcome
    for (const email of Object.values(expert)) await declareAll(email);
    const a = apps.a.applicationId;
    expect(
      (await api('POST', `/review/applications/${a}/assessment`, expert.chair, assessment(5))).status,
    ).toBe(200);
    for (const app of Object.values(apps)) {
      const set = await api('POST', `/review/applications/${app.applicationId}/outcome`, expert.chair, {
        qualified: true,
        reason: 'Godt forankret.',
      });
      expect(set.status).toBe(200);
    }
    const before = await version(expert.deputy);

    // Act: the chair declares a conflict on A
    const declared = await api('POST', `/review/applications/${a}/declaration`, expert.chair, {
      conflicted: true,
      reason: 'Min søster leder Oslo kulturskole',
    });
    expect(declared.status).toBe(200);

    // Assess: the chair's outcome and assessment for A are gone, the version moved on
    const list = (await api('GET', '/review/applications', expert.deputy)).body;
    expect(row(list, a).proposal).toBeNull();
    expect(row(list, apps.b.applicationId).proposal).toMatchObject({ setBy: 'ekspert-leder' });
    expect(list.stage.version).toBeGreaterThan(before);
    const detail = (await api('GET', `/review/applications/${a}`, expert.deputy)).body;
    expect(detail.assessments.map((entry: { memberId: string }) => entry.memberId)).not.toContain(
      'ekspert-leder',
    );
    expect(detail.standAside).toEqual(['ekspert-leder']);
    // A finalisation made on the version before the conflict is refused
    const stale = await api('POST', '/review/finalise', expert.deputy, { version: before });
    expect(stale.status).toBe(409);
  });

  it('refuses to finalise without an outcome for A, naming it', async () => {
    const refused = await api('POST', '/review/finalise', expert.deputy, {
      version: await version(expert.deputy),
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.code).toBe('STAGE_INCOMPLETE');
    expect(refused.body.missing).toEqual([apps.a.applicationId]);
    const receipt = (await getApplication(apps.a.applicationId))!.receipt!.number;
    expect(refused.body.message).toContain(receipt);
    expect(refused.body.message).toContain('Kor og korps');
  });

  it("refuses a member's write while a finalisation holds its seal, and clears a seal a crashed one left", async () => {
    // Prepare: a finalisation under way has sealed B's reviews; an older one died holding C's
    const b = apps.b.applicationId;
    const c = apps.c.applicationId;
    const live = sealOf(test.clock.now().toISOString(), 'under-way');
    await sealReviews('demo', 'expert', [b], live);
    await sealReviews(
      'demo',
      'expert',
      [c],
      sealOf(new Date(test.clock.now().getTime() - SEAL_STALE_MS - 1_000).toISOString(), 'died'),
    );

    // Act
    const meetsLive = await api('POST', `/review/applications/${b}/assessment`, expert.member, assessment(4));
    const meetsStale = await api(
      'POST',
      `/review/applications/${c}/assessment`,
      expert.member,
      assessment(4),
    );

    // Assess: nothing saved under the live seal; the dead one's seal is gone and the write saved
    expect(meetsLive.status).toBe(409);
    expect(meetsLive.body.code).toBe('STAGE_FINALISING');
    expect((await api('GET', `/review/applications/${b}`, expert.member)).body.mine).toBeNull();
    expect(meetsStale.status).toBe(200);
    expect(await getSeals('demo', 'expert', c)).toEqual([]);
    await unsealReviews('demo', 'expert', [b], [live]);
    expect(
      (await api('POST', `/review/applications/${b}/assessment`, expert.member, assessment(4))).status,
    ).toBe(200);
  });

  it('refuses an assessment and a declaration that reach the table after the finalisation', async () => {
    // Prepare: the deputy decides A; the member's assessment of A and a declaration of a
    // conflict on B are on their way, held back just before they write
    const a = apps.a.applicationId;
    const b = apps.b.applicationId;
    expect(
      (
        await api('POST', `/review/applications/${a}/outcome`, expert.deputy, {
          qualified: true,
          reason: 'Sterk forankring i begge kommunene.',
        })
      ).status,
    ).toBe(200);
    const assessmentHeld = interceptWrites([a, 'ekspert-medlem', '"assessment'], 'hold');
    const declarationHeld = interceptWrites([b, 'ekspert-medlem', 'declaration'], 'hold');
    const lateAssessment = api('POST', `/review/applications/${a}/assessment`, expert.member, assessment(1));
    const lateDeclaration = api('POST', `/review/applications/${b}/declaration`, expert.member, {
      conflicted: true,
      reason: 'Etterpå',
    });
    await Promise.all([assessmentHeld.reached, declarationHeld.reached]);
    // A's share will not reach its item (finding 8 is tested in the geographic stage)
    holdShareOf = a;
    shareFails = interceptWrites([`APP#${a}`, 'expertDecision'], 'fail');

    // Act: the deputy finalises; then the held writes go on
    const done = await api('POST', '/review/finalise', expert.deputy, {
      version: await version(expert.deputy),
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.pending).toBe(1);
    assessmentHeld.release();
    declarationHeld.release();

    // Assess: both refused; the decision and the record hold what was there at the finalisation
    const [assessed, declaredLate] = await Promise.all([lateAssessment, lateDeclaration]);
    expect(assessed.status).toBe(409);
    expect(assessed.body.code).toBe('STAGE_FINALISED');
    expect(declaredLate.status).toBe(409);
    expect(declaredLate.body.code).toBe('STAGE_FINALISED');
    const member = (await api('GET', `/review/applications/${a}`, expert.member)).body;
    expect(member.mine).toBeNull();
    const onB = (await api('GET', `/review/applications/${b}`, expert.member)).body;
    expect(onB.declaration.conflicted).toBe(false);

    // The decision never carries the conflicted chair's outcome
    await waitForStage(
      [apps.b, apps.c, apps.d].map((app) => app.applicationId),
      'GEOGRAPHIC_REVIEW',
    );
    expect(shareFails.matched).toBeGreaterThan(0);
    const shares = await Promise.all(
      [apps.b, apps.c, apps.d].map(async (app) => (await getApplication(app.applicationId))!.expertDecision),
    );
    for (const share of shares) expect(share).toMatchObject({ qualified: true, setBy: 'ekspert-leder' });
    expect((await getApplication(a))!.expertDecision).toBeUndefined();
  });
});

describe('the geographic committee', () => {
  it('lists every application the expert committee qualified, also one whose share has not arrived', async () => {
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'geographic', Object.values(geo)))]);
    const list = (await api('GET', '/review/applications', geo.deputy)).body;
    expect(ids(list.applications).sort()).toEqual(
      Object.values(apps)
        .map((app) => app.applicationId)
        .sort(),
    );
    expect(row(list, apps.a.applicationId).receiptNumber).toMatch(/\S/);
  });

  it("shows a member who stood aside no rank for that application, not even through the others' ranks", async () => {
    // Prepare: Nord stands aside on C; the chair sets the order A, C, B, D
    const { a, b, c, d } = Object.fromEntries(
      Object.entries(apps).map(([key, app]) => [key, app.applicationId]),
    ) as Record<'a' | 'b' | 'c' | 'd', string>;
    await declareAll(geo.chair);
    await declareAll(geo.deputy);
    await declareAll(geo.nord, [c]);
    const set = await api('POST', '/review/order', geo.chair, {
      order: [a, c, b, d],
      comments: { [c]: 'Trøndelag har lite tilbud i dag.' },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);

    // Act
    const list = (await api('GET', '/review/applications', geo.nord)).body;
    const detail = (await api('GET', `/review/applications/${b}`, geo.nord)).body;

    // Assess: C's place is nowhere to be read
    expect(list.order).toEqual([a, b, d]);
    expect(row(list, c).proposal).toBeNull();
    expect([a, b, d].map((id) => row(list, id).proposal.rank)).toEqual([1, 2, 3]);
    expect(detail.proposal.rank).toBe(2);
    expect(JSON.stringify(list)).not.toContain('Trøndelag har lite tilbud');
    const csv = await test.api('GET', '/review/export?format=csv', { token: tokens.get(geo.nord)! });
    const cRow = csv.body.split('\r\n').find((line: string) => line.includes('Trondheim og Melhus'));
    expect(cRow.startsWith(',')).toBe(true); // no rank in the first column
  });

  it('takes the application out of the order when the one who set it declares a conflict on it', async () => {
    const { a, b, c, d } = Object.fromEntries(
      Object.entries(apps).map(([key, app]) => [key, app.applicationId]),
    ) as Record<'a' | 'b' | 'c' | 'd', string>;
    const declared = await api('POST', `/review/applications/${d}/declaration`, geo.chair, {
      conflicted: true,
      reason: 'Jeg har vært rektor i Bodø',
    });
    expect(declared.status).toBe(200);
    const list = (await api('GET', '/review/applications', geo.deputy)).body;
    expect(list.order).toEqual([a, c, b]);
    expect(row(list, d).proposal).toBeNull();
    // The chair stood aside: the deputy acts for the committee now
    const chairFinalises = await api('POST', '/review/finalise', geo.chair, { version: list.stage.version });
    expect(chairFinalises.body.code).toBe('NOT_CHAIR');
    const chairOrders = await api('POST', '/review/order', geo.chair, { order: [a, c, b, d] });
    expect(chairOrders.body.code).toBe('NOT_CHAIR');
    const reordered = await api('POST', '/review/order', geo.deputy, { order: [a, c, b, d] });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
  });

  it("holds the finalisation up, by name, while an application's expert share cannot be handed on", async () => {
    const refused = await api('POST', '/review/finalise', geo.deputy, { version: await version(geo.deputy) });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.code).toBe('STAGE_INCOMPLETE');
    expect(refused.body.missing).toEqual([apps.a.applicationId]);
    expect(refused.body.message).toContain('Kor og korps');
    expect((await api('GET', '/review/context', geo.deputy)).body.stage.status).toBe('open');
  });

  it('hands the share on first, then finalises with every application', async () => {
    // Prepare: the table takes writes again
    shareFails.release();

    // Act
    const done = await api('POST', '/review/finalise', geo.deputy, { version: await version(geo.deputy) });

    // Assess
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.applications).toBe(4);
    holdShareOf = undefined;
    const all = Object.values(apps).map((app) => app.applicationId);
    await waitForStage(all, 'FINAL_REVIEW', 30_000);
    const a = (await getApplication(apps.a.applicationId))!;
    expect(a.expertDecision).toMatchObject({ qualified: true, setBy: 'ekspert-nestleder' });
    expect(a.geographicDecision).toMatchObject({ rank: 1 });
    expect((await getApplication(apps.d.applicationId))!.geographicDecision).toMatchObject({
      rank: 4,
      standAside: ['geo-leder'],
    });
  });
});

describe('the final committee', () => {
  it("leaves the award of an application a member stood aside from out of that member's figures and export", async () => {
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'final', Object.values(final)))]);
    const { a, b, c, d } = Object.fromEntries(
      Object.entries(apps).map(([key, app]) => [key, app.applicationId]),
    ) as Record<'a' | 'b' | 'c' | 'd', string>;
    await declareAll(final.chair);
    await declareAll(final.deputy);
    await declareAll(final.member, [b]);
    const awards: Record<string, number> = { [a]: 100_000, [b]: 200_000, [c]: 50_000, [d]: 25_000 };
    const list = (await api('GET', '/review/applications', final.chair)).body;
    for (const id of [a, b, c, d]) {
      const schoolYear = row(list, id).requested.perSchoolYear[0].schoolYear;
      const set = await api('POST', `/review/applications/${id}/outcome`, final.chair, {
        awarded: true,
        amounts: { [schoolYear]: awards[id] },
        reason: 'Redusert etter budsjettet.', // less than requested (ADR 090)
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }

    // Act: the chair stands aside on D after awarding it — while a change of D's award the chair
    // sent just before is still on its way; then the member reads the list and exports
    const change = interceptWrites(['STAGE#final', d, '"setAt"'], 'hold');
    const changed = api('POST', `/review/applications/${d}/outcome`, final.chair, {
      awarded: true,
      amounts: { [row(list, d).requested.perSchoolYear[0].schoolYear]: 30_000 },
      reason: 'Redusert etter budsjettet.',
    });
    await change.reached;
    const declared = await api('POST', `/review/applications/${d}/declaration`, final.chair, {
      conflicted: true,
      reason: 'Kona mi underviser i Salten',
    });
    expect(declared.status).toBe(200);
    change.release();
    expect((await changed).body.code).toBe('CONFLICTED');
    const mine = (await api('GET', '/review/applications', final.member)).body;
    const csv = await test.api('GET', '/review/export?format=csv', { token: tokens.get(final.member)! });

    // Assess: B (the member's conflict) and D (void) count nowhere in the member's figures
    expect(mine.budget.total.awarded).toBe(awards[a]! + awards[c]!);
    expect(mine.indicators.awarded).toBe(2);
    expect(mine.indicators.artSubjects.theatre ?? 0).toBe(0);
    expect(ids(mine.applications)).toEqual([a, c, d, b]);
    expect(row(mine, b)).not.toHaveProperty('geographic');
    expect([a, c, d].map((id) => row(mine, id).geographic.rank)).toEqual([1, 2, 3]);
    expect(row(mine, d).proposal).toBeNull();

    const lines: string[] = csv.body.split('\r\n');
    const bLine = lines.find((line) => line.includes('Bergensregionen'))!;
    expect(bLine).not.toContain('200000');
    expect(bLine.startsWith(',')).toBe(true);
    expect(lines.find((line) => line.startsWith('"Totalt",'))).toContain(`,${awards[a]! + awards[c]!},`);
    // Finding 10: the title is quoted, and the formula after the semicolon neutralised
    expect(csv.body).toContain('"Kor og korps;\'=2+5*7"');
    expect(csv.body).not.toMatch(/(^|[;,])=2\+5\*7/m);
  });

  it('lets the deputy decide where the chair stood aside, and the decision records who did', async () => {
    const d = apps.d.applicationId;
    const chairFinalises = await api('POST', '/review/finalise', final.chair, {
      version: await version(final.chair),
    });
    expect(chairFinalises.body.code).toBe('NOT_CHAIR');
    const declined = await api('POST', `/review/applications/${d}/outcome`, final.deputy, {
      awarded: false,
      reason: 'Budsjettet rekker ikke til alle.',
    });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const done = await api('POST', '/review/finalise', final.deputy, {
      version: await version(final.deputy),
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    await waitForStage(
      Object.values(apps).map((app) => app.applicationId),
      'AWAITING_ANNOUNCEMENT',
      30_000,
    );
    expect((await getApplication(d))!.finalDecision).toMatchObject({
      awarded: false,
      setBy: 'innstilling-nestleder',
      standAside: ['innstilling-leder'],
    });
    expect((await getApplication(apps.b.applicationId))!.finalDecision).toMatchObject({
      awarded: true,
      setBy: 'innstilling-leder',
      standAside: ['innstilling-medlem'],
    });
  });
});

function assessment(score: number) {
  return {
    activityAreaFit: { score, comment: 'Passer godt.' },
    anchoring: { score, comment: 'Intensjonsavtaler fra alle.' },
    sustainability: { score, comment: 'Videreføres.' },
    recommendation: score >= 3 ? 'qualified' : 'notQualified',
  };
}
