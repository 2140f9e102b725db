import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EvaluationMethod } from '@fairpitch/shared/challenges';
import {
  type AwardSnapshot,
  type ConflictHandling,
  type ConflictSnapshot,
  type JurorSnapshot,
  type RankingRowSnapshot,
  type ReviewScoreSnapshot,
  type ReviewSnapshot,
  compareCodePoints,
} from '@fairpitch/shared/exports';
import { SCREENING_AREAS } from '@fairpitch/shared/screening';
import { AuditService } from '../audit/audit.service.js';
import { UsersService } from '../auth/users.service.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { EntriesService } from '../submissions/entries.service.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { JudgingExportSource, type JudgingDecision } from '../exports/judging-export-source.js';
import { PRICE_CRITERION_ID, screeningCriterionId } from '../exports/snapshot/challenge-snapshot.js';
import { JuryAccess, methodOf } from './jury-access.service.js';
import { JuryConflicts } from './jury-conflicts.service.js';
import { JuryDecision, type RankedEntrySummary } from './jury-decision.service.js';
import { JuryResults } from './jury-results.service.js';
import { type ConsensusRow, type ReviewRow, type SubmittedReviewRow, consensusOf, consensusOfEntries, countingReviews, countingReviewsOf } from './jury-reviews.repository.js';
import { jurorPseudonym } from './jury-state.js';

/**
 * Judging's data in the shapes of the export snapshot, read from judging's own tables and
 * services. There is no reader here: the exports check the requester's rights to the challenge
 * before they ask (and the retention job reads only the awards), so callers must have checked.
 */
@Injectable()
export class JudgingExportAdapter extends JudgingExportSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengeAccess,
    private readonly jury: JuryAccess,
    private readonly results: JuryResults,
    private readonly decisions: JuryDecision,
    private readonly conflictsOfInterest: JuryConflicts,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly entries: EntriesService,
  ) {
    super();
  }

  async decision(challengeId: string): Promise<JudgingDecision> {
    const [challenge, row] = await Promise.all([this.challenge(challengeId), this.decisions.findOutcome(challengeId)]);
    return { decidedAt: challenge.decidedAt?.toISOString() ?? null, reasons: row?.reasons ?? null };
  }

  /** The final ranking stored with the decision; before it, the ranking as it stands now (for DRAFT exports). */
  async ranking(challengeId: string): Promise<RankingRowSnapshot[]> {
    const [challenge, stored] = await Promise.all([this.challenge(challengeId), this.decisions.findRankedEntries(challengeId)]);
    const entries = stored ?? ((await this.results.compute(challenge)).entries as RankedEntrySummary[]);
    return rankingRows(entries, methodOf(challenge));
  }

  async reviews(challengeId: string): Promise<ReviewSnapshot[]> {
    const method = methodOf(await this.challenge(challengeId));
    const [reviews, consensus] = await Promise.all([countingReviews(this.dataSource, challengeId), consensusOf(this.dataSource, challengeId)]);
    const juror = await this.jurors(challengeId);
    return reviewSnapshots(reviews, consensus, method.criteria.map((c) => c.id), juror);
  }

  /** Reads the reviews of a batch of entries at a time: the jurors' labels and the criteria are looked up once. */
  override async reviewReader(challengeId: string): Promise<(entryIds: readonly string[]) => Promise<ReviewSnapshot[]>> {
    const criteria = methodOf(await this.challenge(challengeId)).criteria.map((c) => c.id);
    const labeller = await this.jurors(challengeId);
    const jurors = new Map<string, JurorSnapshot>();
    const juror = (jurorId: string) => {
      let snapshot = jurors.get(jurorId);
      if (!snapshot) jurors.set(jurorId, (snapshot = labeller(jurorId)));
      return snapshot;
    };
    // The reader's caller orders the reviews its own way; they come in no particular order.
    return async (entryIds) => {
      const [reviews, consensus] = await Promise.all([countingReviewsOf(this.dataSource, challengeId, entryIds), consensusOfEntries(this.dataSource, challengeId, entryIds)]);
      return unorderedReviewSnapshots(reviews, consensus, criteria, juror);
    };
  }

  async conflicts(challengeId: string): Promise<ConflictSnapshot[]> {
    // Only the declared jurors and companies matter, so only their entries and assignments are
    // read (a challenge with 10,000 entries has few declarations).
    const declarations = await this.conflictsOfInterest.declarationsOf(challengeId);
    if (declarations.length === 0) return [];
    const [entriesOf, events, assignments] = await Promise.all([
      this.entries.submittedEntryIdsByCompany(challengeId, [...new Set(declarations.map((d) => d.companyId))]),
      this.audit.forSubject('challenge', challengeId),
      this.dataSource.query(`SELECT juror_id AS "jurorId", entry_id AS "entryId" FROM jury_assignment WHERE challenge_id = $1 AND juror_id = ANY($2::uuid[])`, [
        challengeId,
        [...new Set(declarations.map((d) => d.jurorId))],
      ]) as Promise<{ jurorId: string; entryId: string }[]>,
    ]);
    const handled = handleConflicts({
      declarations,
      events: events.map((e) => ({ action: e.action, data: e.data })),
      entriesOf,
      assigned: new Set(assignments.map((a) => `${a.jurorId}:${a.entryId}`)),
    });
    const juror = await this.jurors(challengeId);
    return handled.map(({ jurorId, ...conflict }) => ({ juror: juror(jurorId), ...conflict }));
  }

  /** The award recorded with the decision, dated by the challenge's decision; none before it. */
  async awards(challengeId: string): Promise<AwardSnapshot[]> {
    const row = await this.decisions.findOutcome(challengeId);
    if (!row) return [];
    const challenge = await this.challenge(challengeId);
    return [
      {
        id: 'award-1',
        entryIds: [...row.winners],
        date: (challenge.decidedAt ?? row.decidedAt).toISOString(),
        value: typeof row.award.amountDkk === 'number' ? { amount: row.award.amountDkk, currency: 'DKK' } : null,
        title: row.award.title,
        standstillEndsAt: row.standstillEndsAt?.toISOString() ?? null,
      },
    ];
  }

  // The challenge as published (an exported challenge always was); access is the caller's to check.
  private async challenge(challengeId: string): Promise<Challenge> {
    return (await this.challenges.findVisible(undefined, challengeId)).challenge;
  }

  /**
   * Jurors by their pseudonym in the panel, as judging shows them, with their real names. Anyone
   * who reviewed, declared or was assigned counts, so a juror since removed from the panel has
   * the same label in every list.
   */
  private async jurors(challengeId: string): Promise<(jurorId: string) => JurorSnapshot> {
    const panel = await this.jury.jurorIds(challengeId);
    const involved = (await this.dataSource.query(
      `SELECT juror_id AS "jurorId" FROM jury_review WHERE challenge_id = $1
       UNION SELECT juror_id FROM jury_conflict WHERE challenge_id = $1
       UNION SELECT juror_id FROM jury_assignment WHERE challenge_id = $1`,
      [challengeId],
    )) as { jurorId: string }[];
    const seen = involved.map((r) => r.jurorId);
    const names = new Map((await this.users.findByIds([...new Set([...panel, ...seen])])).map((u) => [u.id, u.name]));
    return jurorLabeller(panel, seen, names);
  }
}

export type RankingMethod = Pick<EvaluationMethod, 'criteria' | 'scale' | 'screeningWeights' | 'priceWeight'>;

/**
 * Ranking rows keyed by the snapshot's criterion ids: each published criterion's used score (the
 * consensus, mean or normalised mean that fed the total), each weighted screening area and the
 * price points, both on the method's scale. Pairwise rankings have no criterion scores (null).
 */
export function rankingRows(entries: readonly RankedEntrySummary[], method: RankingMethod): RankingRowSnapshot[] {
  const areas = SCREENING_AREAS.filter((area) => method.screeningWeights?.[area]);
  return [...entries]
    .sort((a, b) => a.rank - b.rank || compareCodePoints(a.entryId, b.entryId))
    .map((entry) => {
      const byCriterion: Record<string, number | null> = {};
      for (const c of method.criteria) byCriterion[c.id] = entry.byCriterion[c.id]?.used ?? null;
      for (const area of areas) {
        const points = entry.screening?.[area];
        byCriterion[screeningCriterionId(area)] = typeof points === 'number' ? onScale(points, method.scale) : null;
      }
      if (method.priceWeight) byCriterion[PRICE_CRITERION_ID] = entry.pricePoints ?? null;
      return { entryId: entry.entryId, rank: entry.rank, tied: entry.tied, total: entry.total, byCriterion, belowThreshold: entry.belowThreshold };
    });
}

/** 0–100 points (a screening area score) on the method's scale, without floating-point dust. */
function onScale(points: number, scale: { min: number; max: number } | undefined): number {
  const { min, max } = scale ?? { min: 0, max: 100 };
  return Math.round((min + (points / 100) * (max - min)) * 1e9) / 1e9;
}

/**
 * Every submitted review with its scores in the published order, then one consensus review per
 * entry that has any consensus score (dated by the last one recorded); by entry, then juror label.
 */
export function reviewSnapshots(
  reviews: readonly ReviewRow[],
  consensus: readonly ConsensusRow[],
  criterionOrder: readonly string[],
  juror: (jurorId: string) => JurorSnapshot,
): ReviewSnapshot[] {
  const kind = (r: ReviewSnapshot) => (r.kind === 'individual' ? 0 : 1);
  const submitted = reviews.flatMap((r) => (r.status === 'submitted' && r.submittedAt ? [{ entryId: r.entryId, jurorId: r.jurorId, scores: r.scores, submittedAt: r.submittedAt.toISOString() }] : []));
  return unorderedReviewSnapshots(submitted, consensus, criterionOrder, juror).sort(
    (a, b) => compareCodePoints(a.entryId, b.entryId) || kind(a) - kind(b) || compareJurorLabels(a.juror?.label ?? '', b.juror?.label ?? '') || compareCodePoints(a.submittedAt, b.submittedAt),
  );
}

/** The submitted reviews and consensus of `reviewSnapshots`, in no particular order (for readers that order them their own way). */
export function unorderedReviewSnapshots(
  reviews: readonly SubmittedReviewRow[],
  consensus: readonly ConsensusRow[],
  criterionOrder: readonly string[],
  juror: (jurorId: string) => JurorSnapshot,
): ReviewSnapshot[] {
  const positions = new Map(criterionOrder.map((id, i) => [id, i]));
  const position = (id: string) => positions.get(id) ?? criterionOrder.length;
  const compare = (a: ReviewScoreSnapshot, b: ReviewScoreSnapshot) => position(a.criterionId) - position(b.criterionId) || compareCodePoints(a.criterionId, b.criterionId);
  // Scores are mostly saved in the published order already; sort only those that are not.
  const inOrder = (scores: ReviewScoreSnapshot[]) => {
    for (let i = 1; i < scores.length; i++) if (compare(scores[i - 1]!, scores[i]!) > 0) return scores.sort(compare);
    return scores;
  };
  const result: ReviewSnapshot[] = [];
  for (const r of reviews) {
    result.push({
      entryId: r.entryId,
      kind: 'individual',
      juror: juror(r.jurorId),
      submittedAt: r.submittedAt,
      scores: inOrder(r.scores.map((s) => ({ criterionId: s.criterionId, score: s.value, justification: s.justification }))),
    });
  }
  const byEntry = new Map<string, ConsensusRow[]>();
  for (const row of consensus) {
    const rows = byEntry.get(row.entryId);
    if (rows) rows.push(row);
    else byEntry.set(row.entryId, [row]);
  }
  for (const [entryId, rows] of byEntry) {
    result.push({
      entryId,
      kind: 'consensus',
      juror: null,
      submittedAt: new Date(Math.max(...rows.map((r) => r.recordedAt.getTime()))).toISOString(),
      scores: inOrder(rows.map((r) => ({ criterionId: r.criterionId, score: r.value, justification: r.justification }))),
    });
  }
  return result;
}

/**
 * The panel's pseudonyms as judging shows them ("Juror A" for the first juror of the panel, …);
 * jurors no longer on the panel who left reviews or declarations follow, by id, so no two
 * jurors ever share a label.
 */
export function jurorLabeller(panel: readonly string[], seen: readonly string[], names: ReadonlyMap<string, string>): (jurorId: string) => JurorSnapshot {
  const order = [...panel, ...[...new Set(seen)].filter((id) => !panel.includes(id)).sort(compareCodePoints)];
  const index = new Map(order.map((id, i) => [id, i]));
  return (jurorId) => ({ label: jurorPseudonym(index.get(jurorId) ?? order.length), name: names.get(jurorId) || null });
}

export interface DeclarationRow {
  id: string;
  jurorId: string;
  companyId: string;
  kind: string;
  note: string;
  source: string;
  declaredAt: string;
}

export interface HandledConflict extends Omit<ConflictSnapshot, 'juror'> {
  jurorId: string;
}

/**
 * The kind of tie (its code), who recorded it when an organiser did, and the note: the export
 * keeps what was declared, not only the free text.
 */
export function conflictDescription(row: Pick<DeclarationRow, 'kind' | 'note' | 'source'>): string {
  const tag = row.source === 'organiser' ? `[${row.kind}, organiser]` : `[${row.kind}]`;
  return row.note ? `${tag} ${row.note}` : tag;
}

/**
 * Every declared conflict (a kind other than "none"), per entry of the company, with how it was
 * handled. Judging keeps each declaration and, when one comes after the draw, takes the juror off
 * the company's entries in the same step (the audit trail records each removal right after the
 * declaration). A restated conflict (same kind and note again) is the same conflict.
 * - reassigned: the juror was on the entry and was taken off (handled when declared);
 * - no-conflict-found: the juror later declared "none" for the company (handled then);
 * - accepted-with-reasons: the juror is still on the entry (declared after the decision);
 * - recused: the juror was never on the entry (handled when declared).
 */
export function handleConflicts(input: {
  declarations: readonly DeclarationRow[];
  events: readonly { action: string; data: Record<string, unknown> }[];
  entriesOf: ReadonlyMap<string, readonly string[]>;
  /** `${jurorId}:${entryId}` of the assignments in force. */
  assigned: ReadonlySet<string>;
}): HandledConflict[] {
  const removedBy = removalsByDeclaration(input.declarations, input.events, input.entriesOf);
  const series = new Map<string, DeclarationRow[]>();
  for (const row of input.declarations) {
    const key = `${row.jurorId}:${row.companyId}:${row.source}`;
    series.set(key, [...(series.get(key) ?? []), row]);
  }
  const same = (a: DeclarationRow | undefined, b: DeclarationRow) => a !== undefined && a.kind === b.kind && a.note === b.note;
  const result: HandledConflict[] = [];
  for (const row of input.declarations) {
    if (row.kind === 'none') continue;
    const mine = series.get(`${row.jurorId}:${row.companyId}:${row.source}`)!;
    const at = mine.indexOf(row);
    if (same(mine[at - 1], row)) continue;
    let end = at + 1;
    while (same(mine[end], row)) end += 1;
    const run = mine.slice(at, end);
    const next = mine[end];
    for (const entryId of input.entriesOf.get(row.companyId) ?? []) {
      const removal = run.find((r) => removedBy.get(r.id)?.has(entryId));
      const [handling, handledAt]: [ConflictHandling, string | null] = removal
        ? ['reassigned', removal.declaredAt]
        : next?.kind === 'none'
          ? ['no-conflict-found', next.declaredAt]
          : input.assigned.has(`${row.jurorId}:${entryId}`)
            ? ['accepted-with-reasons', null]
            : ['recused', row.declaredAt];
      result.push({ jurorId: row.jurorId, entryId, declaredAt: row.declaredAt, description: conflictDescription(row), handling, handledAt });
    }
  }
  return result;
}

/**
 * Which declaration took a juror off which entries: each removal for a conflict of interest is
 * recorded right after the declaration (or organiser's conflict) that caused it, and the
 * declarations of one step are stored in the order the step lists them.
 */
function removalsByDeclaration(
  declarations: readonly DeclarationRow[],
  events: readonly { action: string; data: Record<string, unknown> }[],
  entriesOf: ReadonlyMap<string, readonly string[]>,
): Map<string, Set<string>> {
  const companyOf = new Map([...entriesOf].flatMap(([companyId, entryIds]) => entryIds.map((entryId) => [entryId, companyId] as const)));
  const pending = new Map<string, DeclarationRow[]>();
  for (const row of declarations) pending.set(`${row.jurorId}:${row.source}`, [...(pending.get(`${row.jurorId}:${row.source}`) ?? []), row]);
  const take = (key: string, count: number) => pending.get(key)?.splice(0, count) ?? [];
  const removed = new Map<string, Set<string>>();
  let step: DeclarationRow[] = [];
  for (const { action, data } of events) {
    if (action === 'jury.conflicts_declared') {
      step = take(`${String(data.jurorId)}:juror`, Array.isArray(data.declarations) ? data.declarations.length : 0);
    } else if (action === 'jury.conflict_added') {
      step = take(`${String(data.jurorId)}:organiser`, 1);
    } else if (action === 'jury.assignment_removed' && data.reason === 'conflict-of-interest') {
      const entryId = String(data.entryId);
      const cause = step.find((r) => r.jurorId === data.jurorId && r.kind !== 'none' && r.companyId === companyOf.get(entryId));
      if (cause) removed.set(cause.id, (removed.get(cause.id) ?? new Set()).add(entryId));
    }
  }
  return removed;
}

/** "Juror B" before "Juror AA", as the pseudonyms are handed out. */
function compareJurorLabels(a: string, b: string): number {
  return a.length - b.length || compareCodePoints(a, b);
}
