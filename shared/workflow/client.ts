import type * as Sfn from '@aws-sdk/client-sfn';

/**
 * The Step Functions SDK and the one client of the workflow adapters (starting, stopping and
 * resuming executions), loaded on first use: most functions that can start or resume an
 * execution do not on most invocations, and the package costs a cold start ~20 ms (ADR 117).
 * The client's endpoint comes from the SDK's own variables (`AWS_ENDPOINT_URL_SFN`).
 */
let sfn: Promise<{ sdk: typeof Sfn; client: Sfn.SFNClient }> | undefined;
export const loadSfn = () =>
  (sfn ??= import('@aws-sdk/client-sfn').then((sdk) => ({ sdk, client: new sdk.SFNClient({}) })));

/** The one client (for the integration tests' fault injection, test/support/faults.ts). */
export const sfnClient = async (): Promise<Sfn.SFNClient> => (await loadSfn()).client;
