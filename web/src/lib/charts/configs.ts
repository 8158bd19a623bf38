/**
 * The chart configurations the dashboard draws, from plain data. Colours come from
 * the GOV.UK palette and have at least 3:1 contrast with the white background; no
 * chart relies on colour alone: series are named in a legend or on the axis, a
 * flagged bar says so in its label, and every figure is in the table beside it.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';

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

/** A long category label as lines of at most `width` characters, so narrow screens keep the bars. */
export function wrapLabel(text: string, width = 20): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
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

/**
 * Participations (left axis) and activities (right axis) per month, the month not yet
 * over dashed and its point open (white inside), so it reads as unfinished, not as a fall.
 */
export function monthlyChart(d: MonthlyData): ChartConfiguration {
  const dashed = (ctx: { p1DataIndex: number }) => (ctx.p1DataIndex === d.partialIndex ? [6, 4] : undefined);
  const fill = (colour: string) => (ctx: { dataIndex: number }) =>
    ctx.dataIndex === d.partialIndex ? '#ffffff' : colour;
  return {
    type: 'line',
    data: {
      labels: d.labels,
      datasets: [
        {
          label: d.participationsLabel,
          data: d.participations,
          borderColor: palette.blue,
          backgroundColor: palette.blue,
          pointBackgroundColor: fill(palette.blue),
          yAxisID: 'y',
          segment: { borderDash: dashed },
          spanGaps: false,
          pointStyle: 'circle',
          pointRadius: 3,
        },
        {
          label: d.activitiesLabel,
          data: d.activities,
          borderColor: palette.pink,
          backgroundColor: palette.pink,
          pointBackgroundColor: fill(palette.pink),
          yAxisID: 'y1',
          segment: { borderDash: dashed },
          spanGaps: false,
          pointStyle: 'rectRot',
          pointRadius: 4,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { grid: { color: gridColour } },
        y: {
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: d.participationsLabel },
          grid: { color: gridColour },
        },
        y1: {
          beginAtZero: true,
          position: 'right',
          ticks: { precision: 0 },
          title: { display: true, text: d.activitiesLabel },
          grid: { drawOnChartArea: false },
        },
      },
    },
  };
}

export interface BarData {
  labels: string[];
  values: (number | null)[];
  label: string;
  horizontal?: boolean;
  colours?: string[];
  /** The largest value of the value axis (e.g. 4 for scores). */
  max?: number;
}

/** One series of bars, vertical or horizontal. */
export function barChart(d: BarData): ChartConfiguration {
  const valueAxis = { beginAtZero: true, ticks: { precision: 0 }, grid: { color: gridColour }, max: d.max };
  return {
    type: 'bar',
    data: {
      labels: d.horizontal ? d.labels.map((label) => wrapLabel(label)) : d.labels,
      datasets: [{ label: d.label, data: d.values, backgroundColor: d.colours ?? palette.blue }],
    },
    options: {
      indexAxis: d.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      scales: d.horizontal
        ? { x: valueAxis, y: { grid: { display: false } } }
        : { y: valueAxis, x: { grid: { display: false } } },
    },
  };
}

export interface GroupedBarData {
  labels: string[];
  series: { label: string; values: (number | null)[]; colour: string }[];
  horizontal?: boolean;
  stacked?: boolean;
  max?: number;
}

/** Several series side by side, or stacked (e.g. stages by rung of the ladder). */
export function groupedBarChart(d: GroupedBarData): ChartConfiguration {
  const valueAxis = {
    beginAtZero: true,
    stacked: d.stacked,
    ticks: { precision: 0 },
    grid: { color: gridColour },
    max: d.max,
  };
  const categoryAxis = { stacked: d.stacked, grid: { display: false }, ticks: { autoSkip: false } };
  return {
    type: 'bar',
    data: {
      labels: d.horizontal ? d.labels.map((label) => wrapLabel(label)) : d.labels,
      datasets: d.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.colour,
        borderColor: '#ffffff',
        borderWidth: d.stacked ? 1 : 0,
      })),
    },
    options: {
      indexAxis: d.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      scales: d.horizontal ? { x: valueAxis, y: categoryAxis } : { y: valueAxis, x: categoryAxis },
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

/** Representation per group as horizontal bars, with lines at 1.0 and at the under-representation threshold. */
export function representationChart(d: RepresentationData): ChartConfiguration<'bar'> {
  const colour = (flag: 'under' | 'over' | null) =>
    flag === 'under' ? palette.red : flag === 'over' ? palette.darkBlue : palette.blue;
  const largest = Math.max(1.5, ...d.values.filter((v): v is number => v !== null));
  return {
    type: 'bar',
    data: {
      labels: d.labels.map((label) => wrapLabel(label)),
      datasets: [{ label: d.seriesLabel, data: d.values, backgroundColor: d.flags.map(colour) }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 36 } },
      scales: {
        x: {
          beginAtZero: true,
          max: Math.ceil(largest * 5) / 5,
          ticks: { stepSize: 0.2 },
          grid: { color: gridColour },
        },
        y: { grid: { display: false }, ticks: { autoSkip: false } },
      },
    },
    plugins: [referenceLines(d.lines)],
  };
}
