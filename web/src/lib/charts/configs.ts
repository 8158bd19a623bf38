/**
 * Every chart the product draws, configured here from plain data and the width it has.
 * Every category is labelled: no tick is ever skipped, long labels wrap onto lines
 * measured against the room their axis has, and a list of categories that cannot sit
 * side by side across the width runs down the side instead (horizontal bars; a line
 * chart's months top to bottom), each row tall enough for its label's lines. Axis titles
 * wrap within their axis. A chart with nothing to draw is not drawn (`hasData`).
 * Colours come from the GOV.UK palette and have at least 3:1 contrast with the white
 * background; no chart relies on colour alone: series are named in a legend or on the
 * axis, a flagged bar says so in its label, and every figure is in the table beside it.
 */
import type { ChartConfiguration, ChartDataset, FontSpec, Plugin, Scale } from 'chart.js';

export const palette = {
  blue: '#1d70b8',
  darkBlue: '#003078',
  green: '#00703c',
  red: '#d4351c',
  purple: '#4c2c92',
  grey: '#505a5f',
  black: '#0b0c0c',
  pink: '#912b88',
} as const;

/** One colour per rung of the ladder, light to dark as people get more say. */
export const levelColours = [palette.grey, palette.blue, palette.purple, palette.green, palette.darkBlue];

/**
 * One colour per outcome of a closed loop, in the order of the outcome columns (the five
 * changes, then "nothing changed" in grey and "not recorded" in black): neighbours in a
 * stack differ, and white borders part them.
 */
export const outcomeColours = [
  palette.blue,
  palette.purple,
  palette.green,
  palette.pink,
  palette.darkBlue,
  palette.grey,
  palette.black,
] as const;

const gridColour = '#e5e6e7';

/** The font of every label (register.ts sets it as Chart.js's default) and its line height in pixels. */
const fontSize = 14;
const lineHeight = Math.ceil(fontSize * 1.2);

/** What a chart needs on the page: its configuration and its height in pixels for the width given. */
export interface ChartSpec {
  config: ChartConfiguration;
  height: number;
}

/** Builds a chart's spec from its data and the width it is drawn in (0 when not drawn, on the server). */
export type ChartBuilder<D> = (data: D, width: number) => ChartSpec;

/**
 * A generous width for `text` at the labels' font (wider than any but the widest letters),
 * so that a layout planned on it never falls short of the room the drawn text takes.
 */
export const estimateWidth = (text: string): number => text.length * 9;

/**
 * `text` as lines of at most `width` pixels, broken between words, or after a hyphen
 * inside a word too wide for a line; a part wider than the width keeps a line of its own, whole.
 * @example wrapToWidth('Large community event', 100) // ['Large', 'community', 'event']
 */
export function wrapToWidth(text: string, width: number, measure: (text: string) => number = estimateWidth): string[] {
  const lines: string[] = [];
  const add = (piece: string, joiner: string) => {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last}${joiner}${piece}`) <= width)
      lines[lines.length - 1] = `${last}${joiner}${piece}`;
    else lines.push(piece);
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = measure(word) > width ? (word.match(/[^-]*-|[^-]+$/g) ?? [word]) : [word];
    pieces.forEach((piece, i) => add(piece, i === 0 ? ' ' : ''));
  }
  return lines.length ? lines : [''];
}

/** Room kept between a category's label and its neighbour or the axis line. */
const labelGap = 8;
/** Room a label down the side leaves for the tick and the padding between it and its bars. */
const sideLabelInset = 16;

/**
 * Whether `labels` fit side by side across `width` pixels: each in its own slot, on at
 * most two lines, never turned.
 */
export function fitsAcross(labels: string[], width: number): boolean {
  if (labels.length === 0) return true;
  const slot = width / labels.length - labelGap;
  return labels.every((label) => {
    const lines = wrapToWidth(label, slot);
    return lines.length <= 2 && lines.every((line) => estimateWidth(line) <= slot);
  });
}

/** How many lines the longest of `labels` takes in `width` pixels, as planned. */
const mostLines = (labels: string[], width: number) =>
  Math.max(1, ...labels.map((label) => wrapToWidth(label, width).length));

/** The width a label column down the side may take: Chart.js gives a side axis at most half the chart. */
const sideColumn = (width: number) => Math.max(width / 2 - sideLabelInset, 60);

/** Measures text in the font a scale draws its labels in (its own, else the chart's); the estimate where there is no canvas. */
function measureFor(scale: Scale): (text: string) => number {
  const ctx = scale.ctx as CanvasRenderingContext2D | undefined;
  const own = (scale.options as { ticks?: { font?: Partial<FontSpec> } }).ticks?.font;
  const font = own ?? (scale.chart as { options?: { font?: Partial<FontSpec> } } | undefined)?.options?.font;
  if (!ctx || !font || typeof font !== 'object') return estimateWidth;
  const css = `${font.style ?? 'normal'} ${font.weight ?? 'normal'} ${font.size ?? fontSize}px ${font.family ?? 'sans-serif'}`;
  return (text) => {
    ctx.save();
    ctx.font = css;
    const width = ctx.measureText(text).width;
    ctx.restore();
    return width;
  };
}

/**
 * The ticks of a category axis: every label drawn (no skipping, never turned), each
 * wrapped onto lines that fit the room its axis gives it: a slot of the width across,
 * or the label column down the side.
 */
export function categoryTicks(labels: string[], across: boolean) {
  return {
    autoSkip: false,
    maxRotation: 0,
    minRotation: 0,
    callback(this: Scale, _value: string | number, index: number): string | string[] {
      const room = across ? this.maxWidth / Math.max(labels.length, 1) - labelGap : this.maxWidth - sideLabelInset;
      const lines = wrapToWidth(labels[index] ?? '', room, measureFor(this));
      return lines.length === 1 ? lines[0]! : lines;
    },
  };
}

/** An axis title, wrapped to lines that fit `length` pixels of its axis. */
const axisTitle = (text: string, length: number) => ({ display: true, text: wrapToWidth(text, length) });

/**
 * The height of a chart whose categories run down the side: Chart.js gives every
 * category the same room, so each row is as tall as the label with the most lines needs.
 */
function sideHeight(labels: string[], width: number, minRow: number, extra: number): number {
  const row = Math.max(minRow, mostLines(labels, sideColumn(width)) * lineHeight + labelGap);
  return labels.length * row + extra;
}

/** Space a value axis along the bottom takes, with its numbers and padding. */
const valueAxisSpace = 56;

/**
 * Whether a chart has anything to draw: some value that is a number other than 0. A chart
 * without is not drawn (its figure says there is no data, over its table).
 */
export function hasData(config: ChartConfiguration): boolean {
  return config.data.datasets.some((dataset) =>
    (dataset.data as unknown[]).some((value) => typeof value === 'number' && value !== 0),
  );
}

export interface MonthlyData {
  labels: string[];
  participations: (number | null)[];
  activities: (number | null)[];
  participationsLabel: string;
  activitiesLabel: string;
  /** The index of the month (or quarter) not yet over, drawn dashed with an open point; -1 for none. */
  partialIndex: number;
}

/** Room the two value axes of the monthly chart take beside its months, with their titles. */
const twoValueAxes = 150;

/**
 * Participations and activities per month, on an axis each, the month not yet over
 * dashed and its point open (white inside), so it reads as unfinished, not as a fall.
 * Months run across when every one fits its slot, else top to bottom with the two
 * value axes along the bottom and the top.
 */
export function monthlyChart(d: MonthlyData, width: number): ChartSpec {
  const across = fitsAcross(d.labels, width - twoValueAxes);
  const dashed = (ctx: { p1DataIndex: number }) => (ctx.p1DataIndex === d.partialIndex ? [6, 4] : undefined);
  const fill = (colour: string) => (ctx: { dataIndex: number }) =>
    ctx.dataIndex === d.partialIndex ? '#ffffff' : colour;
  const series = (
    label: string,
    data: (number | null)[],
    colour: string,
    axis: 'first' | 'second',
    point: { pointStyle: 'circle' | 'rectRot'; pointRadius: number },
  ): ChartDataset<'line'> => ({
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    pointBackgroundColor: fill(colour),
    ...(across ? { yAxisID: axis === 'first' ? 'y' : 'y1' } : { xAxisID: axis === 'first' ? 'x' : 'x1' }),
    segment: { borderDash: dashed },
    spanGaps: false,
    ...point,
  });
  // A value axis's title runs along it: up the side of a chart across, under or over a chart down the side.
  const labelColumn = Math.min(sideColumn(width), Math.max(0, ...d.labels.map(estimateWidth)));
  const titleRoomDown = width - labelColumn - 40;
  const titleLines = [d.participationsLabel, d.activitiesLabel].reduce(
    (sum, title) => sum + wrapToWidth(title, titleRoomDown).length,
    0,
  );
  const height = across
    ? 280 + mostLines(d.labels, (width - twoValueAxes) / Math.max(d.labels.length, 1)) * lineHeight
    : sideHeight(d.labels, width, 30, 2 * valueAxisSpace + titleLines * lineHeight);
  const titleRoom = across ? height - 3 * lineHeight - 40 : titleRoomDown;
  const value = (title: string, position: 'left' | 'right' | 'bottom' | 'top', grid: boolean) => ({
    beginAtZero: true,
    position,
    ticks: { precision: 0 },
    title: axisTitle(title, titleRoom),
    grid: grid ? { color: gridColour } : { drawOnChartArea: false },
  });
  const category = { grid: { color: gridColour }, ticks: categoryTicks(d.labels, across) };
  return {
    height,
    config: {
      type: 'line',
      data: {
        labels: d.labels,
        datasets: [
          series(d.participationsLabel, d.participations, palette.blue, 'first', {
            pointStyle: 'circle',
            pointRadius: 3,
          }),
          series(d.activitiesLabel, d.activities, palette.pink, 'second', { pointStyle: 'rectRot', pointRadius: 4 }),
        ],
      },
      options: {
        indexAxis: across ? 'x' : 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: across
          ? {
              x: category,
              y: value(d.participationsLabel, 'left', true),
              y1: value(d.activitiesLabel, 'right', false),
            }
          : {
              y: category,
              x: value(d.participationsLabel, 'bottom', true),
              x1: value(d.activitiesLabel, 'top', false),
            },
      },
    },
  };
}

export interface BarData {
  labels: string[];
  values: (number | null)[];
  label: string;
  /** Always run the bars down the side (a funnel, a ranking), whatever the width. */
  horizontal?: boolean;
  colours?: string[];
  /** The largest value of the value axis (e.g. 4 for scores). */
  max?: number;
}

/** The height of bars standing across the width: room for the plot and the labels' lines. */
const acrossHeight = (labels: string[], width: number) =>
  240 + mostLines(labels, width / Math.max(labels.length, 1) - labelGap) * lineHeight;

/** One series of bars: standing side by side when their labels fit across, else down the side. */
export function barChart(d: BarData, width: number): ChartSpec {
  const across = !d.horizontal && fitsAcross(d.labels, width - valueAxisSpace);
  const valueAxis = { beginAtZero: true, ticks: { precision: 0 }, grid: { color: gridColour }, max: d.max };
  const categoryAxis = { grid: { display: false }, ticks: categoryTicks(d.labels, across) };
  return {
    height: across ? acrossHeight(d.labels, width - valueAxisSpace) : sideHeight(d.labels, width, 28, valueAxisSpace),
    config: {
      type: 'bar',
      data: {
        labels: d.labels,
        datasets: [{ label: d.label, data: d.values, backgroundColor: d.colours ?? palette.blue }],
      },
      options: {
        indexAxis: across ? 'x' : 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: across ? { y: valueAxis, x: categoryAxis } : { x: valueAxis, y: categoryAxis },
      },
    },
  };
}

export interface GroupedBarData {
  labels: string[];
  series: { label: string; values: (number | null)[]; colour: string }[];
  /** Always run the bars down the side, whatever the width. */
  horizontal?: boolean;
  stacked?: boolean;
  max?: number;
}

/** Several series side by side, or stacked (e.g. stages by rung of the ladder); down the side when their labels do not fit across. */
export function groupedBarChart(d: GroupedBarData, width: number): ChartSpec {
  const across = !d.horizontal && fitsAcross(d.labels, width - valueAxisSpace);
  const valueAxis = {
    beginAtZero: true,
    stacked: d.stacked,
    ticks: { precision: 0 },
    grid: { color: gridColour },
    max: d.max,
  };
  const categoryAxis = { stacked: d.stacked, grid: { display: false }, ticks: categoryTicks(d.labels, across) };
  const barsPerRow = d.stacked ? 1 : d.series.length;
  return {
    height: across
      ? acrossHeight(d.labels, width - valueAxisSpace)
      : sideHeight(d.labels, width, 16 * barsPerRow + 16, valueAxisSpace),
    config: {
      type: 'bar',
      data: {
        labels: d.labels,
        datasets: d.series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.colour,
          borderColor: '#ffffff',
          borderWidth: d.stacked ? 1 : 0,
        })),
      },
      options: {
        indexAxis: across ? 'x' : 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: across ? { y: valueAxis, x: categoryAxis } : { x: valueAxis, y: categoryAxis },
      },
    },
  };
}

export interface RepresentationData {
  labels: string[];
  values: (number | null)[];
  flags: ('under' | 'over' | null)[];
  seriesLabel: string;
  /** Vertical lines: in proportion (1.0) and the under-representation threshold. */
  lines: { value: number; label: string; dashed: boolean; colour: string }[];
}

/** Draws labelled vertical reference lines across a horizontal bar chart. */
function referenceLines(lines: RepresentationData['lines']): Plugin<'bar'> {
  return {
    id: 'referenceLines',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales.x;
      if (!x) return;
      ctx.save();
      lines.forEach((line, i) => {
        const at = x.getPixelForValue(line.value);
        ctx.strokeStyle = line.colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(line.dashed ? [6, 4] : []);
        ctx.beginPath();
        ctx.moveTo(at, chartArea.top);
        ctx.lineTo(at, chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = line.colour;
        ctx.font = '13px system-ui, sans-serif';
        // Each label on its own row above the chart, beside its line, kept within the canvas.
        const width = ctx.measureText(line.label).width;
        const fitsRight = at + 4 + width <= chart.width;
        ctx.textAlign = fitsRight ? 'left' : 'right';
        ctx.fillText(line.label, fitsRight ? at + 4 : Math.max(width, at - 4), chartArea.top - 6 - i * 15);
      });
      ctx.restore();
    },
  };
}

/** Room above the plot for the reference lines' labels, a row each. */
const referenceLabelRows = 36;

/** Representation per group as bars down the side, with lines at 1.0 and at the under-representation threshold. */
export function representationChart(d: RepresentationData, width: number): ChartSpec {
  const colour = (flag: 'under' | 'over' | null) =>
    flag === 'under' ? palette.red : flag === 'over' ? palette.darkBlue : palette.blue;
  const largest = Math.max(1.5, ...d.values.filter((v): v is number => v !== null));
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: d.labels,
      datasets: [{ label: d.seriesLabel, data: d.values, backgroundColor: d.flags.map(colour) }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: referenceLabelRows } },
      scales: {
        x: {
          beginAtZero: true,
          max: Math.ceil(largest * 5) / 5,
          ticks: { stepSize: 0.2 },
          grid: { color: gridColour },
        },
        y: { grid: { display: false }, ticks: categoryTicks(d.labels, false) },
      },
    },
    plugins: [referenceLines(d.lines)],
  };
  return {
    height: sideHeight(d.labels, width, 32, valueAxisSpace + referenceLabelRows),
    config: config as ChartConfiguration,
  };
}
