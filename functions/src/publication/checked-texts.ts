/**
 * A loop's or challenge's texts wait to be checked whenever they are new or changed
 * (docs/decisions/0402). The publish and redact commands decide the publication
 * themselves and write it with the record; nothing else can, as no input schema has it.
 */
import { publicationOnWrite, type ModeratedKind } from '@equal-partners/shared';
import type { RecordKind } from '../table/record-kinds.ts';

export function checkedTexts<T extends { id: string }>(kind: ModeratedKind, plain: RecordKind<T>): RecordKind<T> {
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

/**
 * The list filter of records whose texts wait to be checked: those stored before texts
 * were checked have no publication, and wait too.
 */
export const textsWaiting = {
  expression: 'attribute_not_exists(publication) OR publication.#status = :waiting',
  names: { '#status': 'status' },
  values: { ':waiting': 'waiting' },
};
