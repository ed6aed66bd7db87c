/**
 * Counts the AWS calls the handlers make (docs/cost.md): SDK middleware on the very clients
 * the handlers use (as test/support/faults.ts does), recording each call's operation, input and
 * what it cost — DynamoDB's consumed capacity (asked for with ReturnConsumedCapacity: TOTAL,
 * which changes nothing else), SES's messages, Step Functions' calls — while the local stack
 * runs in the test's process.
 */
import { sesClient } from '../../shared/mail/ses.ts';
import { documentClient } from '../../shared/storage/dynamo.ts';
import { sfnClient } from '../../shared/workflow/client.ts';

export type AwsService = 'dynamodb' | 'ses' | 'sfn';

export interface AwsCall {
  readonly service: AwsService;
  /** Without the `Command` suffix: `UpdateItem`, `SendEmail`, `StartExecution`, … */
  readonly operation: string;
  readonly input: Record<string, unknown>;
  readonly output?: Record<string, unknown>;
  /** DynamoDB: the capacity units the call consumed (reads or writes), as the service reported. */
  readonly capacityUnits?: number;
}

type Next = (args: { input: object }) => Promise<{ output?: unknown }>;
type Middleware = (
  next: Next,
  context: { commandName?: string },
) => (args: { input: object }) => Promise<{ output?: unknown }>;
interface Stack {
  add(middleware: Middleware, options: { step: string; name: string; override?: boolean }): void;
  remove(name: string): boolean;
}

// SES's and Step Functions' clients are made on first use (ADR 117): made here, the very clients
// the handlers will use.
const CLIENTS: Record<AwsService, { middlewareStack: unknown }> = {
  dynamodb: documentClient,
  ses: await sesClient(),
  sfn: await sfnClient(),
};

/** The DynamoDB operations that report consumed capacity when asked. */
const CAPACITY_OPERATIONS = new Set([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'BatchGetItem',
  'BatchWriteItem',
]);

const NAME = 'awsCallRecorder';

export interface AwsCallRecorder {
  readonly calls: readonly AwsCall[];
  /** Forgets what was recorded so far. */
  reset(): void;
  remove(): void;
}

export function recordAwsCalls(): AwsCallRecorder {
  const calls: AwsCall[] = [];
  const middleware =
    (service: AwsService): Middleware =>
    (next, context) =>
    async (args) => {
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      const input = args.input as Record<string, unknown>;
      const measured = service === 'dynamodb' && CAPACITY_OPERATIONS.has(operation);
      const result = await next(
        measured ? { ...args, input: { ...input, ReturnConsumedCapacity: 'TOTAL' } } : args,
      );
      const output = result.output as Record<string, unknown> | undefined;
      const consumed = output?.ConsumedCapacity as
        { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
      const capacityUnits = Array.isArray(consumed)
        ? consumed.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0)
        : consumed?.CapacityUnits;
      calls.push({
        service,
        operation,
        input,
        output,
        ...(capacityUnits !== undefined && { capacityUnits }),
      });
      return result;
    };
  for (const [service, client] of Object.entries(CLIENTS) as [AwsService, { middlewareStack: unknown }][]) {
    (client.middlewareStack as Stack).add(middleware(service), {
      step: 'initialize',
      name: NAME,
      override: true,
    });
  }
  return {
    calls,
    reset: () => void calls.splice(0),
    remove: () => {
      for (const client of Object.values(CLIENTS)) (client.middlewareStack as Stack).remove(NAME);
    },
  };
}
