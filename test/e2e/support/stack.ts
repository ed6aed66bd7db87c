/**
 * The local stack for browser tests: the same `startLocalStack` as `npm start`, on free ports
 * with a temporary data folder, serving the web app built by global-setup.ts — so magic links
 * point at that web server, as they would in AWS at CloudFront.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startLocalStack, type LocalStack } from '../../../local/stack.ts';
import { tokenFromMail } from '../../support/applications.ts';
import { TestClock } from '../../support/clock.ts';

export interface BrowserStack {
  stack: LocalStack;
  /** The portal's time on the server side (ADR 075); the browser has its own (`context.clock`). */
  clock: TestClock;
  web: string;
  api: string;
  /** Every e-mail sent so far (the SES emulator's store), oldest first. */
  mails(): Promise<{ to: string[]; subject: string; text: string }[]>;
  /** The newest magic link sent to an address. */
  magicLink(email: string): Promise<string>;
  stop(): Promise<void>;
}

export interface BrowserStackOptions {
  demoRoundOpens?: string;
  /** The workflow's longest wait (local default 10 s); the committees' tests use 1 s. */
  workflowMaxWaitSeconds?: number;
}

export async function startBrowserStack(options: BrowserStackOptions = {}): Promise<BrowserStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-e2e-'));
  const clock = new TestClock();
  const stack = await startLocalStack({
    clock,
    dataDir,
    webDir: inject('webDir'),
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0, web: 0 },
    demoRoundOpens: options.demoRoundOpens,
    retryIntervalMs: 0,
    ...(options.workflowMaxWaitSeconds !== undefined && {
      workflowMaxWaitSeconds: options.workflowMaxWaitSeconds,
    }),
    ...(process.env.LOCAL_STACK_LOG && { log: (line: string) => console.log(line) }),
  });
  const mails = async () => {
    const response = await fetch(`${stack.urls.ses}/store`);
    const { emails } = (await response.json()) as {
      emails: { destination: { to: string[] }; subject: string; body: { text?: string } }[];
    };
    return emails.map((email) => ({
      to: email.destination.to,
      subject: email.subject,
      text: email.body.text ?? '',
    }));
  };
  return {
    stack,
    clock,
    web: stack.urls.web!,
    api: stack.urls.api,
    mails,
    async magicLink(email) {
      const mail = (await mails()).filter((m) => m.to.includes(email)).at(-1);
      if (!mail) throw new Error(`no e-mail to ${email}`);
      const token = tokenFromMail(mail.text);
      const link = new RegExp(`(\\S+/sign-in#token=)`).exec(mail.text)?.[1];
      if (!link) throw new Error(`no magic link in the e-mail to ${email}`);
      return `${link}${encodeURIComponent(token)}`;
    },
    async stop() {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
