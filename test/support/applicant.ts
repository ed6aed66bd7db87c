/**
 * An applicant through the HTTP API, for integration tests: start and sign in through the
 * magic link, save a complete draft, ask for an upload form and send it as a browser does,
 * submit, list and download. Kept apart from the assertions so each test reads as a story.
 */
import { readFileSync } from 'node:fs';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect, vi } from 'vitest';
import * as clock from '../../shared/clock.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { moveDates } from '../../shared/review/admin.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { listAudit, type AuditEntry } from '../../shared/storage/audit.ts';
import { completeDraft, tokenFromMail } from './applications.ts';
import type { ApiResponse, TestStack } from './stack.ts';

export const PDF = 'application/pdf';

export const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../unit/fixtures/${name}`, import.meta.url)));

export interface FileToUpload {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
  kind?: 'letterOfIntent' | 'other';
}

export interface UploadForm {
  url: string;
  fields: Record<string, string>;
}

export class Applicant {
  private constructor(
    private readonly test: TestStack,
    readonly email: string,
    readonly token: string,
    readonly applicationId: string,
  ) {}

  /** Starts an application for the demo round and signs in through the magic link. */
  static async signIn(test: TestStack, email: string, leadMunicipality = '0301'): Promise<Applicant> {
    const started = await test.api('POST', '/applications', {
      body: { email, roundId: 'demo', leadMunicipality },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1);
    expect(mail, `a magic link mail to ${email}`).toBeDefined();
    const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail!.text) } });
    expect(session.status).toBe(201);
    return new Applicant(test, email, session.body.accessToken, session.body.applicationId);
  }

  get path() {
    return `/applications/${this.applicationId}`;
  }

  call(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
    return this.test.api(method, `${this.path}${path}`, { token: this.token, ...options });
  }

  view() {
    return this.call('GET', '');
  }

  /** Saves a complete draft (every rule met but the letter of intent) at `version`. */
  async saveCompleteDraft(version = 1) {
    const round = findRound('demo')!;
    const saved = await this.call('PUT', '/draft', {
      body: { version, draft: completeDraft([round.schoolYears[0]!.id]) },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    return saved.body as { version: number };
  }

  /** Asks for an upload form: the answer (201 with the PENDING attachment and the form, or a refusal). */
  requestUpload(file: FileToUpload, headers: Record<string, string> = {}) {
    return this.call('POST', '/attachments', {
      headers,
      body: {
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.bytes.length,
        kind: file.kind ?? 'letterOfIntent',
      },
    });
  }

  /** Asks for a form, sends the file with it, waits for the verification; the attachment id and the form. */
  async upload(file: FileToUpload) {
    const created = await this.requestUpload(file);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await sendForm(created.body.upload, file);
    await this.test.stack.idle();
    return {
      attachmentId: created.body.attachment.attachmentId as string,
      form: created.body.upload as UploadForm,
    };
  }

  submit(): Promise<ApiResponse> {
    return this.call('POST', '/submit');
  }

  /** Uploads a letter of intent, submits, and waits until the receipt is mailed (the outbox). */
  async submitWithLetter() {
    await this.upload({
      fileName: 'intensjonsavtale.pdf',
      contentType: PDF,
      bytes: fixture('minimal.pdf'),
      kind: 'letterOfIntent',
    });
    const submitted = await this.submit();
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    await vi.waitFor(
      async () => expect((await getApplication(this.applicationId))?.receiptMailedAt).toBeDefined(),
      { timeout: 20_000, interval: 100 },
    );
  }

  deleteAttachment(attachmentId: string) {
    return this.call('DELETE', `/attachments/${attachmentId}`);
  }

  async attachments(headers: Record<string, string> = {}) {
    const list = await this.call('GET', '/attachments', { headers });
    expect(list.status).toBe(200);
    return list.body.attachments as Record<string, unknown>[];
  }

  /** The bytes the download link serves (or the refusal). */
  async download(attachmentId: string): Promise<{ status: number; body: unknown; bytes?: Uint8Array }> {
    const answer = await this.call('GET', `/attachments/${attachmentId}/download`);
    if (answer.status !== 200) return answer;
    const fetched = await fetch(answer.body.url);
    expect(fetched.status).toBe(200);
    return { ...answer, bytes: new Uint8Array(await fetched.arrayBuffer()) };
  }

  /** This application's entries in the round's audit trail. */
  audit(): Promise<AuditEntry[]> {
    return listAudit('demo', this.applicationId);
  }
}

/** POSTs the file with a presigned form, as a browser does (the fields first, the file last). */
export async function sendForm(upload: UploadForm, file: FileToUpload) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([file.bytes], { type: file.contentType }), file.fileName);
  const response = await fetch(upload.url, { method: 'POST', body: form });
  expect(response.status, await response.text()).toBeLessThan(300);
}

export async function objectExists(test: TestStack, key: string) {
  try {
    await test.s3.send(new HeadObjectCommand({ Bucket: test.stack.env.ATTACHMENT_BUCKET, Key: key }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'NotFound') return false;
    throw error;
  }
}

const admin = { kind: 'admin' as const, id: 'test' };

/**
 * The administrator moves the demo round's application deadline (as `npm run admin -- stages
 * …` does): `closeApplicationPeriod()` to a minute ago by the stack's clock (ADR 075),
 * `reopenApplicationPeriod()` back to the configured end.
 */
export const closeApplicationPeriod = () =>
  moveDates(findRound('demo')!, { applicationCloses: new Date(clock.nowMs() - 60_000).toISOString() }, admin);
export const reopenApplicationPeriod = () =>
  moveDates(findRound('demo')!, { applicationCloses: findRound('demo')!.applicationPeriod.closes }, admin);
