import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { getAttachment } from '../../shared/storage/attachments.ts';
import { completeDraft } from '../support/applications.ts';
import {
  Applicant,
  closeApplicationPeriod,
  fixture,
  PDF,
  reopenApplicationPeriod,
} from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Draft updates never lose saved work (ADR 062) and the deadline closes drafts on the server
 * (ADR 061): a body with a key the schema does not know is refused with the key's path and
 * nothing saved; after the period's effective close — an administrator's moved date counts —
 * the draft, its uploads and its deletes answer 409 APPLICATION_PERIOD_CLOSED.
 */
let test: TestStack;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterEach(async () => {
  await reopenApplicationPeriod();
});
afterAll(async () => test?.stop());

const signIn = () => Applicant.signIn(test, `utkast${++counter}@kulturskole.example.no`);
const schoolYear = () => findRound('demo')!.schoolYears[0]!.id;

describe('PUT /applications/{id}/draft with keys the schema does not know', () => {
  it.each([
    ['a misspelt field', { tittel: 'Fordypning' }, ['draft.tittel']],
    ['a misspelt field inside a group', { contact: { navn: 'Kari' } }, ['draft.contact.navn']],
    [
      'a misspelt field in a list row',
      {
        budget: [
          {
            schoolYear: 'x',
            costLines: [{ description: 'Lærer', amount: 1, belop: 2 }],
            ownContribution: 0,
            otherFunding: 0,
          },
        ],
      },
      ['draft.budget.0.costLines.0.belop'],
    ],
    ['two at once', { title: 'Ok', tittel: 'x', formaal: 'y' }, ['draft.tittel', 'draft.formaal']],
  ])('refuses %s with each path, in three languages, and keeps the saved draft', async (_, draft, paths) => {
    // Prepare: a saved draft
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const before = (await applicant.view()).body;

    for (const locale of ['nb', 'nn', 'en']) {
      // Act
      const answer = await applicant.call('PUT', '/draft', {
        headers: { 'accept-language': locale },
        body: { version: before.version, draft },
      });

      // Assess
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.fields.map((field: { path: string }) => field.path)).toEqual(paths);
      for (const field of answer.body.fields) {
        expect(field.code).toBe('FIELD_UNKNOWN');
        expect(field.message).toContain(`«${field.path.split('.').at(-1)}»`);
      }
    }
    const after = (await applicant.view()).body;
    expect(after.draft).toEqual(before.draft);
    expect(after.version).toBe(before.version);
  });

  it('refuses an unknown key beside the draft', async () => {
    const applicant = await signIn();
    const answer = await applicant.call('PUT', '/draft', {
      body: { version: 1, draft: { title: 'x' }, versjon: 2 },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toEqual([expect.objectContaining({ path: 'versjon', code: 'FIELD_UNKNOWN' })]);
  });

  it('still saves a draft that only has known keys, partial or complete', async () => {
    const applicant = await signIn();
    const partial = await applicant.call('PUT', '/draft', {
      body: { version: 1, draft: { title: 'Bare en tittel', contact: { name: 'Kari' } } },
    });
    expect(partial.status).toBe(200);
    const complete = await applicant.call('PUT', '/draft', {
      body: { version: partial.body.version, draft: completeDraft([schoolYear()]) },
    });
    expect(complete.status).toBe(200);
  });
});

describe('after the application period closed', () => {
  it('refuses draft updates, new uploads and deletes with 409 APPLICATION_PERIOD_CLOSED', async () => {
    // Prepare: a draft with an attachment; then the administrator moves the deadline to the past
    const applicant = await signIn();
    const { version } = await applicant.saveCompleteDraft();
    const { attachmentId } = await applicant.upload({
      fileName: 'intensjonsavtale.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    const before = (await applicant.view()).body;
    expect(before.applicationPeriod).toMatchObject({ state: 'open' });
    await closeApplicationPeriod();

    // Act
    const put = await applicant.call('PUT', '/draft', {
      headers: { 'accept-language': 'en' },
      body: { version, draft: { ...before.draft, title: 'Endret etter fristen' } },
    });
    const upload = await applicant.requestUpload({
      fileName: 'mer.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
      kind: 'other',
    });
    const remove = await applicant.deleteAttachment(attachmentId);

    // Assess
    for (const answer of [put, upload, remove]) {
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('APPLICATION_PERIOD_CLOSED');
    }
    expect(put.body.message).toMatch(/deadline has passed/);
    const after = (await applicant.view()).body;
    expect(after.draft).toEqual(before.draft);
    expect(after.version).toBe(before.version);
    expect(after.attachments).toEqual(before.attachments);
    expect(await getAttachment(applicant.applicationId, attachmentId)).toMatchObject({ status: 'ACCEPTED' });
    expect(after.applicationPeriod).toMatchObject({ state: 'closed', closes: expect.any(String) });
    expect(Date.parse(after.applicationPeriod.closes)).toBeLessThan(test.clock.now().getTime());
  });

  it('opens again when the administrator moves the deadline back', async () => {
    const applicant = await signIn();
    await closeApplicationPeriod();
    expect(
      (await applicant.call('PUT', '/draft', { body: { version: 1, draft: { title: 'x' } } })).status,
    ).toBe(409);
    await reopenApplicationPeriod();
    expect(
      (await applicant.call('PUT', '/draft', { body: { version: 1, draft: { title: 'x' } } })).status,
    ).toBe(200);
    expect((await applicant.view()).body.applicationPeriod).toMatchObject({ state: 'open' });
  });
});
