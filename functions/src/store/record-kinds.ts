/** Every kind of record the API writes: its entity name, how its id maps to its key, and its list keys. */
import {
  publicationOnWrite,
  type Activity,
  type Assessment,
  type Challenge,
  type FeedbackLoop,
  type ModeratedKind,
  type Partnership,
  type PopulationBaseline,
  type Signatory,
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
  /** Fields the server sets on every write, never a client (whose input the schemas strip of them). */
  derived?: {
    fields: readonly string[];
    /** The record to store, from the record written, the stored one it replaces and the time of the write. */
    apply(record: T, before: T | undefined, at: string): T;
  };
}

function byId<T extends { id: string }>(entity: string, prefix: string, itemKeys: (r: T) => ItemKeys): RecordKind<T> {
  return { entity, idOf: (r) => r.id, keyOf: (id) => ({ pk: `${prefix}#${id}`, sk: prefix }), keys: itemKeys };
}

/**
 * A loop's or challenge's texts wait to be checked whenever they are new or changed
 * (docs/decisions/0402). The publish and redact commands decide the publication
 * themselves and write it with the record; nothing else can, as no input schema has it.
 */
function checkedTexts<T extends { id: string }>(kind: ModeratedKind, plain: RecordKind<T>): RecordKind<T> {
  return {
    ...plain,
    derived: {
      fields: ['publication'],
      apply: (record, before, at) => {
        const written = record as T & { publication?: unknown };
        if (written.publication !== undefined) return record;
        const after = record as Record<string, unknown>;
        return { ...record, publication: publicationOnWrite(kind, after, before as Record<string, unknown>, at) };
      },
    },
  };
}

export const recordKinds = {
  signatory: byId<Signatory>('signatory', 'SIGNATORY', keys.signatory),
  activity: byId<Activity>('activity', 'ACTIVITY', keys.activity),
  loop: checkedTexts('loop', byId<FeedbackLoop>('loop', 'LOOP', keys.feedbackLoop)),
  assessment: byId<Assessment>('assessment', 'ASSESSMENT', keys.assessment),
  challenge: checkedTexts('challenge', byId<Challenge>('challenge', 'CHALLENGE', keys.challenge)),
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
