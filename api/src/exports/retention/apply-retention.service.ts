import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import { DocumentStore } from '../../storage/document-store.js';
import { EntryAnonymisation } from '../../submissions/entry-anonymisation.service.js';
import { ExportSnapshotService } from '../snapshot/export-snapshot.service.js';
import { dueChallenges, entriesOfChallenge, stillReferenced } from './retention-queries.js';

export interface RetentionResult {
  challengeId: string;
  entriesAnonymised: number;
  documentsRemoved: number;
  exportFilesRemoved: number;
}

/**
 * Data minimisation after the retention period the challenge published: the documents of every
 * entry that did not win are deleted (unless another entry still refers to the same bytes), the
 * personal data in those entries' forms is anonymised in the draft and every revision (which
 * record when; their receipts are kept as issued but no longer recompute),
 * and the internal archives of earlier exports, which hold those documents, are removed. Winners
 * are kept whole. Each challenge is handled once, with an audit entry.
 */
@Injectable()
export class ApplyRetention {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: ExportSnapshotService,
    private readonly store: DocumentStore,
    private readonly anonymisation: EntryAnonymisation,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Handles every challenge whose period has run out; run by the worker on a timer. */
  async runDue(now = this.clock.now()): Promise<RetentionResult[]> {
    const results: RetentionResult[] = [];
    for (const { challengeId, dueAt } of await dueChallenges(this.dataSource.manager, now)) {
      try {
        results.push(await this.apply(challengeId, dueAt));
      } catch (error) {
        // Without the awards nobody knows who won: delete nothing, try again next time.
        if (error instanceof AppError && error.code === 'export.judging-unavailable') this.logger.warn(`retention of ${challengeId} waits: judging data unavailable`);
        else throw error;
      }
    }
    return results;
  }

  async apply(challengeId: string, dueAt: Date): Promise<RetentionResult> {
    const winners = await this.snapshots.awardedEntryIds(challengeId);
    const losers = (await entriesOfChallenge(this.dataSource.manager, challengeId)).filter((e) => !winners.has(e.entryId));
    const loserIds = losers.map((e) => e.entryId);

    // Delete first and record after: a crash in between repeats the (idempotent) deletion.
    let documentsRemoved = 0;
    for (const sha256 of new Set(losers.flatMap((e) => e.documentHashes))) {
      if (await stillReferenced(this.dataSource.manager, sha256, loserIds)) continue;
      await this.store.remove(sha256);
      documentsRemoved += 1;
    }
    const archives = (await this.dataSource.query(
      `SELECT f.export_id AS "exportId", f.sha256 FROM export_file f JOIN export x ON x.id = f.export_id
        WHERE x.challenge_id = $1 AND f.name = 'archive.zip' AND f.removed_at IS NULL`,
      [challengeId],
    )) as { exportId: string; sha256: string }[];

    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      // The stored forms lose their personal data, draft and revisions alike; what was anonymised is recorded.
      const anonymised = await this.anonymisation.anonymise(loserIds, now, manager);
      for (const entry of losers) {
        await manager.query(
          `INSERT INTO entry_retention (entry_id, challenge_id, anonymised_at, removed_documents, redacted_paths) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (entry_id) DO NOTHING`,
          [entry.entryId, challengeId, now, JSON.stringify(entry.documentHashes), JSON.stringify(anonymised.get(entry.entryId) ?? [])],
        );
      }
      await manager.query(`UPDATE export_file f SET removed_at = $2 FROM export x WHERE x.id = f.export_id AND x.challenge_id = $1 AND f.name = 'archive.zip' AND f.removed_at IS NULL`, [challengeId, now]);
      await manager.query(
        `INSERT INTO challenge_retention (challenge_id, due_at, applied_at, entries_anonymised, documents_removed) VALUES ($1, $2, $3, $4, $5)`,
        [challengeId, dueAt, now, losers.length, documentsRemoved],
      );
      await this.audit.record(
        {
          action: 'retention.applied',
          subjectType: 'challenge',
          subjectId: challengeId,
          data: { dueAt: dueAt.toISOString(), keptEntries: [...winners].sort(), anonymisedEntries: loserIds, documentsRemoved, exportArchivesRemoved: archives.length },
        },
        manager,
      );
    });
    for (const sha256 of new Set(archives.map((a) => a.sha256))) {
      if (!(await stillReferenced(this.dataSource.manager, sha256, []))) await this.store.remove(sha256);
    }
    return { challengeId, entriesAnonymised: losers.length, documentsRemoved, exportFilesRemoved: archives.length };
  }
}
