/**
 * Serves the built web app (web/dist) the way S3 + CloudFront will: files as they are, the
 * app's index.html for any other path (client-side routing), and `/config.json` telling the
 * app where the API is (generated; see docs/decisions/022-local-web-app.md).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

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

export function createStaticServer(root: string, config: () => { apiBaseUrl: string }): Server {
  const base = normalize(root + sep);
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
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) file = join(base, 'index.html'); // no escaping the folder
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) file = join(base, 'index.html');
    createReadStream(file)
      .on('open', () =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }),
      )
      .on('error', () => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'))
      .pipe(res);
  });
}
