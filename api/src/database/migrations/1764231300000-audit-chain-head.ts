import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditChainHead1764231300000 implements MigrationInterface {
  name = 'AuditChainHead1764231300000';

  async up(q: QueryRunner): Promise<void> {
    // The chain's newest link in a one-row table. Appending locks this row (FOR UPDATE returns
    // the newest committed link after the wait), so an append takes two round trips instead of
    // an advisory lock, a read of the last row and a sequence call. A trigger moves the head with
    // every inserted event, whoever inserts it.
    await q.query(`
      CREATE TABLE audit_chain_head (
        id smallint PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        hash char(64)
      )`);
    await q.query(`
      INSERT INTO audit_chain_head (id, seq, hash)
      SELECT 1, coalesce(max(seq), 0), (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) FROM audit_event`);
    await q.query(`
      CREATE FUNCTION audit_chain_head_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1 AND seq < NEW.seq;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_moves_head AFTER INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_chain_head_follow()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_moves_head ON audit_event`);
    await q.query(`DROP FUNCTION audit_chain_head_follow()`);
    await q.query(`DROP TABLE audit_chain_head`);
  }
}
