import { describe, expect, it } from 'vitest';
import { openApiDocument, operations } from '../../functions/openapi/document.ts';
import { routes } from '../../functions/routes.ts';
import { applicantStage, publicRoundView } from '../../shared/api/views.ts';
import { listRounds } from '../../shared/domain/rounds/index.ts';
import { configuredDates } from '../../shared/review/schedule.ts';
import { Contract, type OpenApiDocument } from '../support/openapi.ts';

/**
 * The OpenAPI document itself: one entry per route, every schema a valid JSON Schema 2020-12
 * (Ajv, strict), and the contract check that the integration tests run on every answer.
 */
const document = openApiDocument() as unknown as OpenApiDocument;
const contract = new Contract(document);
const json = (value: unknown) => ({
  contentType: 'application/json; charset=utf-8',
  bytes: Buffer.from(JSON.stringify(value)),
});

describe('the OpenAPI document', () => {
  it('has one operation per route and none besides', () => {
    expect(Object.keys(operations).sort()).toEqual(routes.map((route) => route.id).sort());
    expect(contract.operationIds().sort()).toEqual(routes.map((route) => route.id).sort());
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
    const rounds = listRounds().map((round) =>
      publicRoundView(round, configuredDates(round), new Date('2026-01-01T00:00:00Z')),
    );
    for (const round of rounds) {
      expect(round).not.toHaveProperty('committees');
      expect(round).toHaveProperty('applicationPeriodState');
    }
    expect(contract.check('GET', '/rounds', { status: 200, ...json({ rounds }) })).toBeUndefined();
    const withCommittees = listRounds().map((round) => ({ ...round, ...rounds[0] }));
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
