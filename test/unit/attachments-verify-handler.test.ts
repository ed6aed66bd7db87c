import { readFileSync } from 'node:fs';
import type { Context, S3Event } from 'aws-lambda';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachmentRecord } from '../../shared/storage/attachments.ts';

/**
 * The verification handler's decisions, with storage and S3 replaced by in-memory fakes: the
 * cases the emulators cannot easily stage (redelivered events, an upload form sent twice,
 * a verdict racing another). The journey through the real emulators is in
 * test/integration/attachments.test.ts.
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
  releaseAttachmentSlot: vi.fn(),
  deleteAttachmentRecord: vi.fn(),
  getApplication: vi.fn(),
}));
const s3 = vi.hoisted(() => ({ headObject: vi.fn(), readHead: vi.fn(), deleteObject: vi.fn() }));

vi.mock('../../shared/storage/attachments.ts', () => ({
  getAttachment: storage.getAttachment,
  recordVerdict: storage.recordVerdict,
  releaseAttachmentSlot: storage.releaseAttachmentSlot,
  deleteAttachmentRecord: storage.deleteAttachmentRecord,
}));
vi.mock('../../shared/storage/applications.ts', () => ({ getApplication: storage.getApplication }));
vi.mock('../../shared/files/s3.ts', () => s3);

const { handler } = await import('../../functions/attachments/verify-attachment.ts');

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const KEY = 'applications/01HAPP/01HATT';

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
        s3: { bucket: { name: bucket }, object: { key, size: 1 } },
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
    objectKey: KEY,
    status,
    createdAt: '2026-01-05T10:00:00.000Z',
    ...(status === 'REJECTED' ? { rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH' } : {}),
  };
}

/** The object at KEY now. */
function objectIs(bytes: Uint8Array) {
  s3.headObject.mockResolvedValue({ size: bytes.length });
  s3.readHead.mockImplementation(async (_key: string, count: number) => bytes.subarray(0, count));
}

beforeEach(() => {
  vi.resetAllMocks();
  storage.getApplication.mockResolvedValue({ applicationId: '01HAPP', roundId: '2022', status: 'DRAFT' });
  storage.recordVerdict.mockResolvedValue(true);
  s3.deleteObject.mockResolvedValue(undefined);
});

describe('verify-attachment', () => {
  it('accepts a PENDING attachment whose bytes match, with the real size', async () => {
    // Prepare
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    objectIs(fixture('minimal.pdf'));

    // Act
    await handler(s3Event(), context);

    // Assess
    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      { status: 'ACCEPTED', size: fixture('minimal.pdf').length },
      expect.any(String),
    );
    expect(s3.deleteObject).not.toHaveBeenCalled();
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
  });

  it('rejects a program declared as PDF: verdict with the reason, slot released, object deleted', async () => {
    // Prepare
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    objectIs(fixture('program.exe'));

    // Act
    await handler(s3Event(), context);

    // Assess
    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      { status: 'REJECTED', size: 512, rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH' },
      expect.any(String),
    );
    expect(storage.releaseAttachmentSlot).toHaveBeenCalledWith('01HAPP');
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
  });

  it.each([
    [new Uint8Array(0), 'ATTACHMENT_EMPTY'],
    [new Uint8Array(20 * 1024 * 1024 + 1), 'ATTACHMENT_TOO_LARGE'],
  ])("rejects by size against the round's limit (%#)", async (bytes, reason) => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    objectIs(bytes);

    await handler(s3Event(), context);

    expect(storage.recordVerdict).toHaveBeenCalledWith(
      '01HAPP',
      '01HATT',
      { status: 'REJECTED', size: bytes.length, rejectionReason: reason },
      expect.any(String),
    );
    expect(s3.readHead).not.toHaveBeenCalled();
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
  });

  it('deletes an object nobody asked for (no attachment record)', async () => {
    storage.getAttachment.mockResolvedValue(undefined);

    await handler(s3Event(), context);

    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(s3.headObject).not.toHaveBeenCalled();
    expect(storage.recordVerdict).not.toHaveBeenCalled();
  });

  it('ignores keys outside the attachment scheme, other buckets and other events', async () => {
    await handler(s3Event('somewhere/else.pdf'), context);
    await handler(s3Event(KEY, { bucket: 'another-bucket' }), context);
    await handler(s3Event(KEY, { eventName: 'ObjectRemoved:Delete' }), context);

    expect(storage.getAttachment).not.toHaveBeenCalled();
    expect(s3.deleteObject).not.toHaveBeenCalled();
  });

  it('reads URL-encoded keys as S3 sends them', async () => {
    storage.getAttachment.mockResolvedValue(undefined);
    await handler(s3Event('applications%2F01HAPP%2F01HATT'), context);
    expect(storage.getAttachment).toHaveBeenCalledWith('01HAPP', '01HATT');
  });

  it('a repeated event for a REJECTED attachment deletes the object again and changes nothing else', async () => {
    storage.getAttachment.mockResolvedValue(attachment('REJECTED'));

    await handler(s3Event(), context);

    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(s3.headObject).not.toHaveBeenCalled();
    expect(storage.recordVerdict).not.toHaveBeenCalled();
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
  });

  it('a repeated event for an ACCEPTED attachment whose object is unchanged changes nothing', async () => {
    storage.getAttachment.mockResolvedValue(attachment('ACCEPTED'));
    objectIs(fixture('minimal.pdf'));

    await handler(s3Event(), context);

    expect(storage.recordVerdict).not.toHaveBeenCalled();
    expect(s3.deleteObject).not.toHaveBeenCalled();
    expect(storage.deleteAttachmentRecord).not.toHaveBeenCalled();
  });

  it('removes an ACCEPTED attachment whose object was replaced (the form re-sent) by one that fails', async () => {
    // Prepare
    storage.getAttachment.mockResolvedValue(attachment('ACCEPTED'));
    storage.deleteAttachmentRecord.mockResolvedValue(attachment('ACCEPTED'));
    objectIs(fixture('program.exe'));

    // Act
    await handler(s3Event(), context);

    // Assess
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(storage.deleteAttachmentRecord).toHaveBeenCalledWith('01HAPP', '01HATT');
    expect(storage.releaseAttachmentSlot).toHaveBeenCalledTimes(1);
  });

  it('when a concurrent delivery judged first, settles against the recorded verdict', async () => {
    // Prepare: read PENDING, but another delivery rejected it before our write
    storage.getAttachment
      .mockResolvedValueOnce(attachment('PENDING'))
      .mockResolvedValueOnce(attachment('REJECTED'));
    storage.recordVerdict.mockResolvedValue(false);
    objectIs(fixture('minimal.pdf'));

    // Act
    await handler(s3Event(), context);

    // Assess: the object goes (the attachment is rejected), the slot is not released twice
    expect(s3.deleteObject).toHaveBeenCalledWith(KEY);
    expect(storage.releaseAttachmentSlot).not.toHaveBeenCalled();
    expect(storage.deleteAttachmentRecord).not.toHaveBeenCalled();
  });

  it('throws on unexpected errors so that Lambda retries the event', async () => {
    storage.getAttachment.mockResolvedValue(attachment('PENDING'));
    s3.headObject.mockRejectedValue(Object.assign(new Error('throttled'), { name: 'SlowDown' }));

    await expect(handler(s3Event(), context)).rejects.toThrow('throttled');
    expect(storage.recordVerdict).not.toHaveBeenCalled();
  });
});
