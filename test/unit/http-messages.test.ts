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
import { functionsOf } from '../../functions/registry.ts';
import { REPO_ROOT } from '../../infra/bundling.ts';
import { STRUCTURAL_ISSUE_CODES, SUBMISSION_ISSUE_CODES } from '../../shared/domain/application.ts';
import { messages } from '../../shared/i18n/messages.ts';

/**
 * Each auth kind's entry to the HTTP wrapper (functions/http/<kind>.ts) carries only the
 * messages its routes can answer, so that a route bundles no other area's text (ADR 077). What a
 * route can answer is derived, not listed: the codes its declaration says it may answer (its own,
 * and those its auth kind, path and body imply — the OpenAPI document's list), the structural
 * field issues of a body, the scheme's rules where a submission is validated, and every message
 * code named anywhere in the code the route runs (its bundle, tree-shaken, without the
 * catalogues): a field issue or text key a service adds.
 */
const KINDS: { [K in AuthKind]: AuthKindCheck<K> } = {
  public: publicKind,
  applicant: applicantKind,
  reviewer: reviewerKind,
  staff: staffKind,
};

const CODE_LITERAL = /["'`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["'`]/g;

/**
 * The catalogues themselves stay out, so that only codes the code names are found; and so does
 * the OpenAPI document, which names every code and answers none.
 */
const withoutCatalogues: Plugin = {
  name: 'without-catalogues',
  setup(builder) {
    const left =
      /\/shared\/i18n\/(api|review|secretariat|submission|messages|index)\.ts$|\/functions\/openapi\/document\.ts$/;
    builder.onResolve({ filter: /\.ts$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return left.test(path) ? { path, external: true } : undefined;
    });
  },
};

/** Every message code named in the code a route runs. */
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

describe("each auth kind's messages", () => {
  it("have a message for every code and field issue each of the kind's routes can answer", async () => {
    for (const route of functionsOf('http')) {
      const catalogue = routeMessages(route, KINDS[route.auth]);
      const named = await codesNamedBy(route.entry);
      const answered = [
        ...errorCodesOf(route),
        ...(route.request || route.requestByCommittee || route.query ? STRUCTURAL_ISSUE_CODES : []),
        ...named,
        ...(named.includes('TITLE_REQUIRED') ? SUBMISSION_ISSUE_CODES : []),
      ];
      const missing = [...new Set(answered)].filter((code) => !Object.hasOwn(catalogue, code));
      expect(missing, `${route.id} (${route.auth})`).toEqual([]);
    }
  }, 60_000);

  it('are the catalogue’s own entries, not copies', () => {
    for (const kind of Object.values(KINDS)) {
      for (const [code, entry] of Object.entries(kind.messages)) {
        expect(entry, code).toBe(messages[code as keyof typeof messages]);
      }
    }
  });

  it('leave out the areas a kind never answers', () => {
    expect(Object.hasOwn(publicKind.messages, 'NOT_CHAIR')).toBe(false);
    expect(Object.hasOwn(publicKind.messages, 'TITLE_REQUIRED')).toBe(false);
    expect(Object.hasOwn(publicKind.messages, 'JOIN_MUNICIPALITY_NOT_IN_APPLICATION')).toBe(false);
    // The attachments' answers with the applicant's routes only (ADR 115).
    expect(Object.hasOwn(applicantKind.messages, 'ATTACHMENT_MALWARE_FOUND')).toBe(true);
    for (const kind of [publicKind, reviewerKind, staffKind]) {
      expect(Object.hasOwn(kind.messages, 'ATTACHMENT_MALWARE_FOUND')).toBe(false);
    }
    expect(Object.hasOwn(applicantKind.messages, 'NOT_CHAIR')).toBe(false);
    expect(Object.hasOwn(reviewerKind.messages, 'TITLE_REQUIRED')).toBe(false);
    // The scheme's rules only where a route runs them (its declaration's messages, ADR 115).
    expect(Object.hasOwn(applicantKind.messages, 'TITLE_REQUIRED')).toBe(false);
    const withRules = functionsOf('http').filter(
      (route) => route.messages && 'TITLE_REQUIRED' in route.messages,
    );
    expect(withRules.map((route) => route.id).sort()).toEqual([
      'DownloadOwnData',
      'GetApplication',
      'SubmitApplication',
    ]);
  });
});
