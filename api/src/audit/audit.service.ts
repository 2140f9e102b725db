import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { AuditEvent } from './audit-event.entity.js';
import { GENESIS_HASH, auditRowHash } from './audit-chain.js';

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

  /** Appends an event. Pass the caller's transaction manager so the event commits with the change. */
  async record(event: AuditRecord, manager?: EntityManager): Promise<AuditEvent> {
    if (manager) return this.append(event, manager);
    return this.dataSource.transaction((m) => this.append(event, m));
  }

  private async append(event: AuditRecord, manager: EntityManager): Promise<AuditEvent> {
    // Locking the chain's head serialises appends, so the chain stays linear across API replicas;
    // the lock is held until the caller's transaction ends.
    const [head] = (await manager.query('SELECT seq::text AS seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE')) as { seq: string; hash: string | null }[];
    const seq = String(BigInt(head!.seq) + 1n);
    const row = manager.create(AuditEvent, {
      seq,
      // The server clock, so the trail agrees with the times it records (receipts, deadlines, decisions).
      occurredAt: this.clock.now(),
      action: event.action,
      actorId: event.actorId ?? null,
      subjectType: event.subjectType,
      subjectId: event.subjectId ?? null,
      data: JSON.parse(JSON.stringify(event.data ?? {})) as Record<string, unknown>,
      prevHash: head!.hash ?? GENESIS_HASH,
    });
    row.hash = auditRowHash(row);
    // Inserted with the sequence number the hash covers; a trigger moves the head to it.
    await manager.query(
      `INSERT INTO audit_event (seq, occurred_at, action, actor_id, subject_type, subject_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [row.seq, row.occurredAt, row.action, row.actorId, row.subjectType, row.subjectId, JSON.stringify(row.data), row.prevHash, row.hash],
    );
    return row;
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
