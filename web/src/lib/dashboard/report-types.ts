/**
 * The metrics API's responses as the pages read them: the same figure trees as
 * `@equal-partners/shared` declares, each figure a published value (exact for
 * signed-in readers, disclosure-controlled for the public).
 */
import type {
  Eligibility,
  MetricFigures,
  PeriodView,
  Public,
  SeriesPointFigures,
  SignatoryRowFigures,
} from '@equal-partners/shared';

export type { PeriodView };

export interface Disclosure {
  threshold: number;
  rounding: number;
}

export type Figures = Public<MetricFigures>;
/** A month, or (in public figures) a quarter with its key and months. */
export type SeriesPoint = Public<SeriesPointFigures> & { period?: string; from?: string; to?: string };
export type SignatoryRow = Public<SignatoryRowFigures>;

interface Report {
  period: PeriodView;
  previousPeriod: PeriodView;
  baseline: { year: number; source: string } | null;
  metrics: Figures;
  previous: Figures;
  series: SeriesPoint[];
  /** Present on public responses only. */
  disclosure?: Disclosure;
}

export interface SignatoryMetrics extends Report {
  signatory: { id: string; name: string; sector: string; charterStatus: string };
  /** Eligibility for the award is in exact responses only. */
  /** As of today (an award past its expiry reads lapsed), with an award's dates. */
  charterStatus: {
    status: string;
    awardedOn?: string;
    expiresOn?: string;
    eligibility?: Eligibility & { from: string; to: string };
  };
}

export interface PartnershipMetrics extends Report {
  partnership: { name: string; area: string };
  signatories: { sort: string; order: 'asc' | 'desc'; rows: SignatoryRow[] };
}
