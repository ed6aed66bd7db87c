/**
 * Serves the built web app (web/dist) the way S3 + CloudFront do: files as they are, the
 * app's index.html for any other path (client-side routing), and `/config.json` telling the
 * app where the API is (generated; see docs/decisions/022-local-web-app.md). Like CloudFront
 * (infra/constructs/web-delivery.ts, docs/decisions/076-web-delivery.md), it compresses text
 * — Brotli when the browser accepts it, else gzip — and sends the Cache-Control the deployed
 * files carry: hashed assets immutable, everything else revalidated. So what Lighthouse and
 * `npm run bench` measure here is what AWS will serve.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { cacheControlOf, compressible, PRERENDERED_PAGES } from '../infra/constructs/web-delivery.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

type Encoding = 'br' | 'gzip';

const compress: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  // On-the-fly levels, as a CDN compresses while it serves (not the slow maximum).
  br: (bytes) => promisify(brotliCompress)(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (bytes) => promisify(gzip)(bytes, { level: 6 }),
};

/**
 * The encoding to answer `Accept-Encoding` with: Brotli if accepted, else gzip, else none.
 * A coding with q=0 is refused; `*` accepts both.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (coding: Encoding) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}

export function createStaticServer(root: string, config: () => { apiBaseUrl: string }): Server {
  const base = normalize(root + sep);
  // The build does not change while it is served: each file is compressed once per encoding.
  const cache = new Map<string, Promise<Buffer>>();
  const bytesOf = (file: string, version: string, encoding?: Encoding) => {
    const key = `${file}\0${version}\0${encoding ?? ''}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = readFile(file).then((bytes) => (encoding ? compress[encoding](bytes) : bytes));
      entry.catch(() => cache.delete(key));
      cache.set(key, entry);
    }
    return entry;
  };

  return createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(config()));
      return;
    }
    // A prerendered page's address (ADR 104) is its own HTML; any other is the file it names.
    const prerendered = Object.hasOwn(PRERENDERED_PAGES, path) ? PRERENDERED_PAGES[path] : undefined;
    let file = normalize(join(base, prerendered ?? path));
    if (!file.startsWith(base)) file = join(base, 'index.html'); // no escaping the folder
    let found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      // Client-side routes (and a missing file) are the app's page, as CloudFront's error
      // responses make them — revalidated, never cached as an asset.
      file = join(base, 'index.html');
      found = await stat(file).catch(() => undefined);
    }
    if (!found?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const servedPath = `/${relative(base, file).split(sep).join('/')}`;
    const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = compressible(contentType, found.size) ? negotiate(req) : undefined;
    try {
      const body = await bytesOf(file, `${found.mtimeMs}:${found.size}`, encoding);
      res.writeHead(200, {
        'content-type': contentType,
        'content-length': body.length,
        'cache-control': cacheControlOf(servedPath),
        ...(compressible(contentType, found.size) && { vary: 'Accept-Encoding' }),
        ...(encoding && { 'content-encoding': encoding }),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
}

const negotiate = (req: IncomingMessage) => negotiateEncoding(req.headers['accept-encoding']);
