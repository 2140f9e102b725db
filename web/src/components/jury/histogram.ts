// Layout of the score-distribution chart: one small bar chart per juror over the scale's points,
// all drawn to the same height so jurors compare at a glance. Pure numbers, no DOM.

export interface HistogramSeries {
  /** Shown as the chart's heading: a pseudonym, with the name for organisers. */
  label: string;
  bins: { value: number; count: number }[];
}

export interface BarLayout {
  value: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The largest count of any bin of any juror: every chart uses the same scale. */
  maxCount: number;
  bars: BarLayout[];
}

const PLOT_HEIGHT = 80;
const BAR_GAP = 2;
const BAR_WIDTH = 16;

export function chartLayout(series: HistogramSeries, maxCount: number): ChartLayout {
  const bins = series.bins;
  const width = bins.length * (BAR_WIDTH + BAR_GAP);
  const bars = bins.map((bin, i) => {
    const height = maxCount > 0 ? (bin.count / maxCount) * PLOT_HEIGHT : 0;
    return { value: bin.value, count: bin.count, x: i * (BAR_WIDTH + BAR_GAP), y: PLOT_HEIGHT - height, width: BAR_WIDTH, height };
  });
  return { width, height: PLOT_HEIGHT, maxCount, bars };
}

export function sharedMaxCount(series: readonly HistogramSeries[]): number {
  return Math.max(0, ...series.flatMap((s) => s.bins.map((b) => b.count)));
}

/** The scale's points as column headings of the data table (from the first juror; all share them). */
export function binValues(series: readonly HistogramSeries[]): number[] {
  return series[0]?.bins.map((b) => b.value) ?? [];
}
