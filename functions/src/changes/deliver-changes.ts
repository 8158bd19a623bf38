/**
 * What follows a write where the writer delivers its own changes (locally and in tests):
 * a new import is run to its end, as the jobs function runs it from the table's stream in
 * AWS (../imports/import-job.ts, docs/decisions/0113); every other change is audited and
 * its rollups recomputed (./handle-changes.ts). The aggregator, which only ever sees the
 * stream, does not bundle this module.
 */
import { importStarted, runImport } from '../imports/import-job.ts';
import type { ChangeListener, Store } from '../table/index.ts';
import { handleChanges } from './handle-changes.ts';

export function deliverChanges(store: Store): ChangeListener {
  const handle = handleChanges(store);
  return async (changes) => {
    const others = changes.filter((change) => importStarted(change) === undefined);
    if (others.length > 0) await handle(others);
    for (const change of changes) {
      const id = importStarted(change);
      if (id) await runImport(store, id);
    }
  };
}
