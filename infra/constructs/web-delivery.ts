/**
 * How the web app's files reach a browser — the facts the CloudFront distribution is built
 * with (infra/constructs/web.ts) and the local static server imitates (local/static.ts), so
 * that what is measured locally (Lighthouse, bench/web.ts) is what AWS will serve. No CDK
 * import here: the local stack loads this module.
 */

/**
 * Vite writes every built script, style sheet and font under /assets/ with a content hash in
 * its name: a new build never reuses a name, so a browser may keep them for good.
 */
export const HASHED_ASSETS_PREFIX = '/assets/';
export const HASHED_ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Everything else (index.html — the app's one page for every route — favicon, robots.txt,
 * maps) is checked with the server on every use, so a deploy shows at once.
 */
export const PAGE_CACHE_CONTROL = 'no-cache';

/**
 * The pages the web build prerenders (web/src/prerender.tsx, docs/decisions/104): each address
 * and the HTML file written for it beside index.html. The file is that page's HTML with the
 * page already in it, which the script then hydrates; every other address is index.html.
 */
export const PRERENDERED_PAGES: Readonly<Record<string, string>> = {
  '/': 'about.html',
  '/start': 'start.html',
};

/**
 * The CloudFront Function (viewer request, cloudfront-js-2.0) that serves each prerendered
 * page's own HTML at its address, as local/static.ts does: without it CloudFront would answer
 * `/` with index.html (the root object) and `/start` through the 404 fallback, and the
 * prerendered files would never be seen. Built from PRERENDERED_PAGES, so a page added there
 * is served on both.
 */
export function prerenderedPagesFunctionCode(): string {
  return [
    `var PAGES = ${JSON.stringify(PRERENDERED_PAGES)};`,
    'function handler(event) {',
    '  var request = event.request;',
    '  var file = Object.prototype.hasOwnProperty.call(PAGES, request.uri) ? PAGES[request.uri] : undefined;',
    "  if (file) request.uri = '/' + file;",
    '  return request;',
    '}',
  ].join('\n');
}

/**
 * CloudFront's automatic compression ("Serve compressed files", CloudFront Developer Guide):
 * objects of these content types (parameters such as charset ignored), of at least 1,000 and
 * at most 10,000,000 bytes, in Brotli when the browser accepts it, else gzip. Browsers offer
 * Brotli only over HTTPS.
 */
export const COMPRESSION = {
  minBytes: 1_000,
  maxBytes: 10_000_000,
  contentTypes: new Set([
    'application/dash+xml',
    'application/eot',
    'application/font',
    'application/font-sfnt',
    'application/javascript',
    'application/json',
    'application/opentype',
    'application/otf',
    'application/pdf',
    'application/pkcs7-mime',
    'application/protobuf',
    'application/rss+xml',
    'application/truetype',
    'application/ttf',
    'application/vnd.apple.mpegurl',
    'application/vnd.mapbox-vector-tile',
    'application/vnd.ms-fontobject',
    'application/wasm',
    'application/xhtml+xml',
    'application/xml',
    'application/x-font-opentype',
    'application/x-font-truetype',
    'application/x-font-ttf',
    'application/x-httpd-cgi',
    'application/x-javascript',
    'application/x-mpegurl',
    'application/x-opentype',
    'application/x-otf',
    'application/x-perl',
    'application/x-ttf',
    'font/eot',
    'font/opentype',
    'font/otf',
    'font/ttf',
    'image/svg+xml',
    'text/css',
    'text/csv',
    'text/html',
    'text/javascript',
    'text/js',
    'text/plain',
    'text/richtext',
    'text/tab-separated-values',
    'text/xml',
    'text/x-script',
    'text/x-component',
    'text/x-java-source',
  ]),
} as const;

/** Whether CloudFront compresses an object of this content type and size. */
export function compressible(contentType: string, bytes: number): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return COMPRESSION.contentTypes.has(type) && bytes >= COMPRESSION.minBytes && bytes <= COMPRESSION.maxBytes;
}

/** The Cache-Control a path is served with. */
export const cacheControlOf = (path: string) =>
  path.startsWith(HASHED_ASSETS_PREFIX) ? HASHED_ASSETS_CACHE_CONTROL : PAGE_CACHE_CONTROL;
