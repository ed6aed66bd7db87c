import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { AuthKind } from '../../functions/declare.ts';
import { routeMessages, type AuthKindCheck } from '../../functions/http.ts';
import { applicantKind } from '../../functions/http/applicant.ts';
import { publicKind } from '../../functions/http/public.ts';
import { reviewerKind } from '../../functions/http/reviewer.ts';
import { staffKind } from '../../functions/http/staff.ts';
import { errorCodesOf, impliedErrorCodesOf } from '../../functions/openapi/document.ts';
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
 * a body's structural issues, the kind's refusals) and its declaration's own (`answers`, the error
 * codes it answers with their texts, and `messages`). What a route can answer is derived, not
 * listed: the codes its auth kind, path and body imply, the structural field issues of a body, the
 * scheme's rules where a submission is validated, and every message code or text key named
 * anywhere in the code the route runs (its bundle, tree-shaken, without the catalogues): a code it
 * throws, a field issue or text a service adds. The declaration's `answers` are not counted (ADR
 * 125): they are what is checked, and the OpenAPI document lists them.
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

/** The code a route runs (or a kind's module alone), tree-shaken, without the catalogues. */
async function bundled(entry: string): Promise<string> {
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
  return result.outputFiles[0]!.text;
}

/** Every message code or text key named in the code a route runs. */
function codesNamedIn(code: string): string[] {
  return [...new Set([...code.matchAll(CODE_LITERAL)].map((match) => match[1]!))].filter((name) =>
    Object.hasOwn(messages, name),
  );
}

/** The error codes of the domain errors a bundle can throw (`new DomainError('READ_ONLY', …)`). */
const THROWN = /new DomainError\d*\(\s*["'`]([A-Z_]+)["'`]/g;
function codesThrownIn(code: string): Set<string> {
  return new Set([...code.matchAll(THROWN)].map((match) => match[1]!));
}

/** Every code and text key a route can answer, its declaration's `answers` aside. */
function answeredBy(route: RegisteredFunction<'http'>, code: string): Set<string> {
  const named = codesNamedIn(code);
  return new Set([
    ...impliedErrorCodesOf(route),
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
    const kindCode = new Map<AuthKind, Set<string>>();
    for (const route of functionsOf('http')) {
      const code = await bundled(route.entry);
      const catalogue = routeMessages(route, KINDS[route.auth]);
      const answered = answeredBy(route, code);
      const missing = [...answered].filter((key) => !Object.hasOwn(catalogue, key));
      expect(missing, `${route.id} (${route.auth}) lacks`).toEqual([]);
      // What a route answers (its declaration's `answers`) or carries one by one it can give: a
      // code left in a declaration (or put in a kind) after the route stopped answering it fails
      // here, and so does a code the route never gives.
      const unanswered = Object.keys(route.answers ?? {}).filter((key) => !answered.has(key));
      expect(unanswered, `${route.id} (${route.auth}) answers what its code never gives`).toEqual([]);
      const extra = Object.keys(catalogue).filter((key) => namedOneByOne.has(key) && !answered.has(key));
      expect(extra, `${route.id} (${route.auth}) carries`).toEqual([]);
      // And the OpenAPI document lists every error the route's own code throws (what the wrapper
      // and the kind's check throw is the kind's and the document's, by auth kind, path and body).
      const wrapper =
        kindCode.get(route.auth) ?? codesThrownIn(await bundled(`functions/http/${route.auth}.ts`));
      kindCode.set(route.auth, wrapper);
      const documented = new Set<string>(errorCodesOf(route));
      const undocumented = [...codesThrownIn(code)].filter(
        (thrown) => !wrapper.has(thrown) && !documented.has(thrown),
      );
      expect(undocumented, `${route.id} (${route.auth}) throws, not in its answers`).toEqual([]);
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
    // The scheme's rules only where a route runs them (ADR 115; the own-data download shows the
    // outcome, not the view's unmet rules, ADR 126), a report's only on the report's routes (ADR 119).
    const carrying = (code: string) =>
      functionsOf('http')
        .filter((route) => Object.hasOwn(routeMessages(route, KINDS[route.auth]), code))
        .map((route) => route.id)
        .sort();
    expect(carrying('TITLE_REQUIRED')).toEqual(['GetApplication', 'SubmitApplication']);
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
