import { ESLint } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, call, download, setApiBaseUrl } from '../../web/src/app/api.ts';
import { route } from '../../web/src/app/route.ts';
import { applicationRoute } from '../../web/src/features/application/routes.ts';
import { reviewRoute } from '../../web/src/features/review/routes.ts';
import { matchRoute, routes } from '../../web/src/routes.ts';

/** The web app's frame without a browser: the route table, the typed API client, the import rule. */
describe('the route table', () => {
  it('builds each address from its route and matches it back to the same route and parameters', () => {
    // Prepare
    const addresses = [
      routes.about.path(),
      routes.start.path(),
      routes.awards.path({}, { query: { round: 'demo' } }),
      applicationRoute.path({ applicationId: 'a/b c', step: 'budget' }, { hash: 'field-title' }),
      applicationRoute.path({ applicationId: 'app-1' }),
      reviewRoute.path({ committee: 'final', applicationId: 'app-1' }),
    ];

    // Act
    const matches = addresses.map((address) => matchRoute(new URL(address, 'https://x.example').pathname));

    // Assess
    expect(addresses).toEqual([
      '/',
      '/start',
      '/awards?round=demo',
      '/application/a%2Fb%20c/budget#field-title',
      '/application/app-1',
      '/review/final/app-1',
    ]);
    expect(matches).toEqual([
      { name: 'about', params: {} },
      { name: 'start', params: {} },
      { name: 'awards', params: {} },
      { name: 'application', params: { applicationId: 'a/b c', step: 'budget' } },
      { name: 'application', params: { applicationId: 'app-1' } },
      { name: 'review', params: { committee: 'final', applicationId: 'app-1' } },
    ]);
  });

  it('matches nothing for an unknown committee, a missing or extra segment, or a broken escape', () => {
    // Prepare
    const pathnames = [
      '/review/secretariat',
      '/application',
      '/application/a/b/c',
      '/application/%E0%A4%A',
      '/x',
    ];

    // Act
    const matches = pathnames.map((pathname) => matchRoute(pathname));

    // Assess
    expect(matches).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(matchRoute('/review/geographic/')).toEqual({
      name: 'review',
      params: { committee: 'geographic' },
    });
  });

  it('refuses to build an address without a required parameter', () => {
    // Prepare
    const withId = route('/x/:id');

    // Act
    const build = () => withId.path({ id: '' });

    // Assess
    expect(build).toThrow('/x/:id: id is required');
  });
});

describe('the API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('calls a route with its parameters encoded, the language, the token, the body and the signal', async () => {
    // Prepare
    setApiBaseUrl('https://api.example/');
    const fetch = vi.fn(async () => Response.json({ version: 3 }));
    vi.stubGlobal('fetch', fetch);
    const controller = new AbortController();

    // Act
    const answer = await call(
      'PUT /applications/{applicationId}/draft',
      { applicationId: 'a/1' },
      { locale: 'nn', token: 'secret', signal: controller.signal, body: { version: 2, draft: {} } },
    );

    // Assess
    expect(answer).toEqual({ version: 3 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.example/applications/a%2F1/draft');
    expect(init.method).toBe('PUT');
    expect(init.signal).toBe(controller.signal);
    expect(init.body).toBe('{"version":2,"draft":{}}');
    expect(init.headers).toMatchObject({
      'accept-language': 'nn',
      authorization: 'Bearer secret',
      'content-type': 'application/json',
    });
  });

  it('turns an error answer into an ApiError with the API’s code, message, fields and details', async () => {
    // Prepare
    setApiBaseUrl('https://api.example');
    const body = {
      code: 'VERSION_CONFLICT',
      message: 'Noen andre har lagret',
      fields: [{ path: 'title', code: 'FIELD_REQUIRED', message: 'Skriv en tittel' }],
      currentVersion: 4,
    };
    vi.stubGlobal('fetch', async () => Response.json(body, { status: 409 }));

    // Act
    const failure = await call(
      'POST /applications/{applicationId}/submit',
      { applicationId: 'a' },
      {
        locale: 'nb',
      },
    ).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 409, code: 'VERSION_CONFLICT', message: body.message });
    expect((failure as ApiError).fields).toEqual(body.fields);
    expect((failure as ApiError).body.currentVersion).toBe(4);
  });

  it('lets an abort through as an abort, and a network failure as a network ApiError', async () => {
    // Prepare
    setApiBaseUrl('https://api.example');
    const aborted = new DOMException('stopped', 'AbortError');
    vi.stubGlobal(
      'fetch',
      vi.fn().mockRejectedValueOnce(aborted).mockRejectedValueOnce(new TypeError('offline')),
    );

    // Act
    const first = await call('GET /rounds', {}, { locale: 'en' }).catch((error: unknown) => error);
    const second = await call('GET /rounds', {}, { locale: 'en' }).catch((error: unknown) => error);

    // Assess
    expect(first).toBe(aborted);
    expect(second).toBeInstanceOf(ApiError);
    expect((second as ApiError).isNetwork).toBe(true);
  });

  it('downloads a file with the name the API gives it', async () => {
    // Prepare
    setApiBaseUrl('https://api.example');
    const fetch = vi.fn(
      async () =>
        new Response('a;b', { headers: { 'content-disposition': 'attachment; filename="liste.csv"' } }),
    );
    vi.stubGlobal('fetch', fetch);

    // Act
    const file = await download(
      'GET /review/export',
      {},
      { locale: 'nb', token: 't', query: { format: 'csv' } },
    );

    // Assess
    expect(file.fileName).toBe('liste.csv');
    expect(await file.blob.text()).toBe('a;b');
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe(
      'https://api.example/review/export?format=csv',
    );
  });
});

describe('what the web may import', () => {
  it('refuses server modules in the web app, and the API’s schemas except as types', async () => {
    // Prepare
    const eslint = new ESLint();
    const source = [
      "import { tableName } from '../../shared/storage/keys.ts';",
      "import { S3Client } from '@aws-sdk/client-s3';",
      "import { readFileSync } from 'node:fs';",
      "import { publicRound } from '../../shared/api/schemas.ts';",
      "import type { ApplicationView } from '../../shared/api/views.ts';",
      "import { STAGES } from '../../shared/domain/stages.ts';",
      'export type View = ApplicationView;',
      'export const all = [tableName, S3Client, readFileSync, publicRound, STAGES];',
    ].join('\n');

    // Act
    const [result] = await eslint.lintText(source, { filePath: 'web/src/features/x/probe.ts' });

    // Assess
    const refused = result!.messages
      .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((message) => message.line);
    expect(refused).toEqual([1, 2, 3, 4]);
  }, 60_000); // ESLint loads typescript-eslint first
});
