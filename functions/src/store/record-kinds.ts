/** Every kind of record the API writes: its entity name, how its id maps to its key, and its list keys. */
import type {
  Activity,
  Assessment,
  Challenge,
  FeedbackLoop,
  Partnership,
  PopulationBaseline,
  Signatory,
} from '@equal-partners/shared';
import { keys, type ItemKeys } from './keys.ts';

export interface RecordKind<T> {
  entity: string;
  /** The record's id as it appears in URLs. */
  idOf(record: T): string;
  /** The primary key of the record with this id. */
  keyOf(id: string): { pk: string; sk: string };
  /** Every key of the stored item, list keys included. */
  keys(record: T): ItemKeys;
}

function byId<T extends { id: string }>(entity: string, prefix: string, itemKeys: (r: T) => ItemKeys): RecordKind<T> {
  return { entity, idOf: (r) => r.id, keyOf: (id) => ({ pk: `${prefix}#${id}`, sk: prefix }), keys: itemKeys };
}

export const recordKinds = {
  signatory: byId<Signatory>('signatory', 'SIGNATORY', keys.signatory),
  activity: byId<Activity>('activity', 'ACTIVITY', keys.activity),
  loop: byId<FeedbackLoop>('loop', 'LOOP', keys.feedbackLoop),
  assessment: byId<Assessment>('assessment', 'ASSESSMENT', keys.assessment),
  challenge: byId<Challenge>('challenge', 'CHALLENGE', keys.challenge),
  partnership: {
    entity: 'partnership',
    idOf: () => 'partnership',
    keyOf: () => keys.partnership() as { pk: string; sk: string },
    keys: () => keys.partnership(),
  } satisfies RecordKind<Partnership>,
  baseline: {
    entity: 'baseline',
    idOf: (b) => String(b.year),
    keyOf: (id) => keys.baseline({ year: Number(id) }) as { pk: string; sk: string },
    keys: keys.baseline,
  } satisfies RecordKind<PopulationBaseline>,
};

export type RecordKindName = keyof typeof recordKinds;
