/**
 * Welsh (Cymraeg) text of the app pages (home, sign-in, data entry, admin, outcomes, your work): every
 * message of en.ts, assembled from the parts in `cy/` (each tested against en.ts beside it),
 * the frame's Welsh and the vocabularies' Welsh of the public pages; and the Welsh forms of
 * its plural messages. The Welsh should be checked by a Welsh speaker; mutations after 2, 3
 * and 6 follow decision 0500.
 */
import type { AppPluralKey, MessageKey } from './en.ts';
import type { WelshForms } from './format.ts';
import { frameCy, frameEn } from './frame.ts';
import { publicCy } from './public.cy.ts';
import { vocabularyEn, type VocabularyKey } from './vocabulary.ts';
import { adminCy } from './cy/admin.ts';
import { commonCy, commonPluralsCy } from './cy/common.ts';
import { evidenceCy } from './cy/evidence.ts';
import { feedbackCy } from './cy/feedback.ts';
import { cyTextCy } from './cy/cy-text.ts';
import { outcomesCy } from './cy/outcomes.ts';
import { recordsCy } from './cy/records.ts';
import { ruleNounsCy, rulesCy } from './cy/rules.ts';
import { sheetCy } from './cy/sheet.ts';
import { workCy } from './cy/work.ts';
import { boardReportCy } from './cy/board-report.ts';
import { awardsCy } from './cy/awards.ts';
import { evidencePackCy } from './cy/evidence-pack.ts';
import { alertsCy } from './cy/alerts.ts';
import { feedbackGuardCy } from './cy/feedback-guard.ts';
import { feedbackListCy } from './cy/feedback-gaps.ts';
import { importJobCy } from './cy/import-job.ts';
import { poolSignInCy } from './cy/pool-sign-in.ts';

/** The vocabularies' labels (sectors, stages, outcomes…) as the Welsh public pages give them. */
const vocabularyCy = Object.fromEntries(
  Object.keys(vocabularyEn).map((key) => [key, publicCy[key as VocabularyKey]]),
) as Record<VocabularyKey, string>;

export const appCy: Record<MessageKey, string> = {
  // The service's name stays as it is.
  'app.name': frameEn['app.name'],
  ...frameCy,
  ...vocabularyCy,
  ...commonCy,
  ...recordsCy,
  ...adminCy,
  ...outcomesCy,
  ...evidenceCy,
  ...workCy,
  ...boardReportCy,
  ...feedbackCy,
  ...evidencePackCy,
  ...cyTextCy,
  ...rulesCy,
  ...ruleNounsCy,
  ...awardsCy,
  ...sheetCy,
  ...alertsCy,
  ...feedbackGuardCy,
  ...feedbackListCy,
  ...importJobCy,
  ...poolSignInCy,
};

/** Welsh forms of every plural message of the app pages (decision 0500's style), tested in cy/common.test.ts. */
export const appPluralsCy: Record<AppPluralKey, WelshForms> = commonPluralsCy;
