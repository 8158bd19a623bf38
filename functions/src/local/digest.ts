/**
 * `npm run digest`: runs today's alerts against the local store, as the daily job does in
 * AWS, writing each e-mail to the outbox folder (`.local/outbox/`, listed on the board's page
 * `/admin/alerts`) instead of sending it. Run twice the same day, it writes nothing the
 * second time (docs/decisions/0212).
 */
import { outboxFolder, runLocalAlerts } from '../alerts/local-alerts.ts';
import { tableUserDirectory } from '../identity/table-directory.ts';
import { runLocalJob } from './local-job.ts';

runLocalJob('digest', async (store) => {
  const folder = outboxFolder();
  const report = await runLocalAlerts({
    store,
    users: tableUserDirectory(store),
    siteUrl: `http://localhost:${process.env.PORT ?? 3000}`,
    folder,
  });
  console.log(
    `Alerts for ${report.day}: ${report.sent} e-mails written to ${folder} (${report.items} items), ` +
      `${report.failed} failed (kept for the next run), ${report.switchedOff} recipients switched off.`,
  );
});
