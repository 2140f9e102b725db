import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberFor, reviewSourceOf, type DecidedChallengeSnapshot } from '@fairpitch/shared/exports';
import { exampleDecidedSnapshot } from '@fairpitch/shared/exports/testing';
import { krippendorffAlpha } from '@fairpitch/shared/judging';
import { DEFAULT_SCREENING_LIMITS, type ScreeningInput } from '@fairpitch/shared/screening';
import { extractTexts } from '@fairpitch/shared/screening/documents';
import { writeEvaluationReport } from './evaluation-report-pdf.js';

/** The example challenge with `count` entries, each scored as the example's first entry was. */
function manyEntries(count: number): DecidedChallengeSnapshot {
  const example = exampleDecidedSnapshot();
  const [entry] = example.entries;
  const [row] = example.ranking;
  const reviews = example.reviews.filter((r) => r.entryId === entry!.id);
  const ids = Array.from({ length: count }, (_, i) => `entry-${String(i + 1).padStart(6, '0')}`);
  return {
    ...example,
    entries: ids.map((id, i) => ({ ...entry!, id, label: `Bidrag ${i + 1}`, receiptHash: `${String(i).padStart(8, '0')}${entry!.receiptHash.slice(8)}` })),
    ranking: ids.map((entryId, i) => ({ ...row!, entryId, rank: i + 1, tied: false })),
    reviews: ids.flatMap((entryId) => reviews.map((r) => ({ ...r, entryId }))),
    awards: [],
  };
}

function pdfText(bytes: Uint8Array): string {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const input = { documents: [{ attachmentId: 'report', fileName: 'report.pdf', sha256, detectedMime: 'application/pdf', bytes }], limits: DEFAULT_SCREENING_LIMITS };
  return extractTexts(input as unknown as ScreeningInput).texts.map((t) => t.text).join('\n');
}

describe('writeEvaluationReport', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fairpitch-report-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("states each criterion's agreement as Krippendorff's alpha over the jurors' individual scores", async () => {
    const snapshot = manyEntries(40);
    // Vary the scores per entry, so that alpha is neither 1 nor undefined.
    for (const [i, review] of snapshot.reviews.entries()) {
      review.scores = review.scores.map((s, k) => ({ ...s, score: s.score === null ? null : ((i * 7 + k * 3) % 11) / 2 }));
    }
    const path = join(dir, 'agreement.pdf');
    await writeEvaluationReport(path, { snapshot, reviews: reviewSourceOf(snapshot, 7), decisionReasons: null, locale: 'en', fonts: null });
    const text = pdfText(await readFile(path));
    const individual = snapshot.reviews.filter((r) => r.kind === 'individual');
    for (const criterion of snapshot.challenge.method.criteria) {
      const units = snapshot.entries.map((e) =>
        individual.filter((r) => r.entryId === e.id).flatMap((r) => r.scores.filter((s) => s.criterionId === criterion.id && s.score !== null).map((s) => s.score!)),
      );
      const alpha = krippendorffAlpha(units);
      expect(alpha).not.toBeNull();
      expect(text).toContain(`${criterion.name.en}: ${formatNumberFor('en', alpha!, 3)} (`);
    }
  });

  it('gets the pages to the disk while it makes them, instead of holding them until the end', async () => {
    const snapshot = manyEntries(1500);
    const path = join(dir, 'report.pdf');
    const onDisk: number[] = [];
    await writeEvaluationReport(path, {
      snapshot,
      reviews: reviewSourceOf(snapshot, 100),
      decisionReasons: 'Valgt efter den offentliggjorte metode.',
      locale: 'da',
      fonts: null,
      onProgress: async () => {
        onDisk.push((await stat(path)).size);
      },
    });
    const size = (await stat(path)).size;
    expect(onDisk.length).toBeGreaterThan(10);
    // The scores of every entry are most of the report, and are all made by the last progress
    // report: by then most of the file is on the disk. (A file stream's default 16 KiB buffer let
    // pdfkit's small chunks reach the disk a few per turn of the event loop, and about a tenth was.)
    expect(onDisk.at(-1)!).toBeGreaterThan(size / 2);
    // It grows all along, not only at the end.
    expect(onDisk[Math.floor(onDisk.length / 2)]!).toBeGreaterThan(size / 4);
  });
});
