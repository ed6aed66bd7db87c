/**
 * The API's contract as the tests hold it to: every answer the test API client receives is
 * matched to its operation in `GET /openapi.json` (method + path template) and checked against
 * the response its status documents — an undocumented operation or status, a content type the
 * document does not name, or a body its JSON Schema (2020-12, Ajv) rejects fails the test
 * (ADR 066). The document is fetched once per stack.
 */
import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

// ajv-formats is CommonJS: its plugin is the module's `default` property.
const addFormats = formats.default;

interface MediaType {
  schema?: Record<string, unknown>;
}
interface ResponseDoc {
  description: string;
  content?: Record<string, MediaType>;
}
interface OperationDoc {
  operationId: string;
  responses: Record<string, ResponseDoc>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationDoc>>;
  components?: { schemas?: Record<string, Record<string, unknown>> };
}

/** What the client received, before it was parsed. */
export interface Received {
  status: number;
  /** The content-type header, if any. */
  contentType: string | undefined;
  bytes: Buffer;
}

interface Operation {
  method: string;
  template: string;
  match: RegExp;
  /** Literal segments count for more: /review/order wins over /review/{id}. */
  literals: number;
  doc: OperationDoc;
}

export class Contract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true });
  private readonly operations: Operation[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    this.operations = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.entries(methods).map(([method, doc]) => ({
        method: method.toUpperCase(),
        template,
        match: new RegExp(
          `^${template
            .split('/')
            .map((segment) =>
              /^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&'),
            )
            .join('/')}/?$`,
        ),
        literals: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
        doc,
      })),
    );
  }

  /** Every operation's id, for a test that wants to know which were exercised. */
  operationIds(): string[] {
    return this.operations.map((operation) => operation.doc.operationId);
  }

  /** Compiles every JSON response schema of the document (Ajv strict): throws on an invalid one. */
  compileAll(): number {
    let count = 0;
    for (const operation of this.operations) {
      for (const response of Object.values(operation.doc.responses)) {
        const schema = response.content?.['application/json']?.schema;
        if (!schema) continue;
        const resolved = this.resolve(schema) as Record<string, unknown>;
        for (const part of (resolved.oneOf as Record<string, unknown>[] | undefined) ?? [resolved]) {
          this.validator(part);
          count++;
        }
      }
    }
    return count;
  }

  private validator(schema: Record<string, unknown>): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** The problem with an answer, in words, or undefined when it is what the document says. */
  check(method: string, path: string, received: Received): string | undefined {
    const pathname = path.split(/[?#]/)[0]!;
    const operation = this.operations
      .filter((candidate) => candidate.method === method.toUpperCase() && candidate.match.test(pathname))
      .sort((a, b) => b.literals - a.literals)[0];
    const request = `${method.toUpperCase()} ${path}`;
    if (!operation) return `${request}: no operation in the OpenAPI document matches it`;
    const where = `${request} (${operation.doc.operationId}) → ${received.status}`;
    const response = operation.doc.responses[String(received.status)];
    if (!response) {
      return `${where}: the document does not list this status (it lists ${Object.keys(operation.doc.responses).join(', ')})`;
    }
    const mediaType = received.contentType?.split(';')[0]!.trim().toLowerCase();
    if (!response.content) {
      if (received.bytes.length > 0 || mediaType) {
        return `${where}: the document says no content, the answer has ${received.bytes.length} bytes of ${mediaType ?? 'no type'}`;
      }
      return undefined;
    }
    const documented = Object.keys(response.content);
    if (!mediaType || !documented.includes(mediaType)) {
      return `${where}: content type ${mediaType ?? '(none)'} is not in the document (${documented.join(', ')})`;
    }
    if (mediaType !== 'application/json') {
      return received.bytes.length > 0 ? undefined : `${where}: an empty ${mediaType} file`;
    }
    let body: unknown;
    try {
      body = JSON.parse(received.bytes.toString('utf8'));
    } catch {
      return `${where}: the body is not JSON`;
    }
    const schema = this.schemaFor(response.content[mediaType]!.schema ?? {}, body);
    if (typeof schema === 'string') return `${where}: ${schema}`;
    const validate = this.validator(schema);
    if (validate(body)) return undefined;
    return `${where}: the body does not match the document:\n${describe(validate.errors ?? [])}\nbody: ${JSON.stringify(body).slice(0, 2000)}`;
  }

  /**
   * The schema to check `body` with, its references resolved. An error answer documents its
   * codes as `oneOf` the codes' bodies: the one named by the body's `code` is picked, so a
   * mismatch reads as that code's problem (or as a code the document does not list).
   */
  private schemaFor(schema: Record<string, unknown>, body: unknown): Record<string, unknown> | string {
    const resolved = this.resolve(schema) as Record<string, unknown>;
    const branches = resolved.oneOf as Record<string, unknown>[] | undefined;
    const codeOf = (branch: Record<string, unknown>) =>
      ((branch.properties as Record<string, { const?: unknown }> | undefined)?.code?.const as string) ??
      undefined;
    if (!branches || !branches.every((branch) => codeOf(branch))) return resolved;
    const code = (body as { code?: unknown } | null)?.code;
    const branch = branches.find((candidate) => codeOf(candidate) === code);
    if (!branch) {
      return `error code ${JSON.stringify(code)} is not documented for this status (documented: ${branches.map(codeOf).join(', ')})`;
    }
    return branch;
  }

  /** Replaces `#/components/...` references by what they point at (the document has no cycles). */
  private resolve(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((item) => this.resolve(item));
    if (!node || typeof node !== 'object') return node;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') {
      const target = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], this.document);
      if (!target) throw new Error(`The OpenAPI document's ${ref} points at nothing`);
      return this.resolve(target);
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, this.resolve(value)]));
  }
}

function describe(errors: readonly ErrorObject[]): string {
  return errors
    .map((error) => {
      const at = error.instancePath || '(the body)';
      const extra =
        error.keyword === 'additionalProperties'
          ? ` '${(error.params as { additionalProperty: string }).additionalProperty}'`
          : error.keyword === 'enum'
            ? `: ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`
            : '';
      return `  ${at} ${error.message}${extra}`;
    })
    .join('\n');
}

const contracts = new Map<string, Promise<Contract>>();

/** The contract of the API at `baseUrl`, fetched once. */
export function contractOf(baseUrl: string): Promise<Contract> {
  let contract = contracts.get(baseUrl);
  if (!contract) {
    contract = fetch(`${baseUrl}/openapi.json`).then(async (response) => {
      if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
      return new Contract((await response.json()) as OpenApiDocument);
    });
    contract.catch(() => contracts.delete(baseUrl));
    contracts.set(baseUrl, contract);
  }
  return contract;
}
