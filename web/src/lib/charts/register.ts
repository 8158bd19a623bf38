/**
 * Chart.js with only the parts the dashboard draws (lines and bars on category and
 * linear scales), registered once, loaded in the browser when a chart comes into view.
 * No tooltip or legend plugins: legends are HTML beside the chart, and every value is
 * in the data table, which keyboards and screen readers can reach (tooltips cannot).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';

let registered = false;

export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LineController, LineElement, LinearScale, PointElement);
    Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
    Chart.defaults.font.size = 14;
    Chart.defaults.color = '#0b0c0c';
    Chart.defaults.animation = false;
    registered = true;
  }
  return Chart;
}
