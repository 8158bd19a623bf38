/**
 * Turns public answers into what an intruder reads from them: for each published
 * count of people, which organisations and which months it adds up, which measure
 * ("chain") it counts, and the value shown. Measures are named the same way for
 * every answer, so a figure seen on a signatory page, in an overview row and in a
 * CSV file is recognised as the same sum.
 */
import { csvParse } from 'd3-dsv';
import type { PublishedRules } from './published-bounds.ts';

export interface Observation {
  /** The organisations whose counts the value adds up (one for a signatory's figure). */
  orgs: readonly string[];
  /** The measure, e.g. `participations`, `group:send`, `channel:online-survey`, `channel=workshop|firstTime`. */
  chain: string;
  /** First and last month, `YYYY-MM`, both included. */
  from: string;
  to: string;
  value: unknown;
  rules: PublishedRules;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A filtered figure's measure: participations through one channel is that channel's participations. */
export function chainName(filter: string | undefined, measure: string): string {
  if (!filter) return measure;
  const [kind, key] = filter.split('=');
  if (measure === 'participations' && (kind === 'channel' || kind === 'audience')) return `${kind}:${key}`;
  return `${filter}|${measure}`;
}

/** The filter an answer was computed under, as `channel=...` or `audience=...`. */
export function filterOf(body: Json): string | undefined {
  const filter = isObject(body.filter) ? body.filter : {};
  if (typeof filter.channel === 'string') return `channel=${filter.channel}`;
  if (typeof filter.audience === 'string') return `audience=${filter.audience}`;
  return undefined;
}

/** A share's numerator as published: the share times the published denominator. */
function numeratorOf(share: unknown, denominator: unknown): unknown {
  if (typeof share !== 'number' || typeof denominator !== 'number') return undefined;
  return Math.round(share * denominator);
}

/** Every published count of people in one set of metrics (`metrics` or `previous`), by measure. */
export function metricCounts(metrics: unknown): [string, unknown][] {
  if (!isObject(metrics)) return [];
  const out: [string, unknown][] = [];
  const reach = isObject(metrics.reach) ? metrics.reach : {};
  out.push(['participations', reach.participations], ['firstTime', reach.firstTime]);
  for (const [key, kind] of [
    ['byChannel', 'channel'],
    ['bySetting', 'setting'],
    ['byStage', 'stage'],
    ['byAudience', 'audience'],
    ['byLevel', 'level'],
  ] as const) {
    const tallies = isObject(reach[key]) ? reach[key] : {};
    for (const [category, tally] of Object.entries(tallies)) {
      if (isObject(tally)) out.push([`${kind}:${category}`, tally.participations]);
    }
  }
  const inclusion = isObject(metrics.inclusion) ? metrics.inclusion : {};
  out.push(['demographicsRecorded', inclusion.demographicsRecorded]);
  for (const group of Array.isArray(inclusion.groups) ? inclusion.groups : []) {
    if (isObject(group)) out.push([`group:${String(group.groupId)}`, group.participants]);
  }
  const impact = isObject(metrics.impact) ? metrics.impact : {};
  out.push(
    ['experienceResponses', impact.experienceResponses],
    ['feltListened', numeratorOf(impact.feltListened, impact.experienceResponses)],
    ['knowWhatHappensNext', numeratorOf(impact.knowWhatHappensNext, impact.experienceResponses)],
  );
  return out;
}

/** Families' feedback counts (docs/decisions/0111), published or exact, by measure. */
export function feedbackCounts(feedback: unknown): [string, unknown][] {
  if (!isObject(feedback)) return [];
  return (['responses', 'feltListened', 'knowWhatHappensNext', 'easyToTakePart'] as const).map((measure) => [
    `feedback:${measure}`,
    feedback[measure],
  ]);
}

/** The months of a financial year named as published feedback names it (`FY2026`: 2026-04 to 2027-03). */
function yearRange(feedback: unknown): { from: string; to: string } | undefined {
  if (!isObject(feedback) || typeof feedback.year !== 'string') return undefined;
  const fy = Number(feedback.year.slice(2));
  return Number.isInteger(fy) ? { from: `${fy}-04`, to: `${fy + 1}-03` } : undefined;
}

/** The published counts of people in an overview row (JSON or CSV, numbers as numbers). */
export function rowCounts(row: Json): [string, unknown][] {
  return [
    ['participations', row.participations],
    ['firstTime', row.firstTime],
    ['demographicsRecorded', row.demographicsRecorded],
    ['experienceResponses', row.experienceResponses],
    ['feltListened', numeratorOf(row.feltListened, row.experienceResponses)],
    ['knowWhatHappensNext', numeratorOf(row.knowWhatHappensNext, row.experienceResponses)],
  ];
}

/** The months a series point covers: a month, or a period with `from` and `to`. */
function pointRange(point: Json): { from: string; to: string } | undefined {
  if (typeof point.from === 'string' && typeof point.to === 'string') return { from: point.from, to: point.to };
  if (typeof point.month === 'string') return { from: point.month, to: point.month };
  return undefined;
}

function periodRange(period: unknown): { from: string; to: string } | undefined {
  if (!isObject(period) || typeof period.from !== 'string' || typeof period.to !== 'string') return undefined;
  return { from: period.from, to: period.to };
}

/**
 * What one metrics answer (a signatory's or the partnership's) publishes. `totalsOrgs`
 * are the organisations its totals add up; rows add up their own organisation.
 */
export function metricsAnswerObservations(body: Json, totalsOrgs: readonly string[], rules: PublishedRules) {
  const filter = filterOf(body);
  const out: Observation[] = [];
  const add = (
    orgs: readonly string[],
    range: { from: string; to: string } | undefined,
    counts: [string, unknown][],
  ) => {
    if (!range) return;
    for (const [measure, value] of counts) {
      if (value === undefined) continue;
      out.push({ orgs, chain: chainName(filter, measure), ...range, value, rules });
    }
  };
  add(totalsOrgs, periodRange(body.period), metricCounts(body.metrics));
  add(totalsOrgs, periodRange(body.previousPeriod), metricCounts(body.previous));
  for (const point of Array.isArray(body.series) ? body.series : []) {
    if (isObject(point)) add(totalsOrgs, pointRange(point), [['participations', point.participations]]);
  }
  const signatories = isObject(body.signatories) ? body.signatories : {};
  for (const row of Array.isArray(signatories.rows) ? signatories.rows : []) {
    if (isObject(row) && typeof row.signatoryId === 'string') {
      add([row.signatoryId], periodRange(body.period), rowCounts(row));
    }
  }
  // Families' feedback: a signatory's year, or the partnership's year and a row per signatory.
  const feedback = isObject(body.participantFeedback) ? body.participantFeedback : undefined;
  if (feedback && isObject(feedback.figures)) {
    add(totalsOrgs, yearRange(feedback.figures), feedbackCounts(feedback.figures));
    for (const row of Array.isArray(feedback.rows) ? feedback.rows : []) {
      if (isObject(row) && typeof row.signatoryId === 'string')
        add([row.signatoryId], yearRange(row), feedbackCounts(row));
    }
  } else if (feedback) add(totalsOrgs, yearRange(feedback), feedbackCounts(feedback));
  return out;
}

/** A CSV cell as the intruder reads it: numbers as numbers, everything else as text. */
function cellValue(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

/** What an overview CSV file publishes: each row's counts over the file's period. */
export function overviewFileObservations(text: string, rules: PublishedRules): Observation[] {
  return csvParse(text).flatMap((line) => {
    const row = Object.fromEntries(Object.entries(line).map(([key, value]) => [key, cellValue(value)]));
    const range = { from: String(row.periodFrom), to: String(row.periodTo) };
    return rowCounts(row).flatMap(([chain, value]) =>
      value === undefined ? [] : [{ orgs: [String(row.signatoryId)], chain, ...range, value, rules }],
    );
  });
}

/** What a signatory's series file publishes: each row's participations over its month or period. */
export function seriesFileObservations(text: string, rules: PublishedRules): Observation[] {
  return csvParse(text).flatMap((line) => {
    const row = Object.fromEntries(Object.entries(line).map(([key, value]) => [key, cellValue(value)]));
    const range = pointRange(
      Object.fromEntries(Object.entries(line).map(([key, value]) => [key, value === '' ? undefined : value])),
    );
    if (!range) return [];
    return [{ orgs: [String(row.signatoryId)], chain: 'participations', ...range, value: row.participations, rules }];
  });
}
