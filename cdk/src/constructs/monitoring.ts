/**
 * Alarms that tell a person something is wrong: function errors and throttles, messages
 * in a dead-letter queue, and server errors from the API, all to one SNS topic. Who gets
 * the e-mail is the stack's `AlarmEmail` parameter, so it can change without a code change.
 */
import { CfnCondition, CfnParameter, Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSubscription, Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StageConfig } from '../config.ts';

const fiveMinutes = Duration.minutes(5);

export interface MonitoringProps {
  config: StageConfig;
}

export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarmEmail: CfnParameter;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.alarmEmail = new CfnParameter(Stack.of(this), 'AlarmEmail', {
      type: 'String',
      default: props.config.alarmEmail,
      allowedPattern: '^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      description: 'Who receives alarm e-mails (they must confirm the subscription). Empty: nobody yet.',
    });
    this.topic = new Topic(this, 'Alarms', {
      displayName: `Equal Partners ${props.config.stage} alarms`,
      enforceSSL: true,
    });
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry only alarm names, metric values and thresholds, never personal data. ' +
        'Encrypting them would need a customer managed KMS key (a monthly charge per stage) with a key policy for CloudWatch.',
    });
    const subscribe = new CfnCondition(this, 'HasAlarmEmail', {
      expression: Fn.conditionNot(Fn.conditionEquals(this.alarmEmail.valueAsString, '')),
    });
    const subscription = new CfnSubscription(this, 'AlarmEmailSubscription', {
      topicArn: this.topic.topicArn,
      protocol: 'email',
      endpoint: this.alarmEmail.valueAsString,
    });
    subscription.cfnOptions.condition = subscribe;
  }

  /** Alarms when the function fails or is throttled at all in five minutes. */
  watchFunction(name: string, fn: IFunction): void {
    this.alarm(`${name}Errors`, fn.metricErrors({ period: fiveMinutes }), 1, `The ${name} function failed.`);
    this.alarm(
      `${name}Throttles`,
      fn.metricThrottles({ period: fiveMinutes }),
      1,
      `The ${name} function was throttled.`,
    );
  }

  /** Alarms as soon as a dead-letter queue holds a message: something needs a person to look at it. */
  watchDeadLetterQueue(name: string, queue: IQueue): void {
    this.alarm(
      `${name}DeadLetters`,
      queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
      1,
      `The ${name} dead-letter queue holds messages that could not be processed.`,
    );
  }

  /** Alarms when the stream consumer falls more than ten minutes behind the table's changes. */
  watchStreamConsumer(name: string, fn: IFunction): void {
    this.alarm(
      `${name}IteratorAge`,
      fn.metric('IteratorAge', { period: fiveMinutes, statistic: 'Maximum' }),
      10 * 60 * 1000,
      `The ${name} function is more than ten minutes behind the table's stream.`,
    );
  }

  /** Alarms on server errors from the HTTP API (function failures, timeouts, integration errors). */
  watchApi(httpApi: HttpApi): void {
    this.alarm(
      'Api5xx',
      httpApi.metricServerError({ period: fiveMinutes }),
      5,
      'The HTTP API returned five or more server errors in five minutes.',
    );
  }

  /** Alarms when a metric reaches `threshold` in one period. */
  alarm(id: string, metric: IMetric, threshold: number, description: string): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
    return alarm;
  }
}
