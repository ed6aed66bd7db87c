/**
 * `npm run admin -- <command>` — what an administrator of Norsk kulturskoleråd does outside the
 * deploy pipeline: review links, the audit trail, and a round's dates.
 *
 *   links issue <roundId> <committee> <memberId>   revoke the member's links, e-mail a new one
 *   links revoke <roundId> <linkId>
 *   links list <roundId> [committee]
 *   committees <roundId>                           each committee's members: id, name, address, role
 *   audit <roundId | applicationId>                the audit trail, oldest first
 *   stages show <roundId>                          the dates as they hold, and each stage
 *   stages move <roundId> <event> <ISO instant>    event: applicationCloses | expert | geographic | final | announcement | acceptBy
 *   stages move <roundId> report <schoolYear> <ISO instant>   a report's due date
 *   stages open-early <roundId>                    local stack: the application period ends now
 *   stages announce-now <roundId>                  local stack: the announcement date is now
 *   letters <roundId> <dir>                        every announced application's decision letter,
 *                                                  one PDF each, into the folder (ADR 099)
 *   erase <applicationId> [--force]                erase an application's data for good, leaving an
 *                                                  audit tombstone (ADR 089); --force: even if awarded
 *   redrive <functionId> <queue URL> <function name>
 *                                                  --aws: hand the events a function gave up on
 *                                                  (its failure queue) to it again (ADR 082)
 *
 * Where it works: against the running local stack (`npm start`) by default — it reads the
 * emulators' endpoints from .local-data/endpoints.json (LOCAL_DATA_DIR elsewhere) — or, with
 * `--aws`, against AWS with the standard credential chain and TABLE_NAME, SIGNING_KEY_SECRET_ID,
 * WEB_BASE_URL and AWS_REGION set (the stack's outputs name them). Every change is audited with
 * ADMIN_ID (default: your user name) as the actor.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Usage: npm run admin -- [--aws] <command>
  links issue <roundId> <committee> <memberId>
  links revoke <roundId> <linkId>
  links list <roundId> [committee]
  committees <roundId>               the members and their ids (for links issue)
  audit <roundId | applicationId>
  stages show <roundId>
  stages move <roundId> <applicationCloses|expert|geographic|final|announcement|acceptBy> <ISO instant>
  stages move <roundId> report <schoolYear> <ISO instant>   a report's due date (after the acceptance deadline)
  stages open-early <roundId>        (local stack only)
  stages announce-now <roundId>      (local stack only)
  letters <roundId> <dir>            the round's decision letters (announced ones), a PDF each
  erase <applicationId> [--force]    every item and file version of the application, an audit
                                     tombstone left (--force: even an awarded one; --aws also
                                     needs ATTACHMENT_BUCKET)
  redrive <functionId> <queue URL> <function name>   (--aws only; the stack outputs
                                     <functionId>FailureQueueUrl and <functionId>FunctionName)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    aws: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    force: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length === 0) {
  console.log(usage);
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

// The handlers' modules create their SDK clients on import: the environment comes first.
if (!values.aws) {
  const dataDir = process.env.LOCAL_DATA_DIR ?? join(import.meta.dirname, '..', '.local-data');
  let endpoints: { env: Record<string, string> };
  try {
    endpoints = JSON.parse(await readFile(join(dataDir, 'endpoints.json'), 'utf8'));
  } catch {
    fail(
      [
        `No local stack runs from ${dataDir} (no endpoints.json there).`,
        'Start it with npm start. If it runs with another LOCAL_DATA_DIR, give the admin CLI the same:',
        `  LOCAL_DATA_DIR=<that folder> npm run admin -- ${positionals.join(' ')}`,
        'Or use --aws for the deployed stack.',
      ].join('\n'),
    );
  }
  Object.assign(process.env, endpoints!.env);
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
} else if (positionals[0] !== 'redrive') {
  for (const name of ['TABLE_NAME', 'SIGNING_KEY_SECRET_ID', 'WEB_BASE_URL']) {
    if (!process.env[name]) fail(`--aws needs ${name} (see the stack's outputs)`);
  }
}

const { findRound } = await import('../shared/domain/rounds/index.ts');
const { isCommittee } = await import('../shared/domain/committees.ts');
const admin = await import('../shared/review/admin.ts');
// The secretariat's service (ADR 094): the console's staff routes and this CLI act through it.
const secretariat = await import('../shared/secretariat/actions.ts');
const { DomainError } = await import('../shared/errors.ts');
const { roundDates } = await import('../shared/review/schedule.ts');
const { getStage } = await import('../shared/storage/review.ts');
const { COMMITTEES } = await import('../shared/domain/committees.ts');

const actor = { kind: 'admin' as const, id: process.env.ADMIN_ID || userInfo().username };
const roundOf = (id: string | undefined) =>
  findRound(id ?? '') ?? fail(`No round '${id ?? ''}' (see shared/domain/rounds/)`);
const [group, command, ...args] = positionals;

// A refusal of the service (a domain error): its code and the fields it names, then exit 1.
const refused = (error: unknown): never => {
  if (!(error instanceof DomainError)) throw error;
  const fields = (error.fields ?? []).map((issue) => `${issue.path || '(request)'}: ${issue.code}`);
  return fail(
    [`Refused: ${error.code}`, ...fields, ...(error.details ? [JSON.stringify(error.details)] : [])].join(
      '\n',
    ),
  );
};

const singleWord = ['audit', 'redrive', 'erase', 'committees', 'letters'];
switch (singleWord.includes(group ?? '') ? group : `${group} ${command ?? ''}`) {
  case 'committees': {
    const round = roundOf(command);
    console.table(
      COMMITTEES.flatMap((committee) => {
        const { chair, deputyChair, members } = round.committees[committee];
        return members.map((member) => ({
          committee,
          memberId: member.id,
          name: member.name,
          email: member.email,
          role: member.id === chair ? 'chair' : member.id === deputyChair ? 'deputy chair' : 'member',
          counties: (member.counties ?? []).join(' '),
        }));
      }),
    );
    break;
  }
  case 'links issue': {
    const [roundId, committee, memberId] = args;
    if (!isCommittee(committee)) fail(`committee must be one of ${COMMITTEES.join(', ')}`);
    const round = roundOf(roundId);
    const issued = await secretariat
      .issueCommitteeLink(round, committee as (typeof COMMITTEES)[number], memberId ?? '', actor)
      .catch(refused);
    console.log(
      `Revoked ${issued.revoked.length} earlier link(s). E-mailed a new link to ${memberId} (expires ${issued.expiresAt}):`,
    );
    console.log(issued.url);
    break;
  }
  case 'links revoke': {
    const [roundId, linkId] = args;
    const revoked = await secretariat.revokeCommitteeLink(roundOf(roundId), linkId ?? '', actor).then(
      () => true,
      (error: unknown) =>
        error instanceof DomainError && error.code === 'LINK_NOT_FOUND' ? false : refused(error),
    );
    console.log(revoked ? `Revoked ${linkId}.` : `No live link ${linkId} in ${roundId}.`);
    break;
  }
  case 'links list': {
    const [roundId, committee] = args;
    const links = await secretariat.listRoundLinks(
      roundOf(roundId),
      isCommittee(committee) ? committee : undefined,
    );
    console.table(
      links.map((link) => ({
        linkId: link.linkId,
        committee: link.committee,
        member: link.memberId,
        issued: link.issuedAt,
        by: link.issuedBy,
        expires: link.expiresAt,
        revoked: link.revokedAt ?? '',
      })),
    );
    break;
  }
  case 'audit': {
    const [target] = [command, ...args];
    const trail =
      (await secretariat.auditTrail(target ?? '')) ??
      fail(`'${target ?? ''}' is neither a round nor an application`);
    for (const entry of trail.entries) {
      const who =
        entry.actor.kind === 'member'
          ? `${entry.actor.id} (${entry.actor.committee})`
          : 'id' in entry.actor
            ? `${entry.actor.kind}:${entry.actor.id}`
            : entry.actor.kind;
      console.log(
        [
          entry.at,
          who,
          entry.action,
          entry.committee ?? '',
          entry.applicationId ?? '',
          entry.details ? JSON.stringify(entry.details) : '',
        ]
          .filter(Boolean)
          .join('  '),
      );
    }
    break;
  }
  case 'stages show': {
    const round = roundOf(args[0]);
    console.log(await roundDates(round));
    for (const committee of COMMITTEES) {
      const stage = await getStage(round.id, committee);
      console.log(
        `${committee.padEnd(10)} ${stage?.openedAt ? `opened ${stage.openedAt}` : 'not open'}${stage?.finalisedAt ? `, finalised ${stage.finalisedAt} by ${stage.finalisedBy}` : ''}`,
      );
    }
    break;
  }
  case 'stages move': {
    const [roundId, event, ...rest] = args;
    const events = [
      'applicationCloses',
      'expert',
      'geographic',
      'final',
      'announcement',
      'acceptBy',
      'report',
    ];
    if (!events.includes(event ?? '')) fail(`event must be one of ${events.join(', ')}`);
    // `report <schoolYear> <instant>`: a report's due date (ADR 113); else `<event> <instant>`.
    const changes =
      event === 'report' ? { reportsDue: { [rest[0] ?? '']: rest[1]! } } : { [event!]: rest[0] };
    // The console's validation too: an instant, and the dates keep their order.
    console.log(await secretariat.moveRoundDates(roundOf(roundId), changes, actor).catch(refused));
    break;
  }
  case 'stages open-early':
  case 'stages announce-now': {
    if (values.aws) fail('Only on the local stack: in AWS, move dates with `stages move`, deliberately.');
    const round = roundOf(args[0]);
    const dates =
      command === 'open-early'
        ? await admin.openStagesEarly(round, actor)
        : await admin.announceNow(round, actor);
    console.log(
      command === 'open-early'
        ? `The application period of ${round.id} ended now; the expert committee's invitations arrive in the mailbox within seconds.`
        : `The announcement of ${round.id} is now: decided applications are announced within seconds.`,
    );
    console.log(dates);
    break;
  }
  case 'letters': {
    // One word: `letters <roundId> <dir>` (the group is the command).
    const round = roundOf(command);
    const dir = args[0] ?? fail('letters <roundId> <dir>');
    const { roundLetterFiles } = await import('../shared/letters/letters.ts');
    const { mkdir, writeFile } = await import('node:fs/promises');
    const files = await roundLetterFiles(round.id);
    await mkdir(dir, { recursive: true });
    for (const file of files) await writeFile(join(dir, file.fileName), file.bytes);
    console.log(
      files.length
        ? `${files.length} decision letter(s) of ${round.id} written to ${dir}.`
        : `No decision letters in ${round.id}: nothing is announced yet.`,
    );
    break;
  }
  case 'erase': {
    // One word: `erase <applicationId>` (the group is the command).
    const applicationId = command ?? fail('erase <applicationId> [--force]');
    const { eraseApplication } = await import('../shared/privacy/erase.ts');
    const result = await eraseApplication(applicationId, {
      reason: 'request',
      actor,
      evenIfAwarded: values.force,
    });
    switch (result.outcome) {
      case 'erased':
        console.log(
          `Erased ${applicationId}: ${result.items} item(s), ${result.objectVersions} file version(s); ` +
            'the audit trail keeps a tombstone (application.erased).',
        );
        break;
      case 'nothing':
        console.log(`Nothing is stored for ${applicationId} (never was, or erased already).`);
        break;
      case 'refused':
        fail(
          result.reason === 'AWARDED'
            ? `${applicationId} was awarded: the council must keep it. Erase it anyway with --force.`
            : `${applicationId} is with the committees: it must be withdrawn, or announced, before it is erased.`,
        );
    }
    break;
  }
  case 'redrive': {
    // One word: `redrive <functionId> …` (the group is the command).
    const [queueUrl, functionName] = args;
    if (!values.aws)
      fail('Only with --aws: the local stack keeps no failure queues (its handlers run in-process).');
    if (!command || !queueUrl || !functionName)
      fail(
        'redrive <functionId> <queue URL> <function name>: the stack outputs <functionId>FailureQueueUrl and <functionId>FunctionName',
      );
    const { redrive } = await import('../shared/ops/redrive.ts');
    const { SQSClient, ReceiveMessageCommand, DeleteMessageCommand } = await import('@aws-sdk/client-sqs');
    const { LambdaClient, InvokeCommand } = await import('@aws-sdk/client-lambda');
    const sqs = new SQSClient({});
    const lambda = new LambdaClient({});
    const result = await redrive({
      receive: async () =>
        (
          (
            await sqs.send(
              new ReceiveMessageCommand({
                QueueUrl: queueUrl,
                MaxNumberOfMessages: 10,
                VisibilityTimeout: 300,
              }),
            )
          ).Messages ?? []
        ).map((message) => ({ body: message.Body ?? '', receipt: message.ReceiptHandle! })),
      invoke: async (event) => {
        await lambda.send(
          new InvokeCommand({
            FunctionName: functionName,
            InvocationType: 'Event',
            Payload: Buffer.from(event),
          }),
        );
      },
      remove: async (receipt) => {
        await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: receipt }));
      },
    });
    console.log(
      `${command}: ${result.redriven} event(s) handed to ${functionName} again` +
        (result.unreadable ? `; ${result.unreadable} message(s) without an event left in the queue` : ''),
    );
    break;
  }
  default:
    console.error(usage);
    process.exit(2);
}
