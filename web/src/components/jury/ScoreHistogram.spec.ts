import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../testing/render.js';
import ScoreHistogram from './ScoreHistogram.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ScoreHistogram', () => {
  it('draws one chart per juror, named for screen readers, with the same figures in a table', async () => {
    const series = [
      { label: 'Karen Juul (Juror A)', bins: [{ value: 0, count: 0 }, { value: 1, count: 2 }, { value: 2, count: 1 }] },
      { label: 'Lars Lund (Juror B)', bins: [{ value: 0, count: 3 }, { value: 1, count: 0 }, { value: 2, count: 0 }] },
    ];
    const { wrapper, unmount } = await renderWithApp(ScoreHistogram, { props: { title: 'Kvalitet', series } });
    const charts = wrapper.findAll('svg[role=img]');
    expect(charts.map((c) => c.attributes('aria-label'))).toEqual([
      'Karen Juul (Juror A): 0 gange 0, 2 gange 1, 1 gange 2',
      'Lars Lund (Juror B): 3 gange 0, 0 gange 1, 0 gange 2',
    ]);
    // One scale for all: Lars's 3 is the tallest bar of both charts.
    const heights = charts.map((c) => c.findAll('rect').map((r) => Number(r.attributes('height'))));
    expect(heights).toEqual([[0, (2 / 3) * 80, (1 / 3) * 80], [80, 0, 0]]);
    const table = wrapper.find('table');
    expect(table.find('caption').text()).toBe('Antal point pr. trin på skalaen: Kvalitet');
    expect(table.findAll('tbody tr').map((r) => r.text())).toEqual(['Karen Juul (Juror A)021', 'Lars Lund (Juror B)300']);
    unmount();
  });
});
