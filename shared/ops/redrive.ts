/**
 * Redriving a function's failure queue (ADR 082): the events Lambda gave up on after its
 * retries — VerifyAttachment's S3 events, RecordMailProblem's SES events — handed to the
 * function again, asynchronously, once the cause is fixed (`npm run admin -- --aws redrive`).
 * A message leaves the queue only after its event was handed over; one that cannot be read is
 * left there (and counted) for a person to look at.
 */

/** One message of the queue. */
export interface FailedMessage {
  readonly body: string;
  /** What deletes it (SQS's receipt handle). */
  readonly receipt: string;
}

export interface RedrivePorts {
  /** Up to ten messages, hidden from other readers while this runs; none when the queue is empty. */
  receive(): Promise<readonly FailedMessage[]>;
  /** Invokes the function asynchronously with the event (JSON). */
  invoke(event: string): Promise<void>;
  remove(receipt: string): Promise<void>;
}

/**
 * The event a failure-queue message holds: Lambda's on-failure destination wraps it in an
 * invocation record (`requestPayload`, with `requestContext.condition` saying why); a rule
 * target's dead-letter queue keeps the event itself.
 */
export function eventOf(body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const record = parsed as { requestContext?: unknown; requestPayload?: unknown };
  if (record.requestContext !== undefined)
    return record.requestPayload === undefined ? undefined : JSON.stringify(record.requestPayload);
  return body;
}

export interface RedriveResult {
  readonly redriven: number;
  /** Messages that hold no event: left in the queue. */
  readonly unreadable: number;
}

/** Hands every event of the queue to the function again, at most `limit` of them. */
export async function redrive(ports: RedrivePorts, limit = 1000): Promise<RedriveResult> {
  let redriven = 0;
  let unreadable = 0;
  while (redriven + unreadable < limit) {
    const messages = await ports.receive();
    if (messages.length === 0) break;
    for (const message of messages) {
      const event = eventOf(message.body);
      if (event === undefined) {
        unreadable++;
        continue;
      }
      await ports.invoke(event);
      await ports.remove(message.receipt);
      redriven++;
    }
  }
  return { redriven, unreadable };
}
