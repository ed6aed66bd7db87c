import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseApplication } from '../../shared/privacy/erase.ts';
import { getAttachment } from '../../shared/storage/attachments.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { PDF, sendForm } from '../support/applicant.ts';
import { exeHeader, minimalPdf, pngImage } from '../support/files.ts';
import { acceptAward, awardRound, completeReport, costLinesOf, reportPath } from '../support/grants.ts';
import type { Submitted } from '../support/review.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * A report's attachments (issue 12 point 3; ADR 112): the application's upload path (presigned
 * POST, the verifier's type and size rules, the frozen copy, the malware scan) held by the
 * report — only while it is a draft or returned, only by the award's applicant; the submission
 * waits for every file to be checked; the secretariat downloads them in its review and finds
 * them by name in the export; the applicant's own data and the erase include them.
 */
let test: TestStack;
let awarded: Submitted;
let other: Submitted;
let staff = '';
let years: string[] = [];
let costLines = 0;

const base = reportPath;
const request = (app: Submitted, body: Record<string, unknown>, token = app.token) =>
  test.api('POST', `${base(app)}/attachments`, { token, body });
const pdf = minimalPdf();
const file = (schoolYear: string, overrides: Record<string, unknown> = {}) => ({
  schoolYear,
  fileName: 'program.pdf',
  contentType: PDF,
  size: pdf.length,
  ...overrides,
});
const getReport = (app: Submitted, schoolYear: string, language = 'nb') =>
  test.api('GET', `${base(app)}?schoolYear=${schoolYear}`, {
    token: app.token,
    headers: { 'accept-language': language },
  });

/** Requests a form and posts the bytes, as the browser does; waits for the checks. */
async function upload(app: Submitted, schoolYear: string, bytes: Uint8Array, fileName = 'program.pdf') {
  const created = await request(app, file(schoolYear, { fileName, size: bytes.length }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await sendForm(created.body.upload, { fileName, contentType: PDF, bytes });
  await test.stack.idle();
  return created.body as { attachment: { attachmentId: string }; upload: Parameters<typeof sendForm>[0] };
}

const complete = () => completeReport(costLines);

async function objectExists(key: string) {
  try {
    await test.s3.send(new HeadObjectCommand({ Bucket: test.stack.env.ATTACHMENT_BUCKET, Key: key }));
    return true;
  } catch (error) {
    if ((error as Error).name === 'NotFound') return false;
    throw error;
  }
}

const statuses: number[] = [];
const track = <T extends { status: number }>(answer: T) => {
  statuses.push(answer.status);
  return answer;
};

beforeAll(async () => {
  test = await startTestStack();
  const round = await awardRound(test, { declined: true });
  ({ awarded, years, staff } = round);
  other = round.declined!;
}, 180_000);
afterAll(async () => {
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  await test?.stop();
});

describe("a report's attachments", () => {
  it('wait for the acceptance, and are only for the award’s applicant', async () => {
    const early = track(await request(awarded, file(years[0]!)));
    const notAwarded = track(await request(other, file(years[0]!)));
    const crossed = track(await request(awarded, file(years[0]!), other.token));
    expect([early.status, early.body.code]).toEqual([409, 'ACCEPTANCE_REQUIRED']);
    expect([notAwarded.status, notAwarded.body.code]).toEqual([403, 'NOT_AWARDED']);
    expect(crossed.status).toBe(403);

    track(await acceptAward(test, awarded));
    costLines = await costLinesOf(test, staff, awarded, years[0]!);
  });

  it('are refused at their fields when the type, name or size is wrong, or the school year unknown', async () => {
    const exe = track(await request(awarded, file(years[0]!, { contentType: 'application/x-msdownload' })));
    const renamed = track(await request(awarded, file(years[0]!, { fileName: 'program.exe' })));
    const large = track(await request(awarded, file(years[0]!, { size: 1_000_000_000 })));
    const year = track(await request(awarded, file('2001-2002')));
    const shape = track(await request(awarded, { schoolYear: years[0], fileName: 'x.pdf' }));

    expect([exe.status, exe.body.fields?.[0]?.path, exe.body.fields?.[0]?.code]).toEqual([
      400,
      'contentType',
      'ATTACHMENT_TYPE_NOT_ALLOWED',
    ]);
    expect(exe.body.fields[0].message).toMatch(/PDF/);
    expect([renamed.status, renamed.body.fields?.[0]?.path]).toEqual([400, 'fileName']);
    expect([large.status, large.body.fields?.[0]?.code]).toEqual([400, 'ATTACHMENT_TOO_LARGE']);
    expect(year.status).toBe(400);
    expect(shape.status).toBe(400);
    expect((await getReport(awarded, years[0]!)).body.attachments).toEqual([]);
  });

  it('are checked as the application’s are: a PDF accepted before the first save, an executable rejected', async () => {
    const good = await upload(awarded, years[0]!, pdf);
    const bad = await upload(awarded, years[0]!, exeHeader(), 'regnskap.pdf');
    const image = await request(
      awarded,
      file(years[0]!, { fileName: 'bilde.png', contentType: 'image/png' }),
    );
    expect(image.status).toBe(201);
    await sendForm(image.body.upload, { fileName: 'bilde.png', contentType: 'image/png', bytes: pngImage() });
    await test.stack.idle();

    const view = track(await getReport(awarded, years[0]!, 'en'));
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body.version).toBe(0);
    const byId = new Map(
      (view.body.attachments as { attachmentId: string; status: string; rejectionMessage?: string }[]).map(
        (a) => [a.attachmentId, a],
      ),
    );
    expect(byId.get(good.attachment.attachmentId)?.status).toBe('ACCEPTED');
    expect(byId.get(bad.attachment.attachmentId)).toMatchObject({ status: 'REJECTED' });
    expect(byId.get(bad.attachment.attachmentId)?.rejectionMessage).toBeTruthy();
    expect(byId.get(image.body.attachment.attachmentId)?.status).toBe('ACCEPTED');

    // The first save adopts the report the upload created (version 0 → 1).
    const saved = track(
      await test.api('PUT', base(awarded), {
        token: awarded.token,
        body: { schoolYear: years[0], version: 0, report: complete() },
      }),
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(saved.body.attachments).toHaveLength(3);

    // The application's own attachments are not the report's; the application's list is its manifest.
    const own = await test.api('GET', `/applications/${awarded.applicationId}/attachments`, {
      token: awarded.token,
    });
    expect(own.body.attachments.map((a: { attachmentId: string }) => a.attachmentId)).not.toContain(
      good.attachment.attachmentId,
    );
    const notReports = track(
      await test.api('DELETE', `${base(awarded)}/attachments/${own.body.attachments[0].attachmentId}`, {
        token: awarded.token,
      }),
    );
    expect([notReports.status, notReports.body.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
  });

  it('are downloaded by the applicant and the secretariat (audited), by nobody else', async () => {
    const { attachments } = (await getReport(awarded, years[0]!)).body;
    const accepted = attachments.find((a: { fileName: string }) => a.fileName === 'program.pdf');
    const path = `${base(awarded)}/attachments/${accepted.attachmentId}/download`;
    const mine = track(await test.api('GET', path, { token: awarded.token }));
    const crossed = track(await test.api('GET', path, { token: other.token }));
    const staffPath = `/staff/applications/${awarded.applicationId}/grant/report/attachments/${accepted.attachmentId}/download`;
    const secretariat = track(await test.api('GET', staffPath, { token: staff }));
    const asApplicant = track(await test.api('GET', staffPath, { token: awarded.token }));
    const rejected = attachments.find((a: { status: string }) => a.status === 'REJECTED');
    const noFile = track(
      await test.api('GET', `${base(awarded)}/attachments/${rejected.attachmentId}/download`, {
        token: awarded.token,
      }),
    );

    expect(mine.status).toBe(200);
    expect(Buffer.from(await (await fetch(mine.body.url)).arrayBuffer()).equals(pdf)).toBe(true);
    expect(crossed.status).toBe(403);
    expect(secretariat.status).toBe(200);
    expect(Buffer.from(await (await fetch(secretariat.body.url)).arrayBuffer()).equals(pdf)).toBe(true);
    expect(asApplicant.status).toBe(401);
    expect([noFile.status, noFile.body.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
    const review = await test.api(
      'GET',
      `/staff/applications/${awarded.applicationId}/grant/report?schoolYear=${years[0]}`,
      { token: staff },
    );
    expect(review.body.attachments.map((a: { fileName: string }) => a.fileName)).toContain('program.pdf');
    const audit = await listAudit('demo', awarded.applicationId);
    expect(audit.map((entry) => entry.action)).toContain('report.attachment.downloaded');
  });

  it('hold the submission while one is being checked; then are fixed until the report is returned', async () => {
    const waiting = track(await request(awarded, file(years[0]!, { fileName: 'venter.pdf' })));
    const version = (await getReport(awarded, years[0]!)).body.version;
    const held = track(
      await test.api('POST', `${base(awarded)}/submit`, {
        token: awarded.token,
        body: { schoolYear: years[0], version },
      }),
    );
    expect([held.status, held.body.fields?.[0]?.code]).toEqual([400, 'ATTACHMENTS_PENDING']);
    const removed = track(
      await test.api('DELETE', `${base(awarded)}/attachments/${waiting.body.attachment.attachmentId}`, {
        token: awarded.token,
      }),
    );
    expect(removed.status).toBe(204);

    // A form of a file accepted earlier, kept to post again after the submission.
    const kept = await upload(awarded, years[0]!, pdf, 'vedlegg.pdf');
    const submitted = track(
      await test.api('POST', `${base(awarded)}/submit`, {
        token: awarded.token,
        body: { schoolYear: years[0], version },
      }),
    );
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.attachments.every((a: { status: string }) => a.status === 'ACCEPTED')).toBe(true);

    const after = track(await request(awarded, file(years[0]!)));
    const deleted = track(
      await test.api('DELETE', `${base(awarded)}/attachments/${kept.attachment.attachmentId}`, {
        token: awarded.token,
      }),
    );
    await sendForm(kept.upload, { fileName: 'vedlegg.pdf', contentType: PDF, bytes: exeHeader() });
    await test.stack.idle();

    expect([after.status, after.body.code]).toEqual([409, 'READ_ONLY']);
    expect([deleted.status, deleted.body.code]).toEqual([409, 'READ_ONLY']);
    const record = await getAttachment(awarded.applicationId, kept.attachment.attachmentId);
    expect(record).toMatchObject({ status: 'ACCEPTED', fileName: 'vedlegg.pdf' });
    const refused = (await listAudit('demo', awarded.applicationId)).filter(
      (entry) => entry.action === 'attachment.upload-refused',
    );
    expect(refused.at(-1)?.details).toMatchObject({ reason: 'REPORT_NOT_EDITABLE' });

    // Returned: files may change again; approved: never.
    const review = (body: unknown) =>
      test.api('POST', `/staff/applications/${awarded.applicationId}/grant/report/review`, {
        token: staff,
        body,
      });
    expect(
      (await review({ schoolYear: years[0], decision: 'RETURNED', message: 'Legg ved regnskapet.' })).status,
    ).toBe(200);
    const accounts = await upload(awarded, years[0]!, pdf, 'regnskap.pdf');
    const returnedView = (await getReport(awarded, years[0]!)).body;
    expect(
      returnedView.attachments.find(
        (a: { attachmentId: string }) => a.attachmentId === accounts.attachment.attachmentId,
      )?.status,
    ).toBe('ACCEPTED');
    expect(
      track(
        await test.api('POST', `${base(awarded)}/submit`, {
          token: awarded.token,
          body: { schoolYear: years[0], version: returnedView.version },
        }),
      ).status,
    ).toBe(200);
    expect((await review({ schoolYear: years[0], decision: 'APPROVED' })).status).toBe(200);
    const approved = track(await request(awarded, file(years[0]!)));
    expect([approved.status, approved.body.code]).toEqual([409, 'READ_ONLY']);
  });

  it('are named in the round’s report export', async () => {
    const exported = await test.api('GET', '/staff/rounds/demo/reports.xlsx', { token: staff });
    expect(exported.status).toBe(200);
    const files = unzipSync(new Uint8Array(exported.body as Buffer));
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).toContain('regnskap.pdf');
    expect(xml).toContain('Vedlegg (filnavn)');
  });

  it('are in the applicant’s own data, and erased with the application', async () => {
    const data = track(
      await test.api('GET', `/applications/${awarded.applicationId}/data`, { token: awarded.token }),
    );
    expect(data.status).toBe(200);
    const reportFiles = data.body.attachments.filter(
      (a: { schoolYear?: string }) => a.schoolYear === years[0],
    );
    expect(reportFiles.map((a: { fileName: string }) => a.fileName)).toContain('regnskap.pdf');

    const stored = await getAttachment(
      awarded.applicationId,
      reportFiles.find(
        (a: { fileName: string; status: string }) => a.fileName === 'regnskap.pdf' && a.status === 'ACCEPTED',
      ).attachmentId,
    );
    expect(await objectExists(stored!.frozenKey!)).toBe(true);
    const erased = await eraseApplication(awarded.applicationId, {
      reason: 'request',
      actor: { kind: 'admin', id: 'test' },
      evenIfAwarded: true,
    });
    expect(erased.outcome).toBe('erased');
    expect(await objectExists(stored!.frozenKey!)).toBe(false);
    expect(await getAttachment(awarded.applicationId, stored!.attachmentId)).toBeUndefined();
  });
});
