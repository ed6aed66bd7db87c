import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_CONTENT_TYPES, extensionMatches } from '../../shared/domain/attachments.ts';
import {
  detectContentType,
  detectedMatches,
  HEAD_BYTES,
  sizeRejection,
  verifyUpload,
} from '../../shared/files/verification.ts';

/** Fixtures: written by test/unit/fixtures/make-fixtures.ts. */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const LIMIT = 20 * 1024 * 1024;

/** An object in storage, read as the handler reads it: by prefix, recording each read. */
function stored(bytes: Uint8Array) {
  const reads: number[] = [];
  return {
    reads,
    upload: (declaredType: string, maxBytes = LIMIT) => ({
      declaredType,
      size: bytes.length,
      maxBytes,
      read: async (count: number) => {
        reads.push(count);
        return bytes.subarray(0, count);
      },
    }),
  };
}

describe('content detection', () => {
  it.each([
    ['minimal.pdf', 'application/pdf'],
    ['minimal.png', 'image/png'],
    ['minimal.jpg', 'image/jpeg'],
    ['minimal.docx', DOCX],
    ['minimal.xlsx', XLSX],
    ['minimal.odt', ODT],
    ['minimal.ods', ODS],
    ['program.exe', 'application/x-msdownload'],
    ['plain.zip', 'application/zip'],
  ])('recognises %s as %s', async (name, mime) => {
    expect(await detectContentType(fixture(name))).toBe(mime);
  });

  it('recognises nothing in plain text', async () => {
    expect(await detectContentType(new TextEncoder().encode('Dette er bare tekst.\n'))).toBeUndefined();
  });
});

describe('verifyUpload', () => {
  it.each([
    ['minimal.pdf', 'application/pdf'],
    ['minimal.png', 'image/png'],
    ['minimal.jpg', 'image/jpeg'],
    ['minimal.docx', DOCX],
    ['minimal.xlsx', XLSX],
    ['minimal.odt', ODT],
    ['minimal.ods', ODS],
    ['large-chunk.png', 'image/png'],
  ])('accepts %s declared as %s', async (name, declaredType) => {
    // Prepare
    const file = fixture(name);

    // Act
    const verdict = await verifyUpload(stored(file).upload(declaredType));

    // Assess
    expect(verdict).toEqual({ status: 'ACCEPTED', size: file.length, detected: declaredType });
  });

  it('rejects a Windows program renamed to .pdf', async () => {
    const verdict = await verifyUpload(stored(fixture('program.exe')).upload('application/pdf'));
    expect(verdict).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH',
      detected: 'application/x-msdownload',
    });
  });

  it.each([
    ['plain.zip', DOCX, 'application/zip'],
    ['macros.docm', DOCX, 'application/vnd.ms-word.document.macroenabled.12'],
    ['minimal.docx', XLSX, DOCX],
    ['minimal.odt', ODS, ODT],
    ['minimal.png', 'image/jpeg', 'image/png'],
    ['minimal.pdf', 'image/png', 'application/pdf'],
  ])('rejects %s declared as %s (it is %s)', async (name, declaredType, detected) => {
    const verdict = await verifyUpload(stored(fixture(name)).upload(declaredType));
    expect(verdict).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH',
      detected,
    });
  });

  it('rejects bytes nothing recognises, whatever the declared type', async () => {
    const verdict = await verifyUpload(
      stored(new TextEncoder().encode('Ikke en PDF\n')).upload('application/pdf'),
    );
    expect(verdict).toEqual({ status: 'REJECTED', size: 12, rejectionReason: 'ATTACHMENT_CONTENT_MISMATCH' });
  });

  it('rejects an empty object without reading it', async () => {
    const object = stored(new Uint8Array(0));
    const verdict = await verifyUpload(object.upload('application/pdf'));
    expect(verdict).toEqual({ status: 'REJECTED', size: 0, rejectionReason: 'ATTACHMENT_EMPTY' });
    expect(object.reads).toEqual([]);
  });

  it("rejects an object over the round's limit without reading it", async () => {
    const file = fixture('minimal.pdf');
    const object = stored(file);
    const verdict = await verifyUpload(object.upload('application/pdf', file.length - 1));
    expect(verdict).toEqual({
      status: 'REJECTED',
      size: file.length,
      rejectionReason: 'ATTACHMENT_TOO_LARGE',
    });
    expect(object.reads).toEqual([]);
  });

  it('accepts an object exactly at the limit', async () => {
    const file = fixture('minimal.pdf');
    expect(await verifyUpload(stored(file).upload('application/pdf', file.length))).toMatchObject({
      status: 'ACCEPTED',
    });
  });

  it('decides a PDF from its first bytes, reading no more than the head', async () => {
    const object = stored(fixture('minimal.pdf'));
    await verifyUpload(object.upload('application/pdf'));
    expect(object.reads).toEqual([fixture('minimal.pdf').length]);
  });

  it('reads the whole docx when its content types come after the first 64 KiB', async () => {
    // Prepare: the fixture's first 64 KiB alone look like a plain zip
    const file = fixture('late-content-types.docx');
    expect(file.length).toBeGreaterThan(HEAD_BYTES);
    expect(await detectContentType(file.subarray(0, HEAD_BYTES))).toBe('application/zip');
    const object = stored(file);

    // Act
    const verdict = await verifyUpload(object.upload(DOCX));

    // Assess
    expect(verdict).toMatchObject({ status: 'ACCEPTED', detected: DOCX });
    expect(object.reads).toEqual([HEAD_BYTES, file.length]);
  });
});

describe('the allow-list', () => {
  it('has the seven types of the scheme', () => {
    expect(ATTACHMENT_CONTENT_TYPES).toEqual([
      'application/pdf',
      DOCX,
      XLSX,
      ODT,
      ODS,
      'image/jpeg',
      'image/png',
    ]);
  });

  it.each([
    ['Intensjonsavtale.pdf', 'application/pdf', true],
    ['INTENSJONSAVTALE.PDF', 'application/pdf', true],
    ['bilde.jpeg', 'image/jpeg', true],
    ['bilde.jpg', 'image/jpeg', true],
    ['budsjett.v2.xlsx', XLSX, true],
    ['avtale.docx', 'application/pdf', false],
    ['program.exe', 'application/pdf', false],
    ['pdf', 'application/pdf', false],
    ['.pdf', 'application/pdf', false],
    ['avtale.pdf.exe', 'application/pdf', false],
    ['avtale.', 'application/pdf', false],
  ] as const)('%s as %s: %s', (fileName, contentType, expected) => {
    expect(extensionMatches(fileName, contentType)).toBe(expected);
  });

  it('matches a detected type only to a declared type that allows it', () => {
    expect(detectedMatches('image/png', 'image/apng')).toBe(true);
    expect(detectedMatches('application/pdf', undefined)).toBe(false);
    expect(detectedMatches('application/x-msdownload', 'application/x-msdownload')).toBe(false);
  });

  it('checks sizes from 1 byte to the limit', () => {
    expect(sizeRejection(0, 10)).toBe('ATTACHMENT_EMPTY');
    expect(sizeRejection(1, 10)).toBeUndefined();
    expect(sizeRejection(10, 10)).toBeUndefined();
    expect(sizeRejection(11, 10)).toBe('ATTACHMENT_TOO_LARGE');
  });
});
