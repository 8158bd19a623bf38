/**
 * The key of every item kind in the single table. Every record is addressable by
 * its own id (pk), and the gsi keys hold the lists it belongs to. See docs/data-model.md.
 */
import type { Activity, Assessment, FeedbackLoop, Signatory } from '@equal-partners/shared';

export interface ItemKeys {
  pk: string;
  sk: string;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
}

export const keys = {
  partnership: (): ItemKeys => ({ pk: 'PARTNERSHIP', sk: 'PARTNERSHIP' }),
  signatory: (s: Pick<Signatory, 'id'>): ItemKeys => ({
    pk: `SIGNATORY#${s.id}`,
    sk: 'SIGNATORY',
    gsi1pk: 'SIGNATORIES',
    gsi1sk: s.id,
  }),
  activity: (a: Pick<Activity, 'id' | 'signatoryId' | 'date'>): ItemKeys => ({
    pk: `ACTIVITY#${a.id}`,
    sk: 'ACTIVITY',
    gsi1pk: `SIGNATORY#${a.signatoryId}#ACTIVITIES`,
    gsi1sk: `${a.date}#${a.id}`,
  }),
  feedbackLoop: (l: Pick<FeedbackLoop, 'id' | 'signatoryId' | 'raisedOn' | 'status'>): ItemKeys => ({
    pk: `LOOP#${l.id}`,
    sk: 'LOOP',
    gsi1pk: `SIGNATORY#${l.signatoryId}#LOOPS`,
    gsi1sk: `${l.raisedOn}#${l.id}`,
    gsi2pk: `SIGNATORY#${l.signatoryId}#LOOPS#${l.status}`,
    gsi2sk: `${l.raisedOn}#${l.id}`,
  }),
  assessment: (a: Pick<Assessment, 'id' | 'signatoryId' | 'period' | 'by'>): ItemKeys => ({
    pk: `ASSESSMENT#${a.id}`,
    sk: 'ASSESSMENT',
    gsi1pk: `SIGNATORY#${a.signatoryId}#ASSESSMENTS`,
    gsi1sk: `${a.period}#${a.by}#${a.id}`,
  }),
  user: (u: { id: string }): ItemKeys => ({ pk: `USER#${u.id}`, sk: 'USER', gsi1pk: 'USERS', gsi1sk: u.id }),
  apiKey: (k: { hash: string; signatoryId: string; prefix: string }): ItemKeys => ({
    pk: `APIKEY#${k.hash}`,
    sk: 'APIKEY',
    gsi1pk: `SIGNATORY#${k.signatoryId}#APIKEYS`,
    gsi1sk: k.prefix,
  }),
  /** Marks that the demo partnership was loaded, so a restart never loads it twice. */
  demoMarker: (): ItemKeys => ({ pk: 'META', sk: 'DEMO_DATA' }),
};

/** Removes the storage keys from an item, leaving the record. */
export function withoutKeys<T extends object>(item: T & Partial<ItemKeys> & { entity?: string }): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, entity: _e, ...record } = item;
  return record as T;
}
