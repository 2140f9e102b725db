import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { TableWrite } from '../database/combined-writes.js';
import { OutboxMessage } from './outbox-message.entity.js';

export interface PendingMessage {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
}

/**
 * The transactional outbox: a message is written in the same transaction as the change it
 * announces, so it exists exactly when the change does. A relay in the worker moves messages to
 * the queue at least once; consumers record what they received so a redelivery has no effect.
 */
@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The outbox row as a write to run with the caller's others (see runCombinedWrites). */
  write(topic: string, payload: Record<string, unknown>): TableWrite {
    return { sql: `INSERT INTO outbox_message (topic, payload) VALUES ($1, $2)`, params: [topic, JSON.stringify(payload)] };
  }

  async add(manager: EntityManager, topic: string, payload: Record<string, unknown>): Promise<void> {
    const { sql, params } = this.write(topic, payload);
    await manager.query(sql, [...params]);
  }

  /**
   * Hands a batch of unsent messages to `deliver`, and marks those it delivered as sent. Rows are
   * locked with SKIP LOCKED, so several relays never hand out the same message at once; a relay
   * that dies before marking leaves the rows unsent, to be delivered again.
   */
  async relay(deliver: (message: PendingMessage) => Promise<void>, batchSize = 100): Promise<{ sent: number; failed: number }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, topic, payload FROM outbox_message WHERE sent_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      )) as PendingMessage[];
      let sent = 0;
      let failed = 0;
      for (const row of rows) {
        try {
          await deliver(row);
          await manager.query(`UPDATE outbox_message SET sent_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [row.id]);
          sent += 1;
        } catch (error) {
          await manager.query(`UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [row.id, String(error).slice(0, 2000)]);
          failed += 1;
          break; // the queue is probably down; keep order and try again on the next tick
        }
      }
      return { sent, failed };
    });
  }

  /** Records that a consumer handled a message; false when it already had (a redelivery). */
  async markConsumed(manager: EntityManager, consumer: string, outboxId: string): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO consumed_event (consumer, outbox_id) VALUES ($1, $2)
       ON CONFLICT (consumer, outbox_id) DO UPDATE SET deliveries = consumed_event.deliveries + 1
       RETURNING (xmax = 0) AS first`,
      [consumer, outboxId],
    )) as { first: boolean }[];
    return rows[0]!.first;
  }

  async pendingCount(): Promise<number> {
    const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message WHERE sent_at IS NULL`)) as { n: number }[];
    return n;
  }

  async find(id: string): Promise<OutboxMessage | null> {
    return this.dataSource.getRepository(OutboxMessage).findOne({ where: { id } });
  }
}
