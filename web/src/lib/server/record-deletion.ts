/**
 * Deleting a record entered by mistake, from its page: which records the pages let people
 * delete, how each is named when asking to confirm, and the queries that read and delete
 * it. Challenges are not among them: a challenge raised is part of the public account, so
 * it is answered or closed, never removed.
 */
import type { Resource } from '@equal-partners/shared';
import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import type { Query } from '@equal-partners/functions/host';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { formatQuarter, t } from '#lib/server/text.ts';
import { ask, attempt, type Outcome } from './queries.ts';

interface Deletable {
  /** What the rules call it (`authorize` in shared). */
  resource: Resource;
  /** The list the person returns to. */
  list: string;
  /** The record as the confirmation and the banner afterwards name it, and the version read. */
  read(id: string): Promise<{ what: string; version: number }>;
  /** Deletes it, if it is still at `expectedVersion` (when given). */
  delete(id: string, expectedVersion: number | undefined): Promise<Outcome<void>>;
}

function deletable<R>(
  resource: Resource,
  list: string,
  queries: {
    read: Query<{ id: string }, { record: R; version: number }>;
    delete: Query<{ id: string; expectedVersion?: number | undefined }, void>;
  },
  describe: (record: R) => string,
): Deletable {
  return {
    resource,
    list,
    read: async (id) => {
      const { record, version } = await ask(queries.read, { id });
      return { what: describe(record), version };
    },
    delete: (id, expectedVersion) => attempt(queries.delete, { id, expectedVersion }),
  };
}

const deletables = {
  activities: deletable('activity', '/manage/activities', activityQueries, (a) =>
    t('delete.activity', { title: a.title }),
  ),
  loops: deletable('loop', '/manage/loops', loopQueries, (l) => t('delete.loop', { youSaid: l.youSaid })),
  assessments: deletable('assessment', '/manage/assessments', assessmentQueries, (a) =>
    t('delete.assessment', { period: formatQuarter(a.period) }),
  ),
};

export type DeletableKind = keyof typeof deletables;

/** How to delete records of a kind named in a URL, or `undefined` for any other kind. */
export function deletableKind(kind: string): Deletable | undefined {
  return Object.hasOwn(deletables, kind) ? deletables[kind as DeletableKind] : undefined;
}
