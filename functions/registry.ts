/**
 * THE MAP OF THE PORTAL: every function, declared once.
 *
 * Each declaration (functions/<capability>/declarations.ts) says what triggers the function —
 * an HTTP route (method, path, who may call it, its body, query and answers), a task of the
 * application workflow, an S3 event, a schedule — what it may touch (`access`) and where its
 * handler is (`entry`). The vocabulary is in functions/declare.ts. Everything else derives
 * from this registry:
 *
 *   infra/           one Lambda per declaration with its IAM grants (`access` and what its auth
 *                    kind needs), the HTTP API's routes and their cdk-nag reasons (from the auth
 *                    kind), the state machine's definitionSubstitutions, the S3 notification,
 *                    the EventBridge schedule;
 *   local/           the local API Gateway's routes, the local Step Functions' task bindings, the
 *                    S3 event target and the scheduled runs;
 *   functions/http.ts  the wrapper that checks the caller and parses path, query and body before
 *                    the route runs, so a handler receives them typed;
 *   GET /openapi.json  paths, parameters, bodies, answers, security, summaries and error
 *                    answers (functions/openapi/document.ts).
 *
 * A handler imports its own declaration from its capability's module (not from here, so its
 * bundle holds no other capability's schemas): `httpHandler(UpdateDraft)(async ({ applicant,
 * body }) => …)`. To add a function: declare it in its capability's declarations.ts, write the
 * handler with the rules in a shared service, and run the tests — the infra, local-gateway and
 * document tests read this registry. See docs/architecture.md.
 */
import * as attachments from './attachments/declarations.ts';
import * as coediting from './coediting/declarations.ts';
import type { Declaration } from './declare.ts';
import * as grants from './grants/declarations.ts';
import * as letters from './letters/declarations.ts';
import * as openapi from './openapi/declarations.ts';
import * as ops from './ops/declarations.ts';
import * as privacy from './privacy/declarations.ts';
import * as review from './review/declarations.ts';
import * as rounds from './rounds/declarations.ts';
import * as secretariat from './secretariat/declarations.ts';
import * as submission from './submission/declarations.ts';
import * as workflow from './workflow/declarations.ts';

/** The declarations among a module's exports. */
type DeclarationsOf<M> = { [K in keyof M as M[K] extends Declaration ? K : never]: M[K] };

const isDeclaration = (value: unknown): value is Declaration =>
  typeof value === 'object' && value !== null && 'trigger' in value && 'entry' in value;

function declarationsOf<M extends object>(module: M): DeclarationsOf<M> {
  return Object.fromEntries(
    Object.entries(module).filter(([, value]) => isDeclaration(value)),
  ) as DeclarationsOf<M>;
}

/** Every function of the portal, by id (the CDK construct id and the function name's stem). */
export const registry = {
  ...declarationsOf(rounds),
  ...declarationsOf(openapi),
  ...declarationsOf(submission),
  ...declarationsOf(attachments),
  ...declarationsOf(coediting),
  ...declarationsOf(review),
  ...declarationsOf(workflow),
  ...declarationsOf(grants),
  ...declarationsOf(ops),
  ...declarationsOf(letters),
  ...declarationsOf(privacy),
  ...declarationsOf(secretariat),
};

export type Registry = typeof registry;
export type FunctionId = keyof Registry;
/** A declaration of the registry with its id (its trigger's fields, not its literal types). */
export type RegisteredFunction<T extends Declaration['trigger'] = Declaration['trigger']> = Extract<
  Declaration,
  { trigger: T }
> & { readonly id: FunctionId };

/** Every function with its id, in the registry's order. */
export function allFunctions(): RegisteredFunction[] {
  return (Object.entries(registry) as [FunctionId, Declaration][]).map(([id, declaration]) => ({
    ...declaration,
    id,
  }));
}

/** The functions of one trigger: 'http', 'workflow-task', 's3-event', 'schedule', 'mail-event' or 'malware-scan'. */
export function functionsOf<T extends Declaration['trigger']>(trigger: T): RegisteredFunction<T>[] {
  return allFunctions().filter((fn): fn is RegisteredFunction<T> => fn.trigger === trigger);
}

/** One function by its id. */
export function functionById<I extends FunctionId>(id: I): Registry[I] & { readonly id: I } {
  return { ...registry[id], id };
}
