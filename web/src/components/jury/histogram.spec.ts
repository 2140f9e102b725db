import { describe, expect, it } from 'vitest';
import { binValues, chartLayout, sharedMaxCount } from './histogram.js';

const A = { label: 'Juror A', bins: [{ value: 0, count: 0 }, { value: 1, count: 2 }, { value: 2, count: 4 }] };
const B = { label: 'Juror B', bins: [{ value: 0, count: 1 }, { value: 1, count: 1 }, { value: 2, count: 0 }] };

describe('the score distribution chart', () => {
  it('draws every juror on the same count scale', () => {
    const max = sharedMaxCount([A, B]);
    expect(max).toBe(4);
    const a = chartLayout(A, max);
    const b = chartLayout(B, max);
    expect(a.bars.map((bar) => bar.height)).toEqual([0, 40, 80]);
    expect(b.bars.map((bar) => bar.height)).toEqual([20, 20, 0]);
    // Bars stand on the baseline.
    expect(a.bars.every((bar) => bar.y + bar.height === a.height)).toBe(true);
  });

  it('places bars side by side, one per scale point', () => {
    const layout = chartLayout(A, 4);
    expect(layout.bars.map((bar) => bar.x)).toEqual([0, 18, 36]);
    expect(layout.width).toBe(54);
    expect(binValues([A, B])).toEqual([0, 1, 2]);
  });

  it('draws nothing tall when nobody has scored', () => {
    expect(chartLayout({ label: 'Juror C', bins: [{ value: 0, count: 0 }] }, 0).bars[0]!.height).toBe(0);
    expect(sharedMaxCount([])).toBe(0);
  });
});
