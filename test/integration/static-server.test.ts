/**
 * The local web server (local/static.ts) delivers the app as CloudFront does
 * (infra/constructs/web-delivery.ts, ADR 076): text compressed by Accept-Encoding (Brotli
 * preferred, then gzip; only text types of 1,000 bytes or more), `Vary: Accept-Encoding`,
 * hashed assets cached for good and everything else revalidated, and a real robots.txt.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HASHED_ASSETS_CACHE_CONTROL,
  PAGE_CACHE_CONTROL,
  PRERENDERED_PAGES,
} from '../../infra/constructs/web-delivery.ts';
import { createStaticServer, negotiateEncoding } from '../../local/static.ts';
import { pngImage } from '../support/files.ts';

const webPublic = fileURLToPath(new URL('../../web/public/', import.meta.url));

/** A built app in miniature: its page, a hashed script and style sheet, and web/public's files. */
const page = `<!doctype html><html lang="nb"><title>Portal</title><body>${'<p>Søknad</p>'.repeat(100)}</body></html>`;
const script = `export const text = ${JSON.stringify('Inkluderende kulturskoler '.repeat(200))};\n`;
const tinyScript = 'export {};\n';

let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'portal-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), page);
  await writeFile(join(root, 'assets', 'index-AbC123xy.js'), script);
  await writeFile(join(root, 'assets', 'tiny-Zz9.js'), tinyScript);
  await writeFile(join(root, 'assets', 'logo-Q1w2.png'), pngImage());
  await copyFile(join(webPublic, 'robots.txt'), join(root, 'robots.txt'));
  server = createStaticServer(root, () => ({ apiBaseUrl: 'http://127.0.0.1:1' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

/** A raw HTTP request: no client-side decompression, the bytes as sent. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression, as CloudFront compresses', () => {
  it('answers Brotli for text of 1,000 bytes or more when the browser accepts it, and nothing else', async () => {
    const res = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);

    // What CloudFront leaves alone: under 1,000 bytes, or not a text type.
    const tiny = await get('/assets/tiny-Zz9.js', { 'accept-encoding': 'gzip, br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe(tinyScript);
    const png = await get('/assets/logo-Q1w2.png', { 'accept-encoding': 'gzip, br' });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.equals(pngImage())).toBe(true);
  });

  it('answers gzip to a browser without Brotli (plain HTTP), and nothing to one that accepts neither', async () => {
    const gzipped = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip, deflate' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);

    const refused = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    const plain = await get('/assets/index-AbC123xy.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding'); // the answer still depends on the header
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses the page for every client-side route', async () => {
    const res = await get('/application/01ABC/project', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(gunzipSync(res.body).toString()).toBe(page);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await get('/assets/index-AbC123xy.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
    expect(res.body.length).toBe(0);
  });

  it('negotiates by q-values and wildcards', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });
});

describe('caching, as the deployed files carry it', () => {
  it('keeps hashed assets for good and revalidates the page, its routes and other files', async () => {
    expect((await get('/assets/index-AbC123xy.js')).headers['cache-control']).toBe(
      HASHED_ASSETS_CACHE_CONTROL,
    );
    expect((await get('/')).headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect((await get('/start')).headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect((await get('/robots.txt')).headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect((await get('/config.json')).headers['cache-control']).toBe('no-store');
  });

  it("never marks the page immutable when it stands in for a missing asset (an old build's chunk)", async () => {
    const res = await get('/assets/index-OLDHASH.js');
    expect(res.status).toBe(200); // CloudFront's error response: the app's page
    expect(res.body.toString()).toBe(page);
    expect(res.headers['cache-control']).toBe(PAGE_CACHE_CONTROL);
  });
});

describe('prerendered pages (ADR 104)', () => {
  /** A prerendered page in miniature: the page with its address's content in the root. */
  const prerendered = (path: string) =>
    page.replace('<body>', `<body><div id="root" data-prerendered="${path}">${path}</div>`);

  it("answers each prerendered address with its own HTML, every other route with the app's page", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'portal-static-prerendered-'));
    const withPages = createStaticServer(folder, () => ({ apiBaseUrl: 'http://127.0.0.1:1' }));
    try {
      await writeFile(join(folder, 'index.html'), page);
      for (const [path, file] of Object.entries(PRERENDERED_PAGES)) {
        await writeFile(join(folder, file), prerendered(path));
      }
      await new Promise<void>((resolve) => withPages.listen(0, '127.0.0.1', resolve));
      const at = (withPages.address() as { port: number }).port;
      const body = async (path: string) => (await fetch(`http://127.0.0.1:${at}${path}`)).text();

      expect(Object.keys(PRERENDERED_PAGES)).toEqual(['/', '/start']);
      expect(await body('/')).toBe(prerendered('/'));
      expect(await body('/start')).toBe(prerendered('/start'));
      const start = await fetch(`http://127.0.0.1:${at}/start`, { headers: { 'accept-encoding': 'gzip' } });
      expect(start.headers.get('content-type')).toMatch(/^text\/html/);
      expect(start.headers.get('cache-control')).toBe(PAGE_CACHE_CONTROL);
      // Any other route — a page below /start included — is the app's page, to render afresh.
      for (const path of ['/start/more', '/sign-in', '/application/01ABC/project', '/index.html']) {
        expect(await body(path)).toBe(page);
      }
    } finally {
      await new Promise((resolve) => withPages.close(resolve));
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("answers with the app's page where a build has no prerendered file (vite dev's output, an old build)", async () => {
    // The shared server's folder has index.html only.
    expect((await get('/')).body.toString()).toBe(page);
    expect((await get('/start')).body.toString()).toBe(page);
  });
});

describe('robots.txt', () => {
  it('is a robots file that keeps crawlers out of applications, sign-in and review', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.body.toString();
    expect(text).toBe(await readFile(join(webPublic, 'robots.txt'), 'utf8'));
    expect(text).not.toContain('<');
    const rules = text
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.trim());
    expect(rules[0]).toBe('User-agent: *');
    expect(rules).toEqual(
      expect.arrayContaining(['Disallow: /application/', 'Disallow: /review/', 'Disallow: /sign-in']),
    );
  });
});
