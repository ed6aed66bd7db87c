import { readFileSync } from 'node:fs';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAttachment } from '../../shared/storage/attachments.ts';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Attachments through the real handlers against the emulators: the presigned POST to s3rver,
 * its ObjectCreated event into the verification handler, the verdict in the list, the
 * presigned GET, deletion, the cap, and who may do any of it.
 *
 * s3rver enforces no POST policy (size, content type), so what is proven here is the
 * verification handler — the real guard — and the API's own refusals.
 */
let test: TestStack;
let emailCounter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../unit/fixtures/${name}`, import.meta.url)));
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Applicant {
  email: string;
  token: string;
  applicationId: string;
}

/** Start an application and sign in through the magic link, as the web app does. */
async function signIn(): Promise<Applicant> {
  const email = `vedlegg${++emailCounter}@kulturskole.example.no`;
  const started = await test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality: '0301' },
  });
  expect(started.status).toBe(202);
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1);
  expect(mail, `a magic link mail to ${email}`).toBeDefined();
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail!.text) } });
  expect(session.status).toBe(201);
  return { email, token: session.body.accessToken, applicationId: session.body.applicationId };
}

const attachmentsPath = (applicant: Applicant) => `/applications/${applicant.applicationId}/attachments`;

interface FileToUpload {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  kind?: 'letterOfIntent' | 'other';
}

function requestUpload(applicant: Applicant, file: FileToUpload, headers: Record<string, string> = {}) {
  return test.api('POST', attachmentsPath(applicant), {
    token: applicant.token,
    headers,
    body: {
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.bytes.length,
      kind: file.kind ?? 'letterOfIntent',
    },
  });
}

/** POSTs the file with the presigned form, the way a browser does. */
async function sendForm(upload: { url: string; fields: Record<string, string> }, file: FileToUpload) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([file.bytes], { type: file.contentType }), file.fileName);
  const response = await fetch(upload.url, { method: 'POST', body: form });
  expect(response.status, await response.text()).toBeLessThan(300);
}

/** Request, send, and wait for the verification handler; returns the created attachment and its key. */
async function upload(applicant: Applicant, file: FileToUpload) {
  const created = await requestUpload(applicant, file);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await sendForm(created.body.upload, file);
  await test.stack.idle();
  return {
    attachmentId: created.body.attachment.attachmentId as string,
    key: created.body.upload.fields.key as string,
  };
}

async function listed(applicant: Applicant, headers: Record<string, string> = {}) {
  const list = await test.api('GET', attachmentsPath(applicant), { token: applicant.token, headers });
  expect(list.status).toBe(200);
  return list.body.attachments as Record<string, unknown>[];
}

async function objectExists(key: string) {
  try {
    await test.s3.send(new HeadObjectCommand({ Bucket: test.stack.env.ATTACHMENT_BUCKET, Key: key }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'NotFound') return false;
    throw error;
  }
}

describe('uploading an attachment', () => {
  it('answers a presigned POST for a PENDING attachment, then verifies it, lists it and serves it', async () => {
    // Prepare
    const applicant = await signIn();
    const file = { fileName: 'Intensjonsavtale Bø.pdf', contentType: PDF, bytes: fixture('minimal.pdf') };

    // Act: ask for the upload
    const created = await requestUpload(applicant, file);

    // Assess: the attachment is PENDING, the form is for its own key
    expect(created.status).toBe(201);
    expect(created.body.attachment).toMatchObject({
      kind: 'letterOfIntent',
      fileName: 'Intensjonsavtale Bø.pdf',
      contentType: PDF,
      size: file.bytes.length,
      status: 'PENDING',
    });
    const { attachmentId } = created.body.attachment;
    expect(attachmentId).toMatch(/^[0-9A-Z]{26}$/);
    expect(created.body.upload.fields).toMatchObject({
      key: `applications/uploads/${applicant.applicationId}/${attachmentId}`,
      'Content-Type': PDF,
    });
    expect(Date.parse(created.body.upload.expiresAt)).toBeGreaterThan(test.clock.now().getTime());
    expect(JSON.stringify(created.body)).not.toMatch(/objectKey|uploadKey|frozenKey/);

    // Act: send the file and let the verification run
    await sendForm(created.body.upload, file);
    await test.stack.idle();

    // Assess: ACCEPTED with its real size
    expect(await listed(applicant)).toEqual([
      expect.objectContaining({ attachmentId, status: 'ACCEPTED', size: file.bytes.length }),
    ]);

    // Act: download
    const download = await test.api('GET', `${attachmentsPath(applicant)}/${attachmentId}/download`, {
      token: applicant.token,
    });

    // Assess: a short-lived URL that gives the same bytes, saved under the original name
    expect(download.status).toBe(200);
    expect(Date.parse(download.body.expiresAt) - test.clock.now().getTime()).toBeLessThanOrEqual(5 * 60_000);
    const fetched = await fetch(download.body.url);
    expect(fetched.status).toBe(200);
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(file.bytes);
    expect(fetched.headers.get('content-disposition')).toBe(
      `attachment; filename="Intensjonsavtale B_.pdf"; filename*=UTF-8''Intensjonsavtale%20B%C3%B8.pdf`,
    );
  });

  it.each([
    ['minimal.docx', 'avtale.docx', DOCX],
    ['late-content-types.docx', 'avtale-libreoffice.docx', DOCX],
    ['minimal.xlsx', 'budsjett.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['minimal.odt', 'avtale.odt', 'application/vnd.oasis.opendocument.text'],
    ['minimal.ods', 'budsjett.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['minimal.jpg', 'foto.JPG', 'image/jpeg'],
    ['minimal.png', 'skjema.png', 'image/png'],
  ])('accepts %s as %s', async (fixtureName, fileName, contentType) => {
    const applicant = await signIn();
    const { attachmentId } = await upload(applicant, {
      fileName,
      contentType,
      bytes: fixture(fixtureName),
      kind: 'other',
    });
    expect(await listed(applicant)).toEqual([expect.objectContaining({ attachmentId, status: 'ACCEPTED' })]);
  });

  it('rejects a program named x.pdf: the object is deleted and the applicant sees why', async () => {
    // Prepare
    const applicant = await signIn();

    // Act
    const { attachmentId, key } = await upload(applicant, {
      fileName: 'x.pdf',
      contentType: PDF,
      bytes: fixture('program.exe'),
    });

    // Assess
    const [attachment] = await listed(applicant, { 'accept-language': 'en' });
    expect(attachment).toMatchObject({
      attachmentId,
      status: 'REJECTED',
      rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH',
      rejectionMessage: expect.stringMatching(/does not match/),
    });
    expect(await objectExists(key)).toBe(false);
    const download = await test.api('GET', `${attachmentsPath(applicant)}/${attachmentId}/download`, {
      token: applicant.token,
    });
    expect(download.status).toBe(404);
    expect(download.body).toMatchObject({ code: 'ATTACHMENT_NOT_FOUND', status: 'REJECTED' });
  });

  it('rejects an empty file', async () => {
    const applicant = await signIn();
    const created = await requestUpload(applicant, {
      fileName: 'tom.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    // The declared size was fine; what arrives is empty (real S3 would refuse it by the policy).
    await sendForm(created.body.upload, { fileName: 'tom.pdf', contentType: PDF, bytes: new Uint8Array(0) });
    await test.stack.idle();
    expect(await listed(applicant)).toEqual([
      expect.objectContaining({ status: 'REJECTED', rejectionReason: 'ATTACHMENT_EMPTY', size: 0 }),
    ]);
  });

  it('will not serve a file that is not verified yet', async () => {
    const applicant = await signIn();
    const created = await requestUpload(applicant, {
      fileName: 'a.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    const download = await test.api(
      'GET',
      `${attachmentsPath(applicant)}/${created.body.attachment.attachmentId}/download`,
      {
        token: applicant.token,
      },
    );
    expect(download.status).toBe(404);
    expect(download.body).toMatchObject({ code: 'ATTACHMENT_NOT_FOUND', status: 'PENDING' });
  });
});

describe('refused upload requests', () => {
  it('refuses a file over the size limit, on the size field', async () => {
    const applicant = await signIn();
    const response = await test.api('POST', attachmentsPath(applicant), {
      token: applicant.token,
      body: { fileName: 'stor.pdf', contentType: PDF, size: 20 * 1024 * 1024 + 1, kind: 'other' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'size', code: 'ATTACHMENT_TOO_LARGE', message: expect.stringMatching(/for stor/) }],
    });
    expect(await listed(applicant)).toEqual([]);
  });

  it('refuses a name whose extension does not belong to the declared type', async () => {
    const applicant = await signIn();
    const response = await test.api('POST', attachmentsPath(applicant), {
      token: applicant.token,
      body: { fileName: 'avtale.exe', contentType: PDF, size: 1000, kind: 'other' },
    });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([
      expect.objectContaining({ path: 'fileName', code: 'ATTACHMENT_TYPE_NOT_ALLOWED' }),
    ]);
  });

  it('refuses a type outside the allow-list with the same code, on the contentType field', async () => {
    const applicant = await signIn();
    const response = await test.api('POST', attachmentsPath(applicant), {
      token: applicant.token,
      headers: { 'accept-language': 'nn' },
      body: { fileName: 'program.exe', contentType: 'application/x-msdownload', size: 1000, kind: 'other' },
    });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([
      expect.objectContaining({
        path: 'contentType',
        code: 'ATTACHMENT_TYPE_NOT_ALLOWED',
        message: expect.any(String),
      }),
    ]);
  });

  it("caps the attachments per application at the round's limit; deleting or a rejection frees a slot", async () => {
    // Prepare: 19 requested uploads (PENDING ones hold a slot) and one that will be rejected
    const applicant = await signIn();
    const pdf = { fileName: 'a.pdf', contentType: PDF, bytes: fixture('minimal.pdf') };
    const pending: string[] = [];
    for (let i = 0; i < 19; i++) {
      const created = await requestUpload(applicant, pdf);
      expect(created.status).toBe(201);
      pending.push(created.body.attachment.attachmentId);
    }
    const rejected = await upload(applicant, {
      fileName: 'x.pdf',
      contentType: PDF,
      bytes: fixture('program.exe'),
    });

    // Act + Assess: the rejection gave its slot back, so one more fits, and then no more
    expect((await requestUpload(applicant, pdf)).status).toBe(201);
    const full = await requestUpload(applicant, pdf, { 'accept-language': 'en' });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({
      code: 'ATTACHMENT_LIMIT_REACHED',
      message: expect.stringMatching(/Delete one/),
    });

    // Deleting the rejected one frees nothing more (its slot was already released)
    const deleteRejected = await test.api(
      'DELETE',
      `${attachmentsPath(applicant)}/${rejected.attachmentId}`,
      {
        token: applicant.token,
      },
    );
    expect(deleteRejected.status).toBe(204);
    expect((await requestUpload(applicant, pdf)).status).toBe(409);

    // Deleting a live one does
    const deletePending = await test.api('DELETE', `${attachmentsPath(applicant)}/${pending[0]}`, {
      token: applicant.token,
    });
    expect(deletePending.status).toBe(204);
    expect((await requestUpload(applicant, pdf)).status).toBe(201);
    expect((await requestUpload(applicant, pdf)).status).toBe(409);
    expect(await listed(applicant)).toHaveLength(20);
  });
});

describe('listing and deleting', () => {
  it('lists oldest first, and a deleted attachment is gone from the list and from storage', async () => {
    // Prepare
    const applicant = await signIn();
    const first = await upload(applicant, {
      fileName: 'en.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    const second = await upload(applicant, {
      fileName: 'to.png',
      contentType: 'image/png',
      bytes: fixture('minimal.png'),
    });
    expect((await listed(applicant)).map((a) => a.attachmentId)).toEqual([
      first.attachmentId,
      second.attachmentId,
    ]);
    const { frozenKey } = (await getAttachment(applicant.applicationId, first.attachmentId))!;
    expect(await objectExists(frozenKey!)).toBe(true);

    // Act
    const deleted = await test.api('DELETE', `${attachmentsPath(applicant)}/${first.attachmentId}`, {
      token: applicant.token,
    });

    // Assess
    expect(deleted.status).toBe(204);
    expect((await listed(applicant)).map((a) => a.attachmentId)).toEqual([second.attachmentId]);
    expect(await objectExists(frozenKey!)).toBe(false);
    expect(await objectExists(first.key)).toBe(false);
    const again = await test.api('DELETE', `${attachmentsPath(applicant)}/${first.attachmentId}`, {
      token: applicant.token,
    });
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('ATTACHMENT_NOT_FOUND');
    const download = await test.api('GET', `${attachmentsPath(applicant)}/${first.attachmentId}/download`, {
      token: applicant.token,
    });
    expect(download.status).toBe(404);
  });

  it('after submission, attachments can be read but not added or deleted', async () => {
    // Prepare: a complete application with its letter of intent, submitted
    const applicant = await signIn();
    const rounds = await test.api('GET', '/rounds');
    const demo = rounds.body.rounds.find((round: { id: string }) => round.id === 'demo');
    const saved = await test.api('PUT', `/applications/${applicant.applicationId}/draft`, {
      token: applicant.token,
      body: { version: 1, draft: completeDraft([demo.schoolYears[0].id]) },
    });
    expect(saved.status).toBe(200);
    const letter = await upload(applicant, {
      fileName: 'intensjonsavtale.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    const submitted = await test.api('POST', `/applications/${applicant.applicationId}/submit`, {
      token: applicant.token,
    });
    expect(submitted.status).toBe(200);

    // Act
    const add = await requestUpload(applicant, {
      fileName: 'sent.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    const remove = await test.api('DELETE', `${attachmentsPath(applicant)}/${letter.attachmentId}`, {
      token: applicant.token,
    });
    const download = await test.api('GET', `${attachmentsPath(applicant)}/${letter.attachmentId}/download`, {
      token: applicant.token,
    });

    // Assess
    expect(add.status).toBe(409);
    expect(add.body.code).toBe('READ_ONLY');
    expect(remove.status).toBe(409);
    expect(remove.body.code).toBe('READ_ONLY');
    expect(download.status).toBe(200);
    expect(await listed(applicant)).toEqual([
      expect.objectContaining({ attachmentId: letter.attachmentId, status: 'ACCEPTED' }),
    ]);
    await test.stack.idle();
  });
});

describe('who may touch attachments', () => {
  it("refuses another application's session (403) and a missing token (401) on every attachment route", async () => {
    // Prepare
    const owner = await signIn();
    const other = await signIn();
    const { attachmentId } = await upload(owner, {
      fileName: 'a.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
    });
    const base = attachmentsPath(owner);
    const body = { fileName: 'b.pdf', contentType: PDF, size: 100, kind: 'other' };
    const routes = [
      ['POST', base, body],
      ['GET', base, undefined],
      ['DELETE', `${base}/${attachmentId}`, undefined],
      ['GET', `${base}/${attachmentId}/download`, undefined],
    ] as const;

    for (const [method, path, requestBody] of routes) {
      // Act
      const foreign = await test.api(method, path, { token: other.token, body: requestBody });
      const anonymous = await test.api(method, path, { body: requestBody });

      // Assess
      expect(foreign.status, `${method} ${path} with another application's token`).toBe(403);
      expect(anonymous.status, `${method} ${path} without a token`).toBe(401);
    }
    expect(await listed(owner)).toEqual([expect.objectContaining({ attachmentId, status: 'ACCEPTED' })]);
  });
});
