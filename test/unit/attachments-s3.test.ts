import { beforeAll, describe, expect, it } from 'vitest';
import {
  contentDisposition,
  encodeRfc5987,
  presignDownload,
  presignUpload,
  UPLOAD_EXPIRES_SECONDS,
} from '../../shared/files/s3.ts';

// Presigning is local computation: fixed credentials, no endpoint is contacted.
beforeAll(() => {
  Object.assign(process.env, {
    ATTACHMENT_BUCKET: 'attachments-test',
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
  });
});

describe('presignUpload', () => {
  it('signs a POST for exactly one key, 1 byte to the limit, with the declared content type', async () => {
    // Prepare
    const before = Date.now();

    // Act
    const upload = await presignUpload({
      key: 'applications/uploads/01HAPP/01HATT',
      contentType: 'application/pdf',
      maxBytes: 20 * 1024 * 1024,
    });

    // Assess
    expect(upload.fields).toMatchObject({
      key: 'applications/uploads/01HAPP/01HATT',
      'Content-Type': 'application/pdf',
    });
    const policy = JSON.parse(Buffer.from(upload.fields.Policy!, 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, 20 * 1024 * 1024],
        ['eq', '$Content-Type', 'application/pdf'],
        { key: 'applications/uploads/01HAPP/01HATT' },
        { bucket: 'attachments-test' },
      ]),
    );
    expect(JSON.stringify(policy.conditions)).not.toContain('starts-with');
    const expires = Date.parse(upload.expiresAt);
    expect(expires - before).toBeGreaterThanOrEqual(UPLOAD_EXPIRES_SECONDS * 1000 - 1000);
    expect(expires - before).toBeLessThanOrEqual(UPLOAD_EXPIRES_SECONDS * 1000 + 1000);
    expect(Math.abs(Date.parse(policy.expiration) - expires)).toBeLessThan(2000);
  });
});

describe('presignDownload', () => {
  it('signs a GET for at most five minutes that saves the file under its name', async () => {
    // Act
    const download = await presignDownload({
      key: 'applications/frozen/01HAPP/01HATT/ab12',
      fileName: 'Søknad (endelig).pdf',
      contentType: 'application/pdf',
    });

    // Assess
    const url = new URL(download.url);
    expect(url.pathname).toContain('applications/frozen/01HAPP/01HATT/ab12');
    expect(url.searchParams.has('versionId')).toBe(false);
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(300);
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="S_knad (endelig).pdf"; filename*=UTF-8''S%C3%B8knad%20%28endelig%29.pdf`,
    );
    expect(Date.parse(download.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
  });

  it("names the frozen copy's version when the bucket gave it one", async () => {
    const download = await presignDownload({
      key: 'applications/frozen/01HAPP/01HATT/ab12',
      versionId: '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY',
      fileName: 'a.pdf',
      contentType: 'application/pdf',
    });
    expect(new URL(download.url).searchParams.get('versionId')).toBe('3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY');
  });
});

describe('contentDisposition', () => {
  it.each([
    [
      'intensjonsavtale.pdf',
      `attachment; filename="intensjonsavtale.pdf"; filename*=UTF-8''intensjonsavtale.pdf`,
    ],
    [
      'Bø i Telemark.pdf',
      `attachment; filename="B_ i Telemark.pdf"; filename*=UTF-8''B%C3%B8%20i%20Telemark.pdf`,
    ],
    [
      'avtale "endelig" \\ v2.pdf',
      `attachment; filename="avtale _endelig_ _ v2.pdf"; filename*=UTF-8''avtale%20%22endelig%22%20%5C%20v2.pdf`,
    ],
    ['linje\r\nskift.pdf', `attachment; filename="linjeskift.pdf"; filename*=UTF-8''linjeskift.pdf`],
  ])('%j', (fileName, expected) => {
    expect(contentDisposition(fileName)).toBe(expected);
  });

  it("encodes RFC 5987's reserved characters that encodeURIComponent leaves", () => {
    expect(encodeRfc5987("it's (a)*test!~")).toBe('it%27s%20%28a%29%2Atest!~');
  });
});
