import { describe, expect, it } from 'vitest';
import { type DeclarationRow, handleConflicts, jurorLabeller, rankingRows, reviewSnapshots } from './judging-export.adapter.js';
import type { RankedEntrySummary } from './jury-decision.service.js';
import type { ConsensusRow, ReviewRow } from './jury-reviews.repository.js';

const method = {
  criteria: [
    { id: 'quality', title: { da: 'Kvalitet', en: 'Quality' }, weight: 50 },
    { id: 'value', title: { da: 'Værdi', en: 'Value' }, weight: 30 },
  ],
  scale: { min: 0, max: 10, step: 1 },
  screeningWeights: { security: 5, climate: 5 },
  priceWeight: 10,
} as unknown as Parameters<typeof rankingRows>[1];

const aggregate = (used: number | null) => ({ count: 2, mean: used, median: used, normalised: null, used });

describe('rankingRows', () => {
  const rows: RankedEntrySummary[] = [
    { entryId: 'e2', rank: 2, tied: false, total: 61.5, belowThreshold: true, byCriterion: { quality: aggregate(2), value: aggregate(null) }, screening: { security: 40, climate: null }, pricePoints: 3 },
    { entryId: 'e1', rank: 1, tied: false, total: 80, belowThreshold: false, byCriterion: { quality: aggregate(8), value: aggregate(7.5) }, screening: { security: 72, climate: 90 }, pricePoints: 10 },
  ];

  it('keys scores by the published criteria, the weighted screening areas and price, all on the method’s scale', () => {
    expect(rankingRows(rows, method)).toEqual([
      { entryId: 'e1', rank: 1, tied: false, total: 80, belowThreshold: false, byCriterion: { quality: 8, value: 7.5, 'screening-security': 7.2, 'screening-climate': 9, price: 10 } },
      { entryId: 'e2', rank: 2, tied: false, total: 61.5, belowThreshold: true, byCriterion: { quality: 2, value: null, 'screening-security': 4, 'screening-climate': null, price: 3 } },
    ]);
  });

  it('lists tied entries by id and gives a pairwise ranking no criterion scores', () => {
    const pairwise: RankedEntrySummary[] = [
      { entryId: 'b', rank: 1, tied: true, total: 0.4, belowThreshold: false, byCriterion: {} },
      { entryId: 'a', rank: 1, tied: true, total: 0.4, belowThreshold: false, byCriterion: {} },
    ];
    const result = rankingRows(pairwise, { ...method, screeningWeights: undefined, priceWeight: undefined } as typeof method);
    expect(result.map((r) => r.entryId)).toEqual(['a', 'b']);
    expect(result[0]!.byCriterion).toEqual({ quality: null, value: null });
  });
});

describe('jurorLabeller', () => {
  it('names the panel as judging does and gives jurors who left the panel labels of their own', () => {
    const label = jurorLabeller(['j-3', 'j-1'], ['j-1', 'gone-b', 'gone-a'], new Map([['j-3', 'Karen Juul'], ['gone-a', 'Ole Olsen']]));
    expect(label('j-3')).toEqual({ label: 'Juror A', name: 'Karen Juul' });
    expect(label('j-1')).toEqual({ label: 'Juror B', name: null });
    expect(label('gone-a')).toEqual({ label: 'Juror C', name: 'Ole Olsen' });
    expect(label('gone-b').label).toBe('Juror D');
  });
});

describe('reviewSnapshots', () => {
  const at = (minute: number) => new Date(Date.UTC(2030, 0, 10, 9, minute));
  const review = (entryId: string, jurorId: string, minute: number): ReviewRow => ({
    entryId,
    jurorId,
    status: 'submitted',
    scores: [
      { criterionId: 'value', value: 6, justification: 'Useful.' },
      { criterionId: 'quality', value: 7, justification: 'Solid.' },
    ],
    updatedAt: at(minute),
    submittedAt: at(minute),
  });
  const consensus = (entryId: string, criterionId: string, minute: number): ConsensusRow => ({ entryId, criterionId, value: 6, justification: 'Agreed.', recordedBy: 'chair', recordedAt: at(minute) });
  const label = jurorLabeller(['j-a', 'j-b'], [], new Map());

  it('lists each entry’s reviews by juror label with scores in the published order, then its consensus dated by the last score', () => {
    const result = reviewSnapshots(
      [review('e2', 'j-b', 3), review('e1', 'j-b', 2), review('e1', 'j-a', 5), { ...review('e1', 'j-c', 1), status: 'draft', submittedAt: null }],
      [consensus('e1', 'value', 20), consensus('e1', 'quality', 30)],
      ['quality', 'value'],
      label,
    );
    expect(result.map((r) => [r.entryId, r.kind, r.juror?.label ?? null])).toEqual([
      ['e1', 'individual', 'Juror A'],
      ['e1', 'individual', 'Juror B'],
      ['e1', 'consensus', null],
      ['e2', 'individual', 'Juror B'],
    ]);
    expect(result[0]!.scores.map((s) => s.criterionId)).toEqual(['quality', 'value']);
    expect(result[0]!.scores[0]).toEqual({ criterionId: 'quality', score: 7, justification: 'Solid.' });
    expect(result[2]).toMatchObject({ submittedAt: at(30).toISOString(), scores: [{ criterionId: 'quality' }, { criterionId: 'value' }] });
  });
});

describe('handleConflicts', () => {
  const entriesOf = new Map([
    ['acme', ['e1']],
    ['beta', ['e2', 'e3']],
  ]);
  let id = 0;
  const declared = (jurorId: string, companyId: string, kind: string, minute: number, source = 'juror', note = kind === 'none' ? '' : 'Worked there.'): DeclarationRow => ({
    id: String(++id),
    jurorId,
    companyId,
    kind,
    note,
    source,
    declaredAt: new Date(Date.UTC(2030, 0, 5, 8, minute)).toISOString(),
  });

  it('tells a conflict declared before the draw (recused) from one that took the juror off an entry (reassigned)', () => {
    const early = declared('j1', 'acme', 'employment', 1);
    const late = [declared('j2', 'acme', 'none', 5), declared('j2', 'beta', 'family', 5)];
    const events = [
      { action: 'jury.conflicts_declared', data: { jurorId: 'j1', declarations: [{}] } },
      { action: 'jury.assigned', data: {} },
      { action: 'jury.conflicts_declared', data: { jurorId: 'j2', declarations: [{}, {}] } },
      { action: 'jury.assignment_removed', data: { entryId: 'e3', jurorId: 'j2', reason: 'conflict-of-interest' } },
    ];
    const result = handleConflicts({ declarations: [early, ...late], events, entriesOf, assigned: new Set() });
    expect(result).toEqual([
      { jurorId: 'j1', entryId: 'e1', declaredAt: early.declaredAt, description: '[employment] Worked there.', handling: 'recused', handledAt: early.declaredAt },
      { jurorId: 'j2', entryId: 'e2', declaredAt: late[1]!.declaredAt, description: '[family] Worked there.', handling: 'recused', handledAt: late[1]!.declaredAt },
      { jurorId: 'j2', entryId: 'e3', declaredAt: late[1]!.declaredAt, description: '[family] Worked there.', handling: 'reassigned', handledAt: late[1]!.declaredAt },
    ]);
  });

  it('reports a withdrawn conflict as no conflict found, a restated one once, and one after the decision as accepted', () => {
    const first = declared('j1', 'acme', 'ownership', 1);
    const restated = declared('j1', 'acme', 'ownership', 2);
    const withdrawn = declared('j1', 'acme', 'none', 3);
    const organisers = declared('j2', 'beta', 'business-relation', 4, 'organiser', 'Subcontracts for Beta.');
    const result = handleConflicts({ declarations: [first, restated, withdrawn, organisers], events: [], entriesOf, assigned: new Set(['j2:e3']) });
    expect(result.map((c) => [c.jurorId, c.entryId, c.handling, c.handledAt])).toEqual([
      ['j1', 'e1', 'no-conflict-found', withdrawn.declaredAt],
      ['j2', 'e2', 'recused', organisers.declaredAt],
      ['j2', 'e3', 'accepted-with-reasons', null],
    ]);
    expect(result[1]!.description).toBe('[business-relation, organiser] Subcontracts for Beta.');
  });

  it('ignores removals an organiser made for other reasons', () => {
    const row = declared('j1', 'acme', 'employment', 1);
    const events = [
      { action: 'jury.conflicts_declared', data: { jurorId: 'j1', declarations: [{}] } },
      { action: 'jury.assignment_removed', data: { entryId: 'e1', jurorId: 'j1', reason: 'Too busy this month' } },
    ];
    expect(handleConflicts({ declarations: [row], events, entriesOf, assigned: new Set() })[0]!.handling).toBe('recused');
  });
});
