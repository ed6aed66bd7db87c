/**
 * The deploy configuration is validated at synth: a bad value fails with the field named.
 * No synth here — these run in milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { listRounds } from '../../shared/domain/rounds/index.ts';
import { checkRoundMailDomains, loadDeployConfig, parseDeployConfig } from '../../infra/config.ts';
import { synthPortal } from './synth.ts';

const valid = { stageName: 'test', webOrigin: 'https://soknad.example.org', mailDomain: 'example.org' };

describe('deploy configuration', () => {
  it('the committed example is valid, holds no account id and defaults the region', () => {
    // Prepare / Act
    const config = loadDeployConfig('example');
    // Assess
    expect(config).toMatchObject({ stageName: 'example', region: 'eu-north-1' });
    expect(config.account).toBeUndefined();
    expect(config.alarmEmail).toBeUndefined();
    expect(config.webOrigin).toMatch(/^https:\/\//);
  });

  it('fills the defaults', () => {
    expect(parseDeployConfig(valid)).toEqual({
      ...valid,
      region: 'eu-north-1',
      smokeRound: false,
      apiThrottle: { rateLimit: 50, burstLimit: 100 },
      publicRouteThrottle: { rateLimit: 20, burstLimit: 40 },
      ipRequestsPerHour: 30,
      webRequestsPerIpPer5Minutes: 1000,
      mailPerHour: 300,
      functionAlarms: true,
      auditRetentionYears: 10,
      staff: { emails: [] },
    });
  });

  it.each([
    [{ webOrigin: 'http://soknad.example.org' }, 'webOrigin', 'https'],
    [{ webOrigin: 'https://soknad.example.org/app' }, 'webOrigin', 'origin only'],
    [{ mailDomain: 'not a domain' }, 'mailDomain', 'domain'],
    [{ account: '1234' }, 'account', '12-digit'],
    [{ region: 'Norway' }, 'region', 'AWS region'],
    [{ stageName: 'Prod!' }, 'stageName', 'a-z'],
    [{ alarmEmail: 'nobody' }, 'alarmEmail', 'email'],
    [{ apiThrottle: { rateLimit: 0, burstLimit: 10 } }, 'apiThrottle.rateLimit', ''],
    [{ publicRouteThrottle: { rateLimit: 5 } }, 'publicRouteThrottle.burstLimit', ''],
    [{ webRequestsPerIpPer5Minutes: 50 }, 'webRequestsPerIpPer5Minutes', '100'],
    [{ auditRetentionYears: 0 }, 'auditRetentionYears', '1'],
    [{ mailFrom: 'x@example.org' }, 'mailFrom', 'Unrecognized key'],
  ])('rejects %o, naming %s', (override, field, hint) => {
    expect(() => parseDeployConfig({ ...valid, ...override })).toThrow(
      new RegExp(`${hint}[\\s\\S]*${field.replace('.', '\\.')}|${field}[\\s\\S]*${hint}`, 'i'),
    );
  });

  it('names the missing file of an unknown -c env', () => {
    expect(() => loadDeployConfig('nowhere')).toThrow('infra/config/nowhere.json');
    expect(() => loadDeployConfig('../secrets')).toThrow('Invalid -c env');
  });

  it('the committed rounds send from the example mail domain; another domain fails the synth', () => {
    const rounds = listRounds({});
    expect(rounds.length).toBeGreaterThan(0);
    expect(() => checkRoundMailDomains(rounds, loadDeployConfig('example'))).not.toThrow();
    expect(() => checkRoundMailDomains(rounds, { mailDomain: 'example.org' })).toThrow(
      /outside the SES identity example\.org/,
    );
  });
});

describe('configuration reaches the stack', () => {
  it('alarmEmail subscribes to the alarm topic; without it nothing is subscribed', () => {
    // Prepare / Act (no bundling: only the template matters here)
    const withEmail = synthPortal(
      { alarmEmail: 'alarms@example.org', stageName: 'alarms' },
      { bundling: false },
    );
    const without = synthPortal({}, { bundling: false });
    // Assess
    withEmail.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'alarms@example.org',
    });
    without.template.resourceCountIs('AWS::SNS::Subscription', 0);
    expect(withEmail.stack.stackName).toBe('InkluderendeKulturskoler-alarms');
    expect(withEmail.nag.violations).toEqual([]);
  });

  it('functionAlarms: false (staging) drops the per-function alarms and keeps the rest', () => {
    const trimmed = synthPortal({ functionAlarms: false }, { bundling: false });
    expect(Object.keys(trimmed.stack.alarms.functionErrors)).toEqual([]);
    expect(Object.keys(trimmed.stack.alarms.functionThrottles)).toEqual([]);
    const alarms = trimmed.template.findResources('AWS::CloudWatch::Alarm');
    const metrics = Object.values(alarms).map((alarm) => alarm.Properties.MetricName as string | undefined);
    expect(metrics).not.toContain('Errors');
    expect(metrics).toContain('Send'); // the mail budget
    expect(trimmed.stack.alarms.api5xxRate).toBeDefined();
    expect(Object.keys(alarms).length).toBeLessThan(30);
  });
});
