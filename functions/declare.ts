/**
 * How a function of the portal is declared — the vocabulary of the registry
 * (functions/registry.ts). A declaration says everything about one function once: what
 * triggers it (an HTTP route, a workflow task, an S3 event, a schedule), what it may touch
 * (`access`) and where its handler is (`entry`). infra/, local/ and the OpenAPI document read
 * declarations; nothing about a function is written anywhere else.
 *
 * The factories are marked free of side effects, so a handler that imports its own
 * declaration from the registry bundles that declaration alone: esbuild drops the others and
 * the schemas only they use.
 */
import * as z from 'zod/mini';
import type * as Responses from '../shared/api/responses.ts';
import type { Committee } from '../shared/domain/committees.ts';
import { roundIdSchema } from '../shared/domain/rounds/schema.ts';
import type { ErrorCode } from '../shared/errors.ts';
import type { Catalogue, Entry } from '../shared/i18n/catalogue.ts';
import type { MailEventType } from '../shared/mail/events.ts';
import type { WorkflowTaskName } from '../shared/workflow/definition.ts';

/** What a function may touch; infra/access.ts turns each into exact IAM statements. */
export type Access =
  | 'table:read' // GetItem, BatchGetItem, Query
  | 'table:write' // PutItem, UpdateItem, DeleteItem (conditional)
  | 'bucket:read' // GetObject, GetObjectVersion (presigned GET of a frozen copy's version; the verifier's read)
  | 'bucket:write' // PutObject (presigned POST; the verifier's frozen copy)
  | 'bucket:delete' // DeleteObject
  | 'bucket:list' // ListBucket, ListBucketVersions (the erase finds every version under an application's prefixes)
  | 'bucket:erase' // DeleteObjectVersion (the erase removes every version for good, ADR 089)
  | 'mail:send' // ses:SendEmail
  | 'workflow:start' // states:StartExecution
  | 'workflow:stop' // states:StopExecution
  | 'workflow:callback' // states:SendTaskSuccess, states:SendTaskFailure (resume a waiting stage)
  | 'signing-key:read' // secretsmanager:GetSecretValue on the signing key
  | 'staff-list:read' // the secretariat's allow-list of staff addresses: configuration in the environment, no IAM (ADR 093)
  | 'audit-sink:write'; // s3:PutObject into the audit trail's immutable copy (ADR 087)

/**
 * Who may call an HTTP route. The HTTP wrapper (functions/http.ts) checks it before the route
 * runs, so a route cannot forget to:
 * - `public` — anyone (the rounds, the awards, the API description, asking for a magic link);
 * - `applicant` — a session token (a magic link exchanged at POST /sessions) for the
 *   application in the path: every applicant route names `{applicationId}`;
 * - `reviewer` — a committee member's review link, checked against its record in the table
 *   (issued, not revoked) and the round's configuration; a route may admit some committees only.
 * - `staff` — a staff member of the secretariat: a session (a sign-in link to an allow-listed
 *   address, exchanged at POST /staff/sessions) checked against its record, its idle limit and
 *   the allow-list (ADR 093).
 * (A new kind here makes the wrapper's, the document's and infra's tables fail the type check
 * until each says how it is checked.)
 */
export type AuthKind = 'public' | 'applicant' | 'reviewer' | 'staff';

/** What checking each kind's token needs, granted to every route of that kind. */
export const AUTH_ACCESS = {
  public: [],
  applicant: ['signing-key:read', 'table:read'], // the session's record (ADR 086)
  reviewer: ['signing-key:read', 'table:read'],
  staff: ['signing-key:read', 'table:read', 'table:write', 'staff-list:read'], // the session's record, kept alive, and the list (ADR 093)
} as const satisfies Record<AuthKind, readonly Access[]>;

/** A success body's name in shared/api/responses.ts. */
export type ResponseName = {
  [K in keyof typeof Responses]: (typeof Responses)[K] extends z.core.$ZodType ? K : never;
}[keyof typeof Responses];

/** A success answer: what it means, and its body — JSON by schema name, a file, or none. */
export interface Answer {
  readonly description: string;
  readonly body?: ResponseName | { readonly files: readonly string[] };
}

interface Common {
  /** What the function does (the console's description, the document's summary). */
  readonly summary: string;
  /** The handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  /** What the handler needs besides what its trigger implies (e.g. its auth kind's key). */
  readonly access: readonly Access[];
  /** @default 10 */
  readonly timeoutSeconds?: number;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpDeclaration extends Common {
  readonly trigger: 'http';
  readonly method: Method;
  /** The API Gateway path, with `{param}` placeholders named in PATH_PARAMETERS (functions/http.ts). */
  readonly path: string;
  readonly auth: AuthKind;
  /** Reviewer routes only: the committees whose members may call it (default: all). */
  readonly committees?: readonly Committee[];
  /** The JSON body, parsed by the wrapper before the route runs. */
  readonly request?: z.core.$ZodType;
  /** Reviewer routes: the body by the caller's committee (the committees that may call it). */
  readonly requestByCommittee?: Partial<Record<Committee, z.core.$ZodType>>;
  /** Query parameters, parsed by the wrapper (a reviewer's `?committee=` is the auth kind's). */
  readonly query?: z.core.$ZodObject;
  /** Success answers by status. */
  readonly responses: Readonly<Record<number, Answer>>;
  /**
   * The error codes the route itself answers, each with its text, each its catalogue's export:
   * `{ ROUND_NOT_FOUND, READ_ONLY, VERSION_CONFLICT }` — written once (ADR 125). The OpenAPI
   * document lists these and those its auth kind, path, query and body imply
   * (`errorCodesOf`, functions/openapi/document.ts); the wrapper answers them in the caller's
   * language, so that only this route's bundle carries their texts (ADR 115, 119). A key that
   * is no error code fails the type check.
   */
  readonly answers?: { readonly [C in ErrorCode]?: Entry };
  /**
   * Other texts the route's answers carry besides its auth kind's (functions/http/<kind>.ts):
   * field issues it adds (`{ SCHOOL_YEAR_UNKNOWN }`) and an area's catalogue it answers whole (the
   * scheme's rules where it runs them, a report's). Several as a list, not spread into one
   * object: a spread is kept in every bundle of the module's declarations. A code here is a text,
   * not an answer the document lists: a field issue named like an error code (StartApplication's
   * `ROUND_NOT_FOUND` for its body's round), or an error code of a catalogue given whole that only
   * the routes whose `answers` name it give (ATTACHMENT_LIMIT_REACHED).
   * `test/unit/http-messages.test.ts` proves each route has every message it can answer, answers
   * nothing its code never gives, and its document lists every error its own code throws.
   */
  readonly messages?: Catalogue | readonly Catalogue[];
}

export interface TaskDeclaration extends Common {
  readonly trigger: 'workflow-task';
  /** The Task state(s) of the workflow definition it runs (shared/workflow/definition.ts). */
  readonly task: WorkflowTaskName;
}

export interface S3EventDeclaration extends Common {
  readonly trigger: 's3-event';
  /** ObjectCreated under this prefix of the attachment bucket. */
  readonly prefix: string;
}

export interface ScheduleDeclaration extends Common {
  readonly trigger: 'schedule';
  readonly everyMinutes: number;
}

export interface MailEventDeclaration extends Common {
  readonly trigger: 'mail-event';
  /** The SES events of the portal's configuration set it receives, through EventBridge (ADR 083). */
  readonly events: readonly MailEventType[];
}

export interface MalwareScanDeclaration extends Common {
  readonly trigger: 'malware-scan';
  /**
   * The prefix of the attachment bucket whose objects are scanned for malware: GuardDuty
   * Malware Protection for S3 in AWS, the local scanner adapter locally; each scan's result
   * event ("GuardDuty Malware Protection Object Scan Result", through EventBridge) reaches the
   * function (ADR 089).
   */
  readonly prefix: string;
}

export interface TableStreamDeclaration extends Common {
  readonly trigger: 'table-stream';
  /** The table's stream, filtered to the items whose partition key starts with this (ADR 087). */
  readonly partitionPrefix: string;
}

export type Declaration =
  | TableStreamDeclaration
  | HttpDeclaration
  | TaskDeclaration
  | S3EventDeclaration
  | ScheduleDeclaration
  | MailEventDeclaration
  | MalwareScanDeclaration;

/** Ids are ULIDs (26 characters of Crockford's base 32, as `ulid` makes them). */
const ulid = /* @__PURE__ */ (() => z.string().check(z.length(26), z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/)))();

/**
 * Every path parameter a route may name, and its form. The wrapper answers 404 NOT_FOUND for a
 * value of another form (after checking the caller); the document states the form.
 */
export const PATH_PARAMETERS = {
  applicationId: ulid,
  attachmentId: ulid,
  coeditorId: ulid,
  requestId: ulid,
  linkId: ulid, // a committee member's review link (the secretariat revokes it by id)
  roundId: roundIdSchema,
} as const satisfies Record<string, z.core.$ZodString>;
export type PathParameter = keyof typeof PATH_PARAMETERS;

/** `{a}/x/{b}` → 'a' | 'b'. */
export type PathParameterNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParameterNames<Rest>
  : never;

/** An applicant's session is for one application: its routes name it in the path. */
type ApplicantNamesApplication<D> = D extends { auth: 'applicant'; path: infer P extends string }
  ? 'applicationId' extends PathParameterNames<P>
    ? unknown
    : { path: `applicant routes name {applicationId}; ${P} does not` }
  : unknown;

/** Committee restrictions belong to reviewer routes, and are said once. */
type CommitteesOnlyForReviewers<D> = D extends { committees: unknown; requestByCommittee: unknown }
  ? { committees: 'requestByCommittee already names the committees' }
  : D extends { auth: 'public' | 'applicant' | 'staff' } & (
        { committees: unknown } | { requestByCommittee: unknown }
      )
    ? { auth: 'committees and requestByCommittee are for reviewer routes' }
    : unknown;

/** A path names only parameters whose form PATH_PARAMETERS knows. */
type KnownPathParameters<D> = D extends { path: infer P extends string }
  ? Exclude<PathParameterNames<P>, PathParameter> extends never
    ? unknown
    : {
        path: `unknown path parameter {${Exclude<PathParameterNames<P>, PathParameter>}}: add it to PATH_PARAMETERS`;
      }
  : unknown;

/** A route's answers are error codes; a field issue or another text is one of its `messages`. */
type AnswersAreErrorCodes<D> = D extends { answers: infer A }
  ? Exclude<keyof A, ErrorCode> extends never
    ? unknown
    : { answers: `not an error code: ${Exclude<keyof A, ErrorCode> & string} (a text goes in messages)` }
  : unknown;

/** An HTTP route. */
/* @__NO_SIDE_EFFECTS__ */
export function http<const D extends Omit<HttpDeclaration, 'trigger'>>(
  declaration: D &
    ApplicantNamesApplication<D> &
    CommitteesOnlyForReviewers<D> &
    KnownPathParameters<D> &
    AnswersAreErrorCodes<D>,
): D & { readonly trigger: 'http' } {
  return { ...declaration, trigger: 'http' };
}

/** A Lambda task of the workflow's state machine. */
/* @__NO_SIDE_EFFECTS__ */
export function workflowTask<const D extends Omit<TaskDeclaration, 'trigger'>>(
  declaration: D,
): D & { readonly trigger: 'workflow-task' } {
  return { ...declaration, trigger: 'workflow-task' };
}

/** A function S3 invokes (asynchronously) for objects created under a prefix. */
/* @__NO_SIDE_EFFECTS__ */
export function s3Event<const D extends Omit<S3EventDeclaration, 'trigger'>>(
  declaration: D,
): D & { readonly trigger: 's3-event' } {
  return { ...declaration, trigger: 's3-event' };
}

/** A function run on a schedule (EventBridge in AWS; an interval on the local stack). */
/* @__NO_SIDE_EFFECTS__ */
export function schedule<const D extends Omit<ScheduleDeclaration, 'trigger'>>(
  declaration: D,
): D & { readonly trigger: 'schedule' } {
  return { ...declaration, trigger: 'schedule' };
}

/** A function SES's bounce and complaint events reach (EventBridge in AWS; fed by tests locally). */
/* @__NO_SIDE_EFFECTS__ */
export function mailEvent<const D extends Omit<MailEventDeclaration, 'trigger'>>(
  declaration: D,
): D & { readonly trigger: 'mail-event' } {
  return { ...declaration, trigger: 'mail-event' };
}

/** A function the malware scan's result events of a bucket prefix reach (ADR 089). */
/* @__NO_SIDE_EFFECTS__ */
export function malwareScan<const D extends Omit<MalwareScanDeclaration, 'trigger'>>(
  declaration: D,
): D & { readonly trigger: 'malware-scan' } {
  return { ...declaration, trigger: 'malware-scan' };
}

/** A function the table's stream reaches, for the items of a partition prefix (ADR 087). */
/* @__NO_SIDE_EFFECTS__ */
export function tableStream<const D extends Omit<TableStreamDeclaration, 'trigger'>>(
  declaration: D,
): D & { readonly trigger: 'table-stream' } {
  return { ...declaration, trigger: 'table-stream' };
}

/** Everything a function needs granted: its own list and what its trigger implies. */
export function accessOf(declaration: Declaration): readonly Access[] {
  const implied = declaration.trigger === 'http' ? AUTH_ACCESS[declaration.auth] : [];
  return [...new Set([...implied, ...declaration.access])];
}

/** The committees whose members may call a reviewer route. */
export function committeesOf(declaration: HttpDeclaration): readonly Committee[] | undefined {
  return (
    declaration.committees ??
    (declaration.requestByCommittee
      ? (Object.keys(declaration.requestByCommittee) as Committee[])
      : undefined)
  );
}
