import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../local/static.ts';
import { smoke } from '../../scripts/smoke.ts';
import { ENV } from '../../shared/config/env.ts';
import { SES_SIMULATOR_SUCCESS } from '../../shared/domain/rounds/smoke.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The deploy pipeline's smoke test (scripts/smoke.ts, ADR 081) against the local stack: the
 * same checks it makes of staging, local URLs — green, and red where the portal is not what it
 * should be.
 */
let test: TestStack;
let web: Server;
let webUrl: string;
let webDir: string;

beforeAll(async () => {
  test = await startTestStack();
  webDir = mkdtempSync(join(tmpdir(), 'smoke-web-'));
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><html><title>Inkluderende kulturskoler</title></html>',
  );
  web = createStaticServer(webDir, () => ({ apiBaseUrl: test.stack.urls.api }));
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => web?.close(resolve));
  rmSync(webDir, { recursive: true, force: true });
  await test?.stop();
});

/** The origin the local API allows: the web base URL's (as the deploy configuration's webOrigin). */
const origin = () => new URL(test.stack.env[ENV.webBaseUrl]!).origin;

describe('npm run smoke against the local stack', () => {
  it('passes every check, and starts an application for the mailbox simulator', async () => {
    const checks = await smoke({ webUrl, apiUrl: test.stack.urls.api, origin: origin(), applyIn: 'demo' });
    expect(checks.filter((check) => !check.ok)).toEqual([]);
    expect(checks.map((check) => check.name)).toEqual([
      'GET /rounds lists the rounds',
      'GET /openapi.json describes the API',
      `CORS: the web origin (${origin()}) may call the API`,
      'CORS: a stranger’s origin may not',
      'the web app answers with its page',
      'the web app has its security headers (CloudFront)',
      `an application starts in round demo for ${SES_SIMULATOR_SUCCESS}`,
    ]);
    await test.stack.idle();
    const mails = await test.mails();
    expect(mails.some((mail) => mail.to.includes(SES_SIMULATOR_SUCCESS))).toBe(true);
  });

  it('fails when the API does not allow the web origin, or the round is not there', async () => {
    const checks = await smoke({
      webUrl,
      apiUrl: test.stack.urls.api,
      origin: 'https://soknad.example.org',
      applyIn: 'smoke',
    });
    const failed = checks.filter((check) => !check.ok).map((check) => check.name);
    expect(failed).toEqual([
      'GET /rounds lists the rounds',
      'CORS: the web origin (https://soknad.example.org) may call the API',
      `an application starts in round smoke for ${SES_SIMULATOR_SUCCESS}`,
    ]);
  });

  it('fails when nothing answers at the web URL', async () => {
    const checks = await smoke({
      webUrl: 'http://127.0.0.1:9',
      apiUrl: test.stack.urls.api,
      origin: origin(),
    });
    expect(checks.find((check) => check.name === 'the web app answers with its page')?.ok).toBe(false);
  });
});
