/**
 * The partnership settings' defaults (see docs/domain.md), as a plain object: code that
 * only needs the defaults, such as the rollup aggregator, does not load the schemas.
 */
export const defaultSettings = {
  loopDueDays: 90,
  challengeDueDays: 28,
  underRepresented: 0.8,
  overRepresented: 1.25,
  disclosureThreshold: 10,
  publicRounding: 5,
  minRecordedShare: 0.5,
  /** A share of activities, loops or responses on fewer cases is shown as "based on N", without a rating or a change in points. */
  minRateBase: 5,
  /** Whether reviewers (parent carer forums, youth voice groups) see exact figures rather than the public ones. */
  reviewersSeeExactFigures: false,
  /** Whether signatory editors may mark their own loops' texts ready to publish (never a challenge to them). */
  editorsMayPublish: false,
  /** Days a text may wait to be published before it is listed as overdue on the public page. */
  publishWithinDays: 14,
  /** Days after an activity its participants' feedback link stays open, unless chosen otherwise (at most 60). */
  feedbackWindowDays: 14,
  /** Whether every new activity gets a feedback link without anyone switching it on. */
  feedbackOnByDefault: false,
  /** The fewest answers behind any feedback figure, for every reader (floor 5, docs/decisions/0111). */
  minFeedbackResponses: 5,
  /** The award's criteria (docs/decisions/0110): the least share of loops closed, as a percentage. */
  awardClosurePercent: 70,
  /** The least mean reviewer score (1 to 4) where reviewers scored. */
  awardReviewerMean: 3,
  /** The months up to today the criteria look at. */
  awardWindowMonths: 12,
  /** Whether the award needs at least one reviewer assessment in the window: evidence from outside the organisation. */
  awardNeedsReviewerAssessment: true,
  /** The handling marking on every file of the inspection evidence pack (one of `handlingMarkings`). */
  evidenceMarking: 'OFFICIAL-SENSITIVE',
} as const satisfies Record<string, number | boolean | string>;

/** Settings stored, exported or sent under an earlier name: the earlier name -> the current one. */
export const renamedSettings: Readonly<Record<string, keyof typeof defaultSettings>> = {
  feedbackMinimumResponses: 'minFeedbackResponses',
};

/**
 * `settings` with each setting under its current name: a partnership saved (or a backup
 * made, or a client written) before a setting was renamed keeps its value, and what is
 * written back carries the current name alone. Where both names are there the current wins.
 */
export function withCurrentSettingNames<T>(settings: T): T {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return settings;
  const current: Record<string, unknown> = { ...(settings as Record<string, unknown>) };
  for (const [earlier, now] of Object.entries(renamedSettings)) {
    if (!(earlier in current)) continue;
    if (current[now] === undefined) current[now] = current[earlier];
    delete current[earlier];
  }
  return current as T;
}
