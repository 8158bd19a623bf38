/**
 * Deleting a record entered by mistake, from its page: which records the pages let people
 * delete, and how each is named when asking to confirm. Challenges are not among them: a
 * challenge raised is part of the public account, so it is answered or closed, never removed.
 */
import type { Activity, Assessment, FeedbackLoop, Resource } from '@equal-partners/shared';
import { formatQuarter, t } from '#lib/i18n/index.ts';

interface Deletable<T> {
  /** What the rules call it (`authorize` in shared). */
  resource: Resource;
  collection: string;
  /** The list the person returns to. */
  list: string;
  /** The record as the confirmation and the banner afterwards name it. */
  describe(record: T): string;
}

const deletable = {
  activities: {
    resource: 'activity',
    collection: '/api/v1/activities',
    list: '/manage/activities',
    describe: (a) => t('delete.activity', { title: a.title }),
  } satisfies Deletable<Activity>,
  loops: {
    resource: 'loop',
    collection: '/api/v1/loops',
    list: '/manage/loops',
    describe: (l) => t('delete.loop', { youSaid: l.youSaid }),
  } satisfies Deletable<FeedbackLoop>,
  assessments: {
    resource: 'assessment',
    collection: '/api/v1/assessments',
    list: '/manage/assessments',
    describe: (a) => t('delete.assessment', { period: formatQuarter(a.period) }),
  } satisfies Deletable<Assessment>,
};

export type DeletableKind = keyof typeof deletable;

/** How to delete records of a kind named in a URL, or `undefined` for any other kind. */
export function deletableKind(kind: string): Deletable<never> | undefined {
  return Object.hasOwn(deletable, kind) ? (deletable[kind as DeletableKind] as Deletable<never>) : undefined;
}
