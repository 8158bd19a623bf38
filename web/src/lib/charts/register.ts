/**
 * Chart.js with only the parts the dashboard draws (lines, bars, stacked bars, a
 * legend and tooltips), registered once, loaded only in the browser when a chart is
 * about to be drawn.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';

let registered = false;

export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(
      BarController,
      BarElement,
      CategoryScale,
      Legend,
      LineController,
      LineElement,
      LinearScale,
      PointElement,
      Tooltip,
    );
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    Chart.defaults.font.size = 14;
    Chart.defaults.color = '#0b0c0c';
    Chart.defaults.animation = false;
    registered = true;
  }
  return Chart;
}
