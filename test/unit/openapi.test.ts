import { describe, expect, it } from 'vitest';
import { errorCodesOf, openApiDocument } from '../../functions/openapi/document.ts';
import { HTTP_STATUS } from '../../functions/http-status.ts';
import { servedDocument } from '../../functions/openapi/served.ts';
import { functionsOf } from '../../functions/registry.ts';
import { applicantStage, publicRoundView } from '../../shared/api/views.ts';
import { listRoundsWithContent } from '../../shared/domain/rounds/content.ts';
import { configuredDates } from '../../shared/review/schedule.ts';
import { Contract, type OpenApiDocument } from '../support/openapi.ts';

/**
 * The OpenAPI document itself: one entry per route, every schema a valid JSON Schema 2020-12
 * (Ajv, strict), and the contract check that the integration tests run on every answer.
 */
const document = openApiDocument() as unknown as OpenApiDocument;
const raw = openApiDocument() as unknown as {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { description: string }> };
};
interface Operation {
  operationId: string;
  summary: string;
  security: unknown[];
  responses: Record<string, { content?: unknown }>;
}
const contract = new Contract(document);
const json = (value: unknown) => ({
  contentType: 'application/json; charset=utf-8',
  bytes: Buffer.from(JSON.stringify(value)),
});

describe('the OpenAPI document', () => {
  it('is the document GET /openapi.json serves (generated at build time: npx tsx functions/openapi/generate.ts)', () => {
    expect(
      servedDocument(),
      'functions/openapi/document.generated.ts is out of date: run npx tsx functions/openapi/generate.ts',
    ).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('has one operation per HTTP route of the registry and none besides', () => {
    const routes = functionsOf('http');
    expect(contract.operationIds().sort()).toEqual(routes.map((route) => route.id).sort());
    for (const route of routes) {
      const operation = raw.paths[route.path]![route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${route.path}`).toBe(route.id);
    }
  });

  it('gives every operation its summary, the security of its auth kind and its 4xx answers', () => {
    const security = {
      public: [],
      applicant: [{ applicantSession: [] }],
      reviewer: [{ reviewLink: [] }],
      staff: [{ staffSession: [] }],
    };
    for (const route of functionsOf('http')) {
      const operation = raw.paths[route.path]![route.method.toLowerCase()]!;
      expect(operation.summary, route.id).toBe(route.summary);
      expect(operation.security, route.id).toEqual(security[route.auth]);
      const statuses = Object.keys(operation.responses).map(Number);
      expect(
        statuses.some((status) => status >= 400 && status < 500),
        route.id,
      ).toBe(true);
      // Every error code the route may answer, at the status the wrapper answers it with.
      for (const code of errorCodesOf(route)) {
        const answer = operation.responses[String(HTTP_STATUS[code])];
        expect(JSON.stringify(answer?.content), `${route.id} ${code}`).toContain(`Error_${code}`);
      }
      if (route.auth === 'applicant') expect(statuses, route.id).toEqual(expect.arrayContaining([401, 403]));
      if (route.auth === 'reviewer') expect(statuses, route.id).toEqual(expect.arrayContaining([401, 403]));
      if (route.auth === 'staff') expect(statuses, route.id).toEqual(expect.arrayContaining([401]));
      if (route.request) expect(statuses, route.id).toEqual(expect.arrayContaining([400, 413]));
    }
  });

  it('documents the JWT schemes as RFC 8725 asks: algorithm, audience, lifetime', () => {
    const schemes = (
      document as unknown as { components: { securitySchemes: Record<string, { description: string }> } }
    ).components.securitySchemes;
    for (const name of ['applicantSession', 'reviewLink', 'staffSession']) {
      expect(schemes[name]!.description, name).toMatch(/RFC8725/);
      expect(schemes[name]!.description, name).toMatch(/HS256/);
      expect(schemes[name]!.description, name).toMatch(/audience `(applicant-session|review|staff-session)`/);
    }
    expect(schemes.applicantSession!.description).toMatch(/12 hours/);
    expect(schemes.staffSession!.description).toMatch(
      /at most 8 hours, ends after 120 minutes without a request/,
    );
  });

  it('says on every 429 when to try again (Retry-After), and names the public routes the application limits', () => {
    for (const route of functionsOf('http')) {
      const tooMany = raw.paths[route.path]![route.method.toLowerCase()]!.responses['429'] as {
        headers?: Record<string, { schema: { type: string } }>;
      };
      expect(tooMany?.headers?.['Retry-After']?.schema.type, route.id).toBe('integer');
    }
    // The routes that mail or store for anyone (ADR 085) answer RATE_LIMITED of their own.
    for (const id of ['StartApplication', 'CreateSession', 'StaffSignIn', 'CreateStaffSession']) {
      const route = functionsOf('http').find((candidate) => candidate.id === id)!;
      expect(errorCodesOf(route), id).toContain('RATE_LIMITED');
    }
  });

  it('documents key ids, single-use links and sign-out in the JWT schemes (ADR 086)', () => {
    const { applicantSession, reviewLink } = raw.components.securitySchemes;
    for (const scheme of [applicantSession!, reviewLink!]) expect(scheme.description).toMatch(/`kid`/);
    expect(applicantSession!.description).toMatch(/good once/);
    expect(applicantSession!.description).toMatch(/sign-out/);
  });

  it('compiles every response schema under Ajv 2020-12 in strict mode', () => {
    expect(contract.compileAll()).toBeGreaterThan(60);
  });

  it('documents the error bodies with their extra properties', () => {
    const conflict = { code: 'VERSION_CONFLICT', message: 'Endret', currentVersion: 3, current: {} };
    expect(
      contract.check('PUT', '/applications/01A/draft', {
        status: 409,
        ...json({ ...conflict, updatedAt: '2026-01-01T00:00:00.000Z' }),
      }),
    ).toBeUndefined();
    expect(
      contract.check('PUT', '/applications/01A/draft', { status: 409, ...json({ ...conflict, extra: 1 }) }),
    ).toMatch(/additional properties 'extra'/);
    expect(
      contract.check('POST', '/review/finalise', {
        status: 409,
        ...json({ code: 'STAGE_INCOMPLETE', message: 'x' }),
      }),
    ).toMatch(/must have required property 'missing'/);
    expect(
      contract.check('POST', '/review/finalise', {
        status: 409,
        ...json({ code: 'COUNTY_NOT_YOURS', message: 'x' }),
      }),
    ).toMatch(/error code "COUNTY_NOT_YOURS" is not documented for this status/);
  });

  it('refuses an undocumented operation, status, content type or a body on 204', () => {
    const empty = { contentType: undefined, bytes: Buffer.alloc(0) };
    expect(contract.check('GET', '/nowhere', { status: 404, ...json({}) })).toMatch(/no operation/);
    expect(contract.check('GET', '/rounds', { status: 418, ...json({}) })).toMatch(
      /does not list this status/,
    );
    expect(
      contract.check('DELETE', '/applications/a/attachments/b', { status: 204, ...empty }),
    ).toBeUndefined();
    expect(contract.check('DELETE', '/applications/a/attachments/b', { status: 204, ...json({}) })).toMatch(
      /no content/,
    );
    expect(
      contract.check('GET', '/review/export?format=csv', {
        status: 200,
        contentType: 'text/csv; charset=utf-8',
        bytes: Buffer.from('a,b\r\n'),
      }),
    ).toBeUndefined();
    expect(
      contract.check('GET', '/review/export', {
        status: 200,
        contentType: 'text/html',
        bytes: Buffer.from('<p>'),
      }),
    ).toMatch(/content type text\/html is not in the document/);
  });
});

describe('GET /rounds', () => {
  it('answers what its schema says: no committees, the period state', () => {
    const rounds = listRoundsWithContent().map((round) =>
      publicRoundView(round, configuredDates(round), new Date('2026-01-01T00:00:00Z')),
    );
    for (const round of rounds) {
      expect(round).not.toHaveProperty('committees');
      expect(round).toHaveProperty('applicationPeriodState');
    }
    expect(contract.check('GET', '/rounds', { status: 200, ...json({ rounds }) })).toBeUndefined();
    const withCommittees = listRoundsWithContent().map((round) => ({ ...round, ...rounds[0] }));
    expect(contract.check('GET', '/rounds', { status: 200, ...json({ rounds: withCommittees }) })).toMatch(
      /additional properties 'committees'/,
    );
  });
});

describe('the stage an applicant sees', () => {
  it('is IN_REVIEW from submission to the announcement, whatever the committees decided', () => {
    for (const stage of [
      'SUBMITTED',
      'EXPERT_REVIEW',
      'GEOGRAPHIC_REVIEW',
      'FINAL_REVIEW',
      'AWAITING_ANNOUNCEMENT',
      undefined,
    ] as const) {
      expect(applicantStage({ status: 'SUBMITTED', stage }), String(stage)).toBe('IN_REVIEW');
    }
    expect(applicantStage({ status: 'SUBMITTED', stage: 'ANNOUNCED' })).toBe('ANNOUNCED');
    expect(applicantStage({ status: 'DRAFT', stage: undefined })).toBe('DRAFT');
    expect(applicantStage({ status: 'WITHDRAWN', stage: 'WITHDRAWN' })).toBe('WITHDRAWN');
  });
});
