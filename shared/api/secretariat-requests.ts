/**
 * The secretariat console's request bodies (ADR 093–094): parsed by the HTTP wrapper with the
 * route's declaration, shown in the OpenAPI document. Strict and bounded like every request
 * body (shared/api/requests.ts). Marked pure, so a function bundles only the schema it parses.
 */
import * as z from 'zod/mini';
import { COMMITTEES } from '../domain/committees.ts';

const locale = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['nb', 'nn', 'en']));

/** POST /staff/sign-in: the address (answered alike whether or not it is on the allow-list). */
export const staffSignInRequest = /* @__PURE__ */ z.strictObject({
  email: /* @__PURE__ */ z.email().check(/* @__PURE__ */ z.maxLength(254)),
  locale,
});

/** POST /staff/sessions: the sign-in link's token (from the page's URL fragment). */
export const staffSessionRequest = /* @__PURE__ */ z.strictObject({
  token: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(4096)),
});

/** POST /staff/applications/{applicationId}/withdraw: the applicant's written request, in short. */
export const staffWithdrawRequest = /* @__PURE__ */ z.strictObject({
  reason: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(2000)),
});

/** POST /staff/rounds/{roundId}/links: a member of a committee (ids: `npm run admin -- committees`). */
export const staffIssueLinkRequest = /* @__PURE__ */ z.strictObject({
  committee: /* @__PURE__ */ z.enum(COMMITTEES),
  memberId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64)),
});

const instant = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.iso.datetime({ offset: true }).check(/* @__PURE__ */ z.maxLength(40)),
);

/** POST /staff/rounds/{roundId}/dates: the dates to move, each an instant (at least one). */
export const staffMoveDatesRequest = /* @__PURE__ */ z.strictObject({
  applicationCloses: instant,
  expert: instant,
  geographic: instant,
  final: instant,
  announcement: instant,
  /** After the award (ADR 113): the acceptance deadline, and report due dates by school year. */
  acceptBy: instant,
  reportsDue: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.record(
      /* @__PURE__ */ z
        .string()
        .check(/* @__PURE__ */ z.maxLength(9), /* @__PURE__ */ z.regex(/^\d{4}-\d{4}$/)),
      /* @__PURE__ */ z.iso.datetime({ offset: true }).check(/* @__PURE__ */ z.maxLength(40)),
    ),
  ),
});
