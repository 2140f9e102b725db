import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuditEvent } from './audit-event.entity.js';

/** Subjects whose events are wanted: a type and its ids. */
export interface AuditSubjects {
  type: string;
  ids: readonly string[];
}

const COLUMNS = `seq::text AS seq, occurred_at AS "occurredAt", action, actor_id AS "actorId", subject_type AS "subjectType",
                 subject_id AS "subjectId", data, prev_hash AS "prevHash", hash, hash_version AS "hashVersion"`;

/**
 * The audit trail read for many subjects at once (an export's challenge and its 10,000 entries):
 * one query, read through a cursor a page at a time, so neither 10,000 queries nor every event
 * in memory at once.
 */
@Injectable()
export class AuditBatchReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The events of the subjects in chain order, `pageSize` at a time. */
  async *eventsOf(subjects: readonly AuditSubjects[], pageSize = 2000): AsyncGenerator<AuditEvent[]> {
    const wanted = subjects.filter((s) => s.ids.length > 0);
    if (wanted.length === 0) return;
    const params: unknown[] = [];
    const where = wanted
      .map((s) => {
        params.push(s.type, [...s.ids]);
        return `(subject_type = $${params.length - 1} AND subject_id = ANY($${params.length}::varchar[]))`;
      })
      .join(' OR ');
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // A cursor lives in a transaction; read-only, it takes no locks the trail's writers wait for.
      await runner.query('BEGIN READ ONLY');
      await runner.query(`DECLARE audit_events NO SCROLL CURSOR FOR SELECT ${COLUMNS} FROM audit_event WHERE ${where} ORDER BY audit_event.seq`, params);
      for (;;) {
        const page = (await runner.query(`FETCH FORWARD ${Math.max(1, Math.floor(pageSize))} FROM audit_events`)) as AuditEvent[];
        if (page.length > 0) yield page;
        if (page.length < pageSize) break;
      }
    } finally {
      await runner.query('ROLLBACK').catch(() => undefined);
      await runner.release();
    }
  }
}
