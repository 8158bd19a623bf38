/** English text for every page. Keys are grouped by page; placeholders are `{name}`. */
export const en = {
  'app.name': 'Equal Partners',
  'app.tagline': 'Co-production charter evidence: reach, inclusion and impact',
  'app.skipLink': 'Skip to main content',
  'app.demoBanner': 'Demo data: the organisations, people and figures here are fictional.',
  'app.footer': 'Equal Partners is open-source software for co-production charter partnerships.',
  'home.title': 'Charter signatories',
  'home.lead':
    '{count} organisations have signed the charter and report their work with children, young people and families here.',
  'home.signatories.caption': 'Charter signatories',
  'home.signatories.name': 'Organisation',
  'home.signatories.sector': 'Sector',
  'home.signatories.signedOn': 'Signed on',
  'home.signatories.status': 'Charter status',
  'home.activity.title': 'Engagement activities per month',
  'home.activity.caption': 'Engagement activities per month, {from} to {to}, all signatories',
  'home.activity.summary':
    '{total} activities over {months} months. The busiest month was {peakMonth} with {peak}. The current month is still in progress.',
  'home.activity.month': 'Month',
  'home.activity.count': 'Activities',
  'home.activity.partial': '(month in progress)',
  'chart.showTable': 'Show the data table',
  'sector.local-authority': 'Local authority',
  'sector.health': 'Health',
  'sector.education': 'Education',
  'sector.voluntary': 'Voluntary sector',
  'sector.youth-voice': 'Youth voice',
  'sector.parent-carer-forum': 'Parent carer forum',
  'sector.other': 'Other',
  'charterStatus.signed': 'Signed',
  'charterStatus.working-towards': 'Working towards charter status',
  'charterStatus.awarded': 'Charter status awarded',
  'charterStatus.lapsed': 'Lapsed',
} as const;

export type MessageKey = keyof typeof en;
