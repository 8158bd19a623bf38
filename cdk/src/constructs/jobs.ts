/**
 * Work nobody waits for: the `aggregator` turns the table's stream into rollups and audit
 * events, and the `jobs` function runs the reconcile, the overdue digest and the daily
 * alerts (e-mailed through Amazon SES: it alone may send e-mail) on a schedule.
 * Both retry a bounded number of times and then park what failed in a dead-letter queue,
 * which raises an alarm: nothing is dropped silently. The jobs function also prints PDFs
 * (the board report) when the web function asks, in the Chromium of its layer
 * (./pdf-layer.ts), so it has the memory and /tmp Chromium needs, on x86_64.
 */
import { CfnCondition, CfnParameter, Duration, Fn, Size, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { CfnSubscription, Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { aggregatorFilterPattern, importFilterPattern } from '@equal-partners/functions/changes/stream-filter';
import type { JobEvent } from '@equal-partners/functions/lambda/jobs';
import { jobsTimeoutSeconds } from '@equal-partners/functions/lambda/limits';
import type { StageConfig } from '../config.ts';
import { tableGrants } from '../table-grants.ts';
import { AppFunction } from './app-function.ts';
import { PdfLayer, pdfArchitecture } from './pdf-layer.ts';

/** What the jobs function is given for Chromium: @sparticuz/chromium asks for at least 1,600 MB. */
export const jobsMemoryMb = 2048;
/** Chromium unpacks itself into /tmp (about 210 MB with its libraries and fonts). */
export const jobsTmpMb = 1024;

/** When each job runs (UTC), and the event that names it. */
export const jobSchedules: { id: string; event: JobEvent; schedule: Schedule }[] = [
  { id: 'Reconcile', event: { job: 'reconcile' }, schedule: Schedule.cron({ minute: '0', hour: '2' }) },
  // Monday morning, before the week's board business.
  {
    id: 'OverdueDigest',
    event: { job: 'overdue-digest' },
    schedule: Schedule.cron({ minute: '0', hour: '7', weekDay: 'MON' }),
  },
  // Every morning: what needs action today, to each signatory's editors and the board.
  { id: 'Alerts', event: { job: 'alerts' }, schedule: Schedule.cron({ minute: '0', hour: '6' }) },
];

/** How many times a failing stream batch (bisected down to the failing record) is retried before it is parked. */
export const streamRetryAttempts = 5;

export interface JobsProps {
  config: StageConfig;
  table: ITableV2;
}

export class Jobs extends Construct {
  readonly aggregator: AppFunction;
  readonly aggregatorDeadLetters: Queue;
  readonly jobs: AppFunction;
  readonly jobsDeadLetters: Queue;
  /** Counts reconcile runs that found and repaired drift: a change was lost or mishandled. */
  readonly drift: MetricFilter;
  /** The weekly overdue digest goes here; the `DigestEmail` parameter subscribes the board. */
  readonly digestTopic: Topic;
  /** The address the daily alerts are sent from (the `AlertsFrom` parameter), an SES identity of the account. */
  readonly alertsFrom: CfnParameter;
  /** The jobs function's Chromium and playwright-core. */
  readonly pdfLayer: PdfLayer;

  constructor(scope: Construct, id: string, props: JobsProps) {
    super(scope, id);
    const { config, table } = props;

    this.aggregatorDeadLetters = this.deadLetterQueue(
      'AggregatorDeadLetters',
      'the stream records the aggregator could not process (their shard positions, to replay from the stream)',
    );
    this.aggregator = new AppFunction(this, 'Aggregator', {
      entry: 'aggregator',
      description: 'Equal Partners aggregator: rollups and audit events from the table stream',
      config,
      timeout: Duration.seconds(60),
    });
    // Writes rollup and audit items into the same table; the event source below grants reading its stream.
    this.aggregator.bindTable(table, tableGrants.aggregator);
    this.aggregator.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        // The handler reports the records that failed; Lambda retries from the first of them,
        // splitting the batch to isolate a record that keeps failing, then parks it.
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: streamRetryAttempts,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.aggregatorDeadLetters),
        // Only changes of the records people enter invoke it, not the rollup and audit items it
        // writes back, nor idempotency records (functions/src/changes/stream-filter.ts).
        filters: [FilterCriteria.filter(aggregatorFilterPattern)],
      }),
    );

    this.jobsDeadLetters = this.deadLetterQueue(
      'JobsDeadLetters',
      'scheduled job runs that failed after their retries, with the event that started them',
    );
    this.pdfLayer = new PdfLayer(this, 'PdfLayer');
    this.jobs = new AppFunction(this, 'Jobs', {
      entry: 'jobs',
      description: 'Equal Partners jobs: reconcile rollups, overdue digest, PDFs of pages',
      config,
      timeout: Duration.seconds(jobsTimeoutSeconds),
      memorySize: jobsMemoryMb,
      ephemeralStorageSize: Size.mebibytes(jobsTmpMb),
      architecture: pdfArchitecture,
      layers: [this.pdfLayer.layer],
    });
    this.jobs.bindTable(table, tableGrants.jobs);
    // Each new import, handed over by the table's stream to be written all or none
    // (docs/decisions/0113). A run that fails to take an import back is retried; the next run
    // finishes the undo. What still fails is parked with the scheduled runs that failed.
    this.jobs.function.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 1,
        retryAttempts: 2,
        maxRecordAge: Duration.hours(1),
        onFailure: new SqsDlq(this.jobsDeadLetters),
        filters: [FilterCriteria.filter(importFilterPattern)],
      }),
    );
    this.digestTopic = this.overdueDigestTopic(config);
    this.digestTopic.grantPublish(this.jobs.function);
    this.jobs.function.addEnvironment('DIGEST_TOPIC_ARN', this.digestTopic.topicArn);
    this.alertsFrom = this.allowSendingAlerts(config);
    // EventBridge invokes asynchronously: two retries by Lambda, then the failed event is parked.
    this.jobs.function.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      onFailure: new SqsDestination(this.jobsDeadLetters),
    });
    for (const { id: ruleId, event, schedule } of jobSchedules)
      new Rule(this, ruleId, {
        description: `Equal Partners ${event.job} (${config.stage})`,
        schedule,
        targets: [
          new LambdaFunction(this.jobs.function, {
            event: RuleTargetInput.fromObject(event),
            // When EventBridge cannot invoke the function at all (throttled, missing rights).
            retryAttempts: 2,
            maxEventAge: Duration.hours(1),
            deadLetterQueue: this.jobsDeadLetters,
          }),
        ],
      });
    this.drift = new MetricFilter(this, 'RollupDrift', {
      logGroup: this.jobs.logGroup,
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.level', '=', 'WARN'),
        FilterPattern.stringValue('$.message', '=', 'reconciled rollups'),
      ),
      metricNamespace: 'EqualPartners',
      metricName: `RollupDrift-${config.stage}`,
      metricValue: '1',
    });
  }

  /** The topic the digest is published to, with an e-mail subscription when `DigestEmail` is set. */
  private overdueDigestTopic(config: StageConfig): Topic {
    const email = new CfnParameter(Stack.of(this), 'DigestEmail', {
      type: 'String',
      default: config.digestEmail,
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      description:
        'Who receives the weekly overdue digest, e.g. the board secretary (they must confirm). Empty: nobody yet.',
    });
    const topic = new Topic(this, 'OverdueDigestTopic', {
      displayName: `Equal Partners ${config.stage} overdue digest`,
      enforceSSL: true,
    });
    Validations.of(topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'The digest carries signatory names, record ids, dates and counts, never personal data or what people said. ' +
        'Encrypting it would need a customer managed KMS key (a monthly charge per stage).',
    });
    const subscription = new CfnSubscription(this, 'DigestEmailSubscription', {
      topicArn: topic.topicArn,
      protocol: 'email',
      endpoint: email.valueAsString,
    });
    subscription.cfnOptions.condition = new CfnCondition(this, 'HasDigestEmail', {
      expression: Fn.conditionNot(Fn.conditionEquals(email.valueAsString, '')),
    });
    return topic;
  }

  /**
   * Lets the jobs function, and no other, send e-mail through SES, from the `AlertsFrom`
   * address only (the `ses:FromAddress` condition), which it is told in `ALERTS_FROM`.
   */
  private allowSendingAlerts(config: StageConfig): CfnParameter {
    const from = new CfnParameter(Stack.of(this), 'AlertsFrom', {
      type: 'String',
      default: config.alertsFrom,
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      description:
        'The address the daily alerts are sent from: an identity verified in Amazon SES in this region (docs/deploy.md). Empty: no alerts are sent.',
    });
    const stack = Stack.of(this);
    this.jobs.function.addEnvironment('ALERTS_FROM', from.valueAsString);
    this.jobs.role.addToPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
        conditions: { StringEquals: { 'ses:FromAddress': from.valueAsString } },
      }),
    );
    Validations.of(this.jobs.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:aws:ses:${stack.region}:<AWS::AccountId>:identity/*]`,
      reason:
        'SES checks ses:SendEmail against the identity of the sender and of each recipient, which are not known in ' +
        'advance; the statement allows only this account and region, and only the AlertsFrom address as sender.',
    });
    return from;
  }

  private deadLetterQueue(id: string, holds: string): Queue {
    const queue = new Queue(this, id, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: `This queue is itself a dead-letter queue, holding ${holds}. Its depth raises an alarm; a person replays or discards what it holds.`,
    });
    return queue;
  }
}
