import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { AuthKind } from '../../functions/declare.ts';
import { routeMessages, type AuthKindCheck } from '../../functions/http.ts';
import { applicantKind } from '../../functions/http/applicant.ts';
import { publicKind } from '../../functions/http/public.ts';
import { reviewerKind } from '../../functions/http/reviewer.ts';
import { staffKind } from '../../functions/http/staff.ts';
import { errorCodesOf } from '../../functions/openapi/document.ts';
import { functionsOf, type RegisteredFunction } from '../../functions/registry.ts';
import { REPO_ROOT } from '../../infra/bundling.ts';
import { STRUCTURAL_ISSUE_CODES, SUBMISSION_ISSUE_CODES } from '../../shared/domain/application.ts';
import { apiMessages, commonMessages, structuralMessages } from '../../shared/i18n/api.ts';
import { coeditingMessages } from '../../shared/i18n/coediting.ts';
import { grantMessages, reportMessages } from '../../shared/i18n/grants.ts';
import { messages } from '../../shared/i18n/messages.ts';
import { reviewLinkMessages, reviewMessages } from '../../shared/i18n/review.ts';
import { secretariatMessages } from '../../shared/i18n/secretariat.ts';

/**
 * Each route carries only the messages it can answer, so that its bundle holds no other route's
 * text (ADR 077, 115, 119): its auth kind's (functions/http/<kind>.ts: what every route answers,
 * a body's structural issues, the kind's refusals) and its declaration's own (`messages`). What a
 * route can answer is derived, not listed: the codes its declaration says it may answer (its own,
 * and those its auth kind, path and body imply — the OpenAPI document's list), the structural
 * field issues of a body, the scheme's rules where a submission is validated, and every message
 * code or text key named anywhere in the code the route runs (its bundle, tree-shaken, without
 * the catalogues): a field issue or text a service adds.
 */
const KINDS: { [K in AuthKind]: AuthKindCheck<K> } = {
  public: publicKind,
  applicant: applicantKind,
  reviewer: reviewerKind,
  staff: staffKind,
};

/** A code (`'READ_ONLY'`) or a text key (`'grant.report.readOnly'`) as a string in the code. */
const CODE_LITERAL = /["'`]([A-Za-z][\w.]*)["'`]/g;

/**
 * The catalogues themselves stay out, so that only codes the code names are found; and so does
 * the OpenAPI document, which names every code and answers none.
 */
const withoutCatalogues: Plugin = {
  name: 'without-catalogues',
  setup(builder) {
    const left =
      /\/shared\/i18n\/(api|attachments|coediting|grants|review|secretariat|submission|messages|index)\.ts$|\/functions\/openapi\/document\.ts$/;
    builder.onResolve({ filter: /\.ts$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return left.test(path) ? { path, external: true } : undefined;
    });
  },
};

/** Every message code or text key named in the code a route runs. */
async function codesNamedBy(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    plugins: [withoutCatalogues],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return [...new Set([...code.matchAll(CODE_LITERAL)].map((match) => match[1]!))].filter((name) =>
    Object.hasOwn(messages, name),
  );
}

/** Every code and text key a route can answer. */
async function answeredBy(route: RegisteredFunction<'http'>): Promise<Set<string>> {
  const named = await codesNamedBy(route.entry);
  return new Set([
    ...errorCodesOf(route),
    ...(route.request || route.requestByCommittee || route.query ? STRUCTURAL_ISSUE_CODES : []),
    ...named,
    ...(named.includes('TITLE_REQUIRED') ? SUBMISSION_ISSUE_CODES : []),
  ]);
}

/**
 * The answers a route's declaration names one by one (each its own export, ADR 119): the API's
 * that not every route gives, the co-editors', the grants', the committees' and the secretariat's.
 */
const namedOneByOne = new Set(
  [apiMessages, coeditingMessages, grantMessages, reviewMessages, secretariatMessages]
    .flatMap((catalogue) => Object.keys(catalogue))
    .filter((code) => !Object.hasOwn(commonMessages, code) && !Object.hasOwn(reportMessages, code)),
);

describe("each route's messages", () => {
  it('have a message for every code, field issue and text each route can answer, and no answer it cannot give', async () => {
    for (const route of functionsOf('http')) {
      const catalogue = routeMessages(route, KINDS[route.auth]);
      const answered = await answeredBy(route);
      const missing = [...answered].filter((code) => !Object.hasOwn(catalogue, code));
      expect(missing, `${route.id} (${route.auth}) lacks`).toEqual([]);
      // What a route carries one by one it answers: a code left in a declaration (or put in a
      // kind) after the route stopped answering it fails here.
      const extra = Object.keys(catalogue).filter((code) => namedOneByOne.has(code) && !answered.has(code));
      expect(extra, `${route.id} (${route.auth}) carries`).toEqual([]);
    }
  }, 120_000);

  it('are the catalogue’s own entries, not copies', () => {
    for (const route of functionsOf('http')) {
      for (const [code, entry] of Object.entries(routeMessages(route, KINDS[route.auth]))) {
        expect(entry, `${route.id}: ${code}`).toBe(messages[code as keyof typeof messages]);
      }
    }
  });

  it("leave to each route's declaration what only some routes of a kind answer", () => {
    // A kind holds what every route answers, a body's structural issues and its own refusals.
    const every = Object.keys({ ...commonMessages, ...structuralMessages });
    const keys = (catalogue: object) => Object.keys(catalogue).sort();
    expect(keys(publicKind.messages)).toEqual([...every].sort());
    expect(keys(applicantKind.messages)).toEqual([...every, 'UNAUTHORIZED', 'FORBIDDEN'].sort());
    expect(keys(staffKind.messages)).toEqual([...every, 'UNAUTHORIZED'].sort());
    expect(keys(reviewerKind.messages)).toEqual([...every, ...Object.keys(reviewLinkMessages)].sort());
    // The scheme's rules only where a route runs them (ADR 115), a report's only on the report's
    // routes (ADR 119).
    const carrying = (code: string) =>
      functionsOf('http')
        .filter((route) => Object.hasOwn(routeMessages(route, KINDS[route.auth]), code))
        .map((route) => route.id)
        .sort();
    expect(carrying('TITLE_REQUIRED')).toEqual(['DownloadOwnData', 'GetApplication', 'SubmitApplication']);
    expect(carrying('REPORT_ACTIVITY_REQUIRED')).toEqual([
      'CreateReportAttachmentUpload',
      'DeleteReportAttachment',
      'GetReport',
      'GetStaffReport',
      'ReviewReport',
      'SaveReport',
      'SubmitReport',
    ]);
  });
});
