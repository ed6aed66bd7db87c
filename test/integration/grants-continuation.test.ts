import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GRANT_EXECUTION_RENEW_MS } from '../../shared/grants/workflow.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { tokenFromMail } from '../support/applications.ts';
import { executionArnOf, moveDemoGrantDates } from '../support/awards.ts';
import {
  acceptAward,
  awardRound,
  costLinesOf,
  reportAndApprove as reportAndApproveAs,
} from '../support/grants.ts';
import type { Submitted } from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { signInAsStaff } from '../support/staff.ts';

/**
 * A Standard execution of Step Functions runs for a year at most (ADR 114): an award over two
 * school years waits longer for its last report. Near the year the award's wait goes on in an
 * execution of its own (`<applicationId>-grant-2`, starting at GrantStep) and the first ends —
 * nothing lost: a reminder claimed by the first is not sent again, and a report submitted and
 * approved afterwards reaches the new execution, which ends once every report is approved. On
 * the local stack, with the clock moved (ADR 075) rather than waited for.
 */
let test: TestStack;
let awarded: Submitted;
let staff = '';
let years: string[] = [];
let costLines = 0;
const DAY = 86_400_000;

const reportAndApprove = (schoolYear: string) =>
  reportAndApproveAs(test, { app: awarded, staff, schoolYear, costLines });

beforeAll(async () => {
  test = await startTestStack();
  ({ awarded, years, staff } = await awardRound(test, { schoolYears: 2 }));
  await acceptAward(test, awarded);
  costLines = await costLinesOf(test, staff, awarded, years[0]!);
}, 180_000);
afterAll(async () => test?.stop());

describe('an award waiting longer than an execution may run', () => {
  it('goes on in a new execution near the year; the first ends; nothing is sent twice', async () => {
    const now = test.clock.now().getTime();
    // The second report falls due in the first execution's last weeks; the first is approved.
    await moveDemoGrantDates({
      reportsDue: {
        [years[0]!]: new Date(now + 100 * DAY).toISOString(),
        [years[1]!]: new Date(now + 320 * DAY).toISOString(),
      },
    });
    await reportAndApprove(years[0]!);
    await test.stack.idle();
    const first = executionArnOf(test, awarded.applicationId);
    const next = `${first}-grant-2`;
    expect(test.stack.workflow.describe(first)?.status).toBe('RUNNING');

    test.clock.set(new Date(now + 310 * DAY));
    await vi.waitFor(
      async () => expect(await test.mailsTo(awarded.email, /skal leveres innen/)).toHaveLength(1),
      {
        timeout: 20_000,
        interval: 200,
      },
    );
    test.clock.set(new Date(now + GRANT_EXECUTION_RENEW_MS + DAY));
    await vi.waitFor(() => expect(test.stack.workflow.describe(next)?.status).toBe('RUNNING'), {
      timeout: 20_000,
      interval: 200,
    });
    await vi.waitFor(() => expect(test.stack.workflow.describe(first)?.status).toBe('SUCCEEDED'), {
      timeout: 20_000,
      interval: 200,
    });
    // The report overdue: its "after" reminder once, the "before" one not again.
    await vi.waitFor(
      async () => expect(await test.mailsTo(awarded.email, /er ikke levert/)).toHaveLength(1),
      {
        timeout: 20_000,
        interval: 200,
      },
    );
    await test.stack.idle();
    expect(await test.mailsTo(awarded.email, /skal leveres innen/)).toHaveLength(1);
    expect(await test.mailsTo(awarded.email, /er ikke levert/)).toHaveLength(1);
    const continued = (await listAudit('demo', awarded.applicationId)).filter(
      (entry) => entry.action === 'grant.continued',
    );
    expect(continued).toHaveLength(1);
  });

  it('the last report reaches the new execution, which ends once it is approved', async () => {
    const next = `${executionArnOf(test, awarded.applicationId)}-grant-2`;
    // A year on, the applicant signs in afresh (a link to the application's owner).
    expect((await test.api('POST', `/applications/${awarded.applicationId}/sign-in-link`)).status).toBe(202);
    const mail = (await test.mails()).filter((m) => m.to.includes(awarded.email)).at(-1)!;
    const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
    expect(session.status).toBe(201);
    awarded = { ...awarded, token: session.body.accessToken };
    staff = await signInAsStaff(test);
    await reportAndApprove(years[1]!);
    const ended = await test.stack.workflow.waitForExecution(next, 20_000);
    expect(ended.status).toBe('SUCCEEDED');
    expect(test.stack.workflow.describe(`${next.slice(0, -1)}3`)).toBeUndefined();
  });
});
