/**
 * Which rollups a change of a stored item touches. An item's old and new images
 * can fall in different buckets (an activity moved to another month, a loop whose
 * raised date was corrected): both are recomputed. Loops also touch their
 * signatory's standing, as do assessments; a change of the loop due days touches
 * every standing.
 */
import { monthOf } from '../time/months.ts';

export interface ItemImages {
  keys: { pk: string; sk: string };
  oldImage?: Record<string, unknown> | undefined;
  newImage?: Record<string, unknown> | undefined;
}

export interface SignatoryMonthBucket {
  signatoryId: string;
  month: string;
}

/** The buckets one image of an item belongs to. */
export interface ImageBuckets {
  signatoryMonth?: SignatoryMonthBucket;
  standing?: string;
}

const monthPattern = /^\d{4}-\d{2}-\d{2}/;

function entityOf(image: Record<string, unknown>, pk: string): string {
  if (typeof image.entity === 'string') return image.entity;
  return pk.split('#')[0]!.toLowerCase();
}

export function bucketsOfImage(image: Record<string, unknown> | undefined, pk: string): ImageBuckets {
  if (!image) return {};
  const signatoryId = typeof image.signatoryId === 'string' ? image.signatoryId : undefined;
  if (!signatoryId) return {};
  const entity = entityOf(image, pk);
  const dated = (field: string) =>
    typeof image[field] === 'string' && monthPattern.test(image[field]) ? monthOf(image[field]) : undefined;
  if (entity === 'activity') {
    const month = dated('date');
    return month ? { signatoryMonth: { signatoryId, month } } : {};
  }
  if (entity === 'loop') {
    const month = dated('raisedOn');
    return { ...(month ? { signatoryMonth: { signatoryId, month } } : {}), standing: signatoryId };
  }
  if (entity === 'assessment') return { standing: signatoryId };
  return {};
}

export function signatoryMonthKey(bucket: SignatoryMonthBucket): string {
  return `${bucket.signatoryId}|${bucket.month}`;
}

/** The loop due days of a partnership image, if it is one. */
function loopDueDaysOf(image: Record<string, unknown> | undefined): unknown {
  if (!image || image.entity !== 'partnership') return undefined;
  return (image.settings as { loopDueDays?: unknown } | undefined)?.loopDueDays;
}

export interface ChangeBuckets {
  signatoryMonths: SignatoryMonthBucket[];
  standings: string[];
  /** The loop due days changed: every standing is out of date. */
  allStandings: boolean;
}

/** Every bucket a change touches, from both its images. */
export function bucketsOfChange(change: ItemImages): ChangeBuckets {
  const images = [change.oldImage, change.newImage].map((image) => bucketsOfImage(image, change.keys.pk));
  const months = new Map<string, SignatoryMonthBucket>();
  const standings = new Set<string>();
  for (const b of images) {
    if (b.signatoryMonth) months.set(signatoryMonthKey(b.signatoryMonth), b.signatoryMonth);
    if (b.standing) standings.add(b.standing);
  }
  const partnership = change.oldImage?.entity === 'partnership' || change.newImage?.entity === 'partnership';
  return {
    signatoryMonths: [...months.values()],
    standings: [...standings],
    allStandings: partnership && loopDueDaysOf(change.oldImage) !== loopDueDaysOf(change.newImage),
  };
}
