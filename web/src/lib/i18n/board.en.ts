/** English text of the board's signed-in pages (the partnership overview and exact signatory reports). */
export const boardEn = {
  'board.title': 'Partnership overview',
  'board.lead':
    'Every signatory’s figures for the period, with the change on the previous period and a rating. Figures are exact: do not publish them.',
  'board.sector': 'Sector',
  'board.allSectors': 'All sectors',
  'board.headline': 'The partnership',
  'board.headline.sector': 'The {sector} sector',
  'board.signatories.title': 'Signatories',
  'board.signatories.caption': 'Every signatory, {period}: figure, change on {previous}, and rating',
  'board.outcomes': 'What feedback changed: the loops every organisation closed, by outcome',
  'board.file': 'Download these figures as a CSV file (exact figures: do not publish them)',
  'board.signatories.hint':
    'Select a column heading to sort by it. Each figure shows its change on the previous period and its rating.',
  // The overview's column headings, by the metric's id in the shared metric catalogue.
  'board.col.participations': 'Reach (times people took part)',
  'board.col.inclusionScore': 'Inclusion score',
  'board.col.closureRate': 'Points answered',
  'board.col.overdueLoops': 'Points overdue',
  'board.col.principlesGreen': 'Principles green',
  'board.col.status': 'Charter status',
  'board.rag.title': 'How the ratings are worked out',
  'board.rag.reach':
    'Reach: red with no activities in the period; amber when people took part over a quarter less often than in the previous period.',
  'board.rag.inclusion':
    'Inclusion score: green from 80 (seldom-heard groups at least at the under-representation line on average), amber from 60, red below; never green when too few people told us about themselves.',
  'board.rag.closure':
    'Points answered: green from 70% (what charter status asks for), amber from 50%, red below; no rating, and no change in points, when fewer than {min} points were raised (the figure then says how many it is based on).',
  'board.rag.overdue': 'Points overdue: green with none, amber with 1 to 3, red with more.',
  'board.rag.principles': 'Principles green: green from 75%, amber from 50%, red below.',
  'board.publicVersion': 'See the public version of this page',
  'board.reviewerExact':
    'The partnership board lets reviewers see exact figures: these are exact figures, not the rounded figures the public sees. Do not publish them.',
  'board.eligibility.title': 'Charter status award',
  'board.eligibility.lead': 'Over {from} to {to}, for the board’s decision on charter status.',
  'board.eligibility.eligible': 'Meets every criterion for the award.',
  'board.eligibility.notEligible': 'Does not yet meet every criterion for the award.',
  'board.eligibility.met': 'Met',
  'board.eligibility.notMet': 'Not met',
  'board.eligibility.unknown': 'Cannot be checked yet',
  'board.criterion.evidence-for-every-principle': 'Evidence for every principle',
  'board.criterion.closure-rate': 'At least {percent}% of points answered',
  'board.criterion.no-overdue-challenge': 'No challenge left unanswered too long',
  'board.criterion.reviewer-score': 'Reviewer scores average at least {mean}',
  'board.criterion.reviewer-assessment': 'At least one reviewer assessment',
} as const;

export type BoardKey = keyof typeof boardEn;
