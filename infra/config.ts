/**
 * Deploy configuration: everything that differs between deployments (account, region, the
 * web origin, the mail domain, who hears about alarms). Never in code — a committed JSON file
 * per environment under `infra/config/`, chosen with `npx cdk synth -c env=<name>` (default
 * `example`, which holds no account id and no real addresses). Validated with zod so a typo
 * fails the synth with the field named, instead of deploying something half-configured.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';

/** Directory of the committed deploy configurations. */
export const CONFIG_DIR = fileURLToPath(new URL('./config/', import.meta.url));

/** The environment used when `-c env=...` is not given. */
export const DEFAULT_ENV = 'example';

const domainName = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'must be a lower-case domain name',
  );

/** Requests per second and burst of an API Gateway throttle. */
const throttle = z
  .object({
    rateLimit: z.number().int().positive(),
    burstLimit: z.number().int().positive(),
  })
  .strict();

export const deployConfigSchema = z
  .object({
    /** Lower-case name of the deployment: part of the stack name and the resource tags. */
    stageName: z.string().regex(/^[a-z][a-z0-9-]{1,20}$/, 'must be 2–21 characters of a-z, 0-9 and -'),
    /** AWS account to deploy to; leave out for an account-agnostic synth. */
    account: z
      .string()
      .regex(/^\d{12}$/, 'must be a 12-digit AWS account id')
      .optional(),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as eu-north-1')
      .default('eu-north-1'),
    /** Origin of the web frontend (https, no path): CORS origin and base of every e-mailed link. */
    webOrigin: z
      .url({ protocol: /^https$/, error: 'must be an https URL' })
      .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), {
        message: 'must be an origin only (https://host[:port]), without path, query or fragment',
      })
      .transform((value) => value.replace(/\/$/, '')),
    /**
     * ACM certificate (in us-east-1, as CloudFront requires) for the web origin's host. Without
     * it the web app is served on CloudFront's own domain, and webOrigin must be that domain.
     */
    webCertificateArn: z
      .string()
      .regex(
        /^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/,
        'must be an ACM certificate ARN in us-east-1',
      )
      .optional(),
    /** Domain the portal sends e-mail from; becomes the SES domain identity. */
    mailDomain: domainName,
    /** Where alarm notifications go (a team list, not a person); leave out to subscribe later. */
    alarmEmail: z.email().optional(),
    /**
     * Lists the staging-only smoke round (shared/domain/rounds/smoke.ts), in which the deploy
     * pipeline's smoke test starts an application for SES's mailbox simulator. Staging only.
     */
    smokeRound: z.boolean().default(false),
    /**
     * Throttling of the HTTP API's signed-in routes (applicant, reviewer): the stage's default
     * (requests per second, burst).
     */
    apiThrottle: throttle.default({ rateLimit: 50, burstLimit: 100 }),
    /**
     * Throttling of each public route (auth 'public' in the registry) on its own: a client
     * hammering the rounds or the sign-in cannot use up the signed-in routes' allowance (ADR 088).
     */
    publicRouteThrottle: throttle.default({ rateLimit: 20, burstLimit: 40 }),
    /**
     * The application's own per-IP limit on the public routes that mail or store (ADR 085):
     * `IP_REQUESTS_PER_HOUR` of the functions; a load test's stage raises it.
     */
    ipRequestsPerHour: z.number().int().positive().default(30),
    /** AWS WAF's rate-based rule in front of CloudFront: requests per IP in 5 minutes (ADR 088). */
    webRequestsPerIpPer5Minutes: z.number().int().min(100).default(1000),
    /** The mails the stage's account may send in an hour before the mail budget alarm (ADR 088). */
    mailPerHour: z.number().int().positive().default(300),
    /**
     * An errors and a throttles alarm per function (ADR 082). `false` leaves the API, queue,
     * table, workflow and mail alarms only: ~$7 a month less, for a staging stage (docs/cost.md).
     */
    functionAlarms: z.boolean().default(true),
    /** Years each audit entry's copy is locked in the audit sink (S3 Object Lock, compliance; ADR 087). */
    auditRetentionYears: z.number().int().min(1).max(100).default(10),
    /**
     * The secretariat's staff (ADR 093): the addresses that may sign in to the console (a
     * sign-in link is mailed to these only), and the address the links are sent from (default
     * `soknad@<mailDomain>`). Reaches only the functions that read it (`staff-list:read`).
     */
    staff: z
      .object({
        emails: z.array(z.email().max(254)).max(50).default([]),
        mailFrom: z.email().optional(),
      })
      .strict()
      .default({ emails: [] }),
  })
  .strict()
  .superRefine((config, context) => {
    const from = config.staff.mailFrom;
    if (from && from.split('@')[1]?.toLowerCase() !== config.mailDomain) {
      context.addIssue({
        code: 'custom',
        path: ['staff', 'mailFrom'],
        message: `must be an address of the mail domain ${config.mailDomain} (the SES identity)`,
      });
    }
    const emails = config.staff.emails.map((email) => email.trim().toLowerCase());
    if (new Set(emails).size !== emails.length) {
      context.addIssue({ code: 'custom', path: ['staff', 'emails'], message: 'lists an address twice' });
    }
  });

/** The sender of the staff's sign-in links (ADR 093). */
export const staffMailFrom = (config: Pick<DeployConfig, 'staff' | 'mailDomain'>) =>
  config.staff.mailFrom ?? `soknad@${config.mailDomain}`;

export type DeployConfig = z.output<typeof deployConfigSchema>;

/** Validates a raw configuration object; throws one readable error naming every bad field. */
export function parseDeployConfig(raw: unknown, source = 'deploy configuration'): DeployConfig {
  const result = deployConfigSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`Invalid ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Reads and validates `infra/config/<env>.json`. */
export function loadDeployConfig(env: string = DEFAULT_ENV): DeployConfig {
  if (!/^[a-z0-9-]+$/.test(env)) {
    throw new Error(`Invalid -c env=${env}: use the name of a file in infra/config/ without .json`);
  }
  const file = `${CONFIG_DIR}${env}.json`;
  if (!existsSync(file)) {
    throw new Error(`No deploy configuration for env "${env}": expected infra/config/${env}.json`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`infra/config/${env}.json is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseDeployConfig(raw, `deploy configuration infra/config/${env}.json`);
}

/**
 * Every round sends from its `mail.from` address; SES (and the functions' IAM grant) only
 * allow the configured domain identity. Checked at synth so a mismatch is not found by the
 * first applicant whose magic link never arrives.
 */
export function checkRoundMailDomains(
  rounds: readonly { readonly id: string; readonly mail: { readonly from: string } }[],
  config: Pick<DeployConfig, 'mailDomain'>,
): void {
  const wrong = rounds.filter((round) => round.mail.from.split('@')[1]?.toLowerCase() !== config.mailDomain);
  if (wrong.length > 0) {
    throw new Error(
      `Round mail sender outside the SES identity ${config.mailDomain}: ` +
        wrong.map((round) => `${round.id} sends from ${round.mail.from}`).join('; ') +
        '. Change mailDomain in the deploy configuration or mail.from in the round.',
    );
  }
}
