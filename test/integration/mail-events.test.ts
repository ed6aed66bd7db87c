import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { listMailProblems } from '../../shared/storage/mail-problems.ts';
import { Applicant } from '../support/applicant.ts';
import { recordAwsCalls, type AwsCallRecorder } from '../support/aws-calls.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * SES's bounce and complaint events (ADR 083), in the shapes AWS documents for a configuration
 * set's EventBridge destination ("Amazon SES event publishing — examples of event data",
 * detail-types "Email Bounced" and "Email Complaint Received"): recorded on what the mail
 * concerned, audited once, and the secretariat told once — however often the event comes.
 */
let test: TestStack;
let recorder: AwsCallRecorder;
const round = () => findRound('demo')!;

beforeAll(async () => {
  test = await startTestStack();
  recorder = recordAwsCalls();
});
afterAll(async () => {
  recorder?.remove();
  await test?.stop();
});

/** The SendEmail call that mailed this address, as the portal made it (its tags and message id). */
function sentTo(address: string) {
  const call = recorder.calls.findLast(
    (c) =>
      c.operation === 'SendEmail' &&
      ((c.input.Destination as { ToAddresses: string[] }).ToAddresses ?? []).includes(address),
  );
  if (!call) throw new Error(`no mail to ${address}`);
  const tags = Object.fromEntries(
    ((call.input.EmailTags as { Name: string; Value: string }[]) ?? []).map((tag) => [tag.Name, [tag.Value]]),
  );
  return { messageId: String(call.output!.MessageId), tags, from: String(call.input.FromEmailAddress) };
}

/** The `mail` object SES puts in every event record (with the tags SES adds itself). */
function mailObject(sent: ReturnType<typeof sentTo>, to: string) {
  return {
    timestamp: '2026-12-01T10:00:00.000Z',
    source: sent.from,
    sourceArn: 'arn:aws:ses:eu-north-1:123456789012:identity/kulturskoleradet.no',
    sendingAccountId: '123456789012',
    messageId: sent.messageId,
    destination: [to],
    headersTruncated: false,
    headers: [
      { name: 'From', value: sent.from },
      { name: 'To', value: to },
    ],
    commonHeaders: { from: [sent.from], to: [to], messageId: sent.messageId, subject: 'Innlogging' },
    tags: {
      'ses:configuration-set': ['PortalConfigurationSet'],
      'ses:source-ip': ['192.0.2.0'],
      'ses:from-domain': ['kulturskoleradet.no'],
      'ses:caller-identity': ['RecordMailProblem'],
      ...sent.tags,
    },
  };
}

/** An EventBridge event of SES, as the configuration set's event destination publishes it. */
function envelope(detailType: string, detail: object) {
  return {
    version: '0',
    id: crypto.randomUUID(),
    'detail-type': detailType,
    source: 'aws.ses',
    account: '123456789012',
    time: '2026-12-01T10:00:05Z',
    region: 'eu-north-1',
    resources: ['arn:aws:ses:eu-north-1:123456789012:configuration-set/PortalConfigurationSet'],
    detail,
  };
}

function bounce(sent: ReturnType<typeof sentTo>, to: string, feedbackId: string, bounceType = 'Permanent') {
  return envelope('Email Bounced', {
    eventType: 'Bounce',
    bounce: {
      feedbackId,
      bounceType,
      bounceSubType: bounceType === 'Permanent' ? 'General' : 'MailboxFull',
      bouncedRecipients: [
        {
          emailAddress: to,
          action: 'failed',
          status: '5.1.1',
          diagnosticCode: 'smtp; 550 5.1.1 user unknown',
        },
      ],
      timestamp: '2026-12-01T10:00:04.000Z',
      reportingMTA: 'dsn; a27-23.smtp-out.eu-north-1.amazonses.com',
    },
    mail: mailObject(sent, to),
  });
}

function complaint(sent: ReturnType<typeof sentTo>, to: string, feedbackId: string) {
  return envelope('Email Complaint Received', {
    eventType: 'Complaint',
    complaint: {
      feedbackId,
      complaintSubType: null,
      complainedRecipients: [{ emailAddress: to }],
      timestamp: '2026-12-01T10:00:04.000Z',
      userAgent: 'Mozilla/5.0',
      complaintFeedbackType: 'abuse',
      arrivalDate: '2026-12-01T10:00:03.000Z',
    },
    mail: mailObject(sent, to),
  });
}

/** Starts an application and signs in (the application exists from then on), answering its id. */
async function startApplication(email: string): Promise<string> {
  const applicant = await Applicant.signIn(test, email);
  await test.stack.idle();
  const sent = sentTo(email);
  expect(sent.tags).toMatchObject({
    mail: ['magic-link'],
    round: ['demo'],
    application: [applicant.applicationId],
  });
  return applicant.applicationId;
}

const noticesTo = async (about: string) =>
  (await test.mails()).filter(
    (mail) => mail.to.includes(round().mail.replyTo) && mail.subject.includes(about),
  );

describe('a hard bounce of an applicant’s sign-in link', () => {
  const email = 'finnes.ikke@kulturskole.example.no';
  let applicationId: string;

  it('is recorded on the application, audited, and the secretariat is told what to do', async () => {
    applicationId = await startApplication(email);
    const event = bounce(sentTo(email), email, '0100019a-bounce-0001');

    const [answer] = await test.stack.publishMailEvent(event);

    expect(answer).toEqual({ outcome: 'recorded' });
    const problems = await listMailProblems({ kind: 'application', applicationId });
    expect(problems).toEqual([
      expect.objectContaining({
        feedbackId: '0100019a-bounce-0001',
        type: 'bounce',
        detail: 'Permanent/General',
        diagnostic: 'smtp; 550 5.1.1 user unknown',
        recipients: [email],
        mail: 'magic-link',
      }),
    ]);
    const audit = (await listAudit('demo', applicationId)).filter((entry) => entry.action === 'mail.bounced');
    expect(audit).toHaveLength(1);
    const notices = await noticesTo(email);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(applicationId);
    expect(notices[0]!.text).toContain('550 5.1.1');
  });

  it('is recorded, audited and told once when SES or EventBridge delivers it again', async () => {
    await test.stack.publishMailEvent(bounce(sentTo(email), email, '0100019a-bounce-0001'));
    expect(await listMailProblems({ kind: 'application', applicationId })).toHaveLength(1);
    expect((await listAudit('demo', applicationId)).filter((e) => e.action === 'mail.bounced')).toHaveLength(
      1,
    );
    expect(await noticesTo(email)).toHaveLength(1);
  });

  it('records a soft bounce SES gave up on without waking the secretariat', async () => {
    await test.stack.publishMailEvent(bounce(sentTo(email), email, '0100019a-bounce-0002', 'Transient'));
    expect((await listMailProblems({ kind: 'application', applicationId })).map((p) => p.detail)).toEqual([
      'Permanent/General',
      'Transient/MailboxFull',
    ]);
    expect(await noticesTo(email)).toHaveLength(1);
  });
});

describe('a bounced sign-in link of an application never opened', () => {
  it('has no application to be recorded on: it is audited and the secretariat told', async () => {
    const email = 'skrivefeil@kulturskole.example.no';
    const response = await test.api('POST', '/applications', {
      body: { email, roundId: 'demo', leadMunicipality: '0301' },
    });
    expect(response.status).toBe(202);
    const sent = sentTo(email);
    const applicationId = sent.tags.application![0]!;
    const [answer] = await test.stack.publishMailEvent(bounce(sent, email, '0100019a-bounce-0004'));
    expect(answer).toEqual({ outcome: 'recorded' });
    expect(await listMailProblems({ kind: 'application', applicationId })).toEqual([]);
    const [entry] = (await listAudit('demo', applicationId)).filter((e) => e.action === 'mail.bounced');
    expect(entry!.details).toMatchObject({ recordedOn: 'nothing: the item does not exist' });
    expect(await noticesTo(email)).toHaveLength(1);
  });
});

describe('a complaint about a committee member’s mail', () => {
  it('is audited on the committee and the secretariat is told who and what', async () => {
    const member = round().committees.expert.members[0]!;
    const sent = {
      messageId: '0100019a-invitation',
      from: round().mail.from,
      tags: { mail: ['invitation'], round: ['demo'], committee: ['expert'], member: [member.id] },
    };
    const [answer] = await test.stack.publishMailEvent(
      complaint(sent, member.email, '0100019a-complaint-0001'),
    );
    expect(answer).toEqual({ outcome: 'recorded' });
    const audit = (await listAudit('demo')).filter((entry) => entry.action === 'mail.complained');
    expect(audit).toEqual([
      expect.objectContaining({
        committee: 'expert',
        details: expect.objectContaining({ member: member.id, detail: 'abuse', mail: 'invitation' }),
      }),
    ]);
    const [notice] = await noticesTo(member.email);
    expect(notice!.text).toContain(member.id);
    expect(notice!.text).toContain('links issue demo expert');
  });
});

describe('events the handler cannot act on', () => {
  it('a notice to the secretariat that bounced is not answered with another notice', async () => {
    const before = (await test.mails()).length;
    const sent = {
      messageId: 'n-1',
      from: round().mail.from,
      tags: { mail: ['secretariat-notice'], round: ['demo'] },
    };
    const [answer] = await test.stack.publishMailEvent(
      bounce(sent, round().mail.replyTo, '0100019a-bounce-0003'),
    );
    expect(answer).toEqual({ outcome: 'notice-bounced' });
    expect(await test.mails()).toHaveLength(before);
  });

  it('an event of another shape is dropped without an error (retrying cannot fix it)', async () => {
    const [answer] = await test.stack.publishMailEvent({
      'detail-type': 'Email Bounced',
      detail: { eventType: 'Bounce' },
    } as never);
    expect(answer).toEqual({ outcome: 'dropped' });
  });
});
