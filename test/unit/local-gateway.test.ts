import type { AddressInfo } from 'node:net';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionsOf } from '../../functions/registry.ts';
import { createApiGateway } from '../../local/api-gateway.ts';
import { LambdaRunner } from '../../local/lambda.ts';

/**
 * The local API Gateway serves exactly the registry's HTTP routes (as the deployed API does,
 * test/infra): each method and path reaches its own function, and nothing else is served.
 */
const routes = functionsOf('http');
/** Each route's entry answers with the function name the gateway invoked it as. */
const runner = new LambdaRunner(
  Object.fromEntries(
    routes.map((route) => [
      route.entry,
      (_event: unknown, context: Context) => ({ statusCode: 200, body: context.functionName }),
    ]),
  ),
);
const server = createApiGateway({ routes, runner, log: () => {} });
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A concrete path of a template: `{applicationId}` → a ULID, `{roundId}` → a slug. */
const concrete = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === 'roundId' ? 'demo' : '01JC0000000000000000000000',
  );

describe('the local API Gateway', () => {
  it("routes each of the registry's HTTP declarations to its own function", async () => {
    for (const route of routes) {
      const answer = await fetch(base + concrete(route.path), { method: route.method });
      expect(await answer.text(), `${route.method} ${route.path}`).toBe(route.id);
    }
  });

  it('serves nothing else: an unknown path is 404, a known path with another method 405', async () => {
    const unknown = await fetch(`${base}/admin`, { method: 'GET' });
    const wrongMethod = await fetch(`${base}/rounds`, { method: 'DELETE' });

    expect(unknown.status).toBe(404);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });
});
