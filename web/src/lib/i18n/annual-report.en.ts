/**
 * English text of a signatory's annual involvement report (the signed-in page under
 * /dashboard/signatories/{id}/annual/{year} and the public /public/{id}/annual/{year}),
 * in the board's catalogue and added to the public pages' translator by the report's public
 * pages only (withPageText); the link to it is in public.en.ts. Its Welsh twin is
 * cy/annual-report.ts.
 */
export const annualReportEn = {
  'annualReport.caption': 'Annual involvement report',
  'annualReport.lead':
    'How {name} involved children, young people and families in the financial year: what it did and with whom, what people raised and what changed as a result, and their stories.',
  'annualReport.use':
    'For an integrated care board, this is evidence for its own annual report on how it met its duty to involve the public; it is not that report.',
  'annualReport.produced': 'Produced on {date}.',
  'annualReport.partial': 'This financial year is not over yet: its figures are not final.',
  'annualReport.exactNote':
    'These figures are exact and are not for publication. The public version hides small numbers of people and rounds other counts.',
  'annualReport.publicVersion': 'Read the public version of this report',
  'annualReport.publicNote':
    'These are the published figures for the financial year, the same as the organisation’s public page gives for it.',
  'annualReport.back': 'Back to {name}',
  'annualReport.pdf': 'Download this report as a PDF',
  'annualReport.years': 'Reports for other years',
  'annualReport.contents': 'Contents',
  'annualReport.col.figure': 'Figure',

  'annualReport.done.title': 'What engagement was done',
  'annualReport.done.summary': 'There were {activities}, and people took part {times}.',
  'annualReport.done.caption': 'Engagement in {year}',
  'annualReport.done.channelCaption': 'How people took part, {year}',
  'annualReport.done.stageCaption': 'The stage of the work people were involved in, {year}',

  'annualReport.whom.title': 'With whom',
  'annualReport.whom.under': 'Groups under-represented against the local population: {groups}.',
  'annualReport.whom.noUnder': 'No group was found under-represented against the local population.',
  'annualReport.whom.caption':
    'Each group’s share of the people who told us about themselves, against its share of the local population, {year}',
  'annualReport.whom.none': 'No group figures for this year.',

  'annualReport.raised.title': 'What was raised and what changed',
  'annualReport.raised.caption': 'Points people raised in {year}, and their answers',
  'annualReport.raised.loopsRaised': 'Points raised',
  'annualReport.raised.loopsClosed': 'Answered and told back to the people who raised them',
  'annualReport.raised.closureRate': 'Share answered and told back',
  'annualReport.raised.logTitle': 'You said, we did',
  'annualReport.raised.logLead': 'Each point raised in the year whose texts are published, and what was done about it.',
  'annualReport.raised.logNone': 'No texts of points raised in this year have been published yet.',
  'annualReport.raised.waiting':
    'What was said and done about {points} more is waiting to be checked before it is published.',
  'annualReport.raised.raisedOn': 'Raised on {date}',

  'annualReport.feedback.title': 'What families told us directly',
  'annualReport.stories.title': 'Stories',
  'annualReport.stories.none': 'No stories about points raised in this year have been published.',
} as const;
