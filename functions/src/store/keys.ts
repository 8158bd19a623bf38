/**
 * The key of every item kind in the single table. Every record is addressable by
 * its own id (pk), and the gsi keys hold the lists it belongs to. See docs/data-model.md.
 */
import type {
  Activity,
  Assessment,
  Challenge,
  FeedbackLoop,
  PopulationBaseline,
  Signatory,
} from '@equal-partners/shared';

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
    gsi2pk: 'ACTIVITIES',
    gsi2sk: `${a.date}#${a.id}`,
  }),
  feedbackLoop: (l: Pick<FeedbackLoop, 'id' | 'signatoryId' | 'raisedOn'>): ItemKeys => ({
    pk: `LOOP#${l.id}`,
    sk: 'LOOP',
    gsi1pk: `SIGNATORY#${l.signatoryId}#LOOPS`,
    gsi1sk: `${l.raisedOn}#${l.id}`,
    gsi2pk: 'LOOPS',
    gsi2sk: `${l.raisedOn}#${l.id}`,
  }),
  assessment: (a: Pick<Assessment, 'id' | 'signatoryId' | 'period' | 'by'>): ItemKeys => ({
    pk: `ASSESSMENT#${a.id}`,
    sk: 'ASSESSMENT',
    gsi1pk: `SIGNATORY#${a.signatoryId}#ASSESSMENTS`,
    gsi1sk: `${a.period}#${a.by}#${a.id}`,
    gsi2pk: 'ASSESSMENTS',
    gsi2sk: `${a.period}#${a.signatoryId}#${a.by}#${a.id}`,
  }),
  challenge: (c: Pick<Challenge, 'id' | 'signatoryId' | 'raisedOn'>): ItemKeys => ({
    pk: `CHALLENGE#${c.id}`,
    sk: 'CHALLENGE',
    gsi1pk: `SIGNATORY#${c.signatoryId}#CHALLENGES`,
    gsi1sk: `${c.raisedOn}#${c.id}`,
    gsi2pk: 'CHALLENGES',
    gsi2sk: `${c.raisedOn}#${c.id}`,
  }),
  baseline: (b: Pick<PopulationBaseline, 'year'>): ItemKeys => ({ pk: 'BASELINE', sk: String(b.year) }),
  /** One audit event per change of a record; the gsi1 keys list every change by month, for exports. */
  auditEvent: (e: { entity: string; id: string; at: string; version: number; action: string }): ItemKeys => ({
    pk: `AUDIT#${e.entity}#${e.id}`,
    sk: `${e.at}#v${String(e.version).padStart(6, '0')}#${e.action}`,
    gsi1pk: `CHANGES#${e.at.slice(0, 7)}`,
    gsi1sk: `${e.at}#${e.entity}#${e.id}`,
  }),
  user: (u: { id: string }): ItemKeys => ({ pk: `USER#${u.id}`, sk: 'USER', gsi1pk: 'USERS', gsi1sk: u.id }),
  apiKey: (k: { hash: string; signatoryId: string; prefix: string }): ItemKeys => ({
    pk: `APIKEY#${k.hash}`,
    sk: 'APIKEY',
    gsi1pk: `SIGNATORY#${k.signatoryId}#APIKEYS`,
    gsi1sk: k.prefix,
    gsi2pk: 'APIKEYS',
    gsi2sk: k.prefix,
  }),
  /**
   * A signed-in person's session on the web, by the SHA-256 of the random id in their
   * cookie: the table never holds an id that would open the session.
   */
  webSession: (s: { hash: string }): ItemKeys => ({ pk: `SESSION#${s.hash}`, sk: 'SESSION' }),
  /** When a person's tokens were last revoked (sign-out, disable, change of role): older tokens are refused. */
  tokenRevocation: (r: { userId: string }): ItemKeys => ({ pk: `REVOKED#${r.userId}`, sk: 'REVOKED' }),
  /** A signatory's monthly rollup. Every rollup of a month shares one partition, so a month reads in one query. */
  signatoryRollup: (r: { signatoryId: string; month: string }): ItemKeys => ({
    pk: `ROLLUP#${r.month}`,
    sk: `SIGNATORY#${r.signatoryId}`,
  }),
  /** The partnership's monthly rollup: the sum of its signatories' rollups of that month. */
  partnershipRollup: (r: { month: string }): ItemKeys => ({ pk: `ROLLUP#${r.month}`, sk: 'PARTNERSHIP' }),
  /** A rollup's totals per channel and audience, kept apart so unfiltered reads never load them. */
  rollupSegments: (rollup: ItemKeys): ItemKeys => ({ pk: rollup.pk, sk: `SEGMENTS#${rollup.sk}` }),
  /** A signatory's standing (overdue loops, latest scores); all in one partition, read together. */
  standing: (s: { signatoryId: string }): ItemKeys => ({ pk: 'STANDING', sk: `SIGNATORY#${s.signatoryId}` }),
  /** Marks that the demo partnership was loaded, so a restart never loads it twice. */
  demoMarker: (): ItemKeys => ({ pk: 'META', sk: 'DEMO_DATA' }),
};

/** Just the primary key, for Get, Update and Delete requests. */
export function primaryKey({ pk, sk }: ItemKeys): { pk: string; sk: string } {
  return { pk, sk };
}

/** Removes the storage keys from an item, leaving the record. */
export function withoutKeys<T extends object>(item: T & Partial<ItemKeys> & { entity?: string }): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, entity: _e, ...record } = item;
  return record as T;
}
