import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { functionsOf } from '../../functions/registry.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { recordAwsCalls } from '../support/aws-calls.ts';
import { costOf, PRICES_DATED, totalOf } from '../support/cost.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { watchSchedule } from '../support/workflow.ts';
import {
  announceEarly,
  moveDemoDates,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * A whole round on the local stack: six applications from six counties, through the expert
 * committee (two not qualified), the geographic committee (a national priority order), the
 * final committee (three awards within the budget, one declined) to the announcement e-mails
 * and the public awards page — with a moved deadline on the way, conflicts of interest, and
 * two chairs' tabs finalising at once.
 */
let test: TestStack;
const apps: Submitted[] = [];
const expert = DEMO_MEMBERS.expert;
const geo = DEMO_MEMBERS.geographic;
const final = DEMO_MEMBERS.final;
let tokens = new Map<string, string>();

const as = (email: string) => tokens.get(email)!;
const api = (method: string, path: string, email: string, body?: unknown) =>
  test.api(method, path, { token: as(email), ...(body !== undefined ? { body } : {}) });

/** The workflow's looks at the round's dates (the real Schedule task, its answers noted). */
const schedule = watchSchedule();

/** Every AWS call and handler run of the round, for its cost (docs/cost.md). */
const awsCalls = recordAwsCalls();
const invocations: { functionName: string; ms: number }[] = [];

beforeAll(async () => {
  test = await startTestStack({
    handlers: schedule.handlers,
    onInvocation: (invocation) => invocations.push(invocation),
  });
});
afterAll(async () => {
  awsCalls.remove();
  await test?.stop();
});

describe('a whole round', () => {
  it('takes six applications from six counties', async () => {
    const inputs = [
      {
        lead: '0301',
        partners: ['3201'],
        title: 'Oslo og Bærum',
        areas: ['1a'],
        subjects: ['music'] as const,
      },
      { lead: '1103', partners: ['1108'], title: 'Nord-Jæren', areas: ['2a'], subjects: ['dance'] as const },
      {
        lead: '4601',
        partners: ['4624'],
        title: 'Bergensregionen',
        areas: ['3a'],
        subjects: ['theatre'] as const,
      },
      {
        lead: '5001',
        partners: ['5028'],
        title: 'Trondheim og Melhus',
        areas: ['4a'],
        subjects: ['visualArt'] as const,
      },
      {
        lead: '1804',
        partners: ['1833'],
        title: 'Salten og Rana',
        areas: ['5a'],
        subjects: ['circus'] as const,
      },
      {
        lead: '3301',
        partners: ['3303'],
        title: 'Drammen og Kongsberg',
        areas: ['1b'],
        subjects: ['music'] as const,
      },
    ];
    for (const input of inputs)
      apps.push(await submitApplication(test, { ...input, subjects: [...input.subjects] }));
    await waitForStage(
      apps.map((a) => a.applicationId),
      'SUBMITTED',
    );
  });

  it('waits past a moved deadline, then opens the expert stage with one invitation per member', async () => {
    // Prepare: the period ends in an hour — then the administrator extends it by another hour
    // (the applicants' sessions, twelve hours, outlast both).
    const HOUR = 3_600_000;
    const first = test.clock.now().getTime() + HOUR;
    await moveDemoDates({ applicationCloses: new Date(first).toISOString() });
    const extended = first + HOUR;
    await moveDemoDates({ applicationCloses: new Date(extended).toISOString() });

    // Assess: the applicants see the moved deadline
    const rounds = await test.api('GET', '/rounds');
    const demo = rounds.body.rounds.find((round: { id: string }) => round.id === 'demo');
    expect(demo.applicationPeriod.closes).toBe(new Date(extended).toISOString());
    expect(demo).not.toHaveProperty('committees');

    // Assess: past the first date, before the moved one, the executions look at the date again
    // (twice each, by the clock moved on) and go on waiting; nobody is in review yet
    test.clock.set(first + HOUR / 2);
    const moved = test.clock.now().getTime();
    const looksSinceMoved = () => schedule.since('applicationCloses', moved);
    await vi.waitFor(() => expect(looksSinceMoved().length).toBeGreaterThanOrEqual(2 * apps.length), {
      timeout: 15_000,
      interval: 100,
    });
    expect(looksSinceMoved().filter((look) => look.due)).toEqual([]);
    for (const app of apps) expect((await getApplication(app.applicationId))?.stage).toBe('SUBMITTED');

    // Act: the administrator opens the stages (the period ends now)
    await openEarly();

    // Assess
    await waitForStage(
      apps.map((a) => a.applicationId),
      'EXPERT_REVIEW',
    );
    tokens = await waitForLinks(test, 'expert', Object.values(expert));
    const invitations = (await test.mails()).filter((m) => m.text.includes('/review/expert#token='));
    expect(invitations).toHaveLength(3);
    const status = await test.api('GET', `/applications/${apps[0]!.applicationId}`, {
      token: apps[0]!.token,
    });
    expect(status.body.stage).toBe('IN_REVIEW');
    expect(status.body.outcome).toBeUndefined();
  });

  it('lets the expert committee declare, assess and decide; the chair stands aside once', async () => {
    const context = await api('GET', '/review/context', expert.chair);
    expect(context.status).toBe(200);
    expect(context.body).toMatchObject({
      committee: 'expert',
      member: { role: 'chair' },
      stage: { status: 'open' },
    });

    const list = await api('GET', '/review/applications', expert.member);
    expect(list.status).toBe(200);
    expect(list.body.applications).toHaveLength(6);

    // Before declaring: the application, no form, no discussion
    const first = apps[0]!.applicationId;
    const before = await api('GET', `/review/applications/${first}`, expert.member);
    expect(before.status).toBe(200);
    expect(before.body.declaration).toBeNull();
    expect(before.body.attachments[0].url).toMatch(/^http/);
    expect(before.body).not.toHaveProperty('assessments');
    const early = await api('POST', `/review/applications/${first}/assessment`, expert.member, assessment(4));
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DECLARATION_REQUIRED');

    // Everyone declares; the chair is conflicted on the last application
    const conflictedOn = apps[5]!.applicationId;
    for (const email of Object.values(expert)) {
      for (const app of apps) {
        const conflicted = email === expert.chair && app.applicationId === conflictedOn;
        const declared = await api('POST', `/review/applications/${app.applicationId}/declaration`, email, {
          conflicted,
          ...(conflicted ? { reason: 'Rektor i Drammen kulturskole' } : {}),
        });
        expect(declared.status).toBe(200);
      }
    }
    const undo = await api('POST', `/review/applications/${conflictedOn}/declaration`, expert.chair, {
      conflicted: false,
    });
    expect(undo.body.code).toBe('DECLARATION_FINAL');

    // Members assess
    for (const [index, app] of apps.entries()) {
      for (const email of [expert.member, expert.deputy]) {
        const saved = await api(
          'POST',
          `/review/applications/${app.applicationId}/assessment`,
          email,
          assessment(index < 4 ? 4 : 2),
        );
        expect(saved.status).toBe(200);
      }
    }

    // The chair sees them side by side — but not on the application the chair stood aside on
    const chairView = await api('GET', `/review/applications/${first}`, expert.chair);
    expect(chairView.body.assessments).toHaveLength(2);
    expect(chairView.body.averages.averages.anchoring).toBe(4);
    const aside = await api('GET', `/review/applications/${conflictedOn}`, expert.chair);
    expect(aside.body).not.toHaveProperty('assessments');
    // A member who has given their own assessment sees the others' too (ADR 090)
    const memberView = await api('GET', `/review/applications/${first}`, expert.member);
    expect(memberView.body.assessments).toHaveLength(2);
    expect(memberView.body.mine.recommendation).toBe('qualified');

    // Outcomes: four qualified, two not; the deputy decides where the chair stood aside
    for (const [index, app] of apps.entries()) {
      const decider = app.applicationId === conflictedOn ? expert.deputy : expert.chair;
      const qualified = index < 4;
      const set = await api('POST', `/review/applications/${app.applicationId}/outcome`, decider, {
        qualified,
        reason: qualified ? 'Godt forankret og bærekraftig.' : 'Svak forankring i kommunene.',
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    const chairOnAside = await api('POST', `/review/applications/${conflictedOn}/outcome`, expert.chair, {
      qualified: false,
      reason: 'x',
    });
    expect(chairOnAside.body.code).toBe('CONFLICTED');
    const memberOutcome = await api('POST', `/review/applications/${first}/outcome`, expert.member, {
      qualified: true,
      reason: 'x',
    });
    expect(memberOutcome.body.code).toBe('NOT_CHAIR');
  });

  it('finalises once, even from two tabs at the same moment', async () => {
    // The chair stood aside on one application, so the deputy finalises this stage.
    const refused = await api('POST', '/review/finalise', expert.chair, { version: 0 });
    expect(refused.body.code).toBe('NOT_CHAIR');
    const { version } = (await api('GET', '/review/context', expert.deputy)).body.stage;

    const [a, b] = await Promise.all([
      api('POST', '/review/finalise', expert.deputy, { version }),
      api('POST', '/review/finalise', expert.deputy, { version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a.body.code, b.body.code]).toContain('STAGE_FINALISED');
    const again = await api('POST', '/review/finalise', expert.deputy, { version: version + 1 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('STAGE_FINALISED');
    const late = await api(
      'POST',
      `/review/applications/${apps[0]!.applicationId}/assessment`,
      expert.member,
      assessment(5),
    );
    expect(late.body.code).toBe('STAGE_FINALISED');

    await waitForStage(
      apps.slice(0, 4).map((a) => a.applicationId),
      'GEOGRAPHIC_REVIEW',
    );
    await waitForStage(
      apps.slice(4).map((a) => a.applicationId),
      'AWAITING_ANNOUNCEMENT',
    );
    const record = await getApplication(apps[5]!.applicationId);
    expect(record?.expertDecision).toMatchObject({ qualified: false, standAside: ['ekspert-leder'] });
  });

  it('lets the geographic committee comment per county and set one priority order', async () => {
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'geographic', Object.values(geo)))]);
    const qualified = apps.slice(0, 4).map((a) => a.applicationId);
    const list = await api('GET', '/review/applications', geo.vest);
    expect(list.body.applications.map((a: { applicationId: string }) => a.applicationId).sort()).toEqual(
      [...qualified].sort(),
    );
    for (const email of Object.values(geo)) {
      for (const id of qualified) {
        expect(
          (await api('POST', `/review/applications/${id}/declaration`, email, { conflicted: false })).status,
        ).toBe(200);
      }
    }
    // Vest (11, 15, 42, 46) comments on Bergen; not on Oslo
    const bergen = apps[2]!.applicationId;
    expect(
      (await api('POST', `/review/applications/${bergen}/assessment`, geo.vest, { comment: 'Sterk region.' }))
        .status,
    ).toBe(200);
    const oslo = await api('POST', `/review/applications/${apps[0]!.applicationId}/assessment`, geo.vest, {
      comment: 'x',
    });
    expect(oslo.body.code).toBe('COUNTY_NOT_YOURS');

    const incomplete = await api('POST', '/review/order', geo.chair, { order: qualified.slice(0, 3) });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.fields[0].code).toBe('ORDER_INCOMPLETE');
    const order = [qualified[3]!, qualified[2]!, qualified[0]!, qualified[1]!];
    const set = await api('POST', '/review/order', geo.chair, {
      order,
      comments: { [qualified[3]!]: 'Nord først: lite tilbud i dag.' },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const done = await api('POST', '/review/finalise', geo.chair, { version: set.body.stage.version });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    await waitForStage(qualified, 'FINAL_REVIEW');
    expect((await getApplication(qualified[3]!))?.geographicDecision).toMatchObject({ rank: 1 });
  });

  it('lets the final committee award within the budget, decline with a reason, and finalise', async () => {
    tokens = new Map([...tokens, ...(await waitForLinks(test, 'final', [final.chair, final.member]))]);
    const list = await api('GET', '/review/applications', final.chair);
    expect(list.status).toBe(200);
    const ranked = list.body.applications as {
      applicationId: string;
      requested: { perSchoolYear: { schoolYear: string; amount: number }[] };
      geographic: unknown;
    }[];
    expect(ranked).toHaveLength(4);
    for (const row of ranked) {
      expect(
        (
          await api('POST', `/review/applications/${row.applicationId}/declaration`, final.chair, {
            conflicted: false,
          })
        ).status,
      ).toBe(200);
    }
    const withGeo = (await api('GET', '/review/applications', final.chair)).body.applications;
    expect(withGeo[0].geographic.rank).toBe(1);
    expect(withGeo[0].expert.qualified).toBe(true);

    // Over the request → a field error
    const year = ranked[0]!.requested.perSchoolYear[0]!;
    const tooMuch = await api(
      'POST',
      `/review/applications/${ranked[0]!.applicationId}/outcome`,
      final.chair,
      {
        awarded: true,
        amounts: { [year.schoolYear]: year.amount + 1 },
      },
    );
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.fields[0].code).toBe('AWARD_EXCEEDS_REQUEST');

    // Three awards, one declined
    for (const [index, row] of ranked.entries()) {
      const body =
        index < 3
          ? {
              awarded: true,
              amounts: { [row.requested.perSchoolYear[0]!.schoolYear]: 250_000 - index * 50_000 },
              // Less than requested: the applicant is told why (ADR 090)
              reason: 'Budsjettet fordeles på flere tiltak.',
            }
          : { awarded: false, reason: 'Budsjettet prioriteres til tiltak med større geografisk spredning.' };
      expect(
        (await api('POST', `/review/applications/${row.applicationId}/outcome`, final.chair, body)).status,
      ).toBe(200);
    }
    const figures = (await api('GET', '/review/applications', final.chair)).body;
    expect(figures.budget.total.awarded).toBe(250_000 + 200_000 + 150_000);
    expect(figures.budget.overBudget).toBe(false);
    expect(figures.indicators.awarded).toBe(3);

    const csv = await test.api('GET', '/review/export?format=csv', { token: as(final.chair) });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toContain('Trondheim og Melhus');
    // The not qualified are there too, after the ranking, with the expert committee's reason
    const salten = (csv.body as string).split('\r\n').find((line) => line.includes('Salten og Rana'));
    expect(salten).toContain('Svak forankring i kommunene.');
    const xlsx = await test.api('GET', '/review/export?format=xlsx', { token: as(final.chair) });
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    const done = await api('POST', '/review/finalise', final.chair, { version: figures.stage.version });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
  });

  it('announces every outcome by e-mail and lists the awards publicly', async () => {
    // Prepare: nobody is told anything before the announcement date
    await waitForStage(
      apps.map((a) => a.applicationId),
      'AWAITING_ANNOUNCEMENT',
    );
    expect((await test.mails()).filter((m) => /Svar på søknad/.test(m.subject))).toHaveLength(0);
    const early = await test.api('GET', '/rounds/demo/awards');
    expect(early.body).toMatchObject({ announced: false, awards: [] });

    // Act: the administrator brings the announcement date forward to now
    await announceEarly();

    // Assess
    await waitForStage(
      apps.map((a) => a.applicationId),
      'ANNOUNCED',
      30_000,
    );
    const mails = await test.mails();
    for (const app of apps) {
      const outcome = mails.filter((m) => m.to.includes(app.email) && /Svar på søknad/.test(m.subject));
      expect(outcome, app.title).toHaveLength(1);
      // The contact person the applicant typed gets no outcome (ADR 085).
      expect(
        mails.filter((m) => m.to.includes(app.contactEmail) && /Svar på søknad/.test(m.subject)),
      ).toEqual([]);
    }
    const declinedOrNot = mails.filter((m) => /ikke fått tilskudd|ikke vurdert som kvalifisert/.test(m.text));
    expect(declinedOrNot).toHaveLength(3);
    expect(mails.some((m) => m.text.includes('Svak forankring i kommunene.'))).toBe(true);

    const awards = await test.api('GET', '/rounds/demo/awards');
    expect(awards.status).toBe(200);
    expect(awards.body.announced).toBe(true);
    expect(awards.body.awards).toHaveLength(3);
    expect(awards.body.total).toBe(600_000);
    expect(JSON.stringify(awards.body)).not.toContain('Budsjettet prioriteres');

    const applicant = await test.api('GET', `/applications/${apps[4]!.applicationId}`, {
      token: apps[4]!.token,
    });
    expect(applicant.body).toMatchObject({ stage: 'ANNOUNCED', outcome: { result: 'NOT_QUALIFIED' } });

    for (const app of apps) {
      // An award's execution goes on: it waits for the acceptance and the reports (ADR 102).
      const { body } = await test.api('GET', `/applications/${app.applicationId}`, { token: app.token });
      if ((body as { outcome?: { result?: string } }).outcome?.result === 'AWARDED') continue;
      const execution = await test.stack.workflow.waitForExecution(
        `${test.stack.env.STATE_MACHINE_ARN!.replace(':stateMachine:', ':execution:')}:${app.applicationId}`,
      );
      expect(execution.status).toBe('SUCCEEDED');
    }
  });

  it('keeps an audit trail of every declaration, decision, link and stage change', async () => {
    const audit = await listAudit('demo');
    const actions = new Set(audit.map((entry) => entry.action));
    for (const action of [
      'schedule.moved',
      'stage.opened',
      'link.issued',
      'declaration.conflicted',
      'declaration.not-conflicted',
      'assessment.saved',
      'outcome.proposed',
      'order.set',
      'stage.finalised',
      'decision.applied',
      'outcome.announced',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(audit.filter((entry) => entry.action === 'stage.finalised')).toHaveLength(3);
    const finalised = audit.find(
      (entry) => entry.action === 'stage.finalised' && entry.committee === 'expert',
    )!;
    expect(finalised.actor).toEqual({ kind: 'member', id: 'ekspert-nestleder', committee: 'expert' });
  });

  it('costs at most $0.01 of AWS usage per application (docs/cost.md)', async () => {
    await test.stack.idle();
    const routes = new Set<string>(functionsOf('http').map((fn) => fn.id));
    const count = (id: string) => invocations.filter((run) => run.functionName === id).length;
    const attachments = apps.length; // one letter of intent each
    const lines = costOf({
      calls: awsCalls.calls,
      invocations,
      apiRequests: invocations.filter((run) => routes.has(run.functionName)).length,
      // The browser's upload, the verifier's frozen copy; its look at the head and the first bytes, downloads.
      s3Puts: 2 * attachments,
      s3Gets: 2 * attachments + count('DownloadAttachment'),
      // Each task state entered, with the Choice and Wait states around it: about three per task run.
      transitions: 3 * functionsOf('workflow-task').reduce((sum, fn) => sum + count(fn.id), 0),
    });
    const perApplication = totalOf(lines) / apps.length;
    if (process.env.COST_REPORT) {
      console.log(
        `Prices of ${PRICES_DATED}; ${apps.length} applications, ${invocations.length} handler runs`,
      );
      console.table(lines.map((line) => ({ ...line, perApplication: line.quantity / apps.length })));
      console.log(`per application: $${perApplication.toFixed(5)}`);
      console.log(
        'handler runs:',
        Object.fromEntries(
          [...new Set(invocations.map((run) => run.functionName))].map((id) => [id, count(id)]),
        ),
      );
      const dynamo = awsCalls.calls.filter((call) => call.service === 'dynamodb');
      console.log(
        `DynamoDB calls: ${dynamo.length}, with reported capacity: ${dynamo.filter((call) => call.capacityUnits !== undefined).length}`,
      );
    }
    expect(awsCalls.calls.length).toBeGreaterThan(0);
    expect(perApplication).toBeLessThanOrEqual(0.01);
  });
});

function assessment(score: number) {
  return {
    activityAreaFit: { score, comment: 'Passer godt med aktivitetsområdet.' },
    anchoring: { score, comment: 'Intensjonsavtaler fra alle.' },
    sustainability: { score, comment: 'Videreføres i budsjettet.' },
    recommendation: score >= 3 ? 'qualified' : 'notQualified',
  };
}
