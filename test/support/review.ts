/**
 * Helpers for the committees' integration tests: submit applications as applicants do, read
 * review links from the mailbox, wait for a stage, and the administrator's date changes.
 */
import { expect, vi } from 'vitest';
import type { ArtSubject } from '../../shared/domain/art-subjects.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { announceNow, moveDates, openStagesEarly } from '../../shared/review/admin.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { documentClient } from '../../shared/storage/dynamo.ts';
import { completeDraft, tokenFromMail } from './applications.ts';
import { reviewLinksFrom, type TestStack } from './stack.ts';
import { minimalPdf, uploadAttachment } from './uploads.ts';

export interface Submitted {
  applicationId: string;
  token: string;
  /** The owner's address (signed in): receipts and outcomes go there. */
  email: string;
  contactEmail: string;
  title: string;
}

let counter = 0;

/** Starts, fills in, attaches a letter of intent and submits an application for the demo round. */
export async function submitApplication(
  test: TestStack,
  input: {
    lead: string;
    partners: string[];
    title: string;
    areas?: string[];
    subjects?: ArtSubject[];
    /** An art subject in the applicant's own words (Annet kunstfag). */
    other?: string;
    schoolYears?: number;
  },
): Promise<Submitted> {
  const n = ++counter;
  const email = `leder${n}.${input.lead}@kulturskole.example.no`;
  const contactEmail = `kontakt${n}.${input.lead}@kulturskole.example.no`;
  const started = await test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality: input.lead },
  });
  expect(started.status).toBe(202);
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
  const token = session.body.accessToken as string;
  const applicationId = session.body.applicationId as string;
  const round = findRound('demo')!;
  const schoolYears = round.schoolYears.slice(0, input.schoolYears ?? 1).map((year) => year.id);
  const draft = completeDraft(schoolYears, {
    title: input.title,
    leadMunicipality: input.lead,
    partnerMunicipalities: input.partners,
    activityAreas: (input.areas ?? ['1a']).map((code) => ({ code, measure: `Tiltak i område ${code}` })),
    artSubjects: { subjects: input.subjects ?? ['music'], ...(input.other ? { other: input.other } : {}) },
    contact: { name: `Kontakt ${n}`, email: contactEmail, phone: '+47 912 34 567' },
  });
  const saved = await test.api('PUT', `/applications/${applicationId}/draft`, {
    token,
    body: { version: 1, draft },
  });
  expect(saved.status).toBe(200);
  await uploadAttachment(test.api, token, applicationId, {
    fileName: 'intensjonsavtale.pdf',
    contentType: 'application/pdf',
    bytes: minimalPdf(),
  });
  await test.stack.idle();
  const submitted = await test.api('POST', `/applications/${applicationId}/submit`, { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return { applicationId, token, email, contactEmail, title: input.title };
}

/** The administrator opens the demo round's stages now (as `npm run admin -- stages open-early demo`). */
export const openEarly = () => openStagesEarly(findRound('demo')!, { kind: 'admin', id: 'test' });

/** The administrator brings the announcement forward (`npm run admin -- stages announce-now demo`). */
export const announceEarly = () => announceNow(findRound('demo')!, { kind: 'admin', id: 'test' });

export const moveDemoDates = (changes: Parameters<typeof moveDates>[1]) =>
  moveDates(findRound('demo')!, changes, { kind: 'admin', id: 'test' });

/** Waits until every application's mirrored stage is `stage`. */
export async function waitForStage(applicationIds: readonly string[], stage: string, timeout = 20_000) {
  await vi.waitFor(
    async () => {
      for (const id of applicationIds) expect((await getApplication(id))?.stage, id).toBe(stage);
    },
    { timeout, interval: 100 },
  );
}

/** Waits for each of the addresses to have a review link for `committee`; answers address → token. */
export async function waitForLinks(
  test: TestStack,
  committee: string,
  emails: readonly string[],
  timeout = 20_000,
) {
  let links = new Map<string, { committee: string; token: string }>();
  await vi.waitFor(
    async () => {
      links = reviewLinksFrom(await test.mails());
      for (const email of emails) expect(links.get(email)?.committee, email).toBe(committee);
    },
    { timeout, interval: 100 },
  );
  return new Map(emails.map((email) => [email, links.get(email)!.token]));
}

let interceptions = 0;

/**
 * Intercepts the table writes (UpdateItem) the handlers make in this test process — they share
 * the test's SDK client — whose request text contains every one of `needles`: `hold` keeps
 * each such write back until released (so a test can make it land after another request, as a
 * slow Lambda would); `fail` refuses them as DynamoDB would under throttling, until stopped.
 */
export function interceptWrites(needles: readonly string[], mode: 'hold' | 'fail') {
  const name = `intercept-${++interceptions}`;
  const gate = Promise.withResolvers<void>();
  const reached = Promise.withResolvers<void>();
  let matched = 0;
  const middleware =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) =>
    async (args: unknown) => {
      const text = JSON.stringify((args as { input?: unknown }).input ?? {});
      if (/Update/.test(String(context.commandName)) && needles.every((needle) => text.includes(needle))) {
        matched++;
        reached.resolve();
        if (mode === 'fail') {
          throw Object.assign(new Error('Rate of requests exceeds the allowed throughput (injected)'), {
            name: 'ProvisionedThroughputExceededException',
          });
        }
        await gate.promise;
      }
      return next(args);
    };
  // The SDK's middleware types do not narrow per step; this one only reads and passes on.
  documentClient.middlewareStack.add(middleware as never, { step: 'initialize', name });
  return {
    /** Resolves once a matching write has been intercepted. */
    reached: reached.promise,
    get matched() {
      return matched;
    },
    /** Lets held writes go on and stops intercepting. */
    release() {
      documentClient.middlewareStack.remove(name);
      gate.resolve();
    },
  };
}
