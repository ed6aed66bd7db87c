import {
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import {
  DescribeExecutionCommand,
  ListExecutionsCommand,
  SendTaskFailureCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registry, type FunctionId } from '../../functions/registry.ts';
import { tableShape } from '../../shared/storage/table.ts';
import { LOCAL_AWS, stateMachineArn } from '../../local/aws.ts';
import { LambdaRunner } from '../../local/lambda.ts';
import { LocalStepFunctions } from '../../local/sfn.ts';
import { createStaticServer } from '../../local/static.ts';
import { minimalPdf } from '../support/files.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The local stack itself: emulators up, the table built from `tableShape`, the local API
 * Gateway's routing, events and CORS, S3 events reaching the verification function, the
 * Step Functions endpoint's AWS semantics, and data surviving a restart. Handlers are
 * replaced where this file needs to see what they receive.
 */
const route = (id: FunctionId) => registry[id];
const echo = (event: unknown, context: { functionName: string }) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'x-echo': 'yes' },
  cookies: ['a=1; Path=/', 'b=2; Path=/'],
  body: JSON.stringify({ event, functionName: context.functionName }),
});

const verifications: S3Event[] = [];
const receipts: { applicationId: string; executionId: string }[] = [];
let gate = Promise.withResolvers<void>();

let test: TestStack;
let sfn: SFNClient;

beforeAll(async () => {
  gate.resolve(); // open unless a test closes it
  test = await startTestStack({
    outsideContract: 'the gateway itself, with fake handlers and unknown routes',
    handlers: {
      [route('GetApplication').entry]: echo,
      [route('UpdateDraft').entry]: echo,
      [route('ListRounds').entry]: () => ({ rounds: [] }), // no statusCode: a 200 JSON body
      [route('GetOpenApi').entry]: () => {
        throw new Error('boom');
      },
      [registry.VerifyAttachment.entry]: (event: S3Event) => void verifications.push(event),
      [registry.RecordReceipt.entry]: async (input: { applicationId: string; executionId: string }) => {
        receipts.push(input);
        await gate.promise;
        return { recorded: true };
      },
      // The rest of the workflow answers at once: every date has come, the expert committee
      // finds the application not qualified, the announcement goes out — this file tests the
      // endpoint, not the committees (test/integration/committees-*.test.ts do).
      [registry.Schedule.entry]: () => ({
        due: true,
        wakeAt: new Date().toISOString(),
        waitSeconds: 0,
        timeoutSeconds: 30,
      }),
      [registry.OpenReview.entry]: async (input: { taskToken: string }) => {
        await sfn.send(
          new SendTaskSuccessCommand({
            taskToken: input.taskToken,
            output: JSON.stringify({ qualified: false, reason: 'test' }),
          }),
        );
      },
      [registry.Announce.entry]: () => ({ announced: true, outcome: 'NOT_QUALIFIED' }), // as Announce answers (ADR 102's choice reads it)
    },
  });
  sfn = new SFNClient({ endpoint: test.stack.urls.sfn });
});
afterAll(async () => test?.stop());

describe('the emulators', () => {
  it('builds the table from tableShape, with both GSIs', async () => {
    const dynamodb = new DynamoDBClient({ endpoint: test.stack.urls.dynamodb });
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: LOCAL_AWS.tableName }));

    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: tableShape.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableShape.sortKey, KeyType: 'RANGE' },
    ]);
    const indexes = Table?.GlobalSecondaryIndexes?.map((index) => ({
      name: index.IndexName,
      keys: index.KeySchema?.map((key) => key.AttributeName),
      projection: index.Projection?.ProjectionType,
    }));
    expect(indexes?.sort((a, b) => a.name!.localeCompare(b.name!))).toEqual(
      tableShape.globalSecondaryIndexes.map((index) => ({
        name: index.indexName,
        keys: [index.partitionKey, index.sortKey],
        projection: 'ALL',
      })),
    );
  });

  it('hands the handlers their endpoints through the SDK variables only', () => {
    const { env, urls } = test.stack;
    expect(env).toMatchObject({
      AWS_ENDPOINT_URL_DYNAMODB: urls.dynamodb,
      AWS_ENDPOINT_URL_S3: urls.s3,
      AWS_ENDPOINT_URL_SESV2: urls.ses,
      AWS_ENDPOINT_URL_SES: urls.ses,
      AWS_ENDPOINT_URL_SFN: urls.sfn,
      S3_FORCE_PATH_STYLE: 'true',
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_REGION: 'eu-north-1',
      TABLE_NAME: LOCAL_AWS.tableName,
      ATTACHMENT_BUCKET: LOCAL_AWS.attachmentBucket,
      STATE_MACHINE_ARN: stateMachineArn,
    });
    expect(Buffer.from(env.SIGNING_KEY!, 'base64url')).toHaveLength(32);
    expect(Date.parse(env.DEMO_ROUND_OPENS!)).not.toBeNaN();
    expect(process.env.AWS_ENDPOINT_URL_SFN).toBe(urls.sfn);
  });

  it('records sent e-mail in the mailbox the tests (and the viewer) read', async () => {
    const ses = new SESv2Client({});
    await ses.send(
      new SendEmailCommand({
        FromEmailAddress: 'soknad@kulturskoleradet.no',
        Destination: { ToAddresses: ['leder@kulturskole.example.no'] },
        Content: {
          Simple: {
            Subject: { Data: 'Lenke' },
            Body: { Text: { Data: 'Gå til http://localhost:5173/sign-in' }, Html: { Data: '<p>Lenke</p>' } },
          },
        },
      }),
    );

    const mails = await test.mails();
    expect(mails.at(-1)).toMatchObject({
      from: 'soknad@kulturskoleradet.no',
      to: ['leder@kulturskole.example.no'],
      subject: 'Lenke',
      text: 'Gå til http://localhost:5173/sign-in',
      html: '<p>Lenke</p>',
    });
    const viewer = await fetch(test.stack.urls.mailbox);
    expect(viewer.headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('the local API Gateway', () => {
  it('answers an unknown route with 404 JSON and a wrong method with 405', async () => {
    const unknown = await test.api('GET', '/nowhere');
    const wrongMethod = await test.api('DELETE', '/rounds');

    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect(wrongMethod.headers.allow).toBe('GET');
  });

  it('answers CORS preflights for local web origins, and only for them', async () => {
    const preflight = (origin: string) =>
      fetch(`${test.stack.urls.api}/applications/x/draft`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'authorization,content-type',
        },
      });

    const allowed = await preflight('http://localhost:5173');
    const foreign = await preflight('https://evil.example');
    const answer = await test.api('GET', '/rounds', { headers: { origin: 'http://localhost:5173' } });

    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });

  it('builds a payload-2.0 event and writes the structured result back', async () => {
    const response = await test.api('GET', '/applications/01ABC%20D?lang=nn&x=1&x=2', {
      token: 'tok',
      headers: { 'X-Custom': 'Value', cookie: 'c1=1; c2=2' },
    });

    expect(response.status).toBe(200);
    expect(response.headers['x-echo']).toBe('yes');
    expect(response.headers['set-cookie']).toBe('a=1; Path=/, b=2; Path=/');
    const { event, functionName } = response.body;
    expect(functionName).toBe('GetApplication');
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /applications/{applicationId}',
      rawPath: '/applications/01ABC%20D',
      rawQueryString: 'lang=nn&x=1&x=2',
      pathParameters: { applicationId: '01ABC D' },
      queryStringParameters: { lang: 'nn', x: '1,2' },
      cookies: ['c1=1', 'c2=2'],
      headers: { authorization: 'Bearer tok', 'x-custom': 'Value' },
      isBase64Encoded: false,
      requestContext: { http: { method: 'GET', path: '/applications/01ABC%20D' }, stage: '$default' },
    });
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.body).toBeUndefined();
  });

  it('passes JSON bodies as text and binary bodies base64-encoded', async () => {
    const json = await test.api('PUT', '/applications/a1/draft', { body: { title: 'Kor' } });
    const binary = await test.api('PUT', '/applications/a1/draft', {
      body: '\u0000\u0001',
      headers: { 'content-type': 'application/octet-stream' },
    });

    expect(json.body.event).toMatchObject({ body: '{"title":"Kor"}', isBase64Encoded: false });
    expect(binary.body.event).toMatchObject({
      body: Buffer.from([0, 1]).toString('base64'),
      isBase64Encoded: true,
    });
  });

  it('turns a plain result into 200 JSON and a thrown error into 500', async () => {
    const plain = await test.api('GET', '/rounds');
    const failing = await test.api('GET', '/openapi.json');

    expect(plain).toMatchObject({ status: 200, body: { rounds: [] } });
    expect(plain.headers['content-type']).toBe('application/json');
    expect(failing.status).toBe(500);
    expect(failing.body).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('the web app server', () => {
  it('serves web/dist with index.html for client-side routes and the API address in /config.json', async () => {
    const root = await mkdtemp(join(test.dataDir, 'web-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Portal</title>');
    await writeFile(join(root, 'app.js'), 'export {};');
    const server = createStaticServer(root, () => ({ apiBaseUrl: test.stack.urls.api }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

    const script = await fetch(`${base}/app.js`);
    const deepLink = await fetch(`${base}/applications/01ABC`);
    const config = await fetch(`${base}/config.json`);
    const escape = await fetch(`${base}/..%2f..%2fetc/passwd`);
    server.close();

    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toBe('export {};');
    expect(await deepLink.text()).toContain('<title>Portal</title>');
    expect(await config.json()).toEqual({ apiBaseUrl: test.stack.urls.api });
    expect(await escape.text()).toContain('<title>Portal</title>');
  });
});

describe('S3 events', () => {
  it('invoke the verification function with an AWS-shaped record, without holding up the upload', async () => {
    verifications.length = 0;
    const key = 'applications/uploads/01APP/01ATT with space';
    await test.s3.send(
      new PutObjectCommand({ Bucket: LOCAL_AWS.attachmentBucket, Key: key, Body: minimalPdf() }),
    );
    await test.stack.idle();

    expect(verifications).toHaveLength(1);
    const [record] = verifications[0]!.Records;
    expect(record).toMatchObject({
      eventSource: 'aws:s3',
      eventName: 'ObjectCreated:Put',
      awsRegion: 'eu-north-1',
      s3: {
        bucket: { name: LOCAL_AWS.attachmentBucket, arn: `arn:aws:s3:::${LOCAL_AWS.attachmentBucket}` },
        object: { key: 'applications/uploads/01APP/01ATT+with+space', size: minimalPdf().length },
      },
    });
  });

  it('stay silent for objects outside the upload prefix, as the bucket notification filter in AWS', async () => {
    verifications.length = 0;
    await test.s3.send(
      new PutObjectCommand({
        Bucket: LOCAL_AWS.attachmentBucket,
        Key: 'applications/frozen/01APP/01ATT/abc',
        Body: minimalPdf(),
      }),
    );
    await test.stack.idle();

    expect(verifications).toHaveLength(0);
  });

  it('fire for a browser-style presigned POST too, which the bucket CORS admits', async () => {
    verifications.length = 0;
    const { url, fields } = await createPresignedPost(test.s3, {
      Bucket: LOCAL_AWS.attachmentBucket,
      Key: 'applications/uploads/01APP/01POST',
      Conditions: [['content-length-range', 1, 1024]],
      Fields: { 'Content-Type': 'application/pdf' },
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([minimalPdf()], { type: 'application/pdf' }), 'brev.pdf');

    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    const upload = await fetch(url, {
      method: 'POST',
      body: form,
      headers: { origin: 'http://localhost:5173' },
    });
    await test.stack.idle();

    expect(preflight.status).toBe(200);
    expect(upload.status).toBeLessThan(300);
    expect(upload.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(verifications.map((event) => event.Records[0]!.eventName)).toEqual(['ObjectCreated:Post']);
  });
});

const input = (applicationId: string) =>
  JSON.stringify({
    applicationId,
    roundId: 'demo',
    receiptNumber: 'IK-1',
    submittedAt: '2026-01-01T00:00:00Z',
  });

describe('the local Step Functions endpoint', () => {
  it('starts one execution per name: same input while running → same execution; else ExecutionAlreadyExists', async () => {
    gate = Promise.withResolvers<void>();
    receipts.length = 0;
    const start = (body: string) =>
      sfn.send(new StartExecutionCommand({ stateMachineArn, name: '01IDEMPOTENT', input: body }));

    const first = await start(input('01IDEMPOTENT'));
    const second = await start(input('01IDEMPOTENT'));
    const different = await start(input('01OTHER')).catch((error: Error) => error);
    const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn }));
    gate.resolve();
    const done = await test.stack.workflow.waitForExecution(first.executionArn!);
    const afterwards = await start(input('01IDEMPOTENT')).catch((error: Error) => error);

    expect(first.executionArn).toBe(
      `arn:aws:states:eu-north-1:000000000000:execution:application-workflow:01IDEMPOTENT`,
    );
    expect(second.executionArn).toBe(first.executionArn);
    expect(executions?.filter((e) => e.name === '01IDEMPOTENT')).toHaveLength(1);
    expect(different).toMatchObject({ name: 'ExecutionAlreadyExists' });
    expect(afterwards).toMatchObject({ name: 'ExecutionAlreadyExists' }); // closed executions keep their name too
    expect(done.status).toBe('SUCCEEDED');
    expect(receipts).toEqual([
      { applicationId: '01IDEMPOTENT', receiptNumber: 'IK-1', executionId: first.executionArn },
    ]);
  });

  it('describes a finished execution as SUCCEEDED, with its input and output', async () => {
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({ stateMachineArn, name: '01DESCRIBE', input: input('01DESCRIBE') }),
    );
    await test.stack.workflow.waitForExecution(executionArn!);

    const described = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    const missing = await sfn
      .send(new DescribeExecutionCommand({ executionArn: `${executionArn}-nope` }))
      .catch((error: Error) => error);

    expect(described).toMatchObject({ status: 'SUCCEEDED', name: '01DESCRIBE', input: input('01DESCRIBE') });
    expect(described.startDate).toBeInstanceOf(Date);
    expect(JSON.parse(described.output!)).toMatchObject({
      applicationId: '01DESCRIBE',
      recorded: { recorded: true },
    });
    expect(missing).toMatchObject({ name: 'ExecutionDoesNotExist' });
  });
});

describe('a restart on the same data folder', () => {
  it('keeps items, objects, mail, executions and the settings', async () => {
    const dynamodb = new DynamoDBClient({ endpoint: test.stack.urls.dynamodb });
    const key = { pk: { S: 'APP#01KEEP' }, sk: { S: 'APP' } };
    await dynamodb.send(
      new PutItemCommand({ TableName: LOCAL_AWS.tableName, Item: { ...key, title: { S: 'Kor' } } }),
    );
    await test.s3.send(
      new PutObjectCommand({
        Bucket: LOCAL_AWS.attachmentBucket,
        Key: 'applications/01KEEP/01F',
        Body: 'bytes',
      }),
    );
    await test.stack.idle();
    const mailsBefore = await test.mails();
    const settingsBefore = { key: test.stack.env.SIGNING_KEY, opens: test.stack.env.DEMO_ROUND_OPENS };

    await test.restart();

    const item = await dynamodb.send(new GetItemCommand({ TableName: LOCAL_AWS.tableName, Key: key }));
    const object = await test.s3.send(
      new GetObjectCommand({ Bucket: LOCAL_AWS.attachmentBucket, Key: 'applications/01KEEP/01F' }),
    );
    const earlier = await sfn.send(
      new DescribeExecutionCommand({
        executionArn: `${stateMachineArn.replace(':stateMachine:', ':execution:')}:01DESCRIBE`,
      }),
    );
    expect(item.Item?.title).toEqual({ S: 'Kor' });
    expect(await object.Body?.transformToString()).toBe('bytes');
    expect(mailsBefore.length).toBeGreaterThan(0);
    expect(await test.mails()).toEqual(mailsBefore);
    expect({ key: test.stack.env.SIGNING_KEY, opens: test.stack.env.DEMO_ROUND_OPENS }).toEqual(
      settingsBefore,
    );
    expect(earlier.status).toBe('SUCCEEDED');
    expect(JSON.parse(earlier.output!)).toMatchObject({ applicationId: '01DESCRIBE' });
  });
});

describe('callback tasks and failures in the local runner', () => {
  // A definition shaped like the coming committee stages: a callback task with a Catch.
  const definition = {
    StartAt: 'AwaitDecision',
    States: {
      AwaitDecision: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: {
          FunctionName: '${InviteFunctionArn}',
          Payload: { 'token.$': '$$.Task.Token', 'id.$': '$.id' },
        },
        ResultPath: '$.decision',
        TimeoutSeconds: 60,
        Catch: [{ ErrorEquals: ['Rejected'], ResultPath: '$.failure', Next: 'Rejected' }],
        Next: 'Record',
      },
      Record: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: '${RecordFunctionArn}', 'Payload.$': '$' },
        OutputPath: '$.Payload',
        Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 2 }],
        End: true,
      },
      Rejected: { Type: 'Fail', Error: 'Rejected', Cause: 'the committee said no' },
    },
  };
  const tasks = {
    Invite: { id: 'Invite', substitution: 'InviteFunctionArn', entry: 'invite' },
    Record: { id: 'Record', substitution: 'RecordFunctionArn', entry: 'record' },
  };
  const tokens = new Map<string, string>();
  const invitations: string[] = [];
  let recordCalls = 0;
  let file: string;
  let local: LocalStepFunctions;
  let client: SFNClient;

  const open = async () => {
    const runner = new LambdaRunner({
      invite: (event: { id: string; token: string }) => {
        invitations.push(event.id);
        tokens.set(event.id, event.token);
      },
      record: (event: { id: string }) => {
        recordCalls += 1;
        if (event.id === 'flaky' && recordCalls === 1) throw new Error('first attempt fails');
        return { ...event, recorded: true };
      },
    });
    local = await LocalStepFunctions.open({
      definition,
      tasks,
      stateMachineArn,
      runner,
      file,
      retryIntervalMs: 0,
      log: () => {},
    });
    await new Promise<void>((resolve) => local.server.listen(0, '127.0.0.1', resolve));
    const { port } = local.server.address() as { port: number };
    client = new SFNClient({ endpoint: `http://127.0.0.1:${port}` });
    local.resume();
  };

  beforeAll(async () => {
    file = join(test.dataDir, 'runner-test', 'executions.json');
    await open();
  });
  afterAll(async () => local?.stop());

  const startAndAwaitToken = async (id: string) => {
    const { executionArn } = await client.send(
      new StartExecutionCommand({ stateMachineArn, name: id, input: JSON.stringify({ id }) }),
    );
    await vi.waitFor(() => expect(tokens.has(id)).toBe(true), { timeout: 15_000, interval: 5 });
    return { executionArn: executionArn!, token: tokens.get(id)! };
  };

  it('waits for SendTaskSuccess and continues with its output (retrying a failed Lambda task)', async () => {
    const { executionArn, token } = await startAndAwaitToken('flaky');
    expect(local.describe(executionArn)?.status).toBe('RUNNING');

    await client.send(
      new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ qualified: true }) }),
    );
    const done = await local.waitForExecution(executionArn);
    const again = await client
      .send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' }))
      .catch((error: Error) => error);

    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!)).toEqual({ id: 'flaky', decision: { qualified: true }, recorded: true });
    expect(recordCalls).toBe(2);
    expect(again).toMatchObject({ name: 'TaskDoesNotExist' });
  });

  it('routes SendTaskFailure through Catch, and StopExecution aborts', async () => {
    const rejected = await startAndAwaitToken('rejected');
    const stopped = await startAndAwaitToken('stopped');

    await client.send(
      new SendTaskFailureCommand({ taskToken: rejected.token, error: 'Rejected', cause: 'no' }),
    );
    await client.send(new StopExecutionCommand({ executionArn: stopped.executionArn, cause: 'withdrawn' }));

    expect(await local.waitForExecution(rejected.executionArn)).toMatchObject({
      status: 'FAILED',
      error: 'Rejected',
      cause: 'the committee said no',
    });
    expect(await local.waitForExecution(stopped.executionArn)).toMatchObject({
      status: 'ABORTED',
      cause: 'withdrawn',
    });
    expect(tokens.get('rejected')).not.toBe(tokens.get('stopped'));
  });

  it('starts an execution that was waiting for a callback again after a restart, with a new token', async () => {
    const before = await startAndAwaitToken('mid-review');
    await local.stop();
    tokens.delete('mid-review');

    await open();
    await vi.waitFor(() => expect(tokens.has('mid-review')).toBe(true), { timeout: 15_000, interval: 5 });
    const stale = await client
      .send(new SendTaskSuccessCommand({ taskToken: before.token, output: '{}' }))
      .catch((error: Error) => error);
    await client.send(
      new SendTaskSuccessCommand({
        taskToken: tokens.get('mid-review')!,
        output: JSON.stringify({ qualified: false }),
      }),
    );

    expect(stale).toMatchObject({ name: 'TaskDoesNotExist' });
    expect(invitations.filter((id) => id === 'mid-review')).toHaveLength(2); // invited again: idempotent handlers
    expect(await local.waitForExecution(before.executionArn)).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('refuses a definition that would wait longer than one Node timer can', async () => {
    const tooLong = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 30 * 24 * 3600, End: true } } };
    await expect(
      LocalStepFunctions.open({
        definition: tooLong,
        tasks: {},
        stateMachineArn,
        runner: new LambdaRunner(),
        log: () => {},
      }),
    ).rejects.toThrow(/24\.8 days/);
  });
});
