import { describe, expect, it } from 'vitest';
import { stageConfig } from '../src/config.ts';

describe('stage configuration', () => {
  it('keeps production data and logs longer than a dev stage, in London by default', () => {
    expect(stageConfig('prod')).toMatchObject({
      production: true,
      logRetention: 400,
      logLevel: 'INFO',
      region: 'eu-west-2',
    });
    expect(stageConfig('alice')).toMatchObject({ production: false, logRetention: 14, logLevel: 'DEBUG' });
  });

  it('refuses a retention CloudWatch does not offer', () => {
    expect(() => stageConfig('dev', { dev: { logRetentionDays: 10 } })).toThrow(/not a CloudWatch retention/);
  });

  it('needs a custom domain and its us-east-1 certificate together', () => {
    expect(() => stageConfig('prod', { prod: { domainName: 'partners.example.org.uk' } })).toThrow(/go together/);
    expect(() =>
      stageConfig('prod', {
        prod: { domainName: 'partners.example.org.uk', certificateArn: 'arn:aws:acm:eu-west-2:1:certificate/x' },
      }),
    ).toThrow(/us-east-1/);
  });

  it('limits each viewer address to 1,000 requests in five minutes unless the stage says otherwise', () => {
    expect(stageConfig('dev').wafRequestsPerFiveMinutes).toBe(1000);
    expect(stageConfig('prod', { prod: { wafRequestsPerFiveMinutes: 3000 } }).wafRequestsPerFiveMinutes).toBe(3000);
    expect(() => stageConfig('dev', { dev: { wafRequestsPerFiveMinutes: 50 } })).toThrow(/at least 100/);
    expect(() => stageConfig('dev', { dev: { wafRequestsPerFiveMinutes: 250.5 } })).toThrow(/whole number/);
  });

  it('refuses a stage name that cannot be part of resource names', () => {
    expect(() => stageConfig('Prod_1')).toThrow(/lower-case/);
  });
});
