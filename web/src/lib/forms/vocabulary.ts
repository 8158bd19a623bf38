/**
 * The domain's fixed vocabularies, sent to pages as data: forms render their choices
 * from it without bundling the schemas (and zod) into the browser's JavaScript.
 */
import {
  adjustments,
  audiences,
  channels,
  charterStatuses,
  levels,
  loopOutcomes,
  loopStatuses,
  ratings,
  sectors,
  settings,
  stages,
} from '@equal-partners/shared';

export const vocabulary = {
  adjustments,
  audiences,
  channels,
  charterStatuses,
  levels,
  loopOutcomes,
  loopStatuses,
  ratings,
  sectors,
  settings,
  stages,
};

export type Vocabulary = typeof vocabulary;
