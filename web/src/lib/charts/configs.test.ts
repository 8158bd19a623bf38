import type { ChartConfiguration, Scale } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  barChart,
  estimateWidth,
  fitsAcross,
  groupedBarChart,
  hasData,
  monthlyChart,
  representationChart,
  wrapToWidth,
  type ChartSpec,
} from './configs.ts';

const channels = [
  'Face-to-face meeting',
  'Virtual meeting',
  'Online survey',
  'Paper survey',
  'Social media',
  'Large community event',
  'Small group or special interest group',
  'One to one',
  'Youth voice group',
  'Workshop',
  'Other',
];
const months = Array.from(
  { length: 24 },
  (_, i) => `${['Jan', 'Apr', 'Jul', 'Oct'][i % 4]} ${2025 + Math.floor(i / 12)}`,
);
/** Phones (320 and 375 px less the page's margins) and a desktop's content column. */
const widths = [290, 345, 960];

interface CategoryAxis {
  ticks: {
    autoSkip: boolean;
    maxRotation: number;
    callback(this: Scale, value: number, index: number): string | string[];
  };
}

/** A label's lines read as one line again: a break after a hyphen adds no space. */
const unbroken = (lines: string[]) => lines.join(' ').replace(/- /g, '-');

/** The axis a chart's categories are on, by its index axis. */
function categoryAxis(config: ChartConfiguration): CategoryAxis {
  const axis = config.options?.indexAxis === 'y' ? 'y' : 'x';
  return (config.options?.scales as Record<string, CategoryAxis>)[axis]!;
}

/**
 * The label the chart draws for each category, as Chart.js asks its callback for them,
 * with an axis of `room` pixels (a scale without a canvas measures by the estimate).
 */
function drawnLabels(config: ChartConfiguration, room: number): string[][] {
  const { ticks } = categoryAxis(config);
  const scale = { maxWidth: room, ctx: undefined, options: { ticks: {} } } as unknown as Scale;
  return (config.data.labels as string[]).map((_, index) => {
    const label = ticks.callback.call(scale, index, index);
    return Array.isArray(label) ? label : [label];
  });
}

const specs: [string, (width: number) => ChartSpec][] = [
  [
    'channels',
    (width) => barChart({ labels: channels, values: channels.map((_, i) => i), label: 'Activities' }, width),
  ],
  [
    'settings',
    (width) =>
      barChart(
        { labels: ['In the community', 'At the organisation', 'Online'], values: [3, 14, 2], label: 'Activities' },
        width,
      ),
  ],
  [
    'stages by rung',
    (width) =>
      groupedBarChart(
        {
          labels: ['Commissioning', 'Design', 'Delivery', 'Evaluation'],
          series: ['Informing', 'Consulting'].map((label) => ({ label, values: [1, 2, 3, 4], colour: '#000' })),
          stacked: true,
        },
        width,
      ),
  ],
  [
    'representation',
    (width) =>
      representationChart(
        {
          labels: ['Black, Black British, Caribbean or African (under-represented)', 'White', 'Disabled people'],
          values: [0.4, 1.1, 0.9],
          flags: ['under', null, null],
          seriesLabel: 'Representation',
          lines: [],
        },
        width,
      ),
  ],
  [
    'months',
    (width) =>
      monthlyChart(
        {
          labels: months,
          participations: months.map((_, i) => i * 10),
          activities: months.map((_, i) => i),
          participationsLabel: 'Nifer y troeon y cymerodd pobl ran',
          activitiesLabel: 'Gweithgareddau',
          partialIndex: 23,
        },
        width,
      ),
  ],
];

describe('chart configurations', () => {
  for (const [name, spec] of specs) {
    for (const width of widths) {
      it(`${name} at ${width} px: every category labelled, none skipped or turned, long labels wrapped to their room`, () => {
        const { config } = spec(width);
        const { ticks } = categoryAxis(config);
        expect(ticks.autoSkip).toBe(false);
        expect(ticks.maxRotation).toBe(0);
        const labels = config.data.labels as string[];
        const room = config.options?.indexAxis === 'y' ? width / 2 : width / labels.length;
        const drawn = drawnLabels(config, room);
        expect(drawn).toHaveLength(labels.length);
        drawn.forEach((lines, i) => {
          expect(unbroken(lines)).toBe(labels[i]);
          for (const line of lines) if (/[ -]./.test(line)) expect(estimateWidth(line)).toBeLessThanOrEqual(room);
        });
      });
    }
  }

  it('runs a long list of categories down the side on a phone, and a short one across a desktop', () => {
    const [, channelSpec] = specs[0]!;
    const [, settingSpec] = specs[1]!;
    expect(channelSpec(290).config.options?.indexAxis).toBe('y');
    expect(settingSpec(960).config.options?.indexAxis).toBe('x');
    expect(fitsAcross(channels, 290)).toBe(false);
  });

  it('gives each category running down the side a row tall enough for its lines', () => {
    const [, channelSpec] = specs[0]!;
    const phone = channelSpec(290).height;
    expect(phone).toBeGreaterThanOrEqual(channels.length * 28);
    // Narrower labels take more lines, so the chart grows rather than squeezing them.
    expect(phone).toBeGreaterThanOrEqual(channelSpec(960).height);
  });

  it('wraps axis titles onto lines that fit their axis, at every width', () => {
    for (const width of widths) {
      const { config, height } = specs[4]![1](width);
      const scales = config.options?.scales as Record<string, { title?: { text: string[] } }>;
      const titled = Object.values(scales).filter((scale) => scale.title);
      expect(titled).toHaveLength(2);
      // Down the side, a title has the plot's width: the chart's less the months' labels (short, here).
      const room =
        config.options?.indexAxis === 'y' ? width - Math.max(...months.map(estimateWidth)) - 40 : height - 90;
      for (const { title } of titled) {
        expect(title!.text.join(' ')).toMatch(/^(Nifer y troeon y cymerodd pobl ran|Gweithgareddau)$/);
        for (const line of title!.text) expect(estimateWidth(line)).toBeLessThanOrEqual(room);
      }
    }
  });

  it('finds nothing to draw when every value is missing or 0', () => {
    const bars = (values: (number | null)[]) =>
      barChart({ labels: values.map(String), values, label: 'Activities' }, 290).config;
    expect(hasData(bars([0, null, 0]))).toBe(false);
    expect(hasData(bars([]))).toBe(false);
    expect(hasData(bars([0, 14, null]))).toBe(true);
  });

  it('wraps text between words, keeping a word wider than the room whole', () => {
    expect(wrapToWidth('Large community event', 100)).toEqual(['Large', 'community', 'event']);
    expect(wrapToWidth('Paper survey', 200)).toEqual(['Paper survey']);
    expect(wrapToWidth('Gwerthusoadolygu byr', 40)).toEqual(['Gwerthusoadolygu', 'byr']);
    expect(wrapToWidth('Young carers (Under-represented)', 120)).toEqual(['Young carers', '(Under-', 'represented)']);
  });
});
