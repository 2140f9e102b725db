import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { TableWrite } from '../database/combined-writes.js';
import { AuditEvent } from './audit-event.entity.js';
import { GENESIS_HASH, auditContentHash, auditRowHash } from './audit-chain.js';

export interface AuditRecord {
  action: string;
  actorId?: string | null;
  subjectType: string;
  subjectId?: string | null;
  data?: Record<string, unknown>;
}

export type ChainVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenAt: { seq: string; reason: 'hash-mismatch' | 'prev-hash-mismatch' } };

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends an event. Pass the caller's transaction manager so the event commits with the change.
   * The event is linked into the chain when that transaction commits (see the audit-chain
   * migration), so it appears in the trail, with its sequence number and hash, from then on.
   */
  async record(event: AuditRecord, manager?: EntityManager): Promise<void> {
    const write = this.recordWrite(event);
    await (manager ?? this.dataSource).query(write.sql, [...write.params]);
  }

  /** record as a write to run with the caller's others (see runCombinedWrites). */
  recordWrite(event: AuditRecord): TableWrite {
    const content = {
      // The server clock, so the trail agrees with the times it records (receipts, deadlines, decisions).
      occurredAt: this.clock.now(),
      action: event.action,
      actorId: event.actorId ?? null,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      // Stored as JSON and read back as JSON: hash exactly what a verifier will read.
      data: JSON.parse(JSON.stringify(event.data ?? {})) as Record<string, unknown>,
    };
    return {
      sql: `INSERT INTO audit_pending (occurred_at, action, actor_id, subject_type, subject_id, data, content_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      params: [content.occurredAt, content.action, content.actorId, content.subjectType, content.subjectId, JSON.stringify(content.data), auditContentHash(content)],
    };
  }

  /** Recomputes the whole chain in order and names the first row that does not fit. */
  async verify(): Promise<ChainVerification> {
    let prevHash = GENESIS_HASH;
    let rows = 0;
    let after = '0';
    const pageSize = 5000;
    for (;;) {
      const page = await this.dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .where('e.seq > :after', { after })
        .orderBy('e.seq', 'ASC')
        .limit(pageSize)
        .getMany();
      for (const row of page) {
        if (row.prevHash !== prevHash) return { ok: false, rows, brokenAt: { seq: row.seq, reason: 'prev-hash-mismatch' } };
        if (auditRowHash(row) !== row.hash) return { ok: false, rows, brokenAt: { seq: row.seq, reason: 'hash-mismatch' } };
        prevHash = row.hash;
        rows += 1;
        after = row.seq;
      }
      if (page.length < pageSize) return { ok: true, rows };
    }
  }

  async list(options: { subjectType?: string; subjectId?: string; limit: number; before?: string }): Promise<AuditEvent[]> {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.seq', 'DESC').limit(options.limit);
    if (options.subjectType) query.andWhere('e.subject_type = :t', { t: options.subjectType });
    if (options.subjectId) query.andWhere('e.subject_id = :s', { s: options.subjectId });
    if (options.before) query.andWhere('e.seq < :b', { b: options.before });
    return query.getMany();
  }

  /** Events of one subject in chain order, for exports. */
  async forSubject(subjectType: string, subjectId: string): Promise<AuditEvent[]> {
    return this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.subject_type = :t AND e.subject_id = :s', { t: subjectType, s: subjectId })
      .orderBy('e.seq', 'ASC')
      .getMany();
  }
}
