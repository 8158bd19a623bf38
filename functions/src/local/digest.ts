/**
 * `npm run digest`: prints the overdue digest of the local store, as the board would
 * receive it by e-mail each Monday in AWS.
 */
import { digestText, overdueDigest } from '../loops/overdue-digest.ts';
import { runLocalJob } from './local-job.ts';

runLocalJob('digest', async (store) => {
  console.log(digestText(await overdueDigest(store, new Date()), `http://localhost:${process.env.PORT ?? 3000}`));
});
