import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import {
  announceEarly,
  moveDemoDates,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * What an applicant learns before the announcement (ADR 066): nothing of the committees' work.
 * One application is judged not qualified while the others go on to the geographic committee;
 * all three applicants see the same neutral IN_REVIEW with the announcement date as it holds
 * now, until their application is announced.
 */
let test: TestStack;
const apps: Submitted[] = [];
const chair = DEMO_MEMBERS.expert.chair;
let chairToken = '';
let movedAnnouncement = '';

const statusOf = (app: Submitted) =>
  test.api('GET', `/applications/${app.applicationId}`, { token: app.token });
const asChair = (method: string, path: string, body?: unknown) =>
  test.api(method, path, { token: chairToken, ...(body !== undefined ? { body } : {}) });

beforeAll(async () => {
  test = await startTestStack();
  // A day after the configured date (the demo round exists once the stack has started).
  movedAnnouncement = new Date(Date.parse(findRound('demo')!.announcementDate) + 86_400_000).toISOString();
  for (const [lead, partner, title] of [
    ['0301', '3201', 'Oslo og Bærum'],
    ['4601', '4624', 'Bergensregionen'],
    ['1804', '1833', 'Salten og Rana'],
  ] as const) {
    apps.push(await submitApplication(test, { lead, partners: [partner], title }));
  }
});
afterAll(async () => test?.stop());

describe('the stage an applicant sees', () => {
  it('is IN_REVIEW with the moved announcement date, whoever the expert committee found not qualified', async () => {
    // Prepare: the announcement is moved a day later; the expert committee qualifies two of three
    await moveDemoDates({ announcement: movedAnnouncement });
    await openEarly();
    await waitForStage(
      apps.map((app) => app.applicationId),
      'EXPERT_REVIEW',
    );
    chairToken = (await waitForLinks(test, 'expert', [chair])).get(chair)!;
    for (const [index, app] of apps.entries()) {
      const path = `/review/applications/${app.applicationId}`;
      expect((await asChair('POST', `${path}/declaration`, { conflicted: false })).status).toBe(200);
      const qualified = index < 2;
      const reason = qualified ? 'Godt forankret.' : 'Svak forankring i kommunene.';
      expect((await asChair('POST', `${path}/outcome`, { qualified, reason })).status).toBe(200);
    }
    const { version } = (await asChair('GET', '/review/context')).body.stage;
    expect((await asChair('POST', '/review/finalise', { version })).status).toBe(200);
    await waitForStage([apps[0]!.applicationId, apps[1]!.applicationId], 'GEOGRAPHIC_REVIEW');
    await waitForStage([apps[2]!.applicationId], 'AWAITING_ANNOUNCEMENT');
    const mailsBefore = (await test.mails()).length;

    // Act
    const answers = await Promise.all(apps.map(statusOf));

    // Assess: the same neutral answer for all three — stage, date, and when it last changed
    for (const [index, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      expect(answer.body, apps[index]!.title).toMatchObject({
        status: 'SUBMITTED',
        stage: 'IN_REVIEW',
        announcementDate: movedAnnouncement,
        updatedAt: answer.body.receipt.submittedAt,
      });
      expect(answer.body).not.toHaveProperty('outcome');
    }
    expect(JSON.stringify(answers.map((answer) => answer.body))).not.toMatch(
      /GEOGRAPHIC_REVIEW|AWAITING_ANNOUNCEMENT|Svak forankring|NOT_QUALIFIED/,
    );
    expect((await test.mails()).length).toBe(mailsBefore);
  });

  it('is ANNOUNCED with the outcome once the application is announced, and not before', async () => {
    // Act: the administrator brings the announcement forward to now
    await announceEarly();
    await waitForStage([apps[2]!.applicationId], 'ANNOUNCED', 30_000);

    // Assess
    const announced = await statusOf(apps[2]!);
    expect(announced.body).toMatchObject({
      stage: 'ANNOUNCED',
      outcome: { result: 'NOT_QUALIFIED', reason: 'Svak forankring i kommunene.' },
    });
    expect(Date.parse(announced.body.announcementDate)).toBeLessThanOrEqual(test.clock.now().getTime());
    const stillInReview = await statusOf(apps[0]!);
    expect(stillInReview.body.stage).toBe('IN_REVIEW');
    expect(stillInReview.body).not.toHaveProperty('outcome');
  });
});
