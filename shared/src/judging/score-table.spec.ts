import { describe, expect, it } from 'vitest';
import { buildScoreTable, groupRows } from './score-table.js';
import type { Score } from './types.js';

const scores: Score[] = [
  { entryId: 'e2', jurorId: 'j2', criterionId: 'b', value: 1 },
  { entryId: 'e1', jurorId: 'j1', criterionId: 'a', value: 2 },
  { entryId: 'e2', jurorId: 'j1', criterionId: 'a', value: 3 },
  { entryId: 'e1', jurorId: 'j2', criterionId: 'a', value: 4 },
];

describe('buildScoreTable', () => {
  it('numbers ids in sorted order, with the known criteria first as given', () => {
    const table = buildScoreTable(scores, ['z', 'a']);
    expect(table.entryIds).toEqual(['e1', 'e2']);
    expect(table.jurorIds).toEqual(['j1', 'j2']);
    expect(table.criterionIds).toEqual(['z', 'a', 'b']);
    expect([...table.entry]).toEqual([1, 0, 1, 0]);
    expect([...table.criterion]).toEqual([2, 1, 1, 1]);
    expect([...table.value]).toEqual([1, 2, 3, 4]);
  });

  it('lists rows by entry, juror and criterion whatever the input order', () => {
    const table = buildScoreTable(scores);
    expect([...table.order].map((i) => table.value[i])).toEqual([2, 4, 3, 1]);
    const reversed = buildScoreTable([...scores].reverse());
    expect([...reversed.order].map((i) => reversed.value[i])).toEqual([2, 4, 3, 1]);
  });
});

describe('groupRows', () => {
  it('lists the rows of each group contiguously, in canonical order', () => {
    const table = buildScoreTable(scores);
    const { start, rows } = groupRows(table, table.criterion, table.criterionIds.length);
    expect([...start]).toEqual([0, 3, 4]);
    expect([...rows].map((i) => table.value[i])).toEqual([2, 4, 3, 1]);
  });
});
