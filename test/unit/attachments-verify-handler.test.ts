import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context, S3Event } from 'aws-lambda';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Period from '../../shared/submission/period.ts';
import type { AttachmentRecord } from '../../shared/storage/attachments.ts';

/**
 * The verification handler's decisions (ADR 060), with storage, the schedule and S3 replaced
 * by in-memory fakes: the cases the emulators cannot easily stage (redelivered events, a
 * verdict racing another delivery or a submission, an object replaced between its size check
 * and its read). The journeys through the real emulators are in
 * test/integration/attachments*.test.ts.
 */
vi.hoisted(() => {
  Object.assign(process.env, {
    ATTACHMENT_BUCKET: 'attachments',
    POWERTOOLS_METRICS_DISABLED: 'true',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  });
});

const storage = vi.hoisted(() => ({
  getAttachment: vi.fn(),
  recordVerdict: vi.fn(),
  recordFrozenCopy: vi.fn(),
  releaseAttachmentSlot: vi.fn(),
  bumpAttachmentsRevision: vi.fn(),
  getApplication: vi.fn(),
  recordAudit: vi.fn(),
  applicationPeriodAt: vi.fn(),
}));
const s3 = vi.hoisted(() => ({
  headObject: vi.fn(),
  readObject: vi.fn(),
  putObject: vi.fn(),
  deleteObject: vi.fn(),
}));

vi.mock('../../shared/storage/attachments.ts', () => ({
  getAttachment: storage.getAttachment,
  recordVerdict: storage.recordVerdict,
  recordFrozenCopy: storage.recordFrozenCopy,
  releaseAttachmentSlot: storage.releaseAttachmentSlot,
  bumpAttachmentsRevision: storage.bumpAttachmentsRevision,
}));
vi.mock('../../shared/storage/applications.ts', () => ({ getApplication: storage.getApplication }));
vi.mock('../../shared/storage/audit.ts', () => ({ recordAudit: storage.recordAudit }));
vi.mock('../../shared/submission/period.ts', async (original) => ({
  ...(await original<typeof Period>()),
  applicationPeriodAt: storage.applicationPeriodAt,
}));
vi.mock('../../shared/files/s3.ts', () => s3);

const { handler } = await import('../../functions/attachments/verify-attachment.ts');

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const KEY = 'applications/uploads/01HAPP/01HATT';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const frozenKey = (bytes: Uint8Array) => `applications/frozen/01HAPP/01HATT/${sha256(bytes)}`;

const context = {
  functionName: 'VerifyAttachment',
  awsRequestId: 'test',
  invokedFunctionArn: 'arn:aws:lambda:eu-north-1:000000000000:function:VerifyAttachment',
  memoryLimitInMB: '256',
  getRemainingTimeInMillis: () => 30_000,
} as unknown as Context;

function s3Event(key = KEY, { eventName = 'ObjectCreated:Post', bucket = 'attachments' } = {}): S3Event {
  return {
    Records: [
      {
        eventName,
        eventTime: '2026-01-05T10:00:01.000Z',
        s3: { bucket: { name: bucket }, object: { key, size: 1, sequencer: '0A1B2C' } },
      },
    ],
  } as unknown as S3Event;
}

function attachment(status: AttachmentRecord['status'], contentType = 'application/pdf'): AttachmentRecord {
  return {
    applicationId: '01HAPP',
    attachmentId: '01HATT',
    kind: 'letterOfIntent',
    fileName: 'avtale.pdf',
    contentType,
    declaredSize: 100,
    uploadKey: KEY,
    status,
    createdAt: '2026-01-05T10:00:00.000Z',
    ...(status === 'REJECTED' ? { rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH' } : {}),
  };
}

/** The object at KEY now. */
function objectIs(bytes: Uint8Array) {
  s3.headObject.mockResolvedValue({ size: bytes.length });
  s3.readObject.mockImplementation(async (_key: string, max: number) => bytes.subarray(0, max + 1));
}

beforeEach(() => {
  vi.resetAllMocks();
  storage.getApplication.mockResolvedValue({ applicationId: '01HAPP', roundId: '2022', status: 'DRAFT' });
  storage.applicationPeriodAt.mockResolvedValue({ state: 'open' });
  storage.recordVerdict.mockResolvedValue(true);
  storage.recordFrozenCopy.mockResolvedValue(true);
  storage.bumpAttachmentsRevision.mockResolvedValue(true);
  s3.deleteObject.mockResolvedValue(undefined);
  s3.putObject.mockResolvedValue({ versionId: 'v1' });
});

describe('verify-attachment: a PENDING attachment of an open draft', () => {
  it('accepts matching bytes: names the frozen copy in the record, then copies exactly them there, with their version', async () => {
    // Prepare
    const pdf = fixture('minimal.pdf');
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    objectIs(pdf);

    // Act
    await handler(s3Event(), context);

    // Assess
    expect(s3.readObject).toHaveBeenCalledTimes(1);
    expect(s3.putObject).toHaveBeenCalledWith(frozenKey(pdf), pdf, 'application/pdf');
    expect(storage.bumpAttachmentsRevision).toHaveBeenCalledWith('01HAPP');
    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      {
        // The bytes passed: frozen, PENDING until the malware scan of the copy reports (ADR 089).
        status: 'SCANNING',
        size: pdf.length,
        frozen: { key: frozenKey(pdf), sha256: sha256(pdf) },
      },
      expect.any(String),
    );
    // The record knows the copy before it exists: its malware scan may report at once (ADR 089).
    expect(storage.recordVerdict.mock.invocationCallOrder[0]).toBeLessThan(
      s3.putObject.mock.invocationCallOrder[0]!,
    );
    expect(storage.recordFrozenCopy).toHaveBeenCalledWith('01HAPP', '01HATT', {
      key: frozenKey(pdf),
      versionId: 'v1',
    });
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(s3.deleteObject).toHaveBeenCalledTimes(1);
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
    expect(storage.recordAudit).not.toHaveBeenCalled();
  });

  it('rejects a program declared as PDF: verdict with the reason, slot released, upload deleted, nothing frozen', async () => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    objectIs(fixture('program.exe'));

    await handler(s3Event(), context);

    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      { status: 'REJECTED', size: 512, rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH' },
      expect.any(String),
    );
    expect(s3.putObject).not.toHaveBeenCalled();
    expect(storage.releaseAttachmentSlot).toHaveBeenCalledWith('01HAPP');
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
  });

  it.each([
    [0, 'ATTACHMENT_EMPTY'],
    [20 * 1024 * 1024 + 1, 'ATTACHMENT_TOO_LARGE'],
  ])("rejects by size against the round's limit without reading (%d bytes)", async (size, reason) => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    s3.headObject.mockResolvedValue({ size });

    await handler(s3Event(), context);

    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      { status: 'REJECTED', size, rejectionReason: reason },
      expect.any(String),
    );
    expect(s3.readObject).not.toHaveBeenCalled();
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
  });

  it('judges the bytes it read: an object grown past the limit after its size was checked is rejected', async () => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    s3.headObject.mockResolvedValue({ size: 600 });
    s3.readObject.mockImplementation(async (_key: string, max: number) => new Uint8Array(max + 1));

    await handler(s3Event(), context);

    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      { status: 'REJECTED', size: 20 * 1024 * 1024 + 1, rejectionReason: 'ATTACHMENT_TOO_LARGE' },
      expect.any(String),
    );
    expect(s3.putObject).not.toHaveBeenCalled();
  });

  it('a submission that won meanwhile: the verdict is not recorded, nothing is copied, the upload is deleted, audited', async () => {
    const pdf = fixture('minimal.pdf');
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    storage.bumpAttachmentsRevision.mockResolvedValue(false);
    objectIs(pdf);

    await handler(s3Event(), context);

    expect(storage.recordVerdict).not.toHaveBeenCalled();
    expect(s3.putObject).not.toHaveBeenCalled();
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(s3.deleteObject).toHaveBeenCalledTimes(1);
    expect(storage.recordAudit).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'attachment.upload-refused',
        details: expect.objectContaining({ reason: 'APPLICATION_NOT_DRAFT' }),
      }),
      'upload-refused#01HATT#0A1B2C',
    );
  });

  it('a concurrent delivery judged first (or the applicant deleted it): nothing is copied, the slot is not touched', async () => {
    const pdf = fixture('minimal.pdf');
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    storage.recordVerdict.mockResolvedValue(false);
    objectIs(pdf);

    await handler(s3Event(), context);

    expect(s3.putObject).not.toHaveBeenCalled();
    expect(s3.deleteObject).not.toHaveBeenCalled();
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
  });

  it('the applicant deleted it while the copy was written: the copy goes too', async () => {
    const pdf = fixture('minimal.pdf');
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    storage.recordFrozenCopy.mockResolvedValue(false);
    objectIs(pdf);

    await handler(s3Event(), context);

    expect(s3.putObject).toHaveBeenCalledWith(frozenKey(pdf), pdf, 'application/pdf');
    expect(s3.deleteObject).toHaveBeenCalledWith(frozenKey(pdf));
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
  });

  it('the same bytes again finish a judgement whose copy was never written (a retried event)', async () => {
    const pdf = fixture('minimal.pdf');
    storage.getAttachment.mockResolvedValue({ ...attachment('PENDING'), frozenKey: frozenKey(pdf) });
    objectIs(pdf);

    await handler(s3Event(), context);

    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      expect.objectContaining({ status: 'SCANNING', frozen: { key: frozenKey(pdf), sha256: sha256(pdf) } }),
      expect.any(String),
    );
    expect(s3.putObject).toHaveBeenCalledWith(frozenKey(pdf), pdf, 'application/pdf');
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
  });

  it('other bytes on the form of an attachment that waits for its scan: refused, nothing recorded or copied', async () => {
    storage.getAttachment.mockResolvedValue({
      ...attachment('PENDING'),
      frozenKey: frozenKey(fixture('minimal.pdf')),
    });
    objectIs(fixture('minimal.docx'));

    await handler(s3Event(), context);

    expect(storage.recordVerdict).not.toHaveBeenCalled();
    expect(s3.putObject).not.toHaveBeenCalled();
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(storage.recordAudit).toHaveBeenCalledWith(
      expect.objectContaining({ details: expect.objectContaining({ reason: 'ATTACHMENT_NOT_PENDING' }) }),
      'upload-refused#01HATT#0A1B2C',
    );
  });
});

describe('verify-attachment: an upload that may not change its attachment', () => {
  it.each([
    ['the attachment was judged', () => attachment('ACCEPTED'), 'DRAFT', 'open', 'ATTACHMENT_NOT_PENDING'],
    ['the attachment was rejected', () => attachment('REJECTED'), 'DRAFT', 'open', 'ATTACHMENT_NOT_PENDING'],
    ['the attachment is gone', () => undefined, 'DRAFT', 'open', 'ATTACHMENT_GONE'],
    [
      'the application was submitted',
      () => attachment('PENDING'),
      'SUBMITTED',
      'open',
      'APPLICATION_NOT_DRAFT',
    ],
    ['the period closed', () => attachment('PENDING'), 'DRAFT', 'closed', 'APPLICATION_PERIOD_CLOSED'],
  ])('%s: deleted, nothing recorded, audited', async (_, record, status, period, reason) => {
    // Prepare
    storage.getAttachment.mockResolvedValue(record());
    storage.getApplication.mockResolvedValue({ applicationId: '01HAPP', roundId: '2022', status });
    storage.applicationPeriodAt.mockResolvedValue({ state: period });
    objectIs(fixture('program.exe'));

    // Act
    await handler(s3Event(), context);

    // Assess
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(s3.readObject).not.toHaveBeenCalled();
    expect(s3.putObject).not.toHaveBeenCalled();
    expect(storage.recordVerdict).not.toHaveBeenCalled();
    expect(storage.bumpAttachmentsRevision).not.toHaveBeenCalled();
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
    expect(storage.recordAudit).toHaveBeenCalledWith(
      {
        roundId: '2022',
        at: '2026-01-05T10:00:01.000Z',
        actor: { kind: 'applicant', applicationId: '01HAPP' },
        action: 'attachment.upload-refused',
        applicationId: '01HAPP',
        details: expect.objectContaining({ attachmentId: '01HATT', reason, size: 512 }),
      },
      'upload-refused#01HATT#0A1B2C',
    );
  });

  it('judges the deadline by when the object landed, not when the event is handled', async () => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    objectIs(fixture('minimal.pdf'));

    await handler(s3Event(), context);

    expect(storage.applicationPeriodAt).toHaveBeenCalledWith(
      expect.objectContaining({ id: '2022' }),
      new Date('2026-01-05T10:00:01.000Z'),
    );
  });
});

describe('verify-attachment: events with nothing to judge', () => {
  it('a repeated event finds nothing at the key: no change, no audit', async () => {
    storage.getAttachment.mockResolvedValue(attachment('ACCEPTED'));
    s3.headObject.mockResolvedValue(undefined);

    await handler(s3Event(), context);

    expect(s3.deleteObject).not.toHaveBeenCalled();
    expect(storage.recordVerdict).not.toHaveBeenCalled();
    expect(storage.recordAudit).not.toHaveBeenCalled();
  });

  it('ignores keys outside the upload keys (the frozen copies too), other buckets and other events', async () => {
    await handler(s3Event('somewhere/else.pdf'), context);
    await handler(s3Event('applications/frozen/01HAPP/01HATT/abc'), context);
    await handler(s3Event('applications/01HAPP/01HATT'), context);
    await handler(s3Event(KEY, { bucket: 'another-bucket' }), context);
    await handler(s3Event(KEY, { eventName: 'ObjectRemoved:Delete' }), context);

    expect(s3.headObject).not.toHaveBeenCalled();
    expect(storage.getAttachment).not.toHaveBeenCalled();
    expect(s3.deleteObject).not.toHaveBeenCalled();
  });

  it('reads URL-encoded keys as S3 sends them', async () => {
    s3.headObject.mockResolvedValue(undefined);
    await handler(s3Event('applications%2Fuploads%2F01HAPP%2F01HATT'), context);
    expect(s3.headObject).toHaveBeenCalledWith(KEY);
  });

  it('throws on unexpected errors so that Lambda retries the event', async () => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    s3.headObject.mockRejectedValue(Object.assign(new Error('throttled'), { name: 'SlowDown' }));

    await expect(handler(s3Event(), context)).rejects.toThrow('throttled');
    expect(storage.recordVerdict).not.toHaveBeenCalled();
  });
});
