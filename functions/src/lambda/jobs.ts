/**
 * The `jobs` Lambda, run on a schedule by EventBridge:
 * - `reconcile`: recomputes every rollup from the raw records and logs any drift it
 *   repaired (drift means a change was lost or mishandled, so it is a warning to alarm on),
 *   then applies the retention rules (jobs/retention.ts);
 * - `overdue-digest`: sends the board the loops and challenges that are overdue, to the
 *   SNS topic in DIGEST_TOPIC_ARN (ids, dates and counts only);
 * - `alerts`: e-mails each signatory's editors and the board what needs action today, through
 *   Amazon SES from ALERTS_FROM, once a day per recipient and item (../alerts/alert-job.ts);
 *   without ALERTS_FROM (or the user pool) it sends nothing and says so in the log;
 * - a new import, handed over by the table's stream: writes its rows all or none
 *   (../imports/import-job.ts, docs/decisions/0113), stopping to take them back when less
 *   than `importUndoShare` of the function's time would be left;
 * - `render-pdf`: the web function's request for a PDF of a page (the board report),
 *   rendered by the one HTML-to-PDF module (../reports/pdf-rendering.ts) in the Chromium of
 *   the function's layer (../reports/lambda-chromium.ts); answered as base64.
 * Expects TABLE_NAME; SITE_URL, when set, is linked from the digest and the alerts;
 * COGNITO_USER_POOL_ID, when set, is where the alerts find people's accounts; PDF_PACKAGES, when set,
 * is where Chromium and playwright-core are found instead of the layer's /opt/nodejs.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { importStarted, runImport, type ImportState } from '../imports/import-job.ts';
import { sendAlerts, type AlertRunReport } from '../alerts/alert-job.ts';
import { sesSender } from '../alerts/ses-sender.ts';
import { storeConfigFromEnv } from '../config.ts';
import { usersFromEnv } from '../identity/users-from-env.ts';
import { digestText, overdueDigest, type OverdueDigest } from '../loops/overdue-digest.ts';
import { reconcile, type ReconcileReport } from '../rollups/reconcile.ts';
import { applyRetention } from '../audit/retention.ts';
import { openStore } from '../open-store.ts';
import type { RenderPdfEvent, RenderPdfResult } from '../reports/board-report-pdf.ts';
import { launchLambdaChromium } from '../reports/lambda-chromium.ts';
import { renderPdf } from '../reports/pdf-rendering.ts';

const logger = new Logger({ serviceName: 'equal-partners-jobs' });
const store = openStore({ ...storeConfigFromEnv(), changeDelivery: 'stream' });
const sns = new SNSClient({});

export interface JobEvent {
  /** The job to run; reconcile when not given. */
  job?: 'reconcile' | 'overdue-digest' | 'alerts';
}

/** The most a synchronous invocation may answer (6 MB), less room for the JSON around the PDF. */
export const maxPdfAnswerBytes = 6 * 1024 * 1024 - 1024;

/** A PDF of the page sent, in a browser launched for it and closed after. */
async function renderPdfJob(event: RenderPdfEvent): Promise<RenderPdfResult> {
  const browser = await launchLambdaChromium(process.env.PDF_PACKAGES);
  try {
    const pdf = Buffer.from(await renderPdf(browser, event.html, event.options)).toString('base64');
    logger.info('rendered a PDF', { job: event.job, htmlBytes: event.html.length, pdfBytes: pdf.length });
    if (pdf.length > maxPdfAnswerBytes)
      throw new Error(`The PDF is too large to answer (${pdf.length} bytes in base64)`);
    return { pdf };
  } finally {
    await browser.close();
  }
}

/** Today's alerts by e-mail, through SES from ALERTS_FROM; none without it. */
async function alertsJob(): Promise<AlertRunReport | undefined> {
  const from = process.env.ALERTS_FROM;
  const users = usersFromEnv(store);
  if (!from || !users) {
    logger.warn('alerts not sent: ALERTS_FROM or COGNITO_USER_POOL_ID is not set', { job: 'alerts' });
    return undefined;
  }
  const report = await sendAlerts({
    store,
    users,
    sender: sesSender(from),
    today: () => new Date(),
    siteUrl: process.env.SITE_URL ?? '',
    warn: (message, fields) => logger.warn(message, { job: 'alerts', ...fields }),
  });
  logger.info('alerts', { ...report });
  return report;
}

/** The share of the function's time kept for taking an import back, should writing it fail. */
export const importUndoShare = 0.5;

/** What became of each import the stream handed over. */
export interface ImportRunReport {
  imports: { id: string; state: ImportState | undefined }[];
}

/**
 * Runs each import whose head the stream batch brings in new. Rejects when one could not
 * be taken back, for Lambda to hand the batch over again: the run after finishes the undo.
 */
async function importJobs(event: DynamoDBStreamEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>) {
  const report: ImportRunReport = { imports: [] };
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const keys = record.dynamodb?.Keys;
    if (record.eventName !== 'INSERT' || !image || !keys) continue;
    const change = {
      keys: unmarshall(keys as Record<string, AttributeValue>) as { pk: string; sk: string },
      newImage: unmarshall(image as Record<string, AttributeValue>),
    };
    const id = importStarted(change);
    if (!id) continue;
    const left = context?.getRemainingTimeInMillis();
    const deadline = left === undefined ? undefined : Date.now() + left * (1 - importUndoShare);
    const head = await runImport(store, id, { deadline });
    logger.info('import', { job: 'import', id, state: head?.state, rows: head?.rows, failure: head?.failure });
    report.imports.push({ id, state: head?.state });
  }
  return report;
}

const isStreamEvent = (event: object): event is DynamoDBStreamEvent =>
  Array.isArray((event as { Records?: unknown }).Records);

export async function handler(
  event: DynamoDBStreamEvent,
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<ImportRunReport>;
export async function handler(event: RenderPdfEvent): Promise<RenderPdfResult>;
export async function handler(event?: JobEvent): Promise<ReconcileReport | OverdueDigest | AlertRunReport | undefined>;
export async function handler(
  event: JobEvent | RenderPdfEvent | DynamoDBStreamEvent = {},
  context?: Pick<Context, 'getRemainingTimeInMillis'>,
): Promise<ReconcileReport | OverdueDigest | AlertRunReport | RenderPdfResult | ImportRunReport | undefined> {
  if (isStreamEvent(event)) return importJobs(event, context);
  if (event.job === 'render-pdf') return renderPdfJob(event);
  if (event.job === 'alerts') return alertsJob();
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
}
