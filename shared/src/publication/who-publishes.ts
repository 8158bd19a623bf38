/**
 * Who may mark a text ready to publish (and remove a name from it): the partnership board,
 * and, where the board allows (`editorsMayPublish`), a signatory's own editors for their
 * own loops. The reason for an award is the board's alone. Never anyone for a challenge to their own organisation, and never a machine:
 * publishing is a person's judgement about what a text says.
 */
import type { Role } from '../records/vocabulary.ts';
import type { ModeratedKind } from './publication.ts';

export interface Publisher {
  role: Role;
  signatoryId?: string | undefined;
  /** An API key rather than a person. */
  machine?: boolean | undefined;
}

export type PublishDecision = { allowed: true } | { allowed: false; reason: string };

const allowed: PublishDecision = { allowed: true };
const refused = (reason: string): PublishDecision => ({ allowed: false, reason });

/** Whether someone may publish anything at all under these settings (which pages and links to offer them). */
export function publishesTexts(who: Publisher, settings: { editorsMayPublish?: boolean | undefined }): boolean {
  if (who.machine) return false;
  return who.role === 'board-admin' || (who.role === 'signatory-editor' && settings.editorsMayPublish === true);
}

/**
 * Whether `who` may publish, or remove a name from, the texts of one loop or challenge.
 * @example mayPublish({ role: 'signatory-editor', signatoryId: 'a' }, { kind: 'challenge', signatoryId: 'a' }, { editorsMayPublish: true }) // refused
 */
export function mayPublish(
  who: Publisher,
  entry: { kind: ModeratedKind; signatoryId: string },
  settings: { editorsMayPublish?: boolean | undefined },
): PublishDecision {
  if (who.machine) return refused('A person checks a text before it is published: an API key cannot publish.');
  if (who.role === 'board-admin') return allowed;
  if (who.role !== 'signatory-editor') return refused('Only the partnership board publishes what people wrote.');
  if (entry.kind === 'signatory') return refused('Only the partnership board publishes the reason for its award.');
  if (entry.kind === 'challenge') {
    return refused('A challenge to your own organisation is published by the partnership board, not by you.');
  }
  if (who.signatoryId !== entry.signatoryId) return refused('You can only publish your own organisation’s loops.');
  return settings.editorsMayPublish === true
    ? allowed
    : refused(
        'The partnership board checks and publishes every text: it has not asked signatories to publish their own.',
      );
}
