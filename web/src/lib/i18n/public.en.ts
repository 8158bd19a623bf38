/**
 * English text of the public accountability pages and of the signatory report they
 * share with the board's pages. Plain English: read by families and young people.
 * Every key has a Welsh twin in public.cy.ts. The vocabulary's labels (sectors,
 * channels, stages...) are the ones the whole app uses, from vocabulary.ts.
 */
import {
  adjustments,
  channels,
  charterStatuses,
  levels,
  loopOutcomes,
  loopStatuses,
  sectors,
  stages,
} from '@equal-partners/shared';
import type { EnglishForms } from './format.ts';
import { vocabularyEn, type VocabularyKey } from './vocabulary.ts';

/** The app's labels of one vocabulary, e.g. `labels('stage', stages)` gives `stage.design` and the rest. */
function labels<G extends string, V extends string>(group: G, values: readonly V[]): Record<`${G}.${V}`, string> {
  return Object.fromEntries(
    values.map((value) => [`${group}.${value}`, vocabularyEn[`${group}.${value}` as VocabularyKey]]),
  ) as Record<`${G}.${V}`, string>;
}

const ownText = {
  'lang.navLabel': 'Language',
  'lang.other': 'Cymraeg',
  'lang.otherLabel': 'Darllenwch y dudalen hon yn Gymraeg',

  // The links to the register and to a signatory's annual involvement report, whose own text
  // only their pages load (register.en.ts, annual-report.en.ts).
  'register.link': 'Register of charter status',
  'register.linkLead': 'Which organisations hold charter status, since when, and when each award lapses:',
  'annualReport.title': 'Annual involvement report, {from} to {to}',
  'annualReport.linkLead': 'The financial year’s involvement in one report you can print:',

  'value.fewerThan': 'fewer than {k}',
  'value.notShown': 'not shown',
  'value.yearOnly': 'year only',
  'value.none': 'no data',
  'value.outOf4': '{score} out of 4',

  'disclosure.title': 'About these figures',
  'disclosure.small':
    'To protect the privacy of children and families, we never publish small numbers of people. A count of people from 1 to {below} is shown as “fewer than {k}”.',
  'disclosure.rounding':
    'Other counts of people are rounded to the nearest {rounding}. Where a hidden number could be worked out from the others, one more number is hidden and shown as “not shown”. A percentage is shown only when it is based on at least {k} people.',
  'disclosure.grid':
    'Figures are published for whole financial years (April to March) and their quarters only, so that no set of figures can be subtracted from another to reveal a small number. Where a quarter’s count could give one away, it is published for the year only and shows as “year only”.',
  'disclosure.exact':
    'Counts of activities, “you said, we did” points and days are exact. Someone who took part in 3 activities is counted 3 times.',

  'period.label': 'Period',
  'period.apply': 'Show figures',
  'period.last12': 'Last 12 months',
  'period.group.recent': 'Recent',
  'period.group.financialYears': 'Financial years',
  'period.group.financialQuarters': 'Financial quarters',
  'period.group.years': 'Calendar years',
  'period.group.months': 'Months',
  'period.financialYear': 'Financial year {from} to {to}',
  'period.range': '{from} to {to}',
  'period.shown': 'Figures for {period}, compared with {previous}.',
  'period.partial': 'This period is not over yet, so these figures will still change.',

  'change.up': 'up {amount}',
  'change.down': 'down {amount}',
  'change.same': 'no change',
  'change.new': 'new this period',
  'change.none': 'no comparison',
  'change.percent': '{n}%',
  'change.label': 'Change on the previous period',
  'change.fewCases': 'too few to compare',

  'rag.green': 'Green',
  'rag.amber': 'Amber',
  'rag.red': 'Red',
  'rag.meaning.title': 'What green, amber and red mean',
  'rag.meaning.green': 'Green: on track.',
  'rag.meaning.amber': 'Amber: needs attention.',
  'rag.meaning.red': 'Red: not on track.',

  'chart.showTable': 'Show the data table',
  'chart.noData': 'No data to show in a chart for this period.',
  'chart.partialMonth': '(not over yet)',
  'chart.trend': 'Trend over {months}: lowest {low}, highest {high}, latest {latest}.',
  'chart.trend.quarters': 'Trend over {quarters}: lowest {low}, highest {high}, latest {latest}.',
  'chart.trend.partialMonth': 'The month not over yet is left out.',
  'chart.trend.partialQuarter': 'The quarter not over yet is left out.',
  'chart.trend.fewMonths': 'Months with too few cases to compare are left out.',
  'chart.trend.fewQuarters': 'Quarters with too few cases to compare are left out.',

  'public.breadcrumb': 'Public report',
  'public.title': 'Co-production charter: what partners did',
  'public.headline': 'Across the partnership',
  'public.trend.title': 'Taking part, month by month',
  'public.organisations.title': 'Every organisation',
  'public.organisations.caption': 'Every organisation that signed the charter, {period}',
  'public.organisations.hint': 'Select a column heading to sort the table. Select an organisation to see its report.',
  'public.print': 'Print this page',
  'public.openData': 'These figures are also available as open data from the public API.',
  'public.openDataCsv': 'Download every organisation’s figures for this period as a CSV file.',

  'card.participations': 'Times people took part',
  'card.participations.hint': 'Attendances and survey answers. Someone who took part twice counts twice.',
  'card.activities': 'Activities',
  'card.activities.hint': 'Meetings, surveys, groups and events with children, young people and families.',
  'card.closureRate': 'Points answered',
  'card.closureRate.hint': 'Of the points people raised in this period, how many got an answer back.',
  'card.feltListened': 'Felt listened to',
  'card.feltListened.hint': 'Of people who answered a short survey after taking part.',
  'card.inclusionScore': 'Inclusion score',
  'card.inclusionScore.hint':
    'Out of 100: 100 means every seldom-heard group took part at least in proportion to the local population.',
  'card.overdueLoops': 'Points overdue',
  'card.overdueLoops.hint': 'Points with no answer after {days}.',
  'card.principlesGreen': 'Charter principles on track',
  'card.principlesGreen.hint': 'Share of the charter’s principles rated green.',

  'col.organisation': 'Organisation',
  'col.sector': 'Sector',
  'col.status': 'Charter status',
  'col.activities': 'Activities',
  'col.participations': 'Times people took part',
  'col.closureRate': 'Points answered',
  'col.overdueLoops': 'Points overdue',
  'col.principlesGreen': 'Principles on track',
  'sort.ascending': 'sorted low to high',
  'sort.descending': 'sorted high to low',
  'sort.by': 'Sort by',

  'signatory.caption': 'Co-production report',
  'signatory.back': 'All organisations',
  'signatory.sector': 'Sector',
  'signatory.status': 'Charter status',
  'signatory.awardExpires': 'Awarded on {awarded}; lapses on {expires} unless renewed.',
  'signatory.awardLapsed': 'Awarded on {awarded}; lapsed on {expires} as it was not renewed.',
  'signatory.contents': 'Contents',
  'signatory.exactNote': 'You are signed in: these are exact figures, not the rounded figures the public sees.',
  'signatory.publicVersion': 'See the public version of this page',
  'signatory.monthsCsv': 'Download this organisation’s figures month by month as a CSV file.',
  'signatory.monthsCsvExact':
    'Download these figures month by month as a CSV file (exact figures: do not publish them).',
  'signatory.reviewerPublicNote':
    'You are signed in as a reviewer. The partnership board has not allowed reviewers to see exact figures, so these are the public figures: numbers of people below {k} are hidden and other counts rounded.',

  'section.reach': 'Reach: who took part, how and where',
  'section.inclusion': 'Inclusion: were all groups heard',
  'section.impact': 'Impact: did anything change',
  'section.principles': 'Charter principles and challenges',

  'reach.firstTime': 'Taking part for the first time',
  'reach.firstTime.hint': 'Share of people who had not taken part with this organisation before.',
  'reach.channelCount': 'Ways of taking part used',
  'reach.outreach': 'In-person activities held in the community',
  'reach.outreach.hint': 'Going to where families already are, rather than asking them to come in.',
  'reach.lifecycle': 'Stages with co-production',
  'reach.lifecycle.hint':
    'Of the 4 stages (commissioning, design, delivery, evaluation), how many were co-designed or co-produced.',
  'reach.monthly.caption': 'Times people took part and activities per month, {from} to {to}',
  'reach.monthly.summary':
    'In {period}, people took part {participations} in {activities}. In the previous period it was {previousParticipations} in {previousActivities}.',
  'reach.monthly.partial': 'The last month, {month}, is not over yet and is drawn with a dashed line.',
  'reach.month': 'Month',
  'reach.quarterly.caption': 'Times people took part and activities per quarter, {from} to {to}',
  'reach.quarterly.partial': 'The last quarter, {quarter}, is not over yet and is drawn with a dashed line.',
  'reach.quarter': 'Quarter',
  'reach.participations': 'Times people took part',
  'reach.activities': 'Activities',
  'reach.channel.caption': 'Activities by how people took part, {period}',
  'reach.channel.summary': '{ways} The most used was {top}, with {activities}.',
  'reach.channel.none': 'No activities took place in this period.',
  'reach.channel.header': 'How people took part',
  'reach.setting.caption': 'Activities by where they happened, {period}',
  'reach.setting.summary':
    '{share} of activities held in person were in the community, where people already are, rather than at the organisation.',
  'reach.setting.noneInPerson': 'No activities were held in person in this period.',
  'reach.setting.header': 'Where',
  'reach.stage.caption': 'Activities at each stage of the work, by how much say people had, {period}',
  'reach.stage.summary':
    '{covered} of the 4 stages had at least one activity where people co-designed or co-produced. Most activities were at the {top} stage.',
  'reach.stage.header': 'Stage',
  'reach.stage.total': 'All levels',

  'inclusion.recorded': 'Told us about themselves',
  'inclusion.recorded.hint':
    'Share of people taking part who gave any information about themselves, such as age or ethnicity.',
  'inclusion.unreliable':
    'Treat the group figures with care: fewer than {min} of the people taking part told us about themselves, so they may not reflect everyone who took part.',
  'inclusion.unreliableTag': 'Unreliable',
  'inclusion.score': 'Inclusion score',
  'inclusion.score.hint':
    'Out of 100: 100 means every seldom-heard group took part at least in proportion to the local population.',
  'inclusion.chart.caption': 'How well each group was represented compared with the local population, {period}',
  'inclusion.chart.summary':
    '{under} (below {threshold}) and {over} (above {overThreshold}). 1.0 means a group took part in proportion to its share of the local population.',
  'inclusion.chart.none': 'Representation cannot be worked out for this period.',
  'inclusion.group': 'Group',
  'inclusion.participants': 'People in the group',
  'inclusion.participantShare': 'Share of those who told us',
  'inclusion.baselineShare': 'Share of local population',
  'inclusion.representation': 'Representation (1.0 = in proportion)',
  'inclusion.assessment': 'Assessment',
  'inclusion.seldomHeard': 'seldom heard',
  'inclusion.line.parity': 'In proportion (1.0)',
  'inclusion.line.threshold': 'Under-represented below {threshold}',
  'inclusion.baseline': 'Local population figures: {source} ({year}).',
  'inclusion.noBaseline': 'No local population figures have been entered, so representation cannot be worked out.',
  'inclusion.adjustments.caption': 'Adjustments offered so people could take part, {period}',
  'inclusion.adjustments.summary':
    '{share} of activities offered at least one adjustment, such as an interpreter or childcare. The most offered was {top}.',
  'inclusion.adjustments.noneOffered': 'No activity offered an adjustment in this period.',
  'inclusion.adjustment': 'Adjustment',
  'inclusion.adjustmentActivities': 'Activities offering it',
  'inclusion.adjustmentRate': 'Activities offering an adjustment',
  'flag.under': 'Under-represented',
  'flag.over': 'Over-represented',
  'flag.none': 'In proportion',
  'flag.unknown': 'Not known',

  'impact.funnel.caption': 'What happened to the points people raised in {period}',
  'impact.funnel.summary':
    '{raised} A decision was made on {responded} of them, and for {communicated} the answer went back to the people who raised them.',
  'impact.funnel.step': 'Step',
  'impact.funnel.points': 'Points',
  'impact.funnel.raised': 'Raised',
  'impact.funnel.responded': 'Decision made',
  'impact.funnel.communicated': 'Answer given back',
  'impact.median': 'Typical time to answer',
  'impact.median.hint': 'Middle value of the days from raising a point to giving the answer back.',
  'impact.changeRate': 'Answers that changed something',
  'impact.changeRate.hint': 'Of the points answered, how many led to a change in a service, policy or decision.',
  'impact.overdue.title': 'Points still waiting for an answer after {days}',
  'impact.overdue.none': 'No points are overdue.',
  'impact.overdue.caption': 'Points overdue for an answer today',
  'impact.overdue.raisedOn': 'Raised',
  'impact.overdue.waiting': 'Waiting',
  'impact.experience.title': 'How people felt afterwards',
  'impact.feltListened': 'Felt listened to',
  'impact.knowNext': 'Know what happens next',
  'log.title': 'You said, we did',
  'log.lead': 'Points people raised between {from} and {to}, and what the organisation did about them.',
  'log.search': 'Search the log',
  'log.status': 'Status',
  'log.outcome': 'Outcome',
  'log.any': 'Any',
  'log.apply': 'Search',
  'log.clear': 'Clear search',
  'log.empty': 'No points match your search.',
  'log.youSaid': 'You said',
  'log.weDid': 'We did',
  'log.notYet': 'No answer yet.',
  'log.raisedOn': 'Raised on {date}',
  'log.answered': 'Answer given back on {date}, after {days}',
  'log.reportedTo': 'Taken to {body}',
  'log.reason': 'Why not: {reason}',
  'log.overdue': 'Overdue',
  'log.pages': 'Pages of the log',
  'log.previous': 'Previous page',
  'log.next': 'Next page',
  'log.page': 'Page {page} of {pages}',
  'log.waiting': 'What was said and done is waiting to be checked before it is published.',
  'log.waitingShort': 'Waiting to be checked',
  'waiting.title': 'Texts waiting to be checked',
  'waiting.lead':
    'What people said, what the organisation answered and challenges can name children or families, so each text is checked before it is published here. Until then, an entry shows only its dates and status.',
  'waiting.none': 'No texts are waiting to be checked.',
  'waiting.oneOverdue': 'That is longer than the {days} the partnership board allows.',
  'waiting.item': '{entry}: waiting since {since} ({days})',
  'waiting.kind.loop': 'Point raised on {date}',
  'waiting.kind.challenge': 'Challenge raised on {date}',
  'stories.title': 'Stories',
  'stories.lead': 'Published with the agreement of the people they are about.',
  'stories.none': 'No stories have been published for this period.',

  'principles.caption':
    'Scores for each charter principle: the organisation’s own and the reviewer’s (1 = not yet, 4 = embedded)',
  'principles.summary': 'The organisation rates itself {gaps} or more above the reviewer on {flagged}.',
  'principles.principle': 'Principle',
  'principles.evidence': 'Evidence',
  'principles.evidence.hint': 'Activities and answered points linked to the principle in this period.',
  'principles.self': 'Own score',
  'principles.reviewer': 'Reviewer’s score',
  'principles.gap': 'Gap',
  'principles.rating': 'Rating',
  'principles.gapFlagged': 'rates itself much higher than the reviewer',
  'principles.notScored': 'not scored',
  'challenges.title': 'Challenges and answers',
  'challenges.lead':
    'Parent carer forums and youth voice groups can challenge an organisation. A challenge is shown here once it is answered, or once it has waited more than {days}.',
  'challenges.none': 'No challenges to show.',
  'challenges.raisedBy': 'Raised by {reviewer} on {date}',
  'challenges.answer': 'Answer, {date}',
  'challenges.unanswered': 'Not answered after {days}',
  'challenges.waiting': 'This challenge, and any answer, is waiting to be checked before it is published.',
  'challenges.resolved': 'The reviewer is satisfied with the answer.',
  'challenges.unresolved': 'The reviewer is not satisfied with the answer.',
  'cyText.onlyEnglish': 'Only in English',

  'setting.community': 'In the community',
  'setting.organisation': 'At the organisation',
  'setting.online': 'Online',
  'told.title': 'What people told us directly',
  'told.lead':
    'People who took part answered three questions through the activity’s feedback link. Their answers are shown beside what the organisation recorded itself. An activity’s answers count once its feedback has closed, or everyone who took part has answered, and only when at least {min} people answered, so nobody’s answers can be picked out.',
  'told.based': '{answers} answers about {activities}, {period}.',
  'told.none':
    'No activity in this period has enough answers to show yet. An activity’s answers count once its feedback has closed and at least {min} people answered.',
  'told.caption': 'What people told us directly against what the organisation recorded, {period}',
  'told.col.question': 'Question',
  'told.col.told': 'What people told us directly',
  'told.col.recorded': 'What the organisation recorded',
  'told.col.gap': 'Difference',
  'told.q.feltListened': 'Felt listened to',
  'told.q.knowWhatHappensNext': 'Know what happens next',
  'told.q.easyToTakePart': 'Found it easy to take part',
  'told.share': '{share} ({count} said yes)',
  'told.notAsked': 'Not asked',
  'told.gap.more': '{points} points higher than recorded',
  'told.gap.fewer': '{points} points lower than recorded',
  'told.gap.same': 'The same as recorded',
  'told.principles.column': 'Felt listened to (families’ own answers)',
  'told.principles.none': 'Not enough answers',
  'told.principles.share': '{share} of {answers}',
  'told.overview.title': 'What people told us directly, by signatory',
  'told.overview.caption': 'Answers through the feedback links and the share who felt listened to, {period}',
  'told.overview.col.answers': 'Answers',
  'told.overview.col.feltListened': 'Felt listened to',
  'told.overview.col.recorded': 'Recorded by the organisation',
} as const;

export const publicEn = {
  ...ownText,
  ...labels('sector', sectors),
  ...labels('charterStatus', charterStatuses),
  ...labels('channel', channels),
  ...labels('stage', stages),
  ...labels('level', levels),
  ...labels('adjustment', adjustments),
  ...labels('loopStatus', loopStatuses),
  ...labels('loopOutcome', loopOutcomes),
};

export type PublicKey = keyof typeof publicEn;

/**
 * Messages with a count, in a form for each of English's plural categories (one, other):
 * `{n}` is the count in figures. Sentences take the counted words from here ("in
 * {activities}"), so that "1 activity" is never "1 activities". Every key has Welsh forms
 * in public.cy.ts, one for each of Welsh's six categories.
 */
export const publicPluralsEn = {
  'count.days': { one: '{n} day', other: '{n} days' },
  'count.months': { one: '{n} month', other: '{n} months' },
  'count.quarters': { one: '{n} quarter', other: '{n} quarters' },
  'count.times': { one: '{n} time', other: '{n} times' },
  'count.activities': { one: '{n} activity', other: '{n} activities' },
  'told.answers': { one: '{n} answer', other: '{n} answers' },
  'count.points': { one: '{n} point', other: '{n} points' },
  'count.principles': { one: '{n} principle', other: '{n} principles' },
  'change.points': { one: '{n} point', other: '{n} points' },
  'rate.base.activities': { one: 'based on {n} activity', other: 'based on {n} activities' },
  'rate.base.inPersonActivities': {
    one: 'based on {n} activity held in person',
    other: 'based on {n} activities held in person',
  },
  'rate.base.loopsRaised': { one: 'based on {n} point raised', other: 'based on {n} points raised' },
  'rate.base.loopsClosed': { one: 'based on {n} point answered', other: 'based on {n} points answered' },
  'rate.base.experienceResponses': { one: 'based on {n} answer', other: 'based on {n} answers' },
  'public.lead': {
    one: '{n} organisation in {area} has signed the charter: a promise to work with children, young people and families as equal partners. This page shows what it did and what changed as a result.',
    other:
      '{n} organisations in {area} have signed the charter: a promise to work with children, young people and families as equal partners. This page shows what they did and what changed as a result.',
  },
  'reach.channel.ways': {
    one: '{n} way of taking part was used.',
    other: '{n} different ways of taking part were used.',
  },
  'inclusion.under': { one: '{n} group was under-represented', other: '{n} groups were under-represented' },
  'inclusion.over': { one: '{n} was over-represented', other: '{n} were over-represented' },
  'impact.funnel.raisedCount': { one: '{n} point was raised.', other: '{n} points were raised.' },
  'impact.overdue.count': {
    one: '{n} point has waited more than {days} for an answer.',
    other: '{n} points have waited more than {days} for an answer.',
  },
  'impact.experience.based': {
    one: 'From {n} answer to a short survey after activities.',
    other: 'From {n} answers to a short survey after activities.',
  },
  'log.count': { one: 'Showing {first} to {last} of {n} point.', other: 'Showing {first} to {last} of {n} points.' },
  'waiting.count': {
    one: 'One entry is waiting to be checked before its text is published. It has waited {days}.',
    other: '{n} entries are waiting to be checked before their texts are published. The longest has waited {days}.',
  },
  'waiting.overdue': {
    one: '{n} of them has waited longer than the {days} the partnership board allows.',
    other: '{n} of them have waited longer than the {days} the partnership board allows.',
  },
  'principles.lead': {
    one: '{green} of the {n} charter principle is on track.',
    other: '{green} of the {n} charter principles are on track.',
  },
} as const satisfies Record<string, EnglishForms>;

export type PublicPluralKey = keyof typeof publicPluralsEn;
