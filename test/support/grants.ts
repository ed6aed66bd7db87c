/**
 * What the tests of a grant's life share (issue 12; ADR 102, 103, 112–114): an application of
 * Oslo and Bærum awarded in full — beside it, when a test needs one, Bergen's declined — on a
 * round played to its announcement; the award accepted; a report complete on every field.
 */
import { expect } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { playToAnnouncement, type Verdict } from './awards.ts';
import { submitApplication, type Submitted } from './review.ts';
import type { TestStack } from './stack.ts';
import { signInAsStaff } from './staff.ts';

export interface AwardedRound {
  /** Oslo and Bærum's application, awarded in full. */
  awarded: Submitted;
  /** Bergen's application, declined by the final committee (when asked for). */
  declined?: Submitted;
  /** The demo round's school years, in order. */
  years: string[];
  /** A secretariat session. */
  staff: string;
}

/**
 * Submits Oslo and Bærum's application (for `schoolYears`, the form's default if not given)
 * and, with `declined`, Bergen's, then plays the round to the announcement: the first awarded,
 * the second declined.
 */
export async function awardRound(
  test: TestStack,
  options: { schoolYears?: number; declined?: boolean } = {},
): Promise<AwardedRound> {
  const awarded = await submitApplication(test, {
    lead: '0301',
    partners: ['3201'],
    title: 'Oslo og Bærum',
    ...(options.schoolYears ? { schoolYears: options.schoolYears } : {}),
  });
  const declined = options.declined
    ? await submitApplication(test, { lead: '4601', partners: ['4624'], title: 'Bergensregionen' })
    : undefined;
  const verdicts = new Map<Submitted, Verdict>([[awarded, 'award']]);
  if (declined) verdicts.set(declined, 'decline');
  await playToAnnouncement(test, verdicts);
  return {
    awarded,
    ...(declined ? { declined } : {}),
    years: findRound('demo')!.schoolYears.map((year) => year.id),
    staff: await signInAsStaff(test),
  };
}

/** The award's report API, under the application. */
export const reportPath = (app: Submitted) => `/applications/${app.applicationId}/grant/report`;

/** The applicant accepts the award (asserted). */
export async function acceptAward(test: TestStack, app: Submitted) {
  const accepted = await test.api('POST', `/applications/${app.applicationId}/grant/accept`, {
    token: app.token,
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return accepted;
}

/** How many cost lines the award's budget has: a report accounts for each (the staff's view). */
export async function costLinesOf(test: TestStack, staff: string, app: Submitted, schoolYear: string) {
  const view = await test.api(
    'GET',
    `/staff/applications/${app.applicationId}/grant/report?schoolYear=${schoolYear}`,
    { token: staff },
  );
  expect(view.status, JSON.stringify(view.body)).toBe(200);
  return (view.body.application.costLines as unknown[]).length;
}

/** A report with every field filled in, `spent` on each of the budget's `costLines`. */
export const completeReport = (costLines: number, spent = 1_000) => ({
  activities: [{ code: '1a', done: 'Ukentlige grupper i musikk for nyankomne elever.' }],
  pupils: [{ group: 'Nyankomne elever 10–13 år', count: 42 }],
  artSubjects: { subjects: ['music'] },
  partners: 'Frivilligsentralen hentet og fulgte elevene.',
  spending: Array.from({ length: costLines }, (_, line) => ({ line, spent })),
  continuation: 'Kommunen viderefører gruppene i ordinært budsjett.',
});

/** Saves a complete report on a school year, submits it and the secretariat approves it. */
export async function reportAndApprove(
  test: TestStack,
  {
    app,
    staff,
    schoolYear,
    costLines,
  }: { app: Submitted; staff: string; schoolYear: string; costLines: number },
) {
  const saved = await test.api('PUT', reportPath(app), {
    token: app.token,
    body: { schoolYear, version: 0, report: completeReport(costLines) },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await test.api('POST', `${reportPath(app)}/submit`, {
    token: app.token,
    body: { schoolYear, version: saved.body.version },
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const approved = await test.api('POST', `/staff/applications/${app.applicationId}/grant/report/review`, {
    token: staff,
    body: { schoolYear, decision: 'APPROVED' },
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
}
