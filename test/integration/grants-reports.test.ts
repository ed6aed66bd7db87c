import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { executionArnOf, moveDemoGrantDates } from '../support/awards.ts';
import { acceptAward, awardRound, completeReport, costLinesOf, reportPath } from '../support/grants.ts';
import type { Submitted } from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Reports on each school year of an award (issue 12 point 3; ADR 103): saved as you type on a
 * version, submitted with field issues until complete, reviewed by the secretariat — returned
 * with a message the applicant is mailed, amended, resubmitted, approved — and exported. The
 * workflow reminds before and after a report's due date (dates moved, never waited for) and
 * ends once every report is approved.
 */
let test: TestStack;
let awarded: Submitted;
let other: Submitted;
let staff = '';
let years: string[] = [];
let costLines = 0;
const DAY = 86_400_000;

const getReport = (app: Submitted, schoolYear: string, token = app.token) =>
  test.api('GET', `${reportPath(app)}?schoolYear=${schoolYear}`, { token });
const save = (app: Submitted, body: unknown, token = app.token) =>
  test.api('PUT', reportPath(app), { token, body });
const submit = (app: Submitted, body: unknown, token = app.token) =>
  test.api('POST', `${reportPath(app)}/submit`, { token, body });
const review = (body: unknown, token = staff) =>
  test.api('POST', `/staff/applications/${awarded.applicationId}/grant/report/review`, { token, body });
const complete = () => completeReport(costLines, 10_000);

beforeAll(async () => {
  test = await startTestStack();
  const round = await awardRound(test, { schoolYears: 2, declined: true });
  ({ awarded, years, staff } = round);
  other = round.declined!;
}, 180_000);
afterAll(async () => test?.stop());

describe('a report on a school year', () => {
  it('waits for the acceptance, and is only for the award’s applicant', async () => {
    const early = await getReport(awarded, years[0]!);
    const notAwarded = await getReport(other, years[0]!);
    const crossed = await getReport(awarded, years[0]!, other.token);

    expect([early.status, early.body.code]).toEqual([409, 'ACCEPTANCE_REQUIRED']);
    expect([notAwarded.status, notAwarded.body.code]).toEqual([403, 'NOT_AWARDED']);
    expect(crossed.status).toBe(403);
  });

  it('is saved as a draft on its version; a stale save conflicts; an incomplete one is refused at its fields', async () => {
    await acceptAward(test, awarded);
    costLines = await costLinesOf(test, staff, awarded, years[0]!);
    expect(costLines).toBeGreaterThan(0);

    const empty = await getReport(awarded, years[0]!);
    const first = await save(awarded, {
      schoolYear: years[0],
      version: 0,
      report: { continuation: 'Videre drift.' },
    });
    const stale = await save(awarded, {
      schoolYear: years[0],
      version: 0,
      report: { continuation: 'Annet.' },
    });
    const incomplete = await submit(awarded, { schoolYear: years[0], version: 1 });
    const unknownYear = await save(awarded, { schoolYear: '2001-2002', version: 0, report: {} });
    const badShape = await save(awarded, {
      schoolYear: years[0],
      version: 1,
      report: { pupils: [{ group: 'x', count: -1 }] },
    });

    expect(empty.body).toMatchObject({ status: 'DRAFT', version: 0, report: {} });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      status: 'DRAFT',
      version: 1,
      report: { continuation: 'Videre drift.' },
    });
    expect([stale.status, stale.body.code, stale.body.currentVersion]).toEqual([409, 'VERSION_CONFLICT', 1]);
    expect(stale.body.message).toMatch(/Rapporten er endret/);
    expect([incomplete.status, incomplete.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const codes = (incomplete.body.fields as { path: string; code: string; message: string }[]).map(
      (f) => f.code,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        'REPORT_ACTIVITY_REQUIRED',
        'REPORT_PUPILS_REQUIRED',
        'REPORT_SPENDING_REQUIRED',
      ]),
    );
    expect(codes).not.toContain('REPORT_CONTINUATION_REQUIRED');
    expect(incomplete.body.fields[0].message).not.toBe('');
    expect(unknownYear.status).toBe(400);
    expect(badShape.status).toBe(400);
    expect((await getReport(awarded, years[0]!)).body.report).toEqual({ continuation: 'Videre drift.' });
  });

  it('is submitted complete; then read-only until the secretariat asks for more', async () => {
    const saved = await save(awarded, { schoolYear: years[0], version: 1, report: complete() });
    const submitted = await submit(awarded, { schoolYear: years[0], version: 2 });
    const locked = await save(awarded, { schoolYear: years[0], version: 3, report: complete() });

    expect(saved.body.issues).toEqual([]);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', version: 3 });
    expect([locked.status, locked.body.code]).toEqual([409, 'READ_ONLY']);
  });

  it('returned with a message: the applicant is mailed it, amends and resubmits; then approved', async () => {
    const noMessage = await review({ schoolYear: years[0], decision: 'RETURNED' });
    const asApplicant = await review({ schoolYear: years[0], decision: 'APPROVED' }, awarded.token);
    const returned = await review({
      schoolYear: years[0],
      decision: 'RETURNED',
      message: 'Hvor mange deltok jevnlig?',
    });

    expect([noMessage.status, noMessage.body.code, noMessage.body.fields?.[0]?.code]).toEqual([
      400,
      'VALIDATION_FAILED',
      'REPORT_MESSAGE_REQUIRED',
    ]);
    expect(asApplicant.status).toBe(401);
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body.status).toBe('RETURNED');
    const [asked] = await test.mailsTo(awarded.email, /ber om mer informasjon/);
    expect(asked!.text).toContain('Hvor mange deltok jevnlig?');

    const amended = await save(awarded, {
      schoolYear: years[0],
      version: returned.body.version,
      report: {
        ...complete(),
        pupils: [
          { group: 'Nyankomne elever 10–13 år', count: 42 },
          { group: 'Jevnlig deltakende', count: 30 },
        ],
      },
    });
    expect(amended.body.status).toBe('RETURNED');
    const resubmitted = await submit(awarded, { schoolYear: years[0], version: amended.body.version });
    expect(resubmitted.body.status).toBe('SUBMITTED');
    const approved = await review({ schoolYear: years[0], decision: 'APPROVED' });
    const twice = await review({ schoolYear: years[0], decision: 'APPROVED' });

    expect(approved.body).toMatchObject({ status: 'APPROVED' });
    expect(approved.body.reviews.map((r: { decision: string }) => r.decision)).toEqual([
      'RETURNED',
      'APPROVED',
    ]);
    expect([twice.status, twice.body.code]).toEqual([409, 'READ_ONLY']);
    expect(await test.mailsTo(awarded.email, /er godkjent/)).toHaveLength(1);
  });

  it('is reminded before and after its due date while not submitted, each once', async () => {
    await moveDemoGrantDates({
      reportsDue: { [years[1]!]: new Date(test.clock.now().getTime() + 10 * DAY).toISOString() },
    });
    await vi.waitFor(
      async () => expect(await test.mailsTo(awarded.email, /skal leveres innen/)).toHaveLength(1),
      {
        timeout: 15_000,
        interval: 200,
      },
    );
    expect(await test.mailsTo(awarded.email, /er ikke levert/)).toHaveLength(0);

    await moveDemoGrantDates({
      reportsDue: { [years[1]!]: new Date(test.clock.now().getTime() - 8 * DAY).toISOString() },
    });
    await vi.waitFor(
      async () => expect(await test.mailsTo(awarded.email, /er ikke levert/)).toHaveLength(1),
      {
        timeout: 15_000,
        interval: 200,
      },
    );
    await test.stack.idle();
    expect(await test.mailsTo(awarded.email, /skal leveres innen/)).toHaveLength(1);
  });

  it('is exported for the round; once every report is approved the execution ends', async () => {
    await save(awarded, { schoolYear: years[1], version: 0, report: complete() });
    expect((await submit(awarded, { schoolYear: years[1], version: 1 })).status).toBe(200);
    expect(test.stack.workflow.describe(executionArnOf(test, awarded.applicationId))?.status).toBe('RUNNING');
    expect((await review({ schoolYear: years[1], decision: 'APPROVED' })).status).toBe(200);

    const execution = await test.stack.workflow.waitForExecution(
      executionArnOf(test, awarded.applicationId),
      15_000,
    );
    expect(execution.status).toBe('SUCCEEDED');
    const exported = await test.api('GET', '/staff/rounds/demo/reports.xlsx', { token: staff });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const files = unzipSync(new Uint8Array(exported.body as Buffer));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).toContain('Oslo og Bærum');
    expect(xml).toContain('Frivilligsentralen');
    expect((await test.api('GET', '/staff/rounds/demo/reports.xlsx', { token: awarded.token })).status).toBe(
      401,
    );
  });
});
