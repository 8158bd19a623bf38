/**
 * The `jobs` Lambda, run on a schedule by EventBridge: reconciles every rollup with
 * the raw records and logs any drift it repaired (drift means a change was lost or
 * mishandled, so it is logged as a warning to alarm on). Expects TABLE_NAME.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { storeConfigFromEnv } from '../config.ts';
import { reconcile, type ReconcileReport } from '../jobs/reconcile.ts';
import { openStore } from '../open-store.ts';

const logger = new Logger({ serviceName: 'equal-partners-jobs' });
const store = openStore({ ...storeConfigFromEnv(), changeDelivery: 'stream' });

export interface JobEvent {
  /** The job to run; reconcile when not given (the scheduled event). */
  job?: 'reconcile';
}

export const handler = async (event: JobEvent = {}): Promise<ReconcileReport> => {
  const job = event.job ?? 'reconcile';
  const report = await reconcile(store);
  const log = report.drifted.length > 0 ? logger.warn.bind(logger) : logger.info.bind(logger);
  log('reconciled rollups', { job, checked: report.checked, drifted: report.drifted.length, buckets: report.drifted });
  return report;
};
