/**
 * Who may mark a text ready to publish (and remove a name from it): the partnership board,
 * and, where the board allows (`editorsMayPublish`), a signatory's own editors for their
 * own loops. The reason for an award is the board's alone. Never anyone for a challenge to their own organisation, and never a machine:
 * publishing is a person's judgement about what a text says.
 */
import { ruleMessage, type RuleCode } from '../records/rules.ts';
import type { Role } from '../records/vocabulary.ts';
import type { ModeratedKind } from './publication.ts';

export interface Publisher {
  role: Role;
  signatoryId?: string | undefined;
  /** An API key rather than a person. */
  machine?: boolean | undefined;
}

/** A refusal says why in English (`reason`) and by the code of its sentence (`rule`). */
export type PublishDecision = { allowed: true } | { allowed: false; reason: string; rule: RuleCode };

const allowed: PublishDecision = { allowed: true };
const refused = (rule: RuleCode): PublishDecision => ({ allowed: false, reason: ruleMessage(rule), rule });

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
  if (who.machine) return refused('apiKeyCannotPublish');
  if (who.role === 'board-admin') return allowed;
  if (who.role !== 'signatory-editor') return refused('boardPublishes');
  if (entry.kind === 'signatory') return refused('boardPublishesAwardReason');
  if (entry.kind === 'challenge') {
    return refused('boardPublishesOwnChallenge');
  }
  if (who.signatoryId !== entry.signatoryId) return refused('publishOwnLoopsOnly');
  return settings.editorsMayPublish === true ? allowed : refused('boardPublishesEveryText');
}
