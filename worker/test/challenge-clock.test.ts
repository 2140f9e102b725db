import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ChallengeLifecycle } from '@fairpitch/api/challenges/challenge-lifecycle.service';
import { startTestWorker } from './support.js';

describe('the challenge clock in the worker', () => {
  let worker: Awaited<ReturnType<typeof startTestWorker>>;
  let db: DataSource;
  beforeAll(async () => {
    worker = await startTestWorker();
    db = worker.context.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => worker.close());

  async function challengeWithSubmission(status: string, opens: number, closes: number, graceSeconds = 0): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO challenge (status, type, title, published_at, submission_grace_seconds) VALUES ('draft', 'challenge', 'Clock test', now(), $1) RETURNING id`,
      [graceSeconds],
    );
    if (status !== 'draft') await db.query(`UPDATE challenge SET status = 'published' WHERE id = $1`, [id]);
    if (status === 'submission-open') await db.query(`UPDATE challenge SET status = 'submission-open' WHERE id = $1`, [id]);
    await db.query(`INSERT INTO challenge_phase (challenge_id, position, kind, starts_at, ends_at) VALUES ($1, 0, 'submission', $2, $3)`, [id, new Date(opens), new Date(closes)]);
    return id;
  }

  const status = async (id: string) => ((await db.query(`SELECT status FROM challenge WHERE id = $1`, [id])) as { status: string }[])[0]!.status;

  it('opens submission when its phase starts and closes it at the deadline, each step audited', async () => {
    const now = Date.now();
    const opening = await challengeWithSubmission('published', now - 1000, now + 60_000);
    const closing = await challengeWithSubmission('submission-open', now - 60_000, now - 1);
    const both = await challengeWithSubmission('published', now - 60_000, now - 1);
    const lifecycle = worker.context.get(ChallengeLifecycle);
    await lifecycle.advanceAllByClock(new Date(now));
    expect(await status(opening)).toBe('submission-open');
    expect(await status(closing)).toBe('submission-closed');
    expect(await status(both)).toBe('submission-closed');
    const steps = await db.query(`SELECT data->>'to' AS "to" FROM audit_event WHERE subject_id = $1 AND action = 'challenge.status_changed' ORDER BY seq`, [both]);
    expect(steps.map((s: { to: string }) => s.to)).toEqual(['submission-open', 'submission-closed']);
  });

  it('keeps submission open through the published grace period', async () => {
    const now = Date.now();
    const graced = await challengeWithSubmission('submission-open', now - 60_000, now - 1000, 5);
    await worker.context.get(ChallengeLifecycle).advanceAllByClock(new Date(now));
    expect(await status(graced)).toBe('submission-open');
    await worker.context.get(ChallengeLifecycle).advanceAllByClock(new Date(now + 4001));
    expect(await status(graced)).toBe('submission-closed');
  });
});
