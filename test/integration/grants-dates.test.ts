import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { functionById } from '../../functions/registry.ts';
import { repoRoot, type LambdaHandler } from '../../local/lambda.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { ENV } from '../../shared/config/env.ts';
import { grantDates } from '../../shared/grants/dates.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { acceptAward, awardRound } from '../support/grants.ts';
import type { Submitted } from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The dates after the award moved like the round's others (issue 12 points 2–3; ADR 113): the
 * console's move-dates action and `npm run admin -- stages move` move the acceptance deadline
 * and a report's due date, refuse them out of order, audit them — and the workflow's waits,
 * whose timeouts were fixed when they began, see a date moved earlier at once. After the
 * announcement the longest wait is a day here, so a reminder that arrives within seconds
 * arrived because the move resumed the wait, not because a short wait ran out (the clock is
 * injected, ADR 075).
 */
let test: TestStack;
let awarded: Submitted;
let staff = '';
let years: string[] = [];
const DAY = 86_400_000;

const move = (body: unknown, language = 'nb') =>
  test.api('POST', '/staff/rounds/demo/dates', {
    token: staff,
    body,
    headers: { 'accept-language': language },
  });
const inDays = (days: number) => new Date(test.clock.now().getTime() + days * DAY).toISOString();
const admin = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'admin.ts'), ...args], {
    env: { ...process.env, LOCAL_DATA_DIR: test.dataDir },
    cwd: repoRoot,
  });

/** The waits GrantStep planned (seconds), newest last: the real handler, watched. */
const planned: number[] = [];
const STEP = functionById('GrantStep');

beforeAll(async () => {
  test = await startTestStack({
    handlers: {
      [STEP.entry]: async (event, context) => {
        const { handler } = await import('../../functions/grants/grant-step.ts');
        const answer = (await (handler as LambdaHandler)(event, context)) as { timeoutSeconds?: number };
        if (answer.timeoutSeconds !== undefined) planned.push(answer.timeoutSeconds);
        return answer;
      },
    },
  });
  ({ awarded, years, staff } = await awardRound(test, { schoolYears: 2 }));
  // The round played with one-second waits; from here on a wait lasts until the next reminder
  // or a day (the handlers read the setting at each look, in this process): once GrantStep
  // plans a long wait, the award waits under it.
  process.env[ENV.workflowMaxWaitSeconds] = String(86_400);
  await vi.waitFor(() => expect(planned.at(-1)).toBeGreaterThan(3600), { timeout: 20_000, interval: 100 });
}, 180_000);
afterAll(async () => test?.stop());

describe('the dates after the award', () => {
  it('are refused out of order, at their fields, in the reader’s language; nothing moves', async () => {
    const before = await grantDates(findRound('demo')!);
    const beforeAnnouncement = await move({ acceptBy: inDays(-30) }, 'en');
    const reportBeforeAcceptance = await move({ reportsDue: { [years[0]!]: inDays(0.5) } });
    const firstAfterSecond = await move({
      reportsDue: { [years[0]!]: new Date(Date.parse(before.reportsDue[years[1]!]!) + DAY).toISOString() },
    });
    const unknownYear = await move({ reportsDue: { '1999-2000': inDays(100) } });
    const notAnInstant = await move({ acceptBy: 'tomorrow' });

    expect([beforeAnnouncement.status, beforeAnnouncement.body.fields]).toEqual([
      400,
      [
        {
          path: 'acceptBy',
          code: 'GRANT_DATE_TOO_EARLY',
          message: expect.stringMatching(/deadline to accept/),
        },
      ],
    ]);
    expect(reportBeforeAcceptance.body.fields).toMatchObject([
      { path: `reportsDue.${years[0]}`, code: 'GRANT_DATE_TOO_EARLY' },
    ]);
    expect(firstAfterSecond.body.fields).toMatchObject([
      { path: `reportsDue.${years[0]}`, code: 'GRANT_DATE_TOO_LATE' },
    ]);
    expect([unknownYear.status, unknownYear.body.fields?.[0]?.code]).toEqual([400, 'VALUE_NOT_ALLOWED']);
    expect(notAnInstant.status).toBe(400);
    await expect(admin('stages', 'move', 'demo', 'acceptBy', inDays(-30))).rejects.toMatchObject({
      stderr: expect.stringContaining('acceptBy: GRANT_DATE_TOO_EARLY'),
    });
    expect(await grantDates(findRound('demo')!)).toEqual(before);
  });

  it('moved later, sends nothing now; moved earlier, the waiting award is reminded at once (audited)', async () => {
    const laterDate = inDays(30);
    const later = await move({ acceptBy: laterDate });
    expect(later.status, JSON.stringify(later.body)).toBe(200);
    expect(later.body.acceptBy).toBe(laterDate);
    await test.stack.idle();
    expect(await test.mailsTo(awarded.email, /aksepter tilskuddet/)).toHaveLength(0);

    const earlierDate = inDays(3);
    const earlier = await move({ acceptBy: earlierDate });
    expect(earlier.status).toBe(200);
    await vi.waitFor(
      async () => expect(await test.mailsTo(awarded.email, /aksepter tilskuddet/)).toHaveLength(1),
      {
        timeout: 20_000,
        interval: 200,
      },
    );
    const moved = (await listAudit('demo')).filter((entry) => entry.action === 'schedule.moved');
    expect(moved.at(-1)).toMatchObject({
      actor: { kind: 'staff' },
      details: { changes: { acceptBy: earlierDate } },
    });
  });

  it('a report’s due date moved with `npm run admin -- stages move … report`: its reminder at once', async () => {
    await acceptAward(test, awarded);
    await test.stack.idle();
    expect(await test.mailsTo(awarded.email, /skal leveres innen/)).toHaveLength(0);

    const due = inDays(5);
    const { stdout } = await admin('stages', 'move', 'demo', 'report', years[0]!, due);
    expect(stdout).toContain(years[0]);
    await vi.waitFor(
      async () => expect(await test.mailsTo(awarded.email, /skal leveres innen/)).toHaveLength(1),
      {
        timeout: 20_000,
        interval: 200,
      },
    );
    expect((await grantDates(findRound('demo')!)).reportsDue[years[0]!]).toBe(due);
  });
});
