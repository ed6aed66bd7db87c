import { describe, expect, it } from 'vitest';
import { eventOf, redrive, type FailedMessage } from '../../shared/ops/redrive.ts';

/** Lambda's on-failure record of an asynchronous invocation, as AWS documents it. */
const onFailureRecord = (event: object) =>
  JSON.stringify({
    version: '1.0',
    timestamp: '2026-12-01T10:00:00.000Z',
    requestContext: {
      requestId: 'e4b46cbf-b738-xmpl-8880-a18cdf61200e',
      functionArn: 'arn:aws:lambda:eu-north-1:123456789012:function:VerifyAttachment:$LATEST',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    },
    requestPayload: event,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: 'Error', errorMessage: 'boom' },
  });

const s3Event = {
  Records: [{ eventName: 'ObjectCreated:Post', s3: { object: { key: 'applications/uploads/x' } } }],
};

describe('eventOf', () => {
  it('unwraps the event from Lambda’s on-failure record', () => {
    expect(JSON.parse(eventOf(onFailureRecord(s3Event))!)).toEqual(s3Event);
  });

  it('takes a rule target’s dead letter as the event itself', () => {
    const body = JSON.stringify({ source: 'aws.ses', 'detail-type': 'Email Bounced', detail: {} });
    expect(eventOf(body)).toBe(body);
  });

  it('finds no event in what is not JSON, or a record without its payload', () => {
    expect(eventOf('not json')).toBeUndefined();
    expect(eventOf('42')).toBeUndefined();
    expect(eventOf(JSON.stringify({ requestContext: {} }))).toBeUndefined();
  });
});

describe('redrive', () => {
  function queue(bodies: string[]) {
    const messages: FailedMessage[] = bodies.map((body, index) => ({ body, receipt: `r${index}` }));
    const invoked: string[] = [];
    const removed: string[] = [];
    let read = 0;
    return {
      invoked,
      removed,
      ports: {
        // Like SQS: a message received stays hidden for the run; at most ten at a time.
        receive: async () => {
          const batch = messages.slice(read, read + 10);
          read += batch.length;
          return batch;
        },
        invoke: async (event: string) => void invoked.push(event),
        remove: async (receipt: string) => void removed.push(receipt),
      },
    };
  }

  it('hands every event to the function again, then removes its message', async () => {
    const q = queue(Array.from({ length: 12 }, (_, i) => onFailureRecord({ n: i })));
    expect(await redrive(q.ports)).toEqual({ redriven: 12, unreadable: 0 });
    expect(q.invoked.map((event) => JSON.parse(event).n)).toEqual([...Array(12).keys()]);
    expect(q.removed).toHaveLength(12);
  });

  it('leaves a message without an event in the queue, and counts it', async () => {
    const q = queue(['garbage', onFailureRecord({ n: 1 })]);
    expect(await redrive(q.ports)).toEqual({ redriven: 1, unreadable: 1 });
    expect(q.removed).toEqual(['r1']);
  });

  it('keeps a message whose event could not be handed over', async () => {
    const q = queue([onFailureRecord({ n: 1 })]);
    q.ports.invoke = async () => {
      throw new Error('AccessDenied');
    };
    await expect(redrive(q.ports)).rejects.toThrow('AccessDenied');
    expect(q.removed).toEqual([]);
  });
});
