/**
 * English text of the public register of charter status (/public/register), which its page
 * adds to the public pages' translator (withPageText), so the other public pages do not load
 * it; the link to it is in public.en.ts. Its Welsh twin is cy/register.ts (docs/decisions/0110).
 */
export const registerEn = {
  'register.title': 'Register of charter status',
  'register.lead':
    'Every organisation that signed the charter, its charter status today, and when its award was made, is due for renewal and lapses. Where the partnership board awarded charter status although an organisation did not meet every criterion, the register says which it did not meet and gives the board’s reason.',
  'register.asOf': 'Charter status on {date}. An award lapses 12 months after it was made unless the board renews it.',
  'register.caption': 'Charter status of every organisation that signed the charter',
  'register.col.organisation': 'Organisation',
  'register.col.sector': 'Sector',
  'register.col.status': 'Charter status',
  'register.col.awardedOn': 'Awarded on',
  'register.col.renewalDueFrom': 'Due for renewal from',
  'register.col.expiresOn': 'Lapses on',
  'register.col.criteria': 'Criteria',
  'register.none': '–',
  'register.inactive': 'No longer takes part',
  'register.metAll': 'Met every criterion when awarded.',
  'register.unmet': 'Awarded although it did not meet: {criteria}.',
  'register.reason': 'The board’s reason:',
  'register.reasonWaiting': 'The board’s reason is waiting to be checked before it is published.',
  'register.criteria.title': 'The criteria for the award',
  'register.criteria.lead':
    'The partnership board awards charter status to an organisation that shows, over the {months} months before the award:',
  'register.criterion.evidence-for-every-principle': 'evidence for every principle of the charter',
  'register.criterion.closure-rate': 'at least {percent}% of the points people raised answered',
  'register.criterion.no-overdue-challenge': 'no challenge left unanswered too long',
  'register.criterion.reviewer-score': 'reviewer scores averaging at least {mean} out of 4, where reviewers scored',
  'register.criterion.reviewer-assessment':
    'at least one assessment by a reviewer: a parent carer forum or youth voice group',
  'register.criteria.against':
    'The board can award charter status to an organisation that does not meet them all, but must say why. Its reason is published here once it is checked.',
  'register.short.evidence-for-every-principle': 'evidence for every principle',
  'register.short.closure-rate': 'points answered',
  'register.short.no-overdue-challenge': 'no challenge overdue',
  'register.short.reviewer-score': 'reviewer scores',
  'register.short.reviewer-assessment': 'a reviewer assessment',
  'register.openData.title': 'Open data',
  'register.openData.lead':
    'The register is open data: use it as you wish. Each file has a row for every organisation, with the fields described below.',
  'register.openData.csv': 'Download the register as a CSV file',
  'register.openData.json': 'Download the register as a JSON file',
  'register.openData.dictionary': 'Download the data dictionary as a CSV file',
  'register.dictionary.title': 'Data dictionary',
  'register.dictionary.caption': 'The fields of the register’s CSV and JSON files',
  'register.dictionary.field': 'Field',
  'register.dictionary.type': 'Type',
  'register.dictionary.meaning': 'What it holds',
  'register.type.text': 'text',
  'register.type.code': 'code',
  'register.type.date': 'date (YYYY-MM-DD)',
  'register.type.boolean': 'true or false',
  'register.type.list': 'list of codes',
  'register.dict.id': 'The organisation’s identifier, as in the partnership’s other open data.',
  'register.dict.name': 'The organisation’s name.',
  'register.dict.sector': 'Its sector: {values}.',
  'register.dict.signedOn': 'The day it signed the charter.',
  'register.dict.status': 'Its charter status today: {values}.',
  'register.dict.awardedOn': 'The day the board last awarded or renewed charter status; blank if never.',
  'register.dict.renewalDueFrom': 'The day from which the award is due for renewal, {days} days before it lapses.',
  'register.dict.expiresOn': 'The day the award lapses, or lapsed, unless renewed.',
  'register.dict.againstCriteria': 'true when the board made the award although a criterion was not met.',
  'register.dict.unmetCriteria':
    'The criteria not met when the award was made (in the CSV, separated by “;”): {values}.',
  'register.dict.reasonStatus':
    'none (no reason was needed), waiting (being checked before it is published) or published.',
  'register.dict.reason': 'The board’s reason for an award made against the criteria, once published.',
  'register.dict.active': 'false when the organisation no longer takes part.',
} as const;
