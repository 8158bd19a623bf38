/**
 * Welsh (Cymraeg) text of the list of feedback links' filters and pages: the twin of
 * en.ts's `feedbackList.` messages, in the words of ./feedback-guard.ts (dolen i roi
 * adborth, gweithgaredd).
 */
import type { MessageKey } from '../en.ts';

export const feedbackListCy = {
  'feedbackList.filter.state': 'Cyflwr y ddolen',
  'feedbackList.filter.state.all': 'Unrhyw gyflwr',
  'feedbackList.filter.state.open': 'Ar agor',
  'feedbackList.filter.state.closed': 'Wedi cau',
  'feedbackList.filter.state.off': 'I ffwrdd neu heb ei throi ymlaen',
  'feedbackList.filter.apply': 'Dangos dolenni',
  'feedbackList.state.closed': 'Wedi cau ar {date}',
  'feedbackList.captionPage': 'Dolenni i roi adborth, tudalen {page}',
  'feedbackList.noneFiltered': 'Nid oes gweithgaredd o’r 120 diwrnod diwethaf nac i ddod yn cyfateb i’r hidlwyr hyn.',
} as const satisfies Partial<Record<MessageKey, string>>;
