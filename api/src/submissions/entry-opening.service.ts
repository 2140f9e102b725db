import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ChallengeAccess } from '../challenges/challenge-access.service.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { ChallengeLifecycle } from '../challenges/challenge-lifecycle.service.js';
import { Clock } from '../common/clock.js';

export interface OpenedEntry {
  entryId: string;
  label: number;
  revision: number;
  receiptHash: string;
  status: string;
}

/**
 * Opening the entries at the deadline: from then on organisers may read them. The opening is
 * recorded in the audit trail with every entry's receipt hash, so what was received can be proved.
 * It happens automatically when submission closes, or when an organiser asks after the deadline.
 */
@Injectable()
export class EntryOpening implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ChallengeLifecycle,
    private readonly challengeAccess: ChallengeAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.lifecycle.onTransition(async (challenge, to, manager) => {
      if (to === 'submission-closed') await this.open(manager, challenge.id, null);
    });
  }

  async open(manager: EntityManager, challengeId: string, actorId: string | null): Promise<OpenedEntry[] | null> {
    const existing = (await manager.query(`SELECT 1 FROM entry_opening WHERE challenge_id = $1`, [challengeId])) as unknown[];
    if (existing.length) return null;
    // Labels follow the receipt hashes: a neutral order that says nothing of who or when.
    const rows = (await manager.query(
      `SELECT e.id AS "entryId", e.current_revision AS revision, r.receipt_hash AS "receiptHash", e.status
         FROM entry e JOIN entry_revision r ON r.entry_id = e.id AND r.revision = e.current_revision
        WHERE e.challenge_id = $1 AND e.status <> 'draft'
        ORDER BY r.receipt_hash, e.id`,
      [challengeId],
    )) as Omit<OpenedEntry, 'label'>[];
    const opened = rows.map((row, i) => ({ ...row, label: i + 1 }));
    for (const entry of opened) await manager.query(`UPDATE entry SET label = $2 WHERE id = $1`, [entry.entryId, entry.label]);
    await manager.query(`INSERT INTO entry_opening (challenge_id, opened_at, opened_by, entries) VALUES ($1, $2, $3, $4)`, [
      challengeId,
      this.clock.now(),
      actorId,
      JSON.stringify(opened),
    ]);
    await this.audit.record({ action: 'entries.opened', actorId, subjectType: 'challenge', subjectId: challengeId, data: { entries: opened } }, manager);
    return opened;
  }

  /** The organiser's "open entries" after the deadline; closes submission first if the clock has not yet. */
  async openByOrganiser(actor: AuthUser, challengeId: string) {
    await this.challengeAccess.requireOrganiser(actor, challengeId);
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.findOneOrFail(Challenge, { where: { id: challengeId }, lock: { mode: 'pessimistic_write' } });
      await this.lifecycle.advance(manager, challenge, this.clock.now());
      if (challenge.status === 'published' || challenge.status === 'submission-open' || challenge.status === 'draft') {
        throw AppError.conflict('entry.sealed-until-deadline');
      }
      await this.open(manager, challengeId, actor.id);
      const [row] = (await manager.query(`SELECT opened_at AS "openedAt", entries FROM entry_opening WHERE challenge_id = $1`, [challengeId])) as { openedAt: Date; entries: OpenedEntry[] }[];
      return { challengeId, openedAt: row!.openedAt.toISOString(), entries: row!.entries };
    });
  }
}
