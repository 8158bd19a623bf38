/**
 * `npm run export -- <file>` writes the local partnership (every record, account, API key
 * hash and audit event) as JSON Lines; `npm run import -- <file>` restores such a file into
 * an empty local store, creating it if need be, and recomputes the rollups. Point either at
 * another store with DYNAMODB_ENDPOINT and TABLE_NAME (docs/deploy.md: backup and restore).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { exportPartnership, importPartnership } from '../backup/backup.ts';
import { runLocalJob } from './local-job.ts';

const [command, file] = process.argv.slice(2);
if ((command !== 'export' && command !== 'import') || !file) {
  console.error('Usage: npm run export -- <file.jsonl>   or   npm run import -- <file.jsonl>');
  process.exit(1);
}

if (command === 'export')
  runLocalJob('export', async (store, where) => {
    const lines = await exportPartnership(store);
    writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
    console.log(`Wrote ${lines.length} item(s) of ${where} to ${file}.`);
  });
else
  runLocalJob(
    'import',
    async (store, where) => {
      const { items } = await importPartnership(store, readFileSync(file, 'utf8').split('\n'));
      console.log(`Restored ${items} item(s) from ${file} into ${where}, and recomputed its rollups.`);
    },
    { createTable: true },
  );
