/**
 * The `jobs` Lambda, run on a schedule by EventBridge:
 * - `reconcile`: recomputes every rollup from the raw records and logs any drift it
 *   repaired (drift means a change was lost or mishandled, so it is a warning to alarm on),
 *   then applies the retention rules (jobs/retention.ts);
 * - `overdue-digest`: sends the board the loops and challenges that are overdue, to the
 *   SNS topic in DIGEST_TOPIC_ARN (ids, dates and counts only).
 * Expects TABLE_NAME; SITE_URL, when set, is linked from the digest.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { storeConfigFromEnv } from '../config.ts';
import { digestText, overdueDigest, type OverdueDigest } from '../loops/overdue-digest.ts';
import { reconcile, type ReconcileReport } from '../rollups/reconcile.ts';
import { applyRetention } from '../audit/retention.ts';
import { openStore } from '../open-store.ts';

const logger = new Logger({ serviceName: 'equal-partners-jobs' });
const store = openStore({ ...storeConfigFromEnv(), changeDelivery: 'stream' });
const sns = new SNSClient({});

export interface JobEvent {
  /** The job to run; reconcile when not given. */
  job?: 'reconcile' | 'overdue-digest';
}

export const handler = async (event: JobEvent = {}): Promise<ReconcileReport | OverdueDigest> => {
  if (event.job === 'overdue-digest') {
    const digest = await overdueDigest(store, new Date());
    logger.info('overdue digest', { job: event.job, loops: digest.totals.loops, challenges: digest.totals.challenges });
    const topic = process.env.DIGEST_TOPIC_ARN;
    if (topic) {
      await sns.send(
        new PublishCommand({
          TopicArn: topic,
          Subject: `Equal Partners: overdue loops and challenges (${digest.asOf})`,
          Message: digestText(digest, process.env.SITE_URL ?? ''),
        }),
      );
    }
    return digest;
  }
  const report = await reconcile(store);
  const log = report.drifted.length > 0 ? logger.warn.bind(logger) : logger.info.bind(logger);
  log('reconciled rollups', {
    job: 'reconcile',
    checked: report.checked,
    drifted: report.drifted.length,
    buckets: report.drifted,
  });
  logger.info('applied retention', { job: 'reconcile', ...(await applyRetention(store)) });
  return report;
};
