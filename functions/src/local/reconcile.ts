/**
 * `npm run reconcile`: recomputes every rollup of the local store from its raw records
 * and reports any drift it repaired, then applies the retention rules (in AWS the jobs
 * function does both nightly).
 */
import { reconcile } from '../rollups/reconcile.ts';
import { applyRetention, deletedRecordImageDays } from '../audit/retention.ts';
import { counted, days } from '../counted.ts';
import { runLocalJob } from './local-job.ts';

runLocalJob('reconcile', async (store, where) => {
  console.log(`Reconciling the rollups of ${where}...`);
  const report = await reconcile(store);
  const checked = Object.entries(report.checked)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  console.log(`Checked ${checked}.`);
  if (report.drifted.length === 0) console.log('No drift: every rollup equals the recompute of its records.');
  else {
    console.log(`Repaired ${counted(report.drifted.length, 'drifted rollup', 'drifted rollups')}:`);
    for (const { kind, key } of report.drifted) console.log(`  ${kind.padEnd(18)} ${key}`);
  }
  const retention = await applyRetention(store);
  console.log(
    `Retention: the content of ${counted(retention.recordsErased, 'record', 'records')} deleted over ` +
      `${days(deletedRecordImageDays)} ago left the audit trail (${counted(retention.imagesRemoved, 'event', 'events')}); ` +
      `${counted(retention.expiredRemoved, 'expired item', 'expired items')} removed.`,
  );
});
