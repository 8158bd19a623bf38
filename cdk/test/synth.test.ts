import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createTableInput } from '@equal-partners/functions/store/table-definition';
import { EqualPartnersStack } from '../src/equal-partners-stack.ts';

function synth(stage: string) {
  const app = new App();
  return Template.fromStack(new EqualPartnersStack(app, `Test-${stage}`, { stage }));
}

describe('the data table', () => {
  const template = synth('prod');

  it('has the same keys and indexes as the table the local server creates', () => {
    const local = createTableInput('any');
    const [table] = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'));
    const properties = table?.Properties as Record<string, unknown>;
    expect(properties.KeySchema).toEqual(local.KeySchema);
    const sortByName = <T extends { AttributeName?: string }>(list: T[]) =>
      [...list].sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName)));
    expect(sortByName(properties.AttributeDefinitions as { AttributeName: string }[])).toEqual(
      sortByName(local.AttributeDefinitions ?? []),
    );
    expect(
      (properties.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown }[]).map((i) => ({
        IndexName: i.IndexName,
        KeySchema: i.KeySchema,
      })),
    ).toEqual(local.GlobalSecondaryIndexes?.map((i) => ({ IndexName: i.IndexName, KeySchema: i.KeySchema })));
  });

  it('is on demand, with point-in-time recovery, a stream of old and new images, and TTL', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      Replicas: [
        { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true },
      ],
    });
  });

  it('is retained in production and removable in a dev stage', () => {
    expect(Object.values(template.findResources('AWS::DynamoDB::GlobalTable'))[0]?.DeletionPolicy).toBe('Retain');
    expect(Object.values(synth('dev').findResources('AWS::DynamoDB::GlobalTable'))[0]?.DeletionPolicy).toBe('Delete');
  });
});
