/**
 * The metric answers as the OpenAPI document describes them (./metrics-routes.ts,
 * ./public-metrics-routes.ts): every figure as the answer gives it. An exact figure is a
 * number, or null where it does not exist (a share of nothing, a loop figure under a
 * filter); a published one is a count rounded, or held back as `"<k"`, `"suppressed"` or
 * `"year-only"` (docs/disclosure.md). The figure trees are built once from the kinds of
 * figure at their leaves, so the exact and the published trees have one shape, that of
 * `MetricFigures` (shared/src/disclosure/metric-figures.ts). The type checker holds each
 * schema to the type it describes, and each answer's schema to what its query returns
 * (the end of this module), so neither can change without the other.
 */
import * as z from 'zod/mini';
import {
  adjustments,
  audiences,
  baselineAudiences,
  channels,
  charterStatuses,
  criterionIds,
  levels,
  metricCatalogue,
  periodKinds,
  rowSortKeys,
  sectors,
  settings,
  stages,
  suppressedMark,
  yearOnlyMark,
  type CharterStanding,
  type Eligibility,
  type Exact,
  type Metric,
  type MetricFigures,
  type MetricSection,
  type Public,
  type SeriesPointFigures,
  type SignatoryRowFigures,
} from '@equal-partners/shared';
import { component } from '../http/openapi/routes.ts';
import type { PublicSeriesPoint } from './public-reports.ts';
import type { partnershipMetrics, signatoryMetrics } from './report-queries.ts';
import type { publicPartnershipMetrics, publicSignatoryMetrics } from './public-report-queries.ts';

const periodSchema = component(
  'MetricPeriod',
  z.strictObject({
    kind: z.enum(periodKinds),
    key: z.string(),
    label: z.string(),
    from: z.string(),
    to: z.string(),
    start: z.string(),
    end: z.string(),
    asOf: z.string().check(z.describe('The day overdue loops and latest scores are taken on')),
    partial: z.boolean().check(z.describe('Today falls within the period')),
  }),
);

const asOfToday = 'As of today: an award past its expiry reads `lapsed`';
const signatoryMeta = z.strictObject({
  id: z.string(),
  name: z.string(),
  sector: z.enum(sectors),
  charterStatus: z.enum(charterStatuses).check(z.describe(asOfToday)),
});
const charterStandingShape = {
  status: z.enum(charterStatuses).check(z.describe(asOfToday)),
  awardedOn: z.optional(z.string().check(z.describe('The day of the award, for an award or a lapsed one'))),
  expiresOn: z.optional(z.string().check(z.describe('The day the award lapses (or lapsed) unless renewed'))),
};
const charterStanding = component('CharterStanding', z.strictObject(charterStandingShape));

/** A signatory's standing, with its eligibility for the award over the 12 months to the period's as-of day. */
const charterEligibility = component(
  'CharterEligibility',
  z.strictObject({
    ...charterStandingShape,
    eligibility: z.strictObject({
      eligible: z.boolean().check(z.describe('Every criterion that can be checked is met')),
      criteria: z.array(
        z.strictObject({
          id: z.enum(criterionIds),
          met: z.nullable(z.boolean()).check(z.describe('null when it cannot be checked from what is recorded')),
          detail: z.string(),
          value: z.optional(
            z
              .nullable(z.number())
              .check(z.describe('The signatory’s figure: a share (0 to 1), a mean score or a count')),
          ),
          needed: z.optional(z.number().check(z.describe('What the criterion asks of that figure'))),
          missing: z.optional(z.array(z.string()).check(z.describe('The principles with no evidence'))),
        }),
      ),
      from: z.string().check(z.describe('The first day of the award window (the partnership’s awardWindowMonths)')),
      to: z.string().check(z.describe('The last day of the award window')),
    }),
  }),
);

const partnershipMeta = z.strictObject({ name: z.string(), area: z.string() });
const baselineMeta = z.nullable(z.strictObject({ year: z.number(), source: z.string() }));

/** An exact figure other than a count of people: in exact answers every one, in published ones those that count no people. */
const metricValue = component(
  'MetricValue',
  z
    .nullable(z.number())
    .check(
      z.describe(
        'A count of activities, loops or days, a share (0..1), a rate or a score (docs/metrics.md); ' +
          'null where it does not exist, such as a share of nothing or a loop figure under a filter',
      ),
    ),
);

/** A charter principle's figures: none counts people, so they read the same exact and published. */
const principleFigures = component(
  'PrincipleFigures',
  z.strictObject({
    principleId: z.string(),
    title: z.string(),
    evidence: metricValue,
    self: metricValue,
    reviewer: metricValue,
    rag: z.enum(['green', 'amber', 'red']),
    accountabilityGap: metricValue,
    gapFlagged: z.boolean(),
  }),
);

/** The schemas of a tree's leaves: each kind of figure as an answer gives it (`metricValue` is the same in all). */
interface Leaves<P extends z.ZodMiniType, D extends z.ZodMiniType, F extends z.ZodMiniType, R extends z.ZodMiniType> {
  /** What the names of the tree's components start with: nothing for exact figures, `Public` for published ones. */
  prefix: '' | 'Public';
  /** A count of people. */
  people: P;
  /** A share or other figure computed from counts of people. */
  derived: D;
  /** A group's representation flag, worked out from its representation. */
  flag: F;
  /** Whether enough people gave demographics for the inclusion figures to be relied on. */
  reliable: R;
}

/** An object with one property per key, each described by `value`. */
function keyed<const K extends string, S extends z.ZodMiniType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, S>);
}

/** The schema of a metric's figure in a section's shape, as `signatoryRowFigures` picks it. */
type RowShape<Sections extends Record<MetricSection, { shape: object }>> = {
  [M in Metric as M['id']]: M['id'] extends keyof Sections[M['section']]['shape']
    ? Sections[M['section']]['shape'][M['id']]
    : never;
};

/** The schemas of a figure tree and of an overview row, for one kind of answer (exact or published). */
function figureSchemas<
  P extends z.ZodMiniType,
  D extends z.ZodMiniType,
  F extends z.ZodMiniType,
  R extends z.ZodMiniType,
>(leaves: Leaves<P, D, F, R>) {
  const { prefix, people, derived } = leaves;
  const tally = component(`${prefix}MetricTally`, z.strictObject({ activities: metricValue, participations: people }));
  const group = component(
    `${prefix}GroupFigures`,
    z.strictObject({
      groupId: z.string(),
      label: z.string(),
      marginalised: z.boolean(),
      participants: people,
      participantShare: derived,
      baselineShare: metricValue,
      representation: derived,
      flag: leaves.flag,
    }),
  );
  const reach = z.strictObject({
    activities: metricValue,
    participations: people,
    firstTime: people,
    firstTimeShare: derived,
    byChannel: keyed(channels, tally),
    bySetting: keyed(settings, tally),
    byStage: keyed(stages, tally),
    byAudience: keyed(audiences, tally),
    byLevel: keyed(levels, tally),
    channelCount: metricValue,
    outreachShare: metricValue,
    lifecycleCoverage: metricValue,
    byStageAndLevel: keyed(stages, keyed(levels, metricValue)),
    reachRate: keyed(baselineAudiences, derived),
  });
  const inclusion = z.strictObject({
    demographicsRecorded: people,
    recordedShare: derived,
    reliable: leaves.reliable,
    groups: z.array(group),
    inclusionScore: derived,
    adjustmentRate: metricValue,
    byAdjustment: keyed(adjustments, metricValue),
  });
  const impact = z.strictObject({
    loopsRaised: metricValue,
    loopsClosed: metricValue,
    closureRate: metricValue,
    medianDaysToClose: metricValue,
    overdueLoops: metricValue,
    changeRate: metricValue,
    influenceRate: metricValue,
    coProductionShare: metricValue,
    experienceResponses: people,
    feltListened: derived,
    knowWhatHappensNext: derived,
  });
  const principles = z.strictObject({ items: z.array(principleFigures), principlesGreen: metricValue });
  const sections = { reach, inclusion, impact, principles };
  const metrics = component(`${prefix}MetricFigures`, z.strictObject(sections));
  const rowFigures = Object.fromEntries(
    metricCatalogue.map((metric) => [
      metric.id,
      (sections[metric.section].shape as Record<string, unknown>)[metric.id],
    ]),
  ) as RowShape<typeof sections>;
  const row = component(
    `${prefix}SignatoryRow`,
    z.strictObject({
      signatoryId: z.string(),
      name: z.string(),
      sector: z.enum(sectors),
      charterStatus: z.enum(charterStatuses).check(z.describe(asOfToday)),
      awardedOn: z.optional(z.string()),
      expiresOn: z.optional(z.string()),
      ...rowFigures,
    }),
  );
  const { loopsRaised, loopsClosed, closureRate, coProductionShare } = impact.shape;
  /** The figures of a point of a series. */
  const seriesFigures = {
    activities: metricValue,
    participations: people,
    loopsRaised,
    loopsClosed,
    closureRate,
    coProductionShare,
  };
  return { metrics, row, seriesFigures };
}

const count = z.number().check(z.int(), z.minimum(0));
const exactFigures = figureSchemas({
  prefix: '',
  people: component(
    'PeopleCount',
    count.check(z.describe('A count of people: attendances or answers, not distinct people (docs/metrics.md)')),
  ),
  derived: metricValue,
  flag: z.nullable(z.enum(['under', 'over'])),
  reliable: z.nullable(z.boolean()),
});

const withheld = z.enum([suppressedMark, yearOnlyMark]);
const publishedFigures = figureSchemas({
  prefix: 'Public',
  people: component(
    'PublishedCount',
    z
      .union([count, z.templateLiteral(['<', z.int()]), withheld])
      .check(
        z.describe(
          'A count of people as published: rounded, or `"<k"` when it is from 1 to k-1, `"suppressed"` where it ' +
            'would reveal a small count, `"year-only"` for a quarter published for its financial year only ' +
            '(docs/disclosure.md)',
        ),
      ),
  ),
  derived: component(
    'PublishedShare',
    z
      .union([z.number(), z.null(), withheld])
      .check(
        z.describe(
          'A share, rate or score computed from counts of people, from their published values: null where it does ' +
            'not exist, `"suppressed"` when a count it rests on is small or held back, `"year-only"` when one is ' +
            'published for the financial year only (docs/disclosure.md)',
        ),
      ),
  ),
  flag: z.union([z.enum(['under', 'over']), z.null(), withheld]),
  reliable: z.union([z.boolean(), z.null(), withheld]),
});

const seriesPoint = component(
  'SeriesPoint',
  z.strictObject({
    month: z.string(),
    partial: z.boolean().check(z.describe('The month is not over yet')),
    ...exactFigures.seriesFigures,
  }),
);
const publicSeriesPoint = component(
  'PublicSeriesPoint',
  z.strictObject({
    month: z.string().check(z.describe('The quarter’s first month')),
    period: z.string().check(z.describe('The quarter, as asked for (`FY2026-Q1`)')),
    from: z.string(),
    to: z.string(),
    partial: z.boolean().check(z.describe('The quarter is not over yet')),
    ...publishedFigures.seriesFigures,
  }),
);

const disclosure = z
  .strictObject({ threshold: z.number(), rounding: z.number() })
  .check(
    z.describe(
      'Counts of people below `threshold` show as "<threshold", others are rounded to `rounding`; ' +
        '"year-only" marks a quarter’s count published for the financial year only (docs/disclosure.md)',
    ),
  );

// Families' feedback (docs/decisions/0111): every count rests on whole activities with at least `minimumResponses` answers.
const share = z.nullable(z.number());
const feedbackFigureFields = {
  minimumResponses: z.number().check(z.describe('The fewest answers an activity needs for its answers to count')),
  activities: z.number().check(z.describe('Activities whose answers are counted: final, and at least the minimum')),
  responses: z.number(),
  feltListened: z.number().check(z.describe('Answers of yes to “felt listened to”')),
  knowWhatHappensNext: z.number(),
  easyToTakePart: z.number(),
  feltListenedShare: share,
  knowWhatHappensNextShare: share,
  easyToTakePartShare: share,
  recorded: z
    .strictObject({ responses: z.number(), feltListened: share, knowWhatHappensNext: share })
    .check(z.describe('What the organisation recorded itself: its exit survey')),
  gapFeltListened: share.check(z.describe('Told directly minus recorded, as a share difference')),
  gapKnowWhatHappensNext: share,
};
const feedbackFigures = component('ParticipantFeedbackFigures', z.strictObject(feedbackFigureFields));
const principleFeedback = z.strictObject({
  principleId: z.string(),
  activities: z.number(),
  responses: z.number(),
  feltListenedShare: share,
});
const signatoryFeedback = component(
  'ParticipantFeedback',
  z.strictObject({ figures: feedbackFigures, principles: z.array(principleFeedback) }),
);
const partnershipFeedback = component(
  'PartnershipParticipantFeedback',
  z.strictObject({
    figures: feedbackFigures,
    principles: z.array(principleFeedback),
    rows: z.array(z.strictObject({ signatoryId: z.string(), ...feedbackFigureFields })),
  }),
);
const publishedCount = z.union([z.number(), z.templateLiteral(['<', z.int()]), withheld]);
const publishedShare = z.union([z.number(), z.null(), withheld]);
const publishedFeedbackFields = {
  year: z.string().check(z.describe('The financial year the figures are for, whatever quarter was asked')),
  minimumResponses: z.number(),
  activities: z.number(),
  responses: publishedCount,
  feltListened: publishedCount,
  knowWhatHappensNext: publishedCount,
  easyToTakePart: publishedCount,
  feltListenedShare: publishedShare,
  knowWhatHappensNextShare: publishedShare,
  easyToTakePartShare: publishedShare,
  recorded: z.strictObject({
    responses: publishedCount,
    feltListened: publishedShare,
    knowWhatHappensNext: publishedShare,
  }),
  gapFeltListened: publishedShare,
  gapKnowWhatHappensNext: publishedShare,
};
const publishedFeedback = component('PublishedParticipantFeedback', z.strictObject(publishedFeedbackFields));
const publicPartnershipFeedback = component(
  'PublishedPartnershipParticipantFeedback',
  z.strictObject({
    figures: publishedFeedback,
    rows: z.array(z.strictObject({ signatoryId: z.string(), ...publishedFeedbackFields })),
  }),
);
const sort = z.enum(rowSortKeys).check(z.describe('The column the rows are sorted by'));
const order = z.enum(['asc', 'desc']);
const filter = z.record(z.string(), z.string());

export const signatoryResponse = component(
  'SignatoryMetrics',
  z.strictObject({
    signatory: signatoryMeta,
    period: periodSchema,
    previousPeriod: periodSchema,
    filter,
    baseline: baselineMeta,
    metrics: exactFigures.metrics,
    previous: exactFigures.metrics,
    series: z.array(seriesPoint).check(z.describe('One point per month, empty months as zeros')),
    charterStatus: charterEligibility,
    participantFeedback: signatoryFeedback,
  }),
);

export const partnershipResponse = component(
  'PartnershipMetrics',
  z.strictObject({
    partnership: partnershipMeta,
    period: periodSchema,
    previousPeriod: periodSchema,
    filter,
    baseline: baselineMeta,
    metrics: exactFigures.metrics,
    previous: exactFigures.metrics,
    series: z.array(seriesPoint).check(z.describe('One point per month, empty months as zeros')),
    signatories: z.strictObject({
      sort,
      order,
      rows: z.array(exactFigures.row).check(z.describe('One row per signatory')),
      previousRows: z
        .array(exactFigures.row)
        .check(z.describe('Each signatory’s row for the previous period, in the same order as `rows`')),
    }),
    participantFeedback: partnershipFeedback,
  }),
);

const publicSeries = z
  .array(publicSeriesPoint)
  .check(z.describe('One point per quarter of this financial year and the one before, to the period’s end'));

export const publicSignatoryResponse = component(
  'PublicSignatoryMetrics',
  z.strictObject({
    signatory: signatoryMeta,
    period: periodSchema,
    previousPeriod: periodSchema,
    filter,
    baseline: baselineMeta,
    metrics: publishedFigures.metrics,
    previous: publishedFigures.metrics,
    series: publicSeries,
    charterStatus: charterStanding,
    participantFeedback: publishedFeedback,
    disclosure,
  }),
);

export const publicPartnershipResponse = component(
  'PublicPartnershipMetrics',
  z.strictObject({
    partnership: partnershipMeta,
    period: periodSchema,
    previousPeriod: periodSchema,
    filter,
    baseline: baselineMeta,
    metrics: publishedFigures.metrics,
    previous: publishedFigures.metrics,
    series: publicSeries,
    scope: z.strictObject({
      totals: z.literal('partnership').check(z.describe('The totals are the whole partnership’s, whatever the sector')),
    }),
    signatories: z.strictObject({
      sort,
      order,
      rows: z.array(publishedFigures.row).check(z.describe('One row per signatory')),
    }),
    participantFeedback: publicPartnershipFeedback,
    disclosure,
  }),
);

/** `true` while `A` and `B` are assignable to each other, `false` once they drift apart. */
type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails the type check unless every entry is `true`. */
type AllAgree<T extends readonly true[]> = T;

/**
 * The schemas and the types they describe: the figure trees, series points and rows of
 * both kinds of answer against the shared types, and each answer against what its query
 * returns. A field added to either side, or a figure whose kind changes, fails here.
 */
export type SchemasAgree = AllAgree<
  [
    Agree<z.output<typeof exactFigures.metrics>, Exact<MetricFigures>>,
    Agree<z.output<typeof publishedFigures.metrics>, Public<MetricFigures>>,
    Agree<z.output<typeof seriesPoint>, Exact<SeriesPointFigures>>,
    Agree<z.output<typeof publicSeriesPoint>, PublicSeriesPoint>,
    Agree<z.output<typeof exactFigures.row>, Exact<SignatoryRowFigures>>,
    Agree<z.output<typeof publishedFigures.row>, Public<SignatoryRowFigures>>,
    Agree<
      z.output<typeof charterEligibility>,
      CharterStanding & { eligibility: Eligibility & { from: string; to: string } }
    >,
    Agree<z.output<typeof signatoryResponse>, Awaited<ReturnType<typeof signatoryMetrics>>>,
    Agree<z.output<typeof partnershipResponse>, Awaited<ReturnType<typeof partnershipMetrics>>>,
    Agree<z.output<typeof publicSignatoryResponse>, Awaited<ReturnType<typeof publicSignatoryMetrics>>>,
    Agree<z.output<typeof publicPartnershipResponse>, Awaited<ReturnType<typeof publicPartnershipMetrics>>>,
  ]
>;
