/**
 * What the AWS calls of a measured run cost (docs/cost.md): the counts from
 * test/support/aws-calls.ts and the local stack's handler runs, priced with the eu-north-1 list
 * prices below. The prices are dated; docs/cost.md says where each comes from.
 */
import type { AwsCall } from './aws-calls.ts';

/** eu-north-1 (Stockholm) list prices in USD, as recorded on PRICES_DATED (docs/cost.md). */
export const PRICES_DATED = '2026-12-01';
export const PRICES = {
  /** Lambda, Arm: per request, and per GB-second (first tier). */
  lambdaRequest: 0.2 / 1e6,
  lambdaArmGbSecond: 0.0000133334,
  /** API Gateway HTTP API, per request (first 300 million a month). */
  httpApiRequest: 1.0 / 1e6,
  /** DynamoDB on-demand: per write request unit, per read request unit. */
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  /** Step Functions Standard, per state transition. */
  sfnTransition: 0.025 / 1000,
  /** SES outbound, per message. */
  sesMessage: 0.1 / 1000,
  /** S3 Standard: per PUT/COPY/POST/LIST request, per GET request. */
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
} as const;

/** Every function runs with 512 MiB (infra/constructs/portal-function.ts). */
const MEMORY_GB = 0.5;

export interface Measured {
  readonly calls: readonly AwsCall[];
  readonly invocations: readonly { functionName: string; ms: number }[];
  /** Requests the API answered (each one a Lambda invocation too). */
  readonly apiRequests: number;
  /** S3 requests the handlers and browsers made (the handlers' S3 client is not instrumented). */
  readonly s3Puts: number;
  readonly s3Gets: number;
  /** State transitions of the workflow's executions. */
  readonly transitions: number;
}

export interface CostLine {
  readonly item: string;
  readonly quantity: number;
  readonly usd: number;
}

export function costOf(measured: Measured): CostLine[] {
  const dynamo = measured.calls.filter((call) => call.service === 'dynamodb');
  const isWrite = (call: AwsCall) => /^(Put|Update|Delete|BatchWrite)/.test(call.operation);
  // A call the emulator reported no capacity for is priced at one unit (the minimum).
  const units = (calls: AwsCall[]) => calls.reduce((sum, call) => sum + (call.capacityUnits ?? 1), 0);
  const writeUnits = units(dynamo.filter(isWrite));
  const readUnits = units(dynamo.filter((call) => !isWrite(call)));
  const gbSeconds = measured.invocations.reduce((sum, run) => sum + Math.ceil(run.ms) / 1000, 0) * MEMORY_GB;
  const mails = measured.calls.filter(
    (call) => call.service === 'ses' && call.operation === 'SendEmail',
  ).length;
  return [
    {
      item: 'Lambda requests',
      quantity: measured.invocations.length,
      usd: measured.invocations.length * PRICES.lambdaRequest,
    },
    {
      item: 'Lambda GB-seconds (Arm, 512 MiB)',
      quantity: gbSeconds,
      usd: gbSeconds * PRICES.lambdaArmGbSecond,
    },
    {
      item: 'HTTP API requests',
      quantity: measured.apiRequests,
      usd: measured.apiRequests * PRICES.httpApiRequest,
    },
    { item: 'DynamoDB write request units', quantity: writeUnits, usd: writeUnits * PRICES.dynamoWriteUnit },
    { item: 'DynamoDB read request units', quantity: readUnits, usd: readUnits * PRICES.dynamoReadUnit },
    {
      item: 'Step Functions transitions',
      quantity: measured.transitions,
      usd: measured.transitions * PRICES.sfnTransition,
    },
    { item: 'SES messages', quantity: mails, usd: mails * PRICES.sesMessage },
    { item: 'S3 PUT/COPY/LIST requests', quantity: measured.s3Puts, usd: measured.s3Puts * PRICES.s3Put },
    { item: 'S3 GET requests', quantity: measured.s3Gets, usd: measured.s3Gets * PRICES.s3Get },
  ];
}

export const totalOf = (lines: readonly CostLine[]) => lines.reduce((sum, line) => sum + line.usd, 0);
