import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ScreeningService } from '../../src/screening/screening.service.js';
import type { TestApp } from './test-app.js';

/** A real CPR number (valid date, passes modulo 11) as personal data would appear in a document. */
export const LEAKED_CPR = '150387-1005';

/** A small CycloneDX SBOM with one component that has a known advisory in the shipped data. */
export function cycloneDxSbom(components: { name: string; version: string; purl?: string }[]): string {
  return JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components: components.map((c) => ({ type: 'library', ...c })) });
}

/** Queues the screening of an entry's counting revision, as the outbox relay would; returns the job. */
export async function queueScreening(t: TestApp, entryId: string) {
  const db = t.app.get<DataSource>(getDataSourceToken());
  const screening = t.app.get(ScreeningService);
  const [row] = (await db.query(
    `SELECT e.challenge_id AS "challengeId", e.current_revision AS revision, r.receipt_hash AS "revisionHash"
       FROM entry e JOIN entry_revision r ON r.entry_id = e.id AND r.revision = e.current_revision WHERE e.id = $1`,
    [entryId],
  )) as { challengeId: string; revision: number; revisionHash: string }[];
  await db.transaction((manager) => screening.enqueue(manager, { entryId, ...row! }, true));
  return { screening, job: { entryId, revision: row!.revision, revisionHash: row!.revisionHash, rulesetVersion: screening.ruleset.version } };
}

/** Screens an entry's counting revision in-process, as the worker would, and returns nothing. */
export async function screenNow(t: TestApp, entryId: string): Promise<void> {
  const { screening, job } = await queueScreening(t, entryId);
  await screening.screen(job);
}

/** Queues the entry's screening and lets the job fail, as a worker that gave up would. */
export async function failScreeningNow(t: TestApp, entryId: string, error: string): Promise<void> {
  const { screening, job } = await queueScreening(t, entryId);
  await screening.markFailed(job, error);
}
