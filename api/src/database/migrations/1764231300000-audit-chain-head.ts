import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditChainHead1764231300000 implements MigrationInterface {
  name = 'AuditChainHead1764231300000';

  async up(q: QueryRunner): Promise<void> {
    // The chain's newest link in a one-row table; a trigger moves it with every inserted event,
    // whoever inserts it. Locking this row serialises appends across API replicas.
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

    // Linking at commit (hash version 2). An event is written with its transaction as a pending
    // row carrying the SHA-256 of its canonical content (computed by the application); a deferred
    // trigger links it into the chain when the transaction commits: next sequence number, the
    // head's hash, and hash = SHA-256("<seq>:<prev_hash>:<content_hash>"). The chain's lock is
    // then held only while PostgreSQL commits, never while the application is busy between two
    // statements, so busy moments (a deadline rush) do not queue every writer behind one lock.
    // Version 1 rows (the whole canonical row hashed in the application) stay as they were.
    await q.query(`ALTER TABLE audit_event ADD COLUMN hash_version smallint NOT NULL DEFAULT 1 CHECK (hash_version IN (1, 2))`);
    await q.query(`
      CREATE TABLE audit_pending (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        action varchar(100) NOT NULL,
        actor_id uuid,
        subject_type varchar(50) NOT NULL,
        subject_id varchar(100),
        data jsonb NOT NULL,
        content_hash char(64) NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$')
      )`);
    await q.query(`
      CREATE FUNCTION audit_chain_link() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
        next_seq bigint;
      BEGIN
        SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE;
        head_hash := coalesce(head_hash, repeat('0', 64));
        next_seq := head_seq + 1;
        INSERT INTO audit_event (seq, occurred_at, action, actor_id, subject_type, subject_id, data, prev_hash, hash, hash_version)
        VALUES (next_seq, NEW.occurred_at, NEW.action, NEW.actor_id, NEW.subject_type, NEW.subject_id, NEW.data, head_hash,
                encode(sha256(convert_to(next_seq::text || ':' || head_hash || ':' || NEW.content_hash, 'UTF8')), 'hex'), 2);
        DELETE FROM audit_pending WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER audit_pending_links_at_commit AFTER INSERT ON audit_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_link()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_pending`);
    await q.query(`DROP FUNCTION audit_chain_link()`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN hash_version`);
    await q.query(`DROP TRIGGER audit_event_moves_head ON audit_event`);
    await q.query(`DROP FUNCTION audit_chain_head_follow()`);
    await q.query(`DROP TABLE audit_chain_head`);
  }
}
