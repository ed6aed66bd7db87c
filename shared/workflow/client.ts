import type * as Sfn from '@aws-sdk/client-sfn';
import { once } from '../once.ts';

/**
 * The Step Functions SDK and the one client of the workflow adapters (starting, stopping and
 * resuming executions), loaded on first use: most functions that can start or resume an
 * execution do not on most invocations, and the package costs a cold start ~20 ms (ADR 117).
 * The client's endpoint comes from the SDK's own variables (`AWS_ENDPOINT_URL_SFN`).
 */
export const loadSfn = once(() =>
  import('@aws-sdk/client-sfn').then((sdk) => ({ sdk, client: new sdk.SFNClient({}) })),
);

/** The one client (for the integration tests' fault injection, test/support/faults.ts). */
export const sfnClient = async (): Promise<Sfn.SFNClient> => (await loadSfn()).client;
