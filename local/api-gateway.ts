/**
 * A local stand-in for the HTTP API: matches each request against the registry's HTTP routes
 * (`functions/registry.ts`), turns it into an API Gateway payload-format-2.0 event, runs the
 * route's own handler module in-process and writes the handler's result back as API Gateway
 * would. CORS follows the deployed API: preflights are answered here, never by a handler.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Method } from '../functions/declare.ts';
import { LOCAL_AWS } from './aws.ts';
import type { LambdaRunner } from './lambda.ts';

/** What the gateway needs of a route: its id (the function's name), method, path and handler module. */
export interface Route {
  readonly id: string;
  readonly method: Method;
  readonly path: string;
  readonly entry: string;
}

/** Lambda's synchronous payload limit; API Gateway's own (10 MB) is looser. */
const MAX_BODY_BYTES = 6 * 1024 * 1024;
/** API Gateway's integration timeout. */
const TIMEOUT_MS = 30_000;

export interface ApiGatewayOptions {
  routes: readonly Route[];
  runner: LambdaRunner;
  /** The web app's origin is always allowed; so is any http://localhost:* or 127.0.0.1:* origin. */
  webOrigin?: string;
  log: (line: string) => void;
}

export function createApiGateway({ routes, runner, webOrigin, log }: ApiGatewayOptions): Server {
  const matchers = routes.map((route) => ({ route, match: pathMatcher(route.path) }));
  const allowedOrigin = (origin: string | undefined) =>
    !!origin && (origin === webOrigin || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin));
  const allMethods = [...new Set(routes.map((route) => route.method))].join(',');

  return createServer((req, res) => {
    const started = performance.now();
    const origin = req.headers.origin;
    const cors: Record<string, string> = allowedOrigin(origin)
      ? { 'access-control-allow-origin': origin!, vary: 'Origin' }
      : {};
    const url = new URL(req.url ?? '/', 'http://local');
    const done = (status: number, note: string) =>
      log(
        `API ${req.method} ${url.pathname} → ${status} ${note}(${Math.round(performance.now() - started)} ms)`,
      );

    if (req.method === 'OPTIONS' && origin && req.headers['access-control-request-method']) {
      res.writeHead(204, {
        ...cors,
        ...(cors['access-control-allow-origin'] && {
          'access-control-allow-methods': allMethods,
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
          'access-control-max-age': '600',
        }),
      });
      res.end();
      return done(204, 'preflight ');
    }

    const candidates = matchers.flatMap(({ route, match }) => {
      const pathParameters = match(url.pathname);
      return pathParameters ? [{ route, pathParameters }] : [];
    });
    const found = candidates.find(({ route }) => route.method === req.method);
    if (!found) {
      const status = candidates.length ? 405 : 404;
      const body = candidates.length
        ? { code: 'METHOD_NOT_ALLOWED', message: `${req.method} is not allowed on ${url.pathname}` }
        : { code: 'NOT_FOUND', message: `No route for ${req.method} ${url.pathname}` };
      const allow = candidates.map(({ route }) => route.method).join(', ');
      sendJson(res, status, body, allow ? { ...cors, allow } : cors);
      return done(status, '');
    }

    readBody(req)
      .then(async (body) => {
        const event = toEvent(req, url, found.route, found.pathParameters, body);
        const result = await withTimeout(
          runner.invoke({
            entry: found.route.entry,
            functionName: found.route.id,
            event,
            timeoutMs: TIMEOUT_MS,
            requestId: event.requestContext.requestId,
          }),
          TIMEOUT_MS,
        );
        const status = writeResult(res, result, cors);
        done(status, `${found.route.id} `);
      })
      .catch((error: unknown) => {
        if (error instanceof PayloadTooLarge) {
          sendJson(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: error.message }, cors);
          return done(413, '');
        }
        const timedOut = error instanceof GatewayTimeout;
        log(
          `API ${found.route.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        // API Gateway hides the Lambda's error: 500 "Internal Server Error" (503 on timeout).
        const status = timedOut ? 503 : 500;
        if (!res.headersSent)
          sendJson(res, status, { code: 'INTERNAL', message: 'Internal Server Error' }, cors);
        else res.destroy();
        done(status, `${found.route.id} `);
      });
  });
}

/** `/applications/{applicationId}` → a matcher returning decoded path parameters or null. */
export function pathMatcher(template: string): (path: string) => Record<string, string> | null {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      const param = /^\{([A-Za-z0-9_]+)(\+)?\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  const regex = new RegExp(`^${source}/?$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return null;
    try {
      return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    } catch {
      return null; // malformed percent-encoding: no route, as API Gateway answers
    }
  };
}

const TEXT_TYPES = /^(text\/|application\/(json|[\w.+-]+\+json|x-www-form-urlencoded|xml|javascript))/i;

function toEvent(
  req: IncomingMessage,
  url: URL,
  route: Route,
  pathParameters: Record<string, string>,
  body: Buffer | undefined,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  let cookies: string[] | undefined;
  for (const [name, value] of Object.entries(req.headersDistinct)) {
    if (!value) continue;
    if (name === 'cookie') cookies = value.flatMap((v) => v.split(';').map((c) => c.trim())).filter(Boolean);
    else headers[name] = value.join(',');
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = TEXT_TYPES.test(headers['content-type'] ?? '');
  const now = new Date();
  const routeKey = `${route.method} ${route.path}`;

  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies && { cookies }),
    headers,
    ...(Object.keys(query).length && { queryStringParameters: query }),
    ...(Object.keys(pathParameters).length && { pathParameters }),
    requestContext: {
      accountId: LOCAL_AWS.account,
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0]!,
      http: {
        method: route.method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body && { body: body.toString(isText ? 'utf8' : 'base64') }),
    isBase64Encoded: !!body && !isText,
  };
}

/** Writes a payload-2.0 result; a result without `statusCode` is a 200 JSON body, as on AWS. */
function writeResult(res: ServerResponse, result: unknown, cors: Record<string, string>): number {
  const structured =
    typeof result === 'object' && result !== null && 'statusCode' in result
      ? (result as APIGatewayProxyStructuredResultV2)
      : {
          statusCode: 200,
          headers: { 'content-type': 'application/json' },
          body: typeof result === 'string' ? result : JSON.stringify(result ?? null),
        };
  const status = structured.statusCode ?? 200;
  const headers: Record<string, string | string[]> = { ...cors };
  for (const [name, value] of Object.entries(structured.headers ?? {}))
    headers[name.toLowerCase()] ??= String(value);
  if (structured.cookies?.length) headers['set-cookie'] = structured.cookies;
  const body =
    structured.body === undefined
      ? undefined
      : Buffer.from(structured.body, structured.isBase64Encoded ? 'base64' : 'utf8');
  res.writeHead(status, headers);
  res.end(body);
  return status;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>) {
  res.writeHead(status, { ...headers, 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

class PayloadTooLarge extends Error {}
class GatewayTimeout extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new PayloadTooLarge(`The request body exceeds ${MAX_BODY_BYTES} bytes`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GatewayTimeout(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
